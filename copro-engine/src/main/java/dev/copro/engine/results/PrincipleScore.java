package dev.copro.engine.results;

import dev.copro.model.Principle;
import dev.copro.spi.Rating;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One principle's line on the scorecard: its score and its rating.
 *
 * @param principle the principle
 * @param score its score, from 0 (every informing metric red) to 1 (every one green)
 * @param rating its rating, as the scorecard states it (see {@link Headline#scorecard()}), or
 *     {@code null} when the report states none and the scorecard has no thresholds
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public record PrincipleScore(Principle principle, double score, @Nullable Rating rating) {

  /** Checks presence of the principle and that the score is in [0, 1]. */
  public PrincipleScore {
    Objects.requireNonNull(principle, "principle");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("a principle's score is from 0 to 1, not " + score);
    }
  }
}
