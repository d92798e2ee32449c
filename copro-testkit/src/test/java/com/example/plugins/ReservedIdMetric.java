package com.example.plugins;

import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;

/**
 * A third-party metric (its class is outside {@code dev.copro.}) that claims an id under the {@code
 * copro.} prefix, which is reserved for copro's default catalog.
 */
public final class ReservedIdMetric implements Metric {

  @Override
  public Descriptor descriptor() {
    return Descriptor.builder("copro.meetings.count")
        .version("1.0.0")
        .name("Meetings")
        .description("Counts meetings.")
        .unit(Unit.COUNT)
        .range(ValueRange.NON_NEGATIVE)
        .build();
  }

  @Override
  public Measurement measure(EvaluationContext context) {
    return Measurement.of(context.activities().size(), context.activities().size()).build();
  }
}
