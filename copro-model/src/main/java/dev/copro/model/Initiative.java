package dev.copro.model;

import dev.copro.model.validation.Problem;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A co-production project or programme: a board reviewing a policy, a service redesign, a research
 * study. Activities and decisions belong to an initiative.
 *
 * @param id unique among initiatives, never blank
 * @param name a human-readable name
 * @param organisation the organisation that runs it, or {@code null} if not recorded
 * @param start the day it began
 * @param end the day it ended, or {@code null} while it is running; not before {@code start}
 * @param stages the lifecycle stages it covers (the denominator of stage coverage); may be empty,
 *     in which case the stages of its activities count
 * @param attributes free key/value pairs a host wants to keep (never interpreted by the defaults)
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Initiative(
    String id,
    String name,
    @Nullable String organisation,
    LocalDate start,
    @Nullable LocalDate end,
    Set<LifecycleStage> stages,
    Map<String, String> attributes) {

  /** Checks presence and takes immutable, ordered copies. */
  public Initiative {
    Records.requireId(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(start, "start");
    stages = Records.enumSet(stages, LifecycleStage.class);
    attributes = Records.attributes(attributes);
  }

  /**
   * A builder for an initiative with the given required values; the optional ones are named
   * setters. It collects every problem rather than throwing at the first (see {@link
   * Participant#builder}).
   *
   * @param id unique among initiatives
   * @param name a human-readable name
   * @param start the day it began
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static Builder builder(
      @Nullable String id, @Nullable String name, @Nullable LocalDate start) {
    return new Builder(id, name, start);
  }

  /**
   * Builds an {@link Initiative}, checking each value as it is given and collecting the problems.
   * Optional values start empty. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Builder {
    private final Checks checks = new Checks("initiative");
    private final @Nullable String id;
    private final @Nullable String name;
    private final @Nullable LocalDate start;
    private @Nullable String organisation;
    private @Nullable LocalDate end;
    private final Set<LifecycleStage> stages = EnumSet.noneOf(LifecycleStage.class);
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(@Nullable String id, @Nullable String name, @Nullable LocalDate start) {
      this.id = checks.id(id, "id");
      this.name = checks.required(name, "name");
      this.start = checks.required(start, "start");
    }

    /** The organisation that runs it. */
    public Builder organisation(@Nullable String organisation) {
      checks.notBlank(organisation, "organisation");
      this.organisation = organisation;
      return this;
    }

    /** The day it ended; not before it began. Leave it out while it is running. */
    public Builder end(@Nullable LocalDate end) {
      this.end = end;
      return this;
    }

    /** Adds lifecycle stages it covers: the denominator of stage coverage. */
    public Builder stages(LifecycleStage... covered) {
      for (LifecycleStage stage : covered) {
        if (checks.required(stage, "stages") != null) {
          stages.add(stage);
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
      if (start != null && end != null && end.isBefore(start)) {
        all.add(
            Problem.Kind.DATE_ORDER,
            "end",
            "The initiative ends on " + end + ", before it starts on " + start + ".");
      }
      return all;
    }

    @Nullable String id() {
      return id;
    }

    Initiative create() {
      return new Initiative(
          Objects.requireNonNull(id),
          Objects.requireNonNull(name),
          organisation,
          Objects.requireNonNull(start),
          end,
          stages,
          attributes);
    }

    /**
     * Builds the initiative.
     *
     * @throws dev.copro.model.validation.InvalidInputException listing every problem, each located
     *     at its field
     */
    public Initiative build() {
      return problems().build(RecordKind.INITIATIVE, this::create);
    }
  }
}
