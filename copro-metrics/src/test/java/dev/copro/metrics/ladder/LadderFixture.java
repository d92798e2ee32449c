package dev.copro.metrics.ladder;

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
import dev.copro.spi.Descriptor;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Outcome;
import dev.copro.spi.Parameters;
import dev.copro.spi.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Datasets for the bloc's part in the records, and synthetic outcomes of the metrics the ladder
 * reads, built directly from descriptors and measurements.
 */
final class LadderFixture {

  static final String[] SIGN_CODES = {
    "rubber-stamp",
    "already-decided",
    "does-not-fit-model",
    "ideas-not-used",
    "no-feedback",
    "not-paid",
    "poor-arrangements",
    "access-ignored",
    "stakeholders-missing",
    "comments-not-documented"
  };

  private static final LocalDate DAY = LocalDate.of(2025, 2, 3);

  private LadderFixture() {}

  /** The signs whose findings are high-severity, as in the warning-signs metric. */
  static final Set<String> HIGH =
      Set.of(
          "rubber-stamp",
          "already-decided",
          "ideas-not-used",
          "access-ignored",
          "stakeholders-missing");

  /**
   * A continuing relationship: the bloc member p-1 and professional p-2 attend meetings a-1
   * (design, 2025-02-03), a-2 (design, 2025-04-07) and a-3 (delivery, 2025-06-02); p-1 makes
   * contribution c-1 at a-1 and both vote on d-1 there.
   */
  static Dataset voiced() {
    return voicedAt(
        base(ActivityType.MEETING, true)
            .add(
                Activity.builder(
                        "a-2",
                        "i-1",
                        ActivityType.MEETING,
                        LifecycleStage.DESIGN,
                        LocalDate.of(2025, 4, 7))
                    .build())
            .add(
                Activity.builder(
                        "a-3",
                        "i-1",
                        ActivityType.MEETING,
                        LifecycleStage.DELIVERY,
                        LocalDate.of(2025, 6, 2))
                    .build())
            .add(Attendance.attended("a-2", "p-1"))
            .add(Attendance.attended("a-2", "p-2"))
            .add(Attendance.attended("a-3", "p-1"))
            .add(Attendance.attended("a-3", "p-2")));
  }

  /**
   * Two initiatives: {@link #voiced()}'s i-1, and i-2, at whose one meeting b-1 (design,
   * 2025-03-03) the bloc member p-1 and the professional p-2 attend and nothing else happens.
   */
  static Dataset voicedAndSilent() {
    return voicedAt(
        base(ActivityType.MEETING, true)
            .add(
                Activity.builder(
                        "a-2",
                        "i-1",
                        ActivityType.MEETING,
                        LifecycleStage.DESIGN,
                        LocalDate.of(2025, 4, 7))
                    .build())
            .add(
                Activity.builder(
                        "a-3",
                        "i-1",
                        ActivityType.MEETING,
                        LifecycleStage.DELIVERY,
                        LocalDate.of(2025, 6, 2))
                    .build())
            .add(Attendance.attended("a-2", "p-1"))
            .add(Attendance.attended("a-2", "p-2"))
            .add(Attendance.attended("a-3", "p-1"))
            .add(Attendance.attended("a-3", "p-2"))
            .add(
                new Initiative(
                    "i-2", "initiative", null, LocalDate.of(2025, 1, 1), null, Set.of(), Map.of()))
            .add(
                Activity.builder(
                        "b-1",
                        "i-2",
                        ActivityType.MEETING,
                        LifecycleStage.DESIGN,
                        LocalDate.of(2025, 3, 3))
                    .build())
            .add(Attendance.attended("b-1", "p-1"))
            .add(Attendance.attended("b-1", "p-2")));
  }

  /**
   * A one-night stand: p-1 attends meeting a-1, makes contribution c-1 and votes on d-1 there,
   * once.
   */
  static Dataset oneOff() {
    return voicedAt(base(ActivityType.MEETING, true));
  }

  private static Dataset voicedAt(Dataset.Builder b) {
    return b.add(
            new Contribution(
                "c-1", "a-1", "p-1", ContributionKind.PROPOSAL, null, true, null, null))
        .add(
            Decision.builder("d-1", "i-1", DAY, DecisionRule.SIMPLE_MAJORITY)
                .activity("a-1")
                .vote("p-1", 1)
                .vote("p-2", 1)
                .build())
        .build();
  }

  /** The bloc member p-1 attends activity a-1 of the given type, and does nothing else. */
  static Dataset attendingOnly(ActivityType type) {
    return base(type, true).build();
  }

  /** Only the professional p-2 attends a-1 and decides d-1; the bloc member p-1 takes no part. */
  static Dataset blocAbsent() {
    return base(ActivityType.MEETING, false)
        .add(
            Decision.builder("d-1", "i-1", DAY, DecisionRule.UNILATERAL)
                .activity("a-1")
                .vote("p-2", 1)
                .build())
        .build();
  }

