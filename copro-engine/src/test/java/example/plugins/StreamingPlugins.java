package example.plugins;

import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Measurement;
import dev.copro.spi.Phase;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/**
 * Streaming metrics for the engine's tests of its streaming path: well-behaved ones, and hostile
 * ones that break the contract at each stage. Third-party code, outside {@code dev.copro}; given to
 * the engine as instances.
 */
public final class StreamingPlugins {

  private StreamingPlugins() {}

  /**
   * The share of invitations taken up, broken down by the configured dimensions: the number of
   * invitations and of attendances per participant, in a map by id.
   */
  public static final class AttendanceRate implements StreamingMetric {
    public static final String ID = "acme.stream.attendance-rate";

    /**
     * Not sliceable, so that its in-memory result has no slices the streaming path would leave out.
     */
    @Override
    public Descriptor descriptor() {
      return Descriptor.builder(ID).sliceable(false).build();
    }

    @Override
    public Accumulator accumulator(EvaluationContext context) {
      return new Rates(context);
    }

    private static final class Rates implements Accumulator {
      private final EvaluationContext context;
      private final Map<String, long[]> byParticipant = new TreeMap<>();

      Rates(EvaluationContext context) {
        this.context = context;
      }

      @Override
      public void attendance(Attendance record) {
        add(record.participant(), 1, record.attended() ? 1 : 0);
      }

      private void add(String participant, long invited, long attended) {
        long[] counts = byParticipant.computeIfAbsent(participant, p -> new long[2]);
        counts[0] += invited;
        counts[1] += attended;
      }

      @Override
      public void merge(Accumulator other) {
        ((Rates) other).byParticipant.forEach((p, c) -> add(p, c[0], c[1]));
      }

      @Override
      public Measurement result() {
        List<Map.Entry<String, long[]>> units = new ArrayList<>(byParticipant.entrySet());
        if (units.isEmpty()) {
          return Measurement.noValue("no attendance recorded");
        }
        return Measurement.of(rate(units), units.stream().mapToLong(e -> e.getValue()[0]).sum())
            .breakdowns(context.breakdowns(units, Map.Entry::getKey, AttendanceRate::rate))
            .build();
      }
    }

    private static double rate(List<Map.Entry<String, long[]>> units) {
      long invited = 0;
      long attended = 0;
      for (Map.Entry<String, long[]> unit : units) {
        invited += unit.getValue()[0];
        attended += unit.getValue()[1];
      }
      return (double) attended / invited;
    }
  }

  /**
   * The number of events received and, as a component, the reference date as a day count: the
   * reference date is read in {@link Accumulator#result()}, where the streaming path knows it.
   */
  public static final class EventCount implements StreamingMetric {
    public static final String ID = "acme.stream.event-count";

    private final boolean sliceable;

    /** A count over the whole dataset only, so that its in-memory result has no slices. */
    public EventCount() {
      this(false);
    }

    /**
     * A count that is also evaluated per initiative and per period in memory, if {@code sliceable}.
     */
    public EventCount(boolean sliceable) {
      this.sliceable = sliceable;
    }

    @Override
    public Descriptor descriptor() {
      return Descriptor.builder(ID)
          .unit(Unit.COUNT)
          .range(ValueRange.NON_NEGATIVE)
          .sliceable(sliceable)
          .build();
    }

    @Override
    public Accumulator accumulator(EvaluationContext context) {
      return new Counter(context);
    }

    private static final class Counter implements Accumulator {
      private final EvaluationContext context;
      private long events;

      Counter(EvaluationContext context) {
        this.context = context;
      }

      @Override
      public void attendance(Attendance record) {
        events++;
      }

      @Override
      public void contribution(Contribution record) {
        events++;
      }

      @Override
      public void merge(Accumulator other) {
        events += ((Counter) other).events;
      }

      @Override
      public Measurement result() {
        return Measurement.of(events, events)
            .component("referenceDay", context.referenceDate().toEpochDay())
            .build();
      }
    }
  }

