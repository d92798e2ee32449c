package dev.copro.spi;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What became of one metric in an evaluation: its measurement and rating, or why it failed.
 * Aggregate metrics and rules read the outcomes of the direct metrics.
 *
 * @param descriptor the metric's descriptor
 * @param measurement the measurement, or {@code null} if the metric failed
 * @param rating the rating of its value, or {@code null} if it has no thresholds, no value or
 *     failed
 * @param failure why it failed, or {@code null} if it did not
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Outcome(
    Descriptor descriptor,
    @Nullable Measurement measurement,
    @Nullable Rating rating,
    @Nullable String failure) {

  /** Checks that exactly one of measurement and failure is present. */
  public Outcome {
    Objects.requireNonNull(descriptor, "descriptor");
    if ((measurement == null) == (failure == null)) {
      throw new IllegalArgumentException("an outcome has either a measurement or a failure");
    }
  }

  /** The metric's id. */
  public String id() {
    return descriptor.id();
  }

  /** Whether the metric produced a value. */
  public boolean hasValue() {
    return measurement != null && measurement.value() != null;
  }
}
