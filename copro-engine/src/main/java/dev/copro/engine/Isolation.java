package dev.copro.engine;

import java.time.Duration;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Runs plugin code so that nothing it does can take the engine down: every call runs on a daemon
 * worker thread under a time budget, and whatever it throws becomes a failure that names the
 * plugin.
 *
 * <p>What is contained, and why:
 *
 * <ul>
 *   <li>every {@link Exception}, checked or not (plugins can throw checked exceptions sneakily);
 *   <li>{@link StackOverflowError} and {@link OutOfMemoryError}: both are raised in the plugin's
 *       own call on its own thread, so once the call has unwound, the plugin's stack is gone and
 *       what it allocated is garbage — the engine's own state is untouched and the next call has
 *       the heap back;
 *   <li>{@link LinkageError}: a plugin built against another version of the SPI, or missing a class
 *       it needs, fails alone (OpenTelemetry's {@code propagateIfFatal} rethrows these, but here
 *       they come from one plugin's jar, not from the engine);
 *   <li>any other {@link Error} a plugin throws.
 * </ul>
 *
 * Every other {@link VirtualMachineError} ({@link InternalError}, {@link UnknownError}) means the
 * JVM itself is broken, and is rethrown.
 *
 * <p>A call that runs past its budget is cancelled with {@link Future#cancel(boolean)
 * cancel(true)}, which interrupts its thread, and fails. A plugin that ignores interruption keeps
 * its thread (it is a daemon, so it does not keep the JVM alive): Java has no safe way to stop a
 * thread, and the engine simply carries on with a fresh one.
 *
 * <p>Plugin code must not call back into the engine: the engine refuses {@link Copro#evaluate} and
 * {@link Copro.Builder#build()} on a thread that is running a plugin call, or that such a thread
 * started, so that a plugin cannot recurse into evaluations without bound.
 */
final class Isolation implements AutoCloseable {

  /** The plugin call the current thread is making, inherited by threads that plugin code starts. */
  private static final InheritableThreadLocal<@Nullable PluginCall> CURRENT =
      new InheritableThreadLocal<>();

  private final Duration budget;

  /**
   * The budget in nanoseconds, at most {@link Long#MAX_VALUE} (292 years) however long the budget.
   */
  private final long budgetNanos;

  private final ExecutorService threads;

  /** An isolation whose calls may each run for at most {@code budget}. */
  Isolation(Duration budget) {
    this.budget = budget;
    this.budgetNanos =
        budget.compareTo(Duration.ofNanos(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : budget.toNanos();
    // A cached pool, so that a thread kept by a plugin that ignores interruption does not reduce
    // the
    // number of threads left for the other plugins.
    this.threads = Executors.newCachedThreadPool(daemonThreads("copro-plugin-"));
  }

  /** The time each call may take. */
  Duration budget() {
    return budget;
  }

  /**
   * Throws if the current thread is running plugin code (or was started by plugin code that is
   * still running).
   *
   * @param what what the plugin tried to do, for the message
   * @throws IllegalStateException if it is
   */
  static void refuseCallsFromPlugins(String what) {
    PluginCall call = CURRENT.get();
    if (call != null && call.active) {
      throw new IllegalStateException(
          "plugin '"
              + call.pluginId
              + "' called "
              + what
              + " from within a plugin call; plugins must not call back into the copro engine");
    }
  }

  /**
   * Runs plugin code under the time budget.
   *
   * @param pluginId the plugin's id (or class name, before its id is known), for the message of a
   *     plugin that calls back into the engine
   * @param loader the class loader to make the thread's context class loader during the call, or
   *     {@code null} for the bootstrap loader
   * @param body the plugin code
   * @param <T> what it returns
   * @return what it returned (possibly {@code null}), or why it failed
   * @throws InterruptedException if the calling thread is interrupted while waiting; the call is
   *     cancelled
   * @throws VirtualMachineError if the plugin call raised one that means the JVM is broken
   * @throws IllegalStateException if this isolation is closed
   */
  <T> Call<T> call(
      String pluginId, @Nullable ClassLoader loader, Callable<? extends @Nullable T> body)
      throws InterruptedException {
    PluginCall token = new PluginCall(pluginId);
    Future<Completion> future;
    try {
      future = threads.submit(() -> run(token, loader, body));
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("the copro engine is closed", e);
    }
    Completion completion;
    try {
      completion = future.get(budgetNanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return Call.failed("did not finish within its time budget of " + describe(budget));
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      // run() catches every Throwable, so this means the JVM could not even record one.
      throw new IllegalStateException(
          "plugin call failed outside the plugin: " + e.getCause(), e.getCause());
    }
    if (completion.error != null) {
      propagateIfFatal(completion.error);
      return Call.failed("threw " + completion.description);
    }
    @SuppressWarnings("unchecked")
    T value = (T) completion.value;
    return new Call<>(value, null);
  }

  private static Completion run(PluginCall token, @Nullable ClassLoader loader, Callable<?> body) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    CURRENT.set(token);
    try {
      return new Completion(body.call(), null, "");
    } catch (Throwable thrown) {
      // ServiceLoader wraps whatever a plugin's constructor throws; what matters is the plugin's
      // own.
      Throwable t =
          thrown instanceof ServiceConfigurationError && thrown.getCause() != null
              ? thrown.getCause()
              : thrown;
      // Described here, inside the budget: getMessage() and getCause() are plugin code too.
      String description;
      try {
        description = describe(t);
      } catch (Throwable again) {
        description = t.getClass().getName();
      }
      return new Completion(null, t, description);
    } finally {
      token.active = false;
      CURRENT.remove();
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * Rethrows errors that mean the JVM itself is broken; plugin-caused errors are left to contain.
   */
  static void propagateIfFatal(Throwable t) {
    if (t instanceof VirtualMachineError
        && !(t instanceof StackOverflowError)
        && !(t instanceof OutOfMemoryError)) {
      throw (VirtualMachineError) t;
    }
  }

  /** The class and message of a throwable and of its causes, on one line, briefly. */
  static String describe(Throwable t) {
    StringBuilder out = new StringBuilder();
    int opened = 0;
    Throwable current = t;
    for (int depth = 0; current != null && depth < 4; depth++) {
      if (depth > 0) {
        out.append(" (caused by ");
        opened++;
      }
      out.append(current.getClass().getName());
      String message = current.getMessage();
      if (message != null && !message.isBlank()) {
        out.append(": ").append(shorten(message.strip().replaceAll("\\s+", " ")));
      }
      Throwable cause = current.getCause();
      current = cause == current ? null : cause;
    }
    return out.append(")".repeat(opened)).toString();
  }

  private static String shorten(String message) {
    return message.length() <= 200 ? message : message.substring(0, 199) + "…";
  }

  /** A duration as a plain number of milliseconds or seconds. */
  static String describe(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** A factory of daemon threads that do not inherit the creating thread's inheritable state. */
  static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread thread = new Thread(null, r, prefix + count.incrementAndGet(), 0, false);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Stops the worker threads; calls still running are interrupted. */
  @Override
  public void close() {
    threads.shutdownNow();
  }

  /**
   * What a plugin call came to.
   *
   * @param value what it returned, when it did not fail; may be {@code null}
   * @param failure why it failed, or {@code null}; it does not name the plugin, whose id or class
   *     every result and failure holding it gives beside it
   * @param <T> what it returns
   */
  record Call<T>(@Nullable T value, @Nullable String failure) {

    static <T> Call<T> failed(String failure) {
      return new Call<>(null, failure);
    }
  }

  private record Completion(
      @Nullable Object value, @Nullable Throwable error, String description) {}

  private static final class PluginCall {
    private final String pluginId;
    private volatile boolean active = true;

    PluginCall(String pluginId) {
      this.pluginId = pluginId;
    }
  }
}
