package dev.copro.metrics.power;

import dev.copro.engine.DatasetContext;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Response;
import dev.copro.model.ResponseOutcome;
import dev.copro.model.Vote;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Datasets and contexts for the power metrics' tests. */
final class PowerFixtures {

  static final String INITIATIVE = "init-1";
  static final LocalDate START = LocalDate.of(2025, 1, 6);

  private PowerFixtures() {}

  /** The one initiative every fixture uses. */
  static Initiative initiative() {
    return new Initiative(INITIATIVE, "Day services review", null, START, null, Set.of(), Map.of());
  }

  /** A participant with the given perspective (not "other"). */
  static Participant person(String id, Perspective perspective) {
    return Participant.of(id, perspective);
  }

  /** An activity of the initiative on day {@code day} after the start. */
  static Activity.Builder activity(String id, ActivityType type, LifecycleStage stage, int day) {
    return Activity.builder(id, INITIATIVE, type, stage, START.plusDays(day));
  }

  /** A decision of the initiative on day {@code day} after the start. */
  static Decision.Builder decision(String id, DecisionRule rule, LifecycleStage stage, int day) {
    return Decision.builder(id, INITIATIVE, START.plusDays(day), rule).stage(stage);
  }

  /** An invited member who did not attend. */
  static Attendance invitedOnly(String activity, String participant) {
    return new Attendance(activity, participant, true, false, null, null);
  }

  /** Someone who came without an invitation. */
  static Attendance uninvited(String activity, String participant) {
    return new Attendance(activity, participant, false, true, null, null);
  }

  /** A contribution with the given response outcome ({@code null} for no response). */
  static Contribution contribution(
      String id,
      String activity,
      String participant,
      ContributionKind kind,
      ResponseOutcome outcome,
      int responseDay) {
    Response response =
        outcome == null ? null : new Response(START.plusDays(responseDay), outcome, null);
    return new Contribution(id, activity, participant, kind, null, true, null, response);
  }

  /**
   * The metric's context over the whole dataset, with the given parameters and defaults for the
   * rest.
   */
  static DatasetContext context(Metric metric, Dataset dataset, Map<String, ?> parameters) {
    return DatasetContext.builder(dataset)
        .parameters(Parameters.resolve(metric.descriptor().parameters(), parameters))
        .build();
  }

  /** Measures with default parameters. */
  static Measurement measure(Metric metric, Dataset dataset) {
    return metric.measure(context(metric, dataset, Map.of()));
  }

