package dev.copro.testkit;

import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Accumulator;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Rule;
import dev.copro.spi.Severity;
import dev.copro.spi.StreamingMetric;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plugins for the kit's own tests: a well-behaved metric and rule, and metrics and rules each
 * broken in one way the kit must catch.
 */
final class KitFixtures {

  private KitFixtures() {}

  /** The descriptor of a well-documented share metric with the given id. */
  static Descriptor.Builder share(String id) {
    return Descriptor.builder(id)
        .version("1.0.0")
        .name("Test share")
        .description("A share, for the kit's tests.")
        .principles(Principle.ACCESSIBILITY);
  }

  /** The descriptor of a well-documented count metric with the given id. */
  static Descriptor.Builder count(String id) {
    return share(id).unit(Unit.COUNT).range(ValueRange.NON_NEGATIVE);
  }

  /** A metric with a descriptor fixed at construction. */
  private abstract static class Described implements Metric {
    private final Descriptor descriptor;

    Described(Descriptor.Builder descriptor) {
      this.descriptor = descriptor.build();
    }

    @Override
    public final Descriptor descriptor() {
      return descriptor;
    }
  }

  /**
   * Share of invitations taken up, broken down by the configured dimensions, with a finding for
   * every activity fewer than half of whose invitees came. No value below {@code
   * minimumInvitations}.
   */
  static final class AttendanceShare implements Metric {
    static final String ID = "acme.kit.attendance-share";

    @Override
    public Descriptor descriptor() {
      return share(ID)
          .thresholds(Thresholds.higherIsBetter(0.8, 0.5))
          .parameters(
              ParameterSpec.integer(
                  "minimumInvitations", 1, 1, 50, "Fewest invitations a value rests on"))
          .build();
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      List<Attendance> invitations =
          context.attendance().stream().filter(Attendance::invited).toList();
      int minimum = context.parameters().integer("minimumInvitations");
      if (invitations.size() < minimum) {
        return Measurement.noValue("fewer than " + minimum + " invitations in scope");
      }
      Measurement.Builder result =
          Measurement.of(rate(invitations), invitations.size())
              .breakdowns(
                  context.breakdowns(invitations, Attendance::participant, AttendanceShare::rate));
      for (Activity activity : context.activities()) {
        List<Attendance> at =
            context.dataset().attendanceAt(activity.id()).stream()
                .filter(Attendance::invited)
                .toList();
        if (!at.isEmpty() && rate(at) < 0.5) {
          List<String> evidence = new ArrayList<>();
          evidence.add(Finding.ref(RecordKind.ACTIVITY, activity.id()));
          at.stream()
              .filter(a -> !a.attended())
              .forEach(a -> evidence.add(Finding.ref(RecordKind.ATTENDANCE, a.key())));
          result.finding(
              Finding.of("low-attendance", Severity.LOW, "fewer than half came", evidence));
        }
      }
      return result.build();
    }

    private static double rate(List<Attendance> invitations) {
      return invitations.isEmpty()
          ? Double.NaN
          : invitations.stream().filter(Attendance::attended).count() / (double) invitations.size();
    }
  }

  /**
   * Share of invitations taken up, as a streaming metric: counts of invitations and of attendances,
   * merged by adding them — or, when {@code forgetful}, not merged at all, which the kit must
   * catch.
   */
  static final class StreamedShare implements StreamingMetric {
    static final String ID = "acme.kit.streamed-share";

    private final boolean forgetful;

    StreamedShare(boolean forgetful) {
      this.forgetful = forgetful;
    }

    @Override
    public Descriptor descriptor() {
      return share(ID).build();
    }

    @Override
    public Accumulator accumulator(EvaluationContext context) {
      return new Counts();
    }

    private final class Counts implements Accumulator {
      private long invited;
      private long attended;

      @Override
      public void attendance(Attendance record) {
        invited += record.invited() ? 1 : 0;
        attended += record.invited() && record.attended() ? 1 : 0;
      }

      @Override
      public void merge(Accumulator other) {
        if (!forgetful) {
          invited += ((Counts) other).invited;
          attended += ((Counts) other).attended;
        }
      }

