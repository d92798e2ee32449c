package dev.copro.model;

import dev.copro.model.validation.Problem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A gathering in which people work on an initiative: a meeting, workshop, board, panel, co-design
 * session, training or event. Who was invited and who came is recorded as {@link Attendance}.
 *
 * @param id unique among activities, never blank
 * @param initiative the id of the initiative it belongs to
 * @param type what kind of gathering it is
 * @param typeLabel what "other" means, present exactly when {@code type} is {@link
 *     ActivityType#OTHER}
 * @param stage the lifecycle stage it serves
 * @param title a short title, or {@code null}; free text, never shown in reports
 * @param date the day it took place
 * @param startTime when it started, or {@code null} if not recorded
 * @param durationMinutes how long it lasted in minutes, or {@code null}; not negative
 * @param invitedOn the day invitations went out, or {@code null}; not after {@code date}
 * @param provisions the access provisions it offered
 * @param chairs the ids of the participants who chaired or facilitated it, in order
 * @param attributes free key/value pairs a host wants to keep
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Activity(
    String id,
    String initiative,
    ActivityType type,
    @Nullable String typeLabel,
    LifecycleStage stage,
    @Nullable String title,
    LocalDate date,
    @Nullable LocalTime startTime,
    @Nullable Integer durationMinutes,
    @Nullable LocalDate invitedOn,
    Set<AccessProvision> provisions,
    List<String> chairs,
    Map<String, String> attributes) {

  /** Checks presence and the label rule, and takes immutable, ordered copies. */
  public Activity {
    Records.requireId(id, "id");
    Records.requireId(initiative, "initiative");
    Objects.requireNonNull(type, "type");
    Records.requireLabel(type, typeLabel, "typeLabel");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(date, "date");
    provisions = Records.provisions(provisions);
    chairs = Records.list(chairs);
    attributes = Records.attributes(attributes);
  }

  /** Days of notice: from invitations to the activity, or {@code null} if not recorded. */
  public @Nullable Long noticeDays() {
    return invitedOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(invitedOn, date);
  }

  /**
   * A builder for an activity with the given required values; the optional ones are named setters.
   * Since 0.2.0 it collects every problem rather than throwing at the first (see {@link
   * Participant#builder}).
   */
  public static Builder builder(
      @Nullable String id,
      @Nullable String initiative,
      @Nullable ActivityType type,
      @Nullable LifecycleStage stage,
      @Nullable LocalDate date) {
    return new Builder(id, initiative, type, stage, date);
  }

  /**
   * Builds an {@link Activity}, checking each value as it is given and collecting the problems;
   * optional values start empty. Not thread-safe.
   */
  public static final class Builder {
    private final Checks checks = new Checks("activity");
    private final @Nullable String id;
    private final @Nullable String initiative;
    private final @Nullable ActivityType type;
    private final @Nullable LifecycleStage stage;
    private final @Nullable LocalDate date;
    private @Nullable String typeLabel;
    private @Nullable String title;
    private @Nullable LocalTime startTime;
    private @Nullable Integer durationMinutes;
    private @Nullable LocalDate invitedOn;
    private final Set<AccessProvision> provisions = new LinkedHashSet<>();
    private final List<String> chairs = new ArrayList<>();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(
        @Nullable String id,
        @Nullable String initiative,
        @Nullable ActivityType type,
        @Nullable LifecycleStage stage,
        @Nullable LocalDate date) {
      this.id = checks.id(id, "id");
      this.initiative = checks.id(initiative, "initiative");
      this.type = checks.required(type, "type");
      this.stage = checks.required(stage, "stage");
      this.date = checks.required(date, "date");
    }

    /** What "other" means when the type is {@link ActivityType#OTHER}. */
    public Builder typeLabel(@Nullable String typeLabel) {
      this.typeLabel = typeLabel;
      return this;
    }

    /** A short title; free text that reports never show. */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /** When it started. */
    public Builder startTime(@Nullable LocalTime startTime) {
      this.startTime = startTime;
      return this;
    }

    /** How long it lasted, in minutes; not negative. */
    public Builder durationMinutes(@Nullable Integer durationMinutes) {
      this.durationMinutes =
          checks.notNegative(durationMinutes, "durationMinutes", "duration in minutes");
      return this;
    }

    /** The day invitations went out; not after the activity. */
    public Builder invitedOn(@Nullable LocalDate invitedOn) {
      this.invitedOn = invitedOn;
      return this;
    }

    /** Adds access provisions offered. */
    public Builder provisions(Collection<AccessProvision> provisions) {
      for (AccessProvision provision : provisions) {
        if (checks.required(provision, "provisions") != null) {
          this.provisions.add(provision);
        }
      }
      return this;
    }

    /** Adds access provisions offered. */
    public Builder provisions(AccessKind... kinds) {
      for (AccessKind kind : kinds) {
        if (checks.required(kind, "provisions") != null) {
          provisions.add(AccessProvision.of(kind));
        }
      }
      return this;
    }

    /** Adds chairs or facilitators, by participant id. */
    public Builder chairs(String... participantIds) {
      for (String chair : participantIds) {
        if (checks.id(chair, "chairs/" + chairs.size()) != null) {
          chairs.add(chair);
        }
      }
      return this;
    }

    /** Sets a free attribute. */
    public Builder attribute(String key, String value) {
      Records.attribute(checks, attributes, key, value);
      return this;
    }

    Checks problems() {
      Checks all = checks.copy();
      all.label(type, typeLabel, "typeLabel");
      if (invitedOn != null && date != null && invitedOn.isAfter(date)) {
        all.add(
            Problem.Kind.DATE_ORDER,
            "invitedOn",
            "The activity sent invitations on "
                + invitedOn
                + ", after it took place on "
                + date
                + ".");
      }
      return all;
    }

    @Nullable String id() {
      return id;
    }

    Activity create() {
      return new Activity(
          Objects.requireNonNull(id),
          Objects.requireNonNull(initiative),
          Objects.requireNonNull(type),
          typeLabel,
          Objects.requireNonNull(stage),
          title,
          Objects.requireNonNull(date),
          startTime,
          durationMinutes,
          invitedOn,
          provisions,
          chairs,
          attributes);
    }

    /**
     * Builds the activity.
     *
     * @throws dev.copro.model.validation.InvalidInputException listing every problem, each located
     *     at its field
     */
    public Activity build() {
      return problems().build(RecordKind.ACTIVITY, this::create);
    }
  }
}
