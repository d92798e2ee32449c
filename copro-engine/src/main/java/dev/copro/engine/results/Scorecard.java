package dev.copro.engine.results;

import dev.copro.model.Principle;
import dev.copro.spi.Rating;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The principle scorecard ({@value DefaultMetrics#SCORECARD}): an overall score and one line per
 * principle that a rated metric informs, in the order of {@link Principle}.
 *
 * @param overall the overall score, from 0 to 1 (the metric's value)
 * @param rating the overall rating, or {@code null} when the scorecard is not rated
 * @param principles the principles scored, in the order of {@link Principle}; a principle that no
 *     rated metric informs has no line
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public record Scorecard(double overall, @Nullable Rating rating, List<PrincipleScore> principles) {

  /** Takes an immutable copy. */
  public Scorecard {
    principles = List.copyOf(principles);
  }

  /** The line of one principle, if it was scored. */
  public Optional<PrincipleScore> principle(Principle principle) {
    return principles.stream().filter(p -> p.principle() == principle).findFirst();
  }
}