      @Override
      public Measurement result() {
        return invited == 0
            ? Measurement.noValue("no invitations in scope")
            : Measurement.of((double) attended / invited, invited).build();
      }
    }
  }

  /**
   * The share of invitations taken up, streamed, by an accumulator that reads the reference date as
   * it is made: fine in memory, where the day is known from the start, but not on the streaming
   * path, where it is known only once every event has been seen. The kit must catch it.
   */
  static final class EarlyReferenceDate implements StreamingMetric {
    static final String ID = "acme.kit.early-reference-date";

    @Override
    public Descriptor descriptor() {
      return share(ID).build();
    }

    @Override
    public Accumulator accumulator(EvaluationContext context) {
      context.referenceDate();
      return new StreamedShare(false).accumulator(context);
    }
  }

  /** A finding for every activity with attendees but no chair recorded. */
  static final class UnchairedActivities implements Rule {
    static final String ID = "acme.kit.unchaired";

    @Override
    public Descriptor descriptor() {
      return Descriptor.builder(ID)
          .version("1.0.0")
          .name("Unchaired activities")
          .description("Activities with attendees but no chair recorded.")
          .parameters(
              ParameterSpec.integer(
                  "minimumAttendees", 1, 0, 1000, "Fewest attendees an activity needs"))
          .build();
    }

    @Override
    public List<Finding> check(EvaluationContext context) {
      int minimum = context.parameters().integer("minimumAttendees");
      List<String> evidence =
          context.activities().stream()
              .filter(a -> a.chairs().isEmpty())
              .filter(
                  a ->
                      context.dataset().attendanceAt(a.id()).stream()
                              .filter(Attendance::attended)
                              .count()
                          >= minimum)
              .map(a -> Finding.ref(RecordKind.ACTIVITY, a.id()))
              .toList();
      return evidence.isEmpty()
          ? List.of()
          : List.of(
              Finding.of(
                  "unchaired",
                  Severity.LOW,
                  evidence.size() + " activities have no chair",
                  evidence));
    }
  }

  /** Takes the first participant, which the empty dataset does not have. */
  static final class ThrowsOnEmpty extends Described {
    ThrowsOnEmpty() {
      super(count("acme.kit.throws-on-empty"));
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(context.participants().get(0).id().length(), 1).build();
    }
  }

  /** Declares a share but returns a count of participants. */
  static final class OutOfRange extends Described {
    OutOfRange() {
      super(share("acme.kit.out-of-range"));
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(context.participants().size(), context.participants().size()).build();
    }
  }

  /** Divides by the attendance in scope without checking for none: NaN in empty scopes. */
  static final class DividesByZero extends Described {
    DividesByZero() {
      super(share("acme.kit.divides-by-zero"));
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      long attended = context.attendance().stream().filter(Attendance::attended).count();
      return Measurement.of(
              attended / (double) context.attendance().size(), context.attendance().size())
          .build();
    }
  }

  /** Counts its own calls: a different value every time. */
  static final class CallCounter extends Described {
    private final AtomicInteger calls = new AtomicInteger();

    CallCounter() {
      super(count("acme.kit.call-counter"));
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      int call = calls.incrementAndGet();
      return Measurement.of(call, call).build();
    }
  }

  /** Adds its two components in an order that flips with each evaluation of the whole dataset. */
  static final class UnstableComponentOrder extends Described {
    private final AtomicBoolean flipped = new AtomicBoolean();

    UnstableComponentOrder() {
      super(count("acme.kit.unstable-order"));
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      boolean flip = context.scope().isAll() && flipped.getAndSet(!flipped.get());
      Measurement.Builder result =
          Measurement.of(context.activities().size(), context.activities().size());
      if (flip) {
        result
            .component("participants", context.participants().size())
            .component("activities", context.activities().size());
      } else {
        result
            .component("activities", context.activities().size())
            .component("participants", context.participants().size());
      }
      return result.build();
    }
  }

  /**
   * Keeps a running total in a field shared by every call: calls one after another each see their
   * own count, overlapping calls add to each other's.
   */
  static final class SharedTotal extends Described {
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private final CountDownLatch overlap = new CountDownLatch(2);

