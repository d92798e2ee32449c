package example.plugins;

import dev.copro.engine.Copro;
import dev.copro.model.Attendance;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Interval;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Rule;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * Broken and hostile plugins, registered in {@code plugins/hostile} and {@code plugins/broken}.
 * They live outside {@code dev.copro} on purpose: they are third-party code.
 */
public final class HostilePlugins {

  private HostilePlugins() {}

  /** A metric with a plain descriptor whose measure is left to the subclass. */
  public abstract static class Hostile implements Metric {
    private final String id;

    Hostile(String name) {
      this.id = "acme.hostile." + name;
    }

    @Override
    public Descriptor descriptor() {
      return Descriptor.builder(id).build();
    }
  }

  /** Throws an unchecked exception. */
  public static final class ThrowsUnchecked extends Hostile {
    public ThrowsUnchecked() {
      super("throws-unchecked");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      throw new IllegalStateException("boom");
    }
  }

  /** Throws a checked exception, which Java would not let it declare. */
  public static final class ThrowsChecked extends Hostile {
    public ThrowsChecked() {
      super("throws-checked");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      throw HostilePlugins.<RuntimeException>sneaky(new IOException("disk on fire"));
    }
  }

  @SuppressWarnings("unchecked")
  private static <X extends Throwable> X sneaky(Throwable t) throws X {
    throw (X) t;
  }

  /** Returns null. */
  public static final class ReturnsNull extends Hostile {
    public ReturnsNull() {
      super("returns-null");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return null;
    }
  }

  /** Returns NaN. */
  public static final class ReturnsNaN extends Hostile {
    public ReturnsNaN() {
      super("returns-nan");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(Double.NaN, 3).build();
    }
  }

  /** Returns +∞. */
  public static final class ReturnsInfinity extends Hostile {
    public ReturnsInfinity() {
      super("returns-infinity");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(Double.POSITIVE_INFINITY, 3).build();
    }
  }

  /** Returns a share of 1.5. */
  public static final class OutOfRange extends Hostile {
    public OutOfRange() {
      super("out-of-range");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(1.5, 3).build();
    }
  }

  /** Returns a valid value with a NaN component. */
  public static final class NaNComponent extends Hostile {
    public NaNComponent() {
      super("nan-component");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(0.5, 3).component("ratio", Double.NaN).build();
    }
  }

  /** Returns a valid value with a confidence interval reaching −∞. */
  public static final class InfiniteInterval extends Hostile {
    public InfiniteInterval() {
      super("infinite-interval");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(0.5, 3)
          .confidence(new Interval(Double.NEGATIVE_INFINITY, 0.6, 0.95))
          .build();
    }
  }

  /** Returns a valid value with a breakdown group outside the range. */
  public static final class BreakdownOutOfRange extends Hostile {
    public BreakdownOutOfRange() {
      super("breakdown-out-of-range");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(0.5, 10)
          .breakdown(
              new Breakdown(
                  "perspective",
                  List.of(Group.of("carer", 2.0, 5), Group.of("professional", 0.1, 5))))
          .build();
    }
  }

  /** Waits forever, but gives up when interrupted. */
  public static final class NeverReturns extends Hostile {
    public NeverReturns() {
      super("never-returns");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Measurement.of(0.5, 3).build();
    }
  }

  /** Waits forever and ignores interruption: it keeps its (parked, daemon) thread. */
  public static final class IgnoresInterruption extends Hostile {
    public IgnoresInterruption() {
      super("ignores-interruption");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      while (true) {
        LockSupport.park(this);
        Thread.interrupted();
      }
    }
  }

  /** Allocates until the heap runs out. */
  public static final class AllocatesWithoutBound extends Hostile {
    public AllocatesWithoutBound() {
      super("allocates-without-bound");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      List<long[]> hoard = new ArrayList<>();
      while (true) {
        hoard.add(new long[4 << 20]);
      }
    }
  }

  /** Recurses until the stack overflows. */
  public static final class OverflowsStack extends Hostile {
    public OverflowsStack() {
      super("overflows-stack");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(depth(0), 1).build();
    }

    @SuppressWarnings(
        "InfiniteRecursion") // the point of this plugin: the engine must contain the overflow
    private static long depth(long n) {
      return depth(n + 1) + 1;
    }
  }

  /** Tries to add a participant to the shared dataset. */
  public static final class MutatesDataset extends Hostile {
    public MutatesDataset() {
      super("mutates-dataset");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      context.dataset().participants().add(Participant.of("intruder", Perspective.PROFESSIONAL));
      context.attendance().clear();
      return Measurement.of(0.5, 1).build();
    }
  }

  /** Calls back into the engine from within measure. */
  public static final class CallsBack extends Hostile {
    /** The engine to call; set by the test. */
    public static volatile Copro engine;

    public CallsBack() {
      super("calls-back");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      engine.evaluate(context.dataset());
      return Measurement.of(0.5, 1).build();
    }
  }

  /** Fails as a plugin compiled against another version of the SPI would. */
  public static final class LinkageFailure extends Hostile {
    public LinkageFailure() {
      super("linkage-failure");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      throw new NoSuchMethodError("'java.util.List dev.copro.spi.EvaluationContext.meetings()'");
    }
  }

