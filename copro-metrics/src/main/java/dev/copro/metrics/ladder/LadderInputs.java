package dev.copro.metrics.ladder;

import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Outcome;
import dev.copro.spi.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The values of other metrics the ladder's rules read, taken from their outcomes, with a warning
 * for each that is missing, failed or has no value. A missing value is {@code null}: the rules that
 * need it count as not met, and the warning-sign caps are not applied without the warning signs.
 *
 * @param inclusion the bloc's decision inclusion, a share
 * @param influence the adoption rate of the bloc's proposals and suggestions, a share
 * @param feedback the share of the bloc's contributions that got a documented response
 * @param coverage the mean share of lifecycle stages with bloc decision-making involvement
 * @param earlyShare the share of initiatives in which the bloc was present before the first
 *     decision
 * @param power the bloc's share of power: its Banzhaf share where votes were weighed, else its
 *     share of seats
 * @param leadership the share of activities chaired or co-chaired by the bloc
 * @param retention the share of the bloc still involved over months, where measured in this scope
 * @param voiceParity the bloc's share of the voice over its share of those present, where speaking
 *     was recorded
 * @param signs the number of warning signs of tokenism detected
 * @param highFindings the codes of the high-severity findings of the warning signs, in code order
 * @param signCodes the codes of every finding of the warning signs, in code order
 * @param known how many of the metrics read had a value
 * @param warnings what was missing, in plain words
 */
