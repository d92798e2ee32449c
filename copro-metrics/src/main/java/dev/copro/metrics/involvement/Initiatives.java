package dev.copro.metrics.involvement;

import dev.copro.model.Initiative;
import dev.copro.spi.EvaluationContext;
import java.util.Comparator;
import java.util.List;

/** Initiatives in a stable order, so that findings do not depend on record order. */
final class Initiatives {

  private Initiatives() {}

  /** The initiatives in scope in id order, so that findings do not depend on record order. */
  static List<Initiative> byId(EvaluationContext context) {
    return context.initiatives().stream().sorted(Comparator.comparing(Initiative::id)).toList();
  }
}