  /** Throws an exception whose message cannot be read. */
  public static final class HostileMessage extends Hostile {
    public HostileMessage() {
      super("hostile-message");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      throw new IllegalStateException() {
        @Override
        public String getMessage() {
          throw new UnsupportedOperationException("no message for you");
        }
      };
    }
  }

  /** Works on the whole dataset and on the first initiative, and throws on the second. */
  public static final class FailsInOneScope extends Hostile {
    public FailsInOneScope() {
      super("fails-in-one-scope");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      if ("i-2".equals(context.scope().initiative())) {
        throw new IllegalArgumentException("cannot handle i-2");
      }
      return Measurement.of(0.5, context.attendance().size()).build();
    }
  }

  /** Sets a record's private final field through reflection, which the JVM refuses for records. */
  public static final class ReflectsIntoRecord extends Hostile {
    public ReflectsIntoRecord() {
      super("reflects-into-record");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      try {
        Field perspective = Participant.class.getDeclaredField("perspective");
        perspective.setAccessible(true);
        for (Participant p : context.dataset().participants()) {
          perspective.set(p, Perspective.PROFESSIONAL);
        }
      } catch (ReflectiveOperationException e) {
        throw HostilePlugins.<RuntimeException>sneaky(e);
      }
      return Measurement.of(0.5, 1).build();
    }
  }

  /**
   * Overwrites the backing storage of the dataset's immutable list of attendance through
   * reflection, marking every invitation as not attended, then reports a valid value as if nothing
   * happened.
   */
  public static final class ReflectsIntoList extends Hostile {
    public ReflectsIntoList() {
      super("reflects-into-list");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      List<Attendance> shared = context.dataset().attendance();
      try {
        for (Class<?> type = shared.getClass(); type != null; type = type.getSuperclass()) {
          for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
              field.setAccessible(true);
              overwrite(field.get(shared));
            }
          }
        }
      } catch (ReflectiveOperationException e) {
        throw HostilePlugins.<RuntimeException>sneaky(e);
      }
      return Measurement.of(0.5, 1).build();
    }

    private static void overwrite(Object storage) {
      if (storage instanceof Object[] array) {
        for (int i = 0; i < array.length; i++) {
          if (array[i] instanceof Attendance a) {
            array[i] =
                new Attendance(a.activity(), a.participant(), a.invited(), false, null, null);
          }
        }
      }
    }
  }

  /** Starts a thread that calls back into the engine, and fails with whatever that thread met. */
  public static final class ThreadCallsBack extends Hostile {
    public ThreadCallsBack() {
      super("thread-calls-back");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      Throwable[] thrown = new Throwable[1];
      Thread helper =
          new Thread(
              () -> {
                try {
                  CallsBack.engine.evaluate(context.dataset());
                } catch (Throwable t) {
                  thrown[0] = t;
                }
              });
      helper.start();
      try {
        helper.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thrown[0] != null) {
        throw HostilePlugins.<RuntimeException>sneaky(thrown[0]);
      }
      return Measurement.of(0.5, 1).build();
    }
  }

  /**
   * Starts a thread that outlives its call, parked until the test releases it, and returns no value
   * at once.
   */
  public static final class ThreadOutlivesCall extends Hostile {
    /** The thread it started; read by the test. */
    public static volatile Thread started;

    public ThreadOutlivesCall() {
      super("thread-outlives-call");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      if (context.scope().isAll()) {
        Thread lingering =
            new Thread(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    LockSupport.park(this);
                  }
                },
                "acme-lingering");
        lingering.start();
        started = lingering;
      }
      // No value, so that the aggregates and rules that read outcomes see the same as without it.
      return Measurement.noValue("its work goes on in a thread of its own");
    }
  }

  /** Throws an error that means the JVM itself is broken: the engine must not hide it. */
  public static final class ThrowsInternalError extends Hostile {
    public ThrowsInternalError() {
      super("internal-error");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      throw new InternalError("simulated JVM failure");
    }
  }

  /** A rule that returns null. */
  public static final class NullRule implements Rule {
    @Override
    public Descriptor descriptor() {
      return Descriptor.builder("acme.hostile.null-rule").build();
    }

    @Override
    public List<Finding> check(EvaluationContext context) {
      return null;
    }
  }

  // ---- broken at load time (plugins/broken)

  /** Its constructor throws. */
  public static final class ConstructorThrows extends Hostile {
    public ConstructorThrows() {
      super("constructor-throws");
      throw new IllegalStateException("cannot start");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(0.5, 1).build();
    }
  }

  /** Its descriptor() throws. */
  public static final class DescriptorThrows extends Hostile {
    public DescriptorThrows() {
      super("descriptor-throws");
    }

    @Override
    public Descriptor descriptor() {
      throw new UnsupportedOperationException("no descriptor");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(0.5, 1).build();
    }
  }

  /** Its descriptor() returns null. */
  public static final class DescriptorNull extends Hostile {
    public DescriptorNull() {
      super("descriptor-null");
    }

    @Override
    public Descriptor descriptor() {
      return null;
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(0.5, 1).build();
    }
  }

  /** Its static initialiser fails. */
  public static final class StaticInitFails extends Hostile {
    private static final int VALUE = Integer.parseInt("not a number");

    public StaticInitFails() {
      super("static-init-fails" + VALUE);
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(0.5, 1).build();
    }
  }

  /** Registered as a metric, but is not one. */
  public static final class NotAMetric {}
}
