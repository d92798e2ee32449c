package dev.copro.engine.results;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where the ladder metric ({@value DefaultMetrics#LADDER}) placed the evaluated initiatives: the
 * TLAP rung, its Arnstein and IAP2 equivalents, the rung the rules reached before any cap for a
 * warning sign lowered it, and the rule that placed it, in words.
 *
 * @param rung the TLAP rung (the metric's value)
 * @param arnstein the corresponding Arnstein rung
 * @param iap2 the corresponding IAP2 level
 * @param beforeCaps the rung the rules reached before caps, or {@code null} when the report does
 *     not say; below {@code rung} never, above it when a cap applied
 * @param rule which rule placed it, which cap applied and, in a few words, which conditions of the
 *     next rung were not met (the message of the metric's {@value
 *     DefaultMetrics#LADDER_RULE_FINDING} finding), or {@code null} when the report has no such
 *     finding; each condition, met or not, with its value is a finding of its own ({@value
 *     DefaultMetrics#LADDER_CONDITION_MET_FINDING}, {@value
 *     DefaultMetrics#LADDER_CONDITION_NOT_MET_FINDING})
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public record LadderPlacement(
    TlapRung rung,
    ArnsteinRung arnstein,
    Iap2Level iap2,
    @Nullable TlapRung beforeCaps,
    @Nullable String rule) {

  /** Checks presence. */
  public LadderPlacement {
    Objects.requireNonNull(rung, "rung");
    Objects.requireNonNull(arnstein, "arnstein");
    Objects.requireNonNull(iap2, "iap2");
  }

  /** Whether a cap for a warning sign lowered the placement. */
  public boolean capped() {
    return beforeCaps != null && beforeCaps.level() > rung.level();
  }
}