  private static Dataset.Builder base(ActivityType type, boolean blocAttends) {
    Dataset.Builder b =
        Dataset.builder()
            .add(
                new Initiative(
                    "i-1", "initiative", null, LocalDate.of(2025, 1, 1), null, Set.of(), Map.of()))
            .add(Participant.of("p-1", Perspective.LIVED_EXPERIENCE))
            .add(Participant.of("p-2", Perspective.PROFESSIONAL))
            .add(Activity.builder("a-1", "i-1", type, LifecycleStage.DESIGN, DAY).build())
            .add(Attendance.attended("a-1", "p-2"));
    if (blocAttends) {
      b.add(Attendance.attended("a-1", "p-1"));
    }
    return b;
  }

  /** Places the dataset on the ladder given the outcomes, with the given parameters. */
  static Measurement place(Dataset dataset, List<Outcome> outcomes, Map<String, ?> parameters) {
    LadderPlacement metric = new LadderPlacement();
    return metric.measure(
        DatasetContext.builder(dataset)
            .parameters(Parameters.resolve(metric.descriptor().parameters(), parameters))
            .outcomes(outcomes)
            .build());
  }

  /** The outcome of a metric with the given headline value. */
  static Outcome value(String id, double value) {
    return new Outcome(
        Descriptor.builder(id).build(), Measurement.of(value, 10).build(), null, null);
  }

  /** The outcome of a metric that failed. */
  static Outcome failed(String id) {
    return new Outcome(
        Descriptor.builder(id).build(), null, null, "metric " + id + " threw an exception");
  }

  /** The outcome of a metric that had no value. */
  static Outcome noValue(String id) {
    return new Outcome(
        Descriptor.builder(id).build(), Measurement.noValue("nothing to measure"), null, null);
  }

  /**
   * The inputs the ladder reads, each {@code null} for "no outcome at all"; start from {@link
   * #coProduction()} and change what a test is about.
   */
  static final class Inputs {
    @Nullable Double inclusion;
    @Nullable Double influence;
    @Nullable Double feedback;
    @Nullable Double coverage;
    @Nullable Double earlyShare;
    @Nullable Double votingPower;
    @Nullable Double seatShare;
    @Nullable Double leadership;
    @Nullable Double retention;
    @Nullable Double voiceParity;
    @Nullable Integer signs;
    final Set<String> detected = new java.util.TreeSet<>();

    /**
     * Values that meet every co-production rule with the default parameters, and no warning signs.
     */
    static Inputs coProduction() {
      Inputs in = new Inputs();
      in.inclusion = 0.9;
      in.influence = 0.5;
      in.feedback = 0.8;
      in.coverage = 1.0;
      in.earlyShare = 1.0;
      in.votingPower = 0.45;
      in.seatShare = 0.5;
      in.leadership = 0.3;
      in.signs = 0;
      return in;
    }

    /** Sets the warning signs detected: their count and components. */
    Inputs signs(String... codes) {
      detected.clear();
      detected.addAll(List.of(codes));
      signs = codes.length;
      return this;
    }

    List<Outcome> outcomes() {
      List<Outcome> list = new ArrayList<>();
      add(list, LadderInputs.DECISION_INCLUSION, inclusion);
      add(list, LadderInputs.INFLUENCE, influence);
      add(list, LadderInputs.FEEDBACK_LOOP, feedback);
      add(list, LadderInputs.STAGE_COVERAGE, coverage);
      add(list, LadderInputs.VOTING_POWER, votingPower);
      add(list, LadderInputs.SEAT_SHARE, seatShare);
      add(list, LadderInputs.LEADERSHIP, leadership);
      add(list, LadderInputs.RETENTION, retention);
      if (voiceParity != null) {
        list.add(
            new Outcome(
                Descriptor.builder(LadderInputs.VOICE).build(),
                Measurement.of(0.8, 3).component(LadderInputs.VOICE_PARITY, voiceParity).build(),
                null,
                null));
      }
      if (earlyShare != null) {
        list.add(
            new Outcome(
                Descriptor.builder(LadderInputs.EARLINESS).build(),
                Measurement.of(12, 3).component(LadderInputs.EARLY_SHARE, earlyShare).build(),
                null,
                null));
      }
      if (signs != null) {
        Map<String, Double> components = new LinkedHashMap<>();
        for (String code : SIGN_CODES) {
          components.put(camelCase(code), detected.contains(code) ? 1.0 : 0.0);
        }
        Measurement.Builder m = Measurement.of(signs, 10);
        components.forEach(m::component);
        for (String code : detected) {
          m.finding(
              Finding.of(
                  code,
                  HIGH.contains(code) ? Severity.HIGH : Severity.MEDIUM,
                  code + " detected",
                  List.of()));
        }
        list.add(
            new Outcome(
                Descriptor.builder(LadderInputs.WARNING_SIGNS).build(), m.build(), null, null));
      }
      return list;
    }

    /**
     * The lowerCamelCase component name of a kebab-case code: {@code rubber-stamp} to {@code
     * rubberStamp}.
     */
    static String camelCase(String code) {
      StringBuilder name = new StringBuilder();
      boolean upper = false;
      for (char c : code.toCharArray()) {
        if (c == '-') {
          upper = true;
        } else {
          name.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
      return name.toString();
    }

    private static void add(List<Outcome> list, String id, @Nullable Double v) {
      if (v != null) {
        list.add(value(id, v));
      }
    }
  }
}
