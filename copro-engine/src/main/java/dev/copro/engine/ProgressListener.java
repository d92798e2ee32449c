package dev.copro.engine;

import dev.copro.spi.Scope;
import org.apiguardian.api.API;

/**
 * Hears how an evaluation progresses, for a host's progress bar or log. Every method has an empty
 * default, so a listener overrides only what it needs.
 *
 * <p>The engine calls a listener from its worker threads, possibly at the same time for different
 * plugins, so implementations must be thread-safe; the order of calls for different plugins varies
 * from run to run (the report does not). A listener that throws is ignored for that call and the
 * evaluation goes on.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ProgressListener {

  /** A listener that does nothing. */
  ProgressListener NONE = new ProgressListener() {};

  /**
   * The evaluation is starting.
   *
   * @param plannedCalls how many plugin calls it will make at most (a metric that fails in one
   *     scope is not called for its later scopes)
   */
  default void evaluationStarted(int plannedCalls) {}

  /** A metric or rule is about to be called for a scope. */
  default void started(String pluginId, Scope scope) {}

  /** A metric or rule returned a valid result for a scope. */
  default void finished(String pluginId, Scope scope) {}

  /**
   * A metric or rule failed for a scope.
   *
   * @param reason why, as the result's {@code failure} gives it
   */
  default void failed(String pluginId, Scope scope, String reason) {}

  /** The evaluation is over; the report is about to be returned. */
  default void evaluationFinished() {}
}