  /** The group with the given key in the breakdown with the given dimension. */
  static Group group(Measurement measurement, String dimension, String key) {
    Breakdown breakdown =
        measurement.breakdowns().stream()
            .filter(b -> b.dimension().equals(dimension))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no breakdown " + dimension));
    return breakdown.groups().stream()
        .filter(g -> g.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group " + key + " in " + breakdown));
  }

  /** Every breakdown value of a measurement. */
  static List<Double> breakdownValues(Measurement measurement) {
    List<Double> values = new ArrayList<>();
    for (Breakdown b : measurement.breakdowns()) {
      for (Group g : b.groups()) {
        if (g.value() != null) {
          values.add(g.value());
        }
      }
    }
    return values;
  }

  /**
   * A random but valid dataset from a seed: one initiative, participants of every perspective,
   * activities of every type and stage with chairs and invitations, decisions of every rule with
   * votes (weights 0 to 5), and contributions of every kind with every kind of response, some
   * adopted by decisions.
   */
  static Dataset randomDataset(long seed) {
    Random random = new Random(seed);
    Perspective[] perspectives = {
      Perspective.LIVED_EXPERIENCE,
      Perspective.CARER,
      Perspective.PROFESSIONAL,
      Perspective.COMMISSIONER
    };
    Dataset.Builder data = Dataset.builder().add(initiative());
    int people = 1 + random.nextInt(12);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      ids.add("p" + i);
      data.add(person("p" + i, perspectives[random.nextInt(perspectives.length)]));
    }
    int activities = random.nextInt(8);
    int contributionCount = 0;
    List<String> contributionIds = new ArrayList<>();
    for (int a = 0; a < activities; a++) {
      String id = "a" + a;
      Activity.Builder activity =
          activity(
              id,
              ActivityType.values()[random.nextInt(ActivityType.values().length - 1)],
              LifecycleStage.values()[random.nextInt(LifecycleStage.values().length)],
              a);
      for (String p : ids) {
        if (random.nextInt(4) == 0) {
          activity.chairs(p);
        }
      }
      data.add(activity.build());
      for (String p : ids) {
        int kind = random.nextInt(4);
        if (kind > 0) {
          data.add(new Attendance(id, p, kind != 3, kind != 1, null, null));
        }
        if (random.nextInt(3) == 0) {
          String c = "c" + contributionCount++;
          ResponseOutcome[] outcomes = ResponseOutcome.values();
          int o = random.nextInt(outcomes.length + 1);
          data.add(
              contribution(
                  c,
                  id,
                  p,
                  ContributionKind.values()[random.nextInt(ContributionKind.values().length - 1)],
                  o == outcomes.length ? null : outcomes[o],
                  a + 1));
          contributionIds.add(c);
        }
      }
    }
    int decisions = random.nextInt(6);
    for (int d = 0; d < decisions; d++) {
      DecisionRule rule = DecisionRule.values()[random.nextInt(DecisionRule.values().length - 1)];
      Decision.Builder decision =
          decision("d" + d, rule, LifecycleStage.values()[random.nextInt(4)], d);
      long total = 0;
      for (String p : ids) {
        if (random.nextInt(2) == 0) {
          long weight = random.nextInt(6);
          decision.vote(p, weight);
          total += weight;
        }
      }
      if (rule == DecisionRule.WEIGHTED_VOTE) {
        if (total == 0) {
          continue;
        }
        decision.quota(1 + (long) random.nextInt((int) total));
      }
      for (String c : contributionIds) {
        if (random.nextInt(4) == 0) {
          decision.adopts(c);
        }
      }
      data.add(decision.build());
    }
    return data.build();
  }

  /**
   * The same dataset with every participant id renamed (by {@code rename}) and every list of
   * records in reverse order: metrics must not depend on either.
   */
  static Dataset relabelled(Dataset dataset, UnaryOperator<String> rename) {
    Dataset.Builder data = Dataset.builder().name(dataset.name());
    reversed(dataset.initiatives()).forEach(data::add);
    for (Participant p : reversed(dataset.participants())) {
      data.add(
          new Participant(
              rename.apply(p.id()),
              p.perspective(),
              p.perspectiveLabel(),
              p.joined(),
              p.left(),
              p.accessNeeds(),
              p.attributes(),
              p.attributesAsOf()));
    }
    for (Activity a : reversed(dataset.activities())) {
      data.add(
          new Activity(
              a.id(),
              a.initiative(),
              a.type(),
              a.typeLabel(),
              a.stage(),
              a.title(),
              a.date(),
              a.startTime(),
              a.durationMinutes(),
              a.invitedOn(),
              a.provisions(),
              a.chairs().stream().map(rename).toList(),
              a.attributes()));
    }
    for (Attendance a : reversed(dataset.attendance())) {
      data.add(
          new Attendance(
              a.activity(),
              rename.apply(a.participant()),
              a.invited(),
              a.attended(),
              a.speakingSeconds(),
              a.speakingTurns()));
    }
    for (Contribution c : reversed(dataset.contributions())) {
      data.add(
          new Contribution(
              c.id(),
              c.activity(),
              rename.apply(c.participant()),
              c.kind(),
              c.date(),
              c.documented(),
              c.summary(),
              c.response()));
    }
    for (Decision d : reversed(dataset.decisions())) {
      List<Vote> votes =
          d.votes().stream()
              .map(v -> new Vote(rename.apply(v.participant()), v.weight(), v.position()))
              .toList();
      data.add(
          new Decision(
              d.id(),
              d.initiative(),
              d.activity(),
              d.stage(),
              d.date(),
              d.title(),
              d.rule(),
              d.ruleLabel(),
              d.quota(),
              votes,
              d.adopts(),
              d.consultations()));
    }
    return data.build();
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }
}
