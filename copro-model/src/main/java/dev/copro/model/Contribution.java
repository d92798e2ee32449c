package dev.copro.model;

import dev.copro.model.validation.Problem;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A proposal, suggestion, concern, story or question a participant raised in an activity, whether
 * it was written down, and the response given back.
 *
 * @param id unique among contributions, never blank
 * @param activity the id of the activity where it was raised
 * @param participant the id of the participant who raised it
 * @param kind what kind of contribution it was
 * @param date the day it was raised, or {@code null} meaning the day of the activity
 * @param documented whether it was written down (in minutes, notes or a log)
 * @param summary a summary, or {@code null}; free text, never shown in reports or logs
 * @param response the response given back, or {@code null} if none was given
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Contribution(
    String id,
    String activity,
    String participant,
    ContributionKind kind,
    @Nullable LocalDate date,
    boolean documented,
    @Nullable String summary,
    @Nullable Response response) {

  /** Checks presence. */
  public Contribution {
    Records.requireId(id, "id");
    Records.requireId(activity, "activity");
    Records.requireId(participant, "participant");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * A builder for a contribution with the given required values; the optional ones are named
   * setters. It collects every problem rather than throwing at the first (see {@link
   * Participant#builder}).
   *
   * @param id unique among contributions
   * @param activity the id of the activity where it was raised
   * @param participant the id of the participant who raised it
   * @param kind what kind of contribution it was
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static Builder builder(
      @Nullable String id,
      @Nullable String activity,
      @Nullable String participant,
      @Nullable ContributionKind kind) {
    return new Builder(id, activity, participant, kind);
  }

  /**
   * Builds a {@link Contribution}, checking each value as it is given and collecting the problems.
   * It starts undocumented, dated on its activity's day, with no response. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Builder {
    private final Checks checks = new Checks("contribution");
    private final @Nullable String id;
    private final @Nullable String activity;
    private final @Nullable String participant;
    private final @Nullable ContributionKind kind;
    private @Nullable LocalDate date;
    private boolean documented;
    private @Nullable String summary;
    private @Nullable Response response;

    private Builder(
        @Nullable String id,
        @Nullable String activity,
        @Nullable String participant,
        @Nullable ContributionKind kind) {
      this.id = checks.id(id, "id");
      this.activity = checks.id(activity, "activity");
      this.participant = checks.id(participant, "participant");
      this.kind = checks.required(kind, "kind");
    }

    /** The day it was raised, when not the day of its activity. */
    public Builder date(@Nullable LocalDate date) {
      this.date = date;
      return this;
    }

    /** Whether it was written down (in minutes, notes or a log); default false. */
    public Builder documented(boolean documented) {
      this.documented = documented;
      return this;
    }

    /** A summary; free text that reports and logs never show. */
    public Builder summary(@Nullable String summary) {
      this.summary = summary;
      return this;
    }

    /** The response given back; not before the contribution. */
    public Builder response(@Nullable Response response) {
      this.response = response;
      return this;
    }

    /**
     * The response given back on {@code date}: {@link ResponseOutcome#ADOPTED}, adapted or none.
     */
    public Builder response(@Nullable LocalDate date, @Nullable ResponseOutcome outcome) {
      return response(date, outcome, null);
    }

    /** The response given back, with the reason when it was declined. */
    public Builder response(
        @Nullable LocalDate date,
        @Nullable ResponseOutcome outcome,
        @Nullable DeclineReason reason) {
      checks.required(date, "response/date");
      checks.required(outcome, "response/outcome");
      if (reason != null && outcome != null && outcome != ResponseOutcome.DECLINED) {
        checks.add(
            Problem.Kind.INCONSISTENT,
            "response/reason",
            "A reason is allowed only when the outcome is 'declined', not '"
                + outcome.code()
                + "'.");
      } else if (date != null && outcome != null) {
        this.response = new Response(date, outcome, reason);
      }
      return this;
    }

    Checks problems() {
      Checks all = checks.copy();
      if (date != null && response != null && response.date().isBefore(date)) {
        all.add(
            Problem.Kind.DATE_ORDER,
            "response/date",
            "The response is dated "
                + response.date()
                + ", before the contribution was made on "
                + date
                + ".");
      }
      return all;
    }

    @Nullable String id() {
      return id;
    }

    Contribution create() {
      return new Contribution(
          Objects.requireNonNull(id),
          Objects.requireNonNull(activity),
          Objects.requireNonNull(participant),
          Objects.requireNonNull(kind),
          date,
          documented,
          summary,
          response);
    }

    /**
     * Builds the contribution.
     *
     * @throws dev.copro.model.validation.InvalidInputException listing every problem, each located
     *     at its field
     */
    public Contribution build() {
      return problems().build(RecordKind.CONTRIBUTION, this::create);
    }
  }
}
