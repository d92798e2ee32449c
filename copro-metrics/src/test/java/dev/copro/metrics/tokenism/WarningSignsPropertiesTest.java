package dev.copro.metrics.tokenism;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.DeclineReason;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.PaymentKind;
import dev.copro.model.Perspective;
import dev.copro.model.Response;
import dev.copro.model.ResponseOutcome;
import dev.copro.model.Vote;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;

/**
 * Invariants of the warning signs over random small datasets: the count and components agree and
 * stay in range, and nothing depends on the order of the records or on what the ids are.
 */
class WarningSignsPropertiesTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final List<AccessKind> KINDS =
      List.of(
          AccessKind.STEP_FREE,
          AccessKind.HEARING_LOOP,
          AccessKind.EASY_READ,
          AccessKind.REFRESHMENTS);

  @Property(tries = 200)
  void countIsTheSumOfTheSignsAndWithinRange(@ForAll long seed) {
    Measurement m = SignsFixture.measure(randomDataset(new Random(seed)), Map.of());
    Statistics.label("signs detected")
        .collect(m.value() == null ? "no value" : m.value().intValue());
    if (m.value() == null) {
      return;
    }
    double sum = 0;
    for (WarningSign sign : WarningSign.values()) {
      double c = m.components().get(sign.component());
      assertThat(c).isIn(0.0, 1.0);
      sum += c;
    }
    assertThat(m.value()).isEqualTo(sum).isBetween(0.0, 10.0);
    assertThat(m.components().get(WarningSigns.SIGNS_ASSESSED))
        .isEqualTo((double) m.n())
        .isBetween(1.0, 10.0);
    // Each detected sign has at least one finding (more where it names key groups left out).
    assertThat(
            m.findings().stream()
                .map(Finding::code)
                .map(WarningSignsTest::signOf)
                .distinct()
                .count())
        .isEqualTo((long) sum);
  }

  @Property(tries = 200)
  void invariantUnderReorderingRecordsAndRelabellingIds(
      @ForAll long seed, @ForAll long shuffleSeed) {
    Dataset original = randomDataset(new Random(seed));
    Random shuffle = new Random(shuffleSeed);
    Map<String, String> relabel = relabelling(original, shuffle);
    Dataset changed = relabel(original, relabel::get, shuffle);

    Measurement before = SignsFixture.measure(original, Map.of());
    Measurement after = SignsFixture.measure(changed, Map.of());

    assertThat(after.value()).isEqualTo(before.value());
    assertThat(after.noValueReason()).isEqualTo(before.noValueReason());
    assertThat(after.n()).isEqualTo(before.n());
    assertThat(after.components()).containsExactlyEntriesOf(before.components());
    assertThat(after.warnings()).containsExactlyElementsOf(before.warnings());
    assertThat(after.findings()).hasSameSizeAs(before.findings());
    for (int i = 0; i < before.findings().size(); i++) {
      Finding b = before.findings().get(i);
      Finding a = after.findings().get(i);
      assertThat(a.code()).isEqualTo(b.code());
      assertThat(a.severity()).isEqualTo(b.severity());
      assertThat(a.message()).isEqualTo(b.message());
      List<String> mapped =
          new ArrayList<>(
              new TreeSet<>(b.evidence().stream().map(r -> relabelRef(r, relabel)).toList()));
      assertThat(a.evidence()).containsExactlyElementsOf(mapped);
    }
  }

  private static String relabelRef(String ref, Map<String, String> relabel) {
    int colon = ref.indexOf(':');
    String kind = ref.substring(0, colon);
    String id = ref.substring(colon + 1);
    int slash = id.indexOf('/');
    String mapped =
        slash < 0
            ? relabel.get(id)
            : relabel.get(id.substring(0, slash)) + "/" + relabel.get(id.substring(slash + 1));
    return kind + ":" + mapped;
  }

  /** A random bijection from every id in the dataset to a new id, so that id order changes too. */
  private static Map<String, String> relabelling(Dataset d, Random random) {
    List<String> ids = new ArrayList<>();
    d.initiatives().forEach(r -> ids.add(r.id()));
    d.participants().forEach(r -> ids.add(r.id()));
    d.activities().forEach(r -> ids.add(r.id()));
    d.contributions().forEach(r -> ids.add(r.id()));
    d.decisions().forEach(r -> ids.add(r.id()));
    d.payments().forEach(r -> ids.add(r.id()));
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      numbers.add(i);
    }
    Collections.shuffle(numbers, random);
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      map.put(ids.get(i), "z" + numbers.get(i));
    }
    return map;
  }

  /** The same records with every id mapped, each list in a shuffled order. */
  private static Dataset relabel(Dataset d, UnaryOperator<String> m, Random random) {
    List<Initiative> initiatives = new ArrayList<>();
    for (Initiative r : d.initiatives()) {
      initiatives.add(
          new Initiative(
              m.apply(r.id()),
              r.name(),
              r.organisation(),
              r.start(),
              r.end(),
              r.stages(),
              r.attributes()));
    }
    List<Participant> participants = new ArrayList<>();
    for (Participant r : d.participants()) {
      participants.add(
          new Participant(
              m.apply(r.id()),
              r.perspective(),
              r.perspectiveLabel(),
              r.joined(),
              r.left(),
              r.accessNeeds(),
              r.attributes(),
              r.attributesAsOf()));
    }
    List<Activity> activities = new ArrayList<>();
    for (Activity r : d.activities()) {
      activities.add(
          new Activity(
              m.apply(r.id()),
              m.apply(r.initiative()),
              r.type(),
              r.typeLabel(),
              r.stage(),
              r.title(),
              r.date(),
              r.startTime(),
              r.durationMinutes(),
              r.invitedOn(),
              r.provisions(),
              r.chairs().stream().map(m).toList(),
              r.attributes()));
    }
    List<Attendance> attendance = new ArrayList<>();
    for (Attendance r : d.attendance()) {
      attendance.add(
          new Attendance(
              m.apply(r.activity()),
              m.apply(r.participant()),
              r.invited(),
              r.attended(),
              r.speakingSeconds(),
              r.speakingTurns()));
    }
    List<Contribution> contributions = new ArrayList<>();
    for (Contribution r : d.contributions()) {
      contributions.add(
          new Contribution(
              m.apply(r.id()),
              m.apply(r.activity()),
              m.apply(r.participant()),
              r.kind(),
              r.date(),
              r.documented(),
              r.summary(),
              r.response()));
    }
    List<Decision> decisions = new ArrayList<>();
    for (Decision r : d.decisions()) {
      List<Vote> votes =
          r.votes().stream()
              .map(v -> new Vote(m.apply(v.participant()), v.weight(), v.position()))
              .toList();
      decisions.add(
          new Decision(
              m.apply(r.id()),
              m.apply(r.initiative()),
              mapNullable(r.activity(), m),
              r.stage(),
              r.date(),
              r.title(),
              r.rule(),
              r.ruleLabel(),
              r.quota(),
              votes,
              r.adopts().stream().map(m).toList(),
              r.consultations().stream().map(m).toList()));
    }
    List<Payment> payments = new ArrayList<>();
    for (Payment r : d.payments()) {
      payments.add(
          new Payment(
              m.apply(r.id()),
              m.apply(r.participant()),
              mapNullable(r.activity(), m),
              r.kind(),
              r.kindLabel(),
              r.amount(),
              r.currency(),
              r.offered(),
              r.claimed(),
              r.paid()));
    }
    for (List<?> list :
        List.of(
            initiatives,
            participants,
            activities,
            attendance,
            contributions,
            decisions,
            payments)) {
      Collections.shuffle(list, random);
    }
    return Dataset.builder()
        .initiatives(initiatives)
        .participants(participants)
        .activities(activities)
        .attendance(attendance)
        .contributions(contributions)
        .decisions(decisions)
        .payments(payments)
        .build();
  }

  private static @Nullable String mapNullable(@Nullable String id, UnaryOperator<String> m) {
    return id == null ? null : m.apply(id);
  }

  /** A small valid dataset drawn from {@code random}, with every kind of record the signs read. */
  static Dataset randomDataset(Random random) {
    Dataset.Builder b = Dataset.builder();
    List<String> initiatives = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(2); i++) {
      initiatives.add("i" + i);
      b.add(
          new Initiative(
              "i" + i,
              "initiative",
              null,
              START,
              null,
              someOf(random, LifecycleStage.values()),
              Map.of()));
    }
    List<String> people = new ArrayList<>();
    Perspective[] perspectives = {
      Perspective.LIVED_EXPERIENCE,
      Perspective.CARER,
      Perspective.PROFESSIONAL,
      Perspective.COMMISSIONER
    };
    for (int i = 0; i < 2 + random.nextInt(5); i++) {
      people.add("p" + i);
      Set<AccessProvision> needs = new TreeSet<>();
      if (random.nextInt(3) == 0) {
        needs.add(AccessProvision.of(KINDS.get(random.nextInt(3))));
      }
      b.add(
          new Participant(
              "p" + i,
              perspectives[random.nextInt(perspectives.length)],
              null,
              null,
              null,
              needs,
              Map.of(),
              null));
    }
    ActivityType[] types = {
      ActivityType.MEETING,
      ActivityType.WORKSHOP,
      ActivityType.BOARD,
      ActivityType.PANEL,
      ActivityType.CO_DESIGN,
      ActivityType.CONSULTATION,
      ActivityType.TRAINING,
      ActivityType.EVENT
    };
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(6); i++) {
      LocalDate date = START.plusDays(random.nextInt(150));
      Activity.Builder a =
          Activity.builder(
              "a" + i,
              pick(random, initiatives),
              types[random.nextInt(types.length)],
              LifecycleStage.values()[random.nextInt(4)],
              date);
      if (random.nextBoolean()) {
        a.invitedOn(date.minusDays(random.nextInt(21)));
      }
      if (random.nextBoolean()) {
        a.startTime(LocalTime.of(8, 0).plusMinutes(30L * random.nextInt(21)));
      }
      if (random.nextBoolean()) {
        a.durationMinutes(30 + random.nextInt(271));
      }
      for (AccessKind kind : KINDS) {
        if (random.nextBoolean()) {
          a.provisions(kind);
        }
      }
      activities.add(a.build());
      b.add(activities.get(i));
    }
    List<Attendance> attendance = new ArrayList<>();
    for (Activity a : activities) {
      for (String p : people) {
        if (random.nextBoolean()) {
          attendance.add(
              new Attendance(a.id(), p, random.nextInt(4) > 0, random.nextInt(4) > 0, null, null));
        }
      }
    }
    b.attendance(attendance);
    int payments = 0;
    for (Attendance at : attendance) {
      if (random.nextBoolean()) {
        b.add(
            new Payment(
                "pay" + payments++,
                at.participant(),
                at.activity(),
                PaymentKind.EXPENSES,
                null,
                BigDecimal.TEN,
                Currency.getInstance("GBP"),
                START,
                null,
                null));
      }
    }
    List<String> contributions = new ArrayList<>();
    for (int i = 0; i < random.nextInt(9); i++) {
      Activity a = activities.get(random.nextInt(activities.size()));
      LocalDate made = a.date().plusDays(random.nextInt(3));
      Response response = null;
      if (random.nextInt(3) > 0) {
        ResponseOutcome outcome = ResponseOutcome.values()[random.nextInt(4)];
        DeclineReason reason =
            outcome == ResponseOutcome.DECLINED && random.nextBoolean()
                ? DeclineReason.values()[random.nextInt(DeclineReason.values().length)]
                : null;
        response = new Response(made.plusDays(random.nextInt(100)), outcome, reason);
      }
      contributions.add("c" + i);
      b.add(
          new Contribution(
              "c" + i,
              a.id(),
              pick(random, people),
              ContributionKind.values()[random.nextInt(ContributionKind.values().length)],
              random.nextBoolean() ? made : null,
              random.nextInt(4) > 0,
              null,
              response));
    }
    for (int i = 0; i < random.nextInt(6); i++) {
      Activity a = activities.get(random.nextInt(activities.size()));
      boolean inActivity = random.nextBoolean();
      Decision.Builder d =
          Decision.builder(
              "d" + i,
              inActivity ? a.initiative() : pick(random, initiatives),
              START.plusDays(random.nextInt(150)),
              random.nextBoolean() ? DecisionRule.CONSENSUS : DecisionRule.SIMPLE_MAJORITY);
      if (inActivity) {
        d.activity(a.id());
      } else {
        d.stage(LifecycleStage.values()[random.nextInt(4)]);
      }
      for (String p : people) {
        if (random.nextBoolean()) {
          d.vote(p, random.nextInt(3));
        }
      }
      if (!contributions.isEmpty() && random.nextBoolean()) {
        d.adopts(pick(random, contributions));
      }
      if (random.nextBoolean()) {
        d.consultations(activities.get(random.nextInt(activities.size())).id());
      }
      b.add(d.build());
    }
    return b.build();
  }

  private static String pick(Random random, List<String> ids) {
    return ids.get(random.nextInt(ids.size()));
  }

  private static Set<LifecycleStage> someOf(Random random, LifecycleStage[] stages) {
    Set<LifecycleStage> chosen = EnumSet.noneOf(LifecycleStage.class);
    for (LifecycleStage stage : stages) {
      if (random.nextBoolean()) {
        chosen.add(stage);
      }
    }
    return chosen;
  }
}
