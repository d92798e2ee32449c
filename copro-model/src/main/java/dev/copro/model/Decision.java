package dev.copro.model;

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
 * @param ruleLabel what "other" means, present exactly when {@code rule} is {@link DecisionRule#OTHER}
 * @param quota for {@link DecisionRule#WEIGHTED_VOTE}: the weight in favour needed to carry it, in
 *     (0, total weight]; {@code null} for the other rules
 * @param votes who held a say and with what weight (see {@link Vote})
 * @param adopts ids of the contributions it adopted or adapted
 * @param consultations ids of the activities where people were consulted about it; consulting
 *     after the decision date is a warning sign ("the solution was already decided")
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
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

  /** A builder for a decision with the given required values. */
  public static Builder builder(String id, String initiative, LocalDate date, DecisionRule rule) {
    return new Builder(id, initiative, date, rule);
  }

  /** Builds a {@link Decision}; optional values start empty. */
  public static final class Builder {
    private final String id;
    private final String initiative;
    private final LocalDate date;
    private final DecisionRule rule;
    private @Nullable String activity;
    private @Nullable LifecycleStage stage;
    private @Nullable String title;
    private @Nullable String ruleLabel;
    private @Nullable Long quota;
    private final List<Vote> votes = new ArrayList<>();
    private final List<String> adopts = new ArrayList<>();
    private final List<String> consultations = new ArrayList<>();

    private Builder(String id, String initiative, LocalDate date, DecisionRule rule) {
      this.id = id;
      this.initiative = initiative;
      this.date = date;
      this.rule = rule;
    }

    /** The activity where it was taken. */
    public Builder activity(@Nullable String activity) {
      this.activity = activity;
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

    /** The quota of a weighted vote. */
    public Builder quota(@Nullable Long quota) {
      this.quota = quota;
      return this;
    }

    /** Adds a vote. */
    public Builder vote(String participant, long weight) {
      votes.add(new Vote(participant, weight, null));
      return this;
    }

    /** Adds votes. */
    public Builder votes(List<Vote> votes) {
      this.votes.addAll(votes);
      return this;
    }

    /** Adds the ids of adopted contributions. */
    public Builder adopts(String... contributionIds) {
      adopts.addAll(List.of(contributionIds));
      return this;
    }

    /** Adds the ids of activities where people were consulted about it. */
    public Builder consultations(String... activityIds) {
      consultations.addAll(List.of(activityIds));
      return this;
    }

    /** Builds the decision. */
    public Decision build() {
      return new Decision(id, initiative, activity, stage, date, title, rule, ruleLabel, quota, votes, adopts,
          consultations);
    }
  }
}