  /** An aggregate streaming metric: the number of direct outcomes it sees, read in its result. */
  public static final class OutcomeCount implements StreamingMetric {
    public static final String ID = "acme.stream.outcome-count";

    @Override
    public Descriptor descriptor() {
      return Descriptor.builder(ID)
          .unit(Unit.COUNT)
          .range(ValueRange.NON_NEGATIVE)
          .phase(Phase.AGGREGATE)
          .build();
    }

    @Override
    public Accumulator accumulator(EvaluationContext context) {
      return new Quiet() {
        @Override
        public Measurement result() {
          return Measurement.of(context.outcomes().size(), 1).build();
        }
      };
    }
  }

  /** An accumulator that ignores events and has nothing to merge; its result is the subclass's. */
  private abstract static class Quiet implements Accumulator {
    @Override
    public void merge(Accumulator other) {
      // nothing kept
    }
  }

  /**
   * A streaming metric whose accumulator the subclass makes; not sliceable, like the well-behaved
   * ones, so that adding it changes nothing else in a report.
   */
  public abstract static class Hostile implements StreamingMetric {
    private final String id;

    Hostile(String name) {
      this.id = "acme.stream." + name;
    }

    @Override
    public Descriptor descriptor() {
      return Descriptor.builder(id).sliceable(false).build();
    }
  }

  /** A well-formed result, for hostile accumulators that fail elsewhere. */
  static Measurement half() {
    return Measurement.of(0.5, 1).build();
  }

  /** Throws from the record method, at the attendance record with the given ordinal. */
  public static final class ThrowsInAccept extends Hostile {
    private final long at;

    /** Throws at the first attendance record. */
    public ThrowsInAccept() {
      this(1);
    }

    /** Throws at attendance record number {@code at} (counting from 1) of each accumulator. */
    public ThrowsInAccept(long at) {
      super("throws-in-accept");
      this.at = at;
    }

    @Override
    public Accumulator accumulator(EvaluationContext context) {
      return new Quiet() {
        private long seen;

        @Override
        public void attendance(Attendance record) {
          if (++seen == at) {
            throw new IllegalStateException("boom at record " + at);
          }
        }

        @Override
        public Measurement result() {
          return half();
        }
      };
    }
  }

  /** Returns NaN as its value. */
  public static final class NanResult extends Hostile {
    public NanResult() {
      super("nan-result");
    }

    @Override
    public Accumulator accumulator(EvaluationContext context) {
      return new Quiet() {
        @Override
        public Measurement result() {
          return Measurement.of(Double.NaN, 1).build();
        }
      };
    }
  }

  /** Blocks in its record method until interrupted. */
  public static final class NeverReturns extends Hostile {
    public NeverReturns() {
      super("never-returns");
    }

    @Override
    public Accumulator accumulator(EvaluationContext context) {
      return new Quiet() {
        @Override
        public void attendance(Attendance record) {
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }

        @Override
        public Measurement result() {
          return half();
        }
      };
    }
  }

  /** Throws when merged. */
  public static final class MergeThrows extends Hostile {
    public MergeThrows() {
      super("merge-throws");
    }

    @Override
    public Accumulator accumulator(EvaluationContext context) {
      return new Accumulator() {
        @Override
        public void merge(Accumulator other) {
          throw new UnsupportedOperationException("cannot merge");
        }

        @Override
        public Measurement result() {
          return half();
        }
      };
    }
  }

  /** Makes no accumulator. */
  public static final class NullAccumulator extends Hostile {
    public NullAccumulator() {
      super("null-accumulator");
    }

    @Override
    public Accumulator accumulator(EvaluationContext context) {
      return null;
    }
  }

  /** Reads the reference date when making its accumulator, before the events have been seen. */
  public static final class EarlyReferenceDate extends Hostile {
    public EarlyReferenceDate() {
      super("early-reference-date");
    }

    @Override
    public Accumulator accumulator(EvaluationContext context) {
      long day = context.referenceDate().toEpochDay();
      return new Quiet() {
        @Override
        public Measurement result() {
          return Measurement.of(0.5, day).build();
        }
      };
    }
  }
}
