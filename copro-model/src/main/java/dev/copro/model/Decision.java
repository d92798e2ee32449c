package dev.copro.model;

import dev.copro.model.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A decision taken in an initiative, in an activity or outside one, with who held a say in it.
 *
 * @param id unique among decisions, never blank
 * @param initiative the id of the initiative it belongs to
 * @param activity the id of the activity where it was taken, or {@code null} if taken outside one
 * @param stage the lifecycle stage it concerns, or {@code null} meaning the activity's stage
 *     (required when there is no activity)
 * @param date the day it was taken
 * @param title a short title, or {@code null}; free text, never shown in reports
 * @param rule how it was taken
 * @param ruleLabel what "other" means, present exactly when {@code rule} is {@link
 *     DecisionRule#OTHER}
 * @param quota for {@link DecisionRule#WEIGHTED_VOTE}: the weight in favour needed to carry it, in
 *     (0, total weight]; {@code null} for the other rules
 * @param votes who held a say and with what weight (see {@link Vote})
 * @param adopts ids of the contributions it adopted or adapted
 * @param consultations ids of the activities where people were consulted about it; consulting after
 *     the decision date is a warning sign ("the solution was already decided")
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Decision(
    String id,
    String initiative,
    @Nullable String activity,
    @Nullable LifecycleStage stage,
    LocalDate date,
    @Nullable String title,
    DecisionRule rule,
    @Nullable String ruleLabel,
    @Nullable Long quota,
    List<Vote> votes,
    List<String> adopts,
    List<String> consultations) {

  /** Checks presence and the label rule, and takes immutable copies. */
  public Decision {
    Records.requireId(id, "id");
    Records.requireId(initiative, "initiative");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(rule, "rule");
    Records.requireLabel(rule, ruleLabel, "ruleLabel");
    votes = Records.list(votes);
    adopts = Records.list(adopts);
    consultations = Records.list(consultations);
  }

  /** The sum of the weights of all votes. */
  public long totalWeight() {
    long total = 0;
    for (Vote vote : votes) {
      total += vote.weight();
    }
    return total;
  }

  /**
   * A builder for a decision with the given required values; the optional ones are named setters.
   * Since 0.2.0 it collects every problem rather than throwing at the first (see {@link
   * Participant#builder}).
   */
  public static Builder builder(
      @Nullable String id,
      @Nullable String initiative,
      @Nullable LocalDate date,
      @Nullable DecisionRule rule) {
    return new Builder(id, initiative, date, rule);
  }

  /**
   * Builds a {@link Decision}, checking each value as it is given and collecting the problems;
   * optional values start empty. Not thread-safe.
   */
  public static final class Builder {
    private final Checks checks = new Checks("decision");
    private final @Nullable String id;
    private final @Nullable String initiative;
    private final @Nullable LocalDate date;
    private final @Nullable DecisionRule rule;
    private @Nullable String activity;
    private @Nullable LifecycleStage stage;
    private @Nullable String title;
    private @Nullable String ruleLabel;
    private @Nullable Long quota;
    private final List<Vote> votes = new ArrayList<>();
    private final List<String> adopts = new ArrayList<>();
    private final List<String> consultations = new ArrayList<>();

    private Builder(
        @Nullable String id,
        @Nullable String initiative,
        @Nullable LocalDate date,
        @Nullable DecisionRule rule) {
      this.id = checks.id(id, "id");
      this.initiative = checks.id(initiative, "initiative");
      this.date = checks.required(date, "date");
      this.rule = checks.required(rule, "rule");
    }

    /** The activity where it was taken. */
    public Builder activity(@Nullable String activity) {
      this.activity = activity == null ? null : checks.id(activity, "activity");
      return this;
    }

    /** The lifecycle stage it concerns, when it differs from the activity's or there is none. */
    public Builder stage(@Nullable LifecycleStage stage) {
      this.stage = stage;
      return this;
    }

    /** A short title; free text that reports never show. */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /** What "other" means when the rule is {@link DecisionRule#OTHER}. */
    public Builder ruleLabel(@Nullable String ruleLabel) {
      this.ruleLabel = ruleLabel;
      return this;
    }

    /** The quota of a weighted vote: the weight in favour needed to carry it. */
    public Builder quota(@Nullable Long quota) {
      this.quota = quota;
      return this;
    }

    /** Adds a vote of the given weight, not negative, with no recorded position. */
    public Builder vote(String participant, long weight) {
      return vote(participant, weight, null);
    }

    /**
     * Adds a vote of the given weight, not negative, with how it was cast.
     *
     * @since 0.2.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public Builder vote(String participant, long weight, @Nullable VotePosition position) {
      String field = "votes/" + votes.size();
      if (checks.id(participant, field + "/participant") != null && !participant.isBlank()) {
        if (weight < 0) {
          checks.add(
              Problem.Kind.NEGATIVE_VALUE,
              field + "/weight",
              "The decision gives a vote a negative weight (" + weight + ").");
        }
        votes.add(new Vote(participant, weight, position));
      }
      return this;
    }

    /** Adds votes. */
    public Builder votes(List<Vote> votes) {
      for (Vote vote : votes) {
        if (checks.required(vote, "votes/" + this.votes.size()) != null) {
          vote(vote.participant(), vote.weight(), vote.position());
        }
      }
      return this;
    }

    /** Adds the ids of adopted contributions. */
    public Builder adopts(String... contributionIds) {
      for (String adopted : contributionIds) {
        if (checks.id(adopted, "adopts/" + adopts.size()) != null) {
          adopts.add(adopted);
        }
      }
      return this;
    }

    /** Adds the ids of activities where people were consulted about it. */
    public Builder consultations(String... activityIds) {
      for (String consulted : activityIds) {
        if (checks.id(consulted, "consultations/" + consultations.size()) != null) {
          consultations.add(consulted);
        }
      }
      return this;
    }

    Checks problems() {
      Checks all = checks.copy();
      all.label(rule, ruleLabel, "ruleLabel");
      if (activity == null && stage == null) {
        all.add(
            Problem.Kind.MISSING_FIELD,
            "stage",
            "The decision was taken outside an activity, so it needs a "
                + "'stage' (commissioning, design, delivery or evaluation).");
      }
      java.util.Set<String> voters = new java.util.HashSet<>();
      long total = 0;
      for (int v = 0; v < votes.size(); v++) {
        Vote vote = votes.get(v);
        total += Math.max(0, vote.weight());
        if (!voters.add(vote.participant())) {
          all.add(
              Problem.Kind.DUPLICATE_ID,
              "votes/" + v + "/participant",
              "The decision lists a participant more than once among its votes.");
        }
      }
      if (rule != null && rule != DecisionRule.WEIGHTED_VOTE && quota != null) {
        all.add(
            Problem.Kind.INCONSISTENT,
            "quota",
            "The decision has a quota but its rule is '"
                + rule.code()
                + "': a quota belongs only to a weighted vote.");
      } else if (rule == DecisionRule.WEIGHTED_VOTE && quota == null) {
        all.add(
            Problem.Kind.MISSING_FIELD,
            "quota",
            "The decision is a weighted vote, so it needs a 'quota': "
                + "the weight in favour needed to carry it.");
      } else if (rule == DecisionRule.WEIGHTED_VOTE
          && quota != null
          && (quota <= 0 || quota > total)) {
        all.add(
            Problem.Kind.OUT_OF_RANGE,
            "quota",
            "The decision has quota "
                + quota
                + ", which must be more than 0 and at most the total vote weight ("
                + total
                + ").");
      }
      return all;
    }

    @Nullable String id() {
      return id;
    }

    Decision create() {
      return new Decision(
          Objects.requireNonNull(id),
          Objects.requireNonNull(initiative),
          activity,
          stage,
          Objects.requireNonNull(date),
          title,
          Objects.requireNonNull(rule),
          ruleLabel,
          quota,
          votes,
          adopts,
          consultations);
    }

    /**
     * Builds the decision.
     *
     * @throws dev.copro.model.validation.InvalidInputException listing every problem, each located
     *     at its field
     */
    public Decision build() {
      return problems().build(RecordKind.DECISION, this::create);
    }
  }
}