record LadderInputs(
    @Nullable Double inclusion,
    @Nullable Double influence,
    @Nullable Double feedback,
    @Nullable Double coverage,
    @Nullable Double earlyShare,
    @Nullable Double power,
    @Nullable Double leadership,
    @Nullable Double retention,
    @Nullable Double voiceParity,
    @Nullable Double signs,
    List<String> highFindings,
    List<String> signCodes,
    int known,
    List<String> warnings) {

  static final String DECISION_INCLUSION = "copro.power.decision-inclusion";
  static final String INFLUENCE = "copro.power.influence";
  static final String FEEDBACK_LOOP = "copro.reciprocity.feedback-loop";
  static final String STAGE_COVERAGE = "copro.involvement.stage-coverage";
  static final String EARLINESS = "copro.involvement.earliness";
  static final String EARLY_SHARE = "presentBeforeFirstDecisionShare";
  static final String VOTING_POWER = "copro.power.voting-power";
  static final String SEAT_SHARE = "copro.power.seat-share";
  static final String LEADERSHIP = "copro.power.leadership";
  static final String WARNING_SIGNS = "copro.tokenism.warning-signs";
  static final String RETENTION = "copro.relationship.retention";
  static final String VOICE = "copro.voice.equality";
  static final String VOICE_PARITY = "voiceParity";

  private static final String NOT_MET = "so the conditions that need it count as not met for ";

  LadderInputs {
    highFindings = List.copyOf(new TreeSet<>(highFindings));
    signCodes = List.copyOf(new TreeSet<>(signCodes));
    warnings = List.copyOf(warnings);
  }

  /**
   * Reads the inputs from the outcomes of the direct metrics, in the whole scope or in one
   * initiative's slice.
   *
   * @param outcomes finds a direct metric's outcome by id
   * @param slice whether the outcomes are one initiative's, where metrics that are not sliceable
   *     (retention) are missing by design and not warned about
   */
  static LadderInputs read(Function<String, Optional<Outcome>> outcomes, boolean slice) {
    Reader r = new Reader(outcomes);
    Double inclusion =
        r.headline(DECISION_INCLUSION, NOT_MET + "engagement, co-design and co-production");
    Double influence = r.headline(INFLUENCE, NOT_MET + "engagement and co-design");
    Double feedback = r.headline(FEEDBACK_LOOP, NOT_MET + "co-design");
    Double coverage = r.headline(STAGE_COVERAGE, NOT_MET + "co-production");
    Double earlyShare = r.component(EARLINESS, EARLY_SHARE, NOT_MET + "co-production");
    Double leadership = r.headline(LEADERSHIP, NOT_MET + "co-production");
    Double power = r.power();
    Double retention = slice ? null : r.optionalHeadline(RETENTION);
    Double voiceParity = r.optionalComponent(VOICE, VOICE_PARITY);
    Double signs = r.headline(WARNING_SIGNS, "so the caps of the warning signs are not applied");
    List<String> high = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    if (signs != null) {
      for (Finding f : r.measurement(WARNING_SIGNS).findings()) {
        codes.add(f.code());
        if (f.severity() == Severity.HIGH) {
          high.add(f.code());
        }
      }
    }
    return new LadderInputs(
        inclusion,
        influence,
        feedback,
        coverage,
        earlyShare,
        power,
        leadership,
        retention,
        voiceParity,
        signs,
        high,
        codes,
        r.known,
        r.warnings);
  }

  /** Reads outcomes, counting those with values and recording what is missing. */
  private static final class Reader {
    private final Function<String, Optional<Outcome>> outcomes;
    private final List<String> warnings = new ArrayList<>();
    private int known;

    Reader(Function<String, Optional<Outcome>> outcomes) {
      this.outcomes = outcomes;
    }

    /** A headline that only some rules use when it is known; no warning when it is not. */
    @Nullable Double optionalHeadline(String id) {
      Optional<Outcome> outcome = outcomes.apply(id);
      if (outcome.isPresent() && outcome.get().hasValue()) {
        known++;
        return measurement(id).value();
      }
      return null;
    }

    /** A component that only some rules use when it is known; no warning when it is not. */
    @Nullable Double optionalComponent(String id, String component) {
      Optional<Outcome> outcome = outcomes.apply(id);
      Measurement m = outcome.map(Outcome::measurement).orElse(null);
      return m == null ? null : m.components().get(component);
    }

    @Nullable Double headline(String id, String consequence) {
      Optional<Outcome> outcome = outcomes.apply(id);
      if (outcome.isPresent() && outcome.get().hasValue()) {
        known++;
        return measurement(id).value();
      }
      warnings.add(missing(id, outcome) + ", " + consequence + ".");
      return null;
    }

    @Nullable Double component(String id, String component, String consequence) {
      Optional<Outcome> outcome = outcomes.apply(id);
      if (outcome.isPresent()
          && outcome.get().measurement() != null
          && outcome.get().measurement().components().containsKey(component)) {
        known++;
        return outcome.get().measurement().components().get(component);
      }
      String what =
          outcome.isPresent() && outcome.get().measurement() != null
              ? "The outcome of " + id + " has no component " + component
              : missing(id, outcome);
      warnings.add(what + ", " + consequence + ".");
      return null;
    }

    /** Voting power where there were votes to weigh, else the share of seats. */
    @Nullable Double power() {
      Optional<Outcome> voting = outcomes.apply(VOTING_POWER);
      if (voting.isPresent() && voting.get().hasValue()) {
        known++;
        return measurement(VOTING_POWER).value();
      }
      Optional<Outcome> seats = outcomes.apply(SEAT_SHARE);
      if (seats.isPresent() && seats.get().hasValue()) {
        known++;
        warnings.add(
            missing(VOTING_POWER, voting)
                + ", so the share of power is read from "
                + SEAT_SHARE
                + ".");
        return measurement(SEAT_SHARE).value();
      }
      warnings.add(
          missing(VOTING_POWER, voting)
              + " and "
              + lowerFirst(missing(SEAT_SHARE, seats))
              + ", "
              + NOT_MET.replace("need it", "need them")
              + "co-production.");
      return null;
    }

    Measurement measurement(String id) {
      return outcomes.apply(id).map(Outcome::measurement).orElseThrow();
    }

    private static String missing(String id, Optional<Outcome> outcome) {
      if (outcome.isEmpty()) {
        return "The metric " + id + " did not run";
      }
      return outcome.get().failure() != null
          ? "The metric " + id + " failed"
          : "The metric " + id + " has no value";
    }

    private static String lowerFirst(String text) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
  }
}
