package dev.copro.model;

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
 * @param typeLabel what "other" means, present exactly when {@code type} is {@link ActivityType#OTHER}
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
@API(status = API.Status.STABLE, since = "0.1.0")
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

  /** A builder for an activity with the given required values. */
  public static Builder builder(String id, String initiative, ActivityType type, LifecycleStage stage, LocalDate date) {
    return new Builder(id, initiative, type, stage, date);
  }

  /** Builds an {@link Activity}; optional values start empty. */
  public static final class Builder {
    private final String id;
    private final String initiative;
    private final ActivityType type;
    private final LifecycleStage stage;
    private final LocalDate date;
    private @Nullable String typeLabel;
    private @Nullable String title;
    private @Nullable LocalTime startTime;
    private @Nullable Integer durationMinutes;
    private @Nullable LocalDate invitedOn;
    private final Set<AccessProvision> provisions = new LinkedHashSet<>();
    private final List<String> chairs = new ArrayList<>();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(String id, String initiative, ActivityType type, LifecycleStage stage, LocalDate date) {
      this.id = id;
      this.initiative = initiative;
      this.type = type;
      this.stage = stage;
      this.date = date;
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

    /** How long it lasted, in minutes. */
    public Builder durationMinutes(@Nullable Integer durationMinutes) {
      this.durationMinutes = durationMinutes;
      return this;
    }

    /** The day invitations went out. */
    public Builder invitedOn(@Nullable LocalDate invitedOn) {
      this.invitedOn = invitedOn;
      return this;
    }

    /** Adds access provisions offered. */
    public Builder provisions(Collection<AccessProvision> provisions) {
      this.provisions.addAll(provisions);
      return this;
    }

    /** Adds access provisions offered. */
    public Builder provisions(AccessKind... kinds) {
      for (AccessKind kind : kinds) {
        provisions.add(AccessProvision.of(kind));
      }
      return this;
    }

    /** Adds chairs or facilitators, by participant id. */
    public Builder chairs(String... participantIds) {
      chairs.addAll(List.of(participantIds));
      return this;
    }

    /** Sets a free attribute. */
    public Builder attribute(String key, String value) {
      attributes.put(key, value);
      return this;
    }

    /** Builds the activity, checking presence and the label rule. */
    public Activity build() {
      return new Activity(id, initiative, type, typeLabel, stage, title, date, startTime, durationMinutes,
          invitedOn, provisions, chairs, attributes);
    }
  }
}