    SharedTotal() {
      super(count("acme.kit.shared-total"));
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      int own = context.participants().size();
      total.addAndGet(own);
      if (calls.incrementAndGet() > 1) {
        // Each call after the first waits for a second caller, so that two calls surely overlap, as
        // they
        // would by chance under load: this keeps the kit's test of it deterministic.
        overlap.countDown();
        try {
          overlap.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      int seen = total.get();
      total.addAndGet(-own);
      return Measurement.of(seen, seen).build();
    }
  }

  /** Renames the dataset it is given, through reflection. */
  static final class Tamperer extends Described {
    Tamperer() {
      super(count("acme.kit.tamperer"));
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      try {
        Field name = Dataset.class.getDeclaredField("name");
        name.setAccessible(true);
        name.set(context.dataset(), "tampered");
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      return Measurement.of(0, 0).build();
    }
  }

  /** Warns with a text cut in the middle of an emoji: half a surrogate pair. */
  static final class BrokenText extends Described {
    BrokenText() {
      super(count("acme.kit.broken-text"));
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      String cut = "too few people \uD83D\uDE1E".substring(0, 16);
      return Measurement.of(0, 0).warning(cut).build();
    }
  }

  /** A finding whose evidence names an activity that does not exist and a bare id. */
  static final class DanglingEvidence extends Described {
    DanglingEvidence() {
      super(count("acme.kit.dangling-evidence"));
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(0, 0)
          .finding(Finding.of("made-up", Severity.LOW, "made up", List.of("activity:a-404", "p-1")))
          .build();
    }
  }

  /**
   * A descriptor with no description, an undocumented parameter and thresholds outside its range.
   */
  static final class Undocumented implements Metric {
    @Override
    public Descriptor descriptor() {
      return Descriptor.builder("acme.kit.undocumented")
          .parameters(ParameterSpec.bool("strict", false, " "))
          .thresholds(Thresholds.higherIsBetter(80, 50))
          .build();
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(0, 0).build();
    }
  }

  /** Splits participants into groups of {@code perGroup}, which may be configured to 0. */
  static final class ZeroDivisor extends Described {
    ZeroDivisor() {
      super(
          count("acme.kit.zero-divisor")
              .parameters(
                  ParameterSpec.integer(
                      "perGroup", 2, 0, 10, "How many participants form a group")));
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      int groups = context.participants().size() / context.parameters().integer("perGroup");
      return Measurement.of(groups, groups).build();
    }
  }

  /** An id that is blank. */
  static final class BlankId extends Described {
    BlankId() {
      super(count(" "));
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(0, 0).build();
    }
  }

  /** A descriptor that throws. */
  static final class ThrowingDescriptor implements Metric {
    @Override
    public Descriptor descriptor() {
      throw new IllegalStateException("descriptor not ready");
    }

    @Override
    public Measurement measure(EvaluationContext context) {
      return Measurement.of(0, 0).build();
    }
  }

  /** A rule that returns null instead of an empty list. */
  static final class NullRule implements Rule {
    @Override
    public Descriptor descriptor() {
      return Descriptor.builder("acme.kit.null-rule")
          .name("Null")
          .description("Returns null.")
          .build();
    }

    @Override
    public List<Finding> check(EvaluationContext context) {
      return context.activities().isEmpty() ? null : List.of();
    }
  }

  /** A rule that keeps its findings in a field, adding to them with every call. */
  static final class AccumulatingRule implements Rule {
    private final List<Finding> findings = new ArrayList<>();

    @Override
    public Descriptor descriptor() {
      return Descriptor.builder("acme.kit.accumulating")
          .name("Accumulating")
          .description("Remembers findings.")
          .thresholds(Thresholds.higherIsBetter(1, 0))
          .build();
    }

    @Override
    public synchronized List<Finding> check(EvaluationContext context) {
      findings.add(
          Finding.of(
              "seen",
              Severity.INFO,
              "seen " + context.activities().size() + " activities",
              List.of()));
      return List.copyOf(findings);
    }
  }
}
