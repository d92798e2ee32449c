package dev.copro.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A co-production project or programme: a board reviewing a policy, a service redesign, a
 * research study. Activities and decisions belong to an initiative.
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
@API(status = API.Status.STABLE, since = "0.1.0")
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
}
