package dev.copro.spi;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A check that turns data and the metrics' outcomes into findings, each with a severity and the
 * evidence behind it: "no lived-experience member has chaired a board meeting this year".
 *
 * <p>Rules run after every metric, and see the outcomes of all of them through {@link
 * EvaluationContext#outcomes()}. Register implementations in {@code
 * META-INF/services/dev.copro.spi.Rule}; the same isolation applies as for {@link Metric}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Rule {

  /** Who this rule is; {@link Descriptor#unit()} and {@link Descriptor#range()} do not apply. */
  Descriptor descriptor();

  /**
   * Checks the dataset and the outcomes, and reports what it finds.
   *
   * @param context the dataset, outcomes of the metrics, parameters and helpers
   * @return the findings, empty when there is nothing to report; never null
   */
  List<Finding> check(EvaluationContext context);
}
