package dev.copro.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.plugins.ReservedIdMetric;
import dev.copro.model.Dataset;
import dev.copro.model.Perspective;
import dev.copro.spi.Metric;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/**
 * The metric compatibility kit, run through JUnit's EngineTestKit on a well-behaved metric, which
 * passes every test, and on metrics broken in one way each, which fail the test that checks it with
 * a message saying what to fix.
 */
class MetricCompatibilityKitTest {

  static final String IDENTITY = "identity: the engine loads the plugin and accepts its descriptor";
  static final String DOCUMENTED =
      "documented: version, name, description and parameters are described";
  static final String DATASETS =
      "any dataset: evaluates every test dataset without a failed result";
  static final String BOUNDS =
      "any dataset: evaluates with each numeric parameter at its declared bounds";
  static final String DETERMINISTIC =
      "deterministic: the same dataset twice gives equal results and the same report JSON";
  static final String READ_ONLY = "read-only: the dataset is unchanged after the plugin ran";
  static final String THREAD_SAFE =
      "thread-safe: concurrent calls on one instance give the result of a call on its own";
  static final String SERIALISABLE =
      "serialisable: the result survives a round trip through the report JSON";
  static final String EVIDENCE = "evidence: every finding refers to records of the dataset";
  static final String STREAMING =
      "streaming: a streaming metric's accumulators give what measure gives";

  static final String EMPTY = "the empty dataset";
  static final String SINGLE = "a single participant (TestDatasets.singleParticipant())";
  static final String SMALL = "TestDatasets.small()";

  @Test
  void wellBehavedMetric_passesEveryTest() {
    Events tests = KitRun.tests(GoodMetricKit.class);

    assertThat(KitRun.failures(GoodMetricKit.class)).isEmpty();
    String withParameters = " with parameters() {minimumInvitations=2}";
    assertThat(KitRun.names(tests.succeeded()))
        .containsExactlyInAnyOrder(
            IDENTITY,
            DOCUMENTED,
            DATASETS + " > " + EMPTY,
            DATASETS + " > " + EMPTY + withParameters,
            DATASETS + " > " + SINGLE,
            DATASETS + " > " + SINGLE + withParameters,
            DATASETS + " > " + SMALL,
            DATASETS + " > " + SMALL + withParameters,
            DATASETS + " > datasets() #1",
            DATASETS + " > datasets() #1" + withParameters,
            BOUNDS + " > minimumInvitations = 1",
            BOUNDS + " > minimumInvitations = 50",
            DETERMINISTIC + " > " + EMPTY,
            DETERMINISTIC + " > " + SINGLE,
            DETERMINISTIC + " > " + SMALL,
            DETERMINISTIC + " > datasets() #1",
            READ_ONLY,
            THREAD_SAFE,
            SERIALISABLE + " > " + EMPTY,
            SERIALISABLE + " > " + SINGLE,
            SERIALISABLE + " > " + SMALL,
            SERIALISABLE + " > datasets() #1",
            EVIDENCE + " > " + EMPTY,
            EVIDENCE + " > " + SINGLE,
            EVIDENCE + " > " + SMALL,
            EVIDENCE + " > datasets() #1");
  }

  @Test
  void wellBehavedStreamingMetric_passesEveryTest_streamingIncluded() {
    Events tests = KitRun.tests(GoodStreamingKit.class);

    assertThat(KitRun.failures(GoodStreamingKit.class)).isEmpty();
    assertThat(KitRun.names(tests.succeeded()))
        .contains(STREAMING + " > " + EMPTY, STREAMING + " > " + SINGLE, STREAMING + " > " + SMALL);
  }

  @Test
  void mergeThatDropsState_failsStreaming_sayingHowToMerge() {
    Map<String, String> failures = KitRun.failures(ForgetfulMergeKit.class);

    // A single participant's one attendance goes to the second accumulator, whose state the merge
    // drops.
    assertThat(failures).containsOnlyKeys(STREAMING + " > " + SINGLE, STREAMING + " > " + SMALL);
    assertThat(failures.get(STREAMING + " > " + SMALL))
        .contains(
            "metric 'acme.kit.streamed-share' (dev.copro.testkit.KitFixtures$StreamedShare): the events of "
                + "TestDatasets.small() dealt in turn to two accumulators, then merged give another result than measure "
                + "over the whole dataset",
            "merge it completely");
  }

  @Test
  void accumulatorReadingTheReferenceDateTooEarly_failsStreaming_sayingWhereToReadIt() {
    Map<String, String> failures = KitRun.failures(EarlyReferenceDateKit.class);

    // Every dataset: the accumulator asks for the day before it has seen a single event.
    assertThat(failures)
        .containsOnlyKeys(
            STREAMING + " > " + EMPTY, STREAMING + " > " + SINGLE, STREAMING + " > " + SMALL);
    assertThat(failures.get(STREAMING + " > " + SMALL))
        .contains(
            "the reference date is the latest date of any"
                + " record, events included, and is known only once every event has been seen: read it in"
                + " Accumulator.result()");
  }

  @Test
  void throwsOnTheEmptyDataset_failsThere_sayingNeverThrow() {
    Map<String, String> failures = KitRun.failures(ThrowsOnEmptyKit.class);

    // TestDatasets.small() fails too: in its empty periods (scope 2025-Q2) there is nobody either.
    assertThat(failures).containsOnlyKeys(DATASETS + " > " + EMPTY, DATASETS + " > " + SMALL);
    assertThat(failures.get(DATASETS + " > " + EMPTY))
        .contains(
            "metric 'acme.kit.throws-on-empty' (dev.copro.testkit.KitFixtures$ThrowsOnEmpty) failed on the empty dataset: "
                + "threw java.lang.ArrayIndexOutOfBoundsException",
            "return Measurement.noValue(reason) when there is nothing to measure",
            "never throw");
    assertThat(failures.get(DATASETS + " > " + SMALL)).contains("(scope 2025-Q2)");
  }

  @Test
  void valueOutsideItsRange_failsWithTheEnginesReason() {
    Map<String, String> failures = KitRun.failures(OutOfRangeKit.class);

    assertThat(failures).containsOnlyKeys(DATASETS + " > " + SMALL);
    assertThat(failures.get(DATASETS + " > " + SMALL))
        .contains(
            "failed on TestDatasets.small(): its value (6.0) is outside the declared range "
                + "[0.0, 1.0]",
            "every value within the descriptor's range");
  }

  @Test
  void notANumberInEmptyScopes_fails() {
    Map<String, String> failures = KitRun.failures(DividesByZeroKit.class);

    assertThat(failures).containsOnlyKeys(DATASETS + " > " + EMPTY, DATASETS + " > " + SMALL);
    assertThat(failures.get(DATASETS + " > " + EMPTY))
        .contains("its value is not a finite number (NaN)", "keep every number finite");
  }

  @Test
  void stateKeptBetweenCalls_failsDeterminism_namingTheDifference() {
    Map<String, String> failures = KitRun.failures(CallCounterKit.class);

    assertThat(failures).containsKeys(DETERMINISTIC + " > " + EMPTY, DETERMINISTIC + " > " + SMALL);
    assertThat(failures.get(DETERMINISTIC + " > " + EMPTY))
        .contains(
            "gave different results for the empty dataset in two evaluations: measurement.value: 1.0, then 2.0; "
                + "measurement.n: 1, then 2.",
            "keep no state between calls");
  }

  @Test
  void componentsInAnUnstableOrder_failDeterminismOfTheJson() {
    Map<String, String> failures = KitRun.failures(UnstableComponentOrderKit.class);

    assertThat(failures)
        .containsOnlyKeys(
            DETERMINISTIC + " > " + EMPTY,
            DETERMINISTIC + " > " + SINGLE,
            DETERMINISTIC + " > " + SMALL);
    assertThat(failures.get(DETERMINISTIC + " > " + EMPTY))
        .contains(
            "gave equal results for the empty dataset but different report JSON, at line",
            "\"activities\": 0.0, then \"participants\": 0.0",
            "HashMap");
  }

  @Test
  void sharedStateInFields_failsThreadSafety() {
    Map<String, String> failures = KitRun.failures(SharedTotalKit.class, "isThreadSafe");

    assertThat(failures).containsOnlyKeys(THREAD_SAFE);
    assertThat(failures.get(THREAD_SAFE))
        .contains(
            "metric 'acme.kit.shared-total' (dev.copro.testkit.KitFixtures$SharedTotal) is not thread-safe: called by 8 "
                + "threads at once on one instance with one context for TestDatasets.small()",
            "than a call on its own: value: 6.0, then ",
            "keep working state in local variables");
    // Two calls surely overlap (the fixture waits for it); more may by chance, each adding its 6.
    assertThat(failures.get(THREAD_SAFE))
        .containsPattern("value: 6\\.0, then (12|18|24|30|36|42|48)\\.0");
  }

  @Test
  void changingTheDataset_failsReadOnly() {
    Map<String, String> failures = KitRun.failures(TampererKit.class);

    assertThat(failures).containsOnlyKeys(READ_ONLY);
    assertThat(failures.get(READ_ONLY))
        .contains(
            "changed TestDatasets.small(): Dataset[initiatives=1",
            "then Dataset[name=tampered",
            "read-only");
  }

  @Test
  void halfASurrogatePair_failsSerialisable() {
    Map<String, String> failures = KitRun.failures(BrokenTextKit.class);

    assertThat(failures)
        .containsOnlyKeys(
            SERIALISABLE + " > " + EMPTY,
            SERIALISABLE + " > " + SINGLE,
            SERIALISABLE + " > " + SMALL);
    assertThat(failures.get(SERIALISABLE + " > " + EMPTY))
        .contains(
            "has a text that is not well-formed Unicode, at measurement.warnings[0]",
            "unpaired surrogates");
  }

  @Test
  void evidenceNamingNoRecord_failsEvidence_listingEachReference() {
    Map<String, String> failures = KitRun.failures(DanglingEvidenceKit.class);

    assertThat(failures)
        .containsOnlyKeys(
            EVIDENCE + " > " + EMPTY, EVIDENCE + " > " + SINGLE, EVIDENCE + " > " + SMALL);
    assertThat(failures.get(EVIDENCE + " > " + SMALL))
        .contains(
            "finding 'made-up': the evidence 'activity:a-404' refers to no activity 'a-404' in the dataset",
            "finding 'made-up': the evidence 'p-1' is not a record reference KIND:ID",
            "Finding.ref(RecordKind, id)");
  }

  @Test
  void undocumentedDescriptor_failsDocumented_listingEachGap() {
    Map<String, String> failures = KitRun.failures(UndocumentedKit.class);

    assertThat(failures).containsOnlyKeys(DOCUMENTED);
    assertThat(failures.get(DOCUMENTED))
        .contains(
            "its description is blank",
            "the parameter 'strict' has no description",
            "its threshold 80.0 lies outside its range [0.0, 1.0]",
            "its threshold 50.0 lies outside its range [0.0, 1.0]");
  }

  @Test
  void failingAtAParameterBound_failsThatBound() {
    Map<String, String> failures = KitRun.failures(ZeroDivisorKit.class);

    assertThat(failures).containsOnlyKeys(BOUNDS + " > perGroup = 0");
    assertThat(failures.get(BOUNDS + " > perGroup = 0"))
        .contains(
            "failed on TestDatasets.small() with perGroup = 0: threw java.lang.ArithmeticException");
  }

  @Test
  void blankId_failsIdentity_withTheEnginesMessage() {
    assertThat(KitRun.failures(BlankIdKit.class).get(IDENTITY))
        .contains(
            "metric ' ' (dev.copro.testkit.KitFixtures$BlankId) could not be loaded: its id is blank; every plugin needs "
                + "a unique id such as 'acme.meetings.out-of-hours'");
  }

  @Test
  void reservedPrefixOutsideCopro_failsIdentity() {
    assertThat(KitRun.failures(ReservedIdKit.class).get(IDENTITY))
        .contains(
            "metric 'copro.meetings.count' (com.example.plugins.ReservedIdMetric) could not be loaded: its id "
                + "'copro.meetings.count' starts with 'copro.', which is reserved for copro's default catalog; use your "
                + "organisation's name as the prefix, such as 'acme.meetings.count'");
  }

  @Test
  void descriptorThatThrows_failsIdentityAndDocumented_sayingHowToLoad() {
    Map<String, String> failures = KitRun.failures(ThrowingDescriptorKit.class);

    assertThat(failures.get(IDENTITY))
        .contains(
            "metric dev.copro.testkit.KitFixtures$ThrowingDescriptor could not be loaded:",
            "threw java.lang.IllegalStateException: descriptor not ready",
            "public no-argument constructor");
    assertThat(failures.get(DOCUMENTED))
        .contains(
            "descriptor() of metric dev.copro.testkit.KitFixtures"
                + "$ThrowingDescriptor threw java.lang.IllegalStateException: descriptor not ready");
    assertThat(failures.get(THREAD_SAFE)).contains("the engine could not load a plugin");
  }

  @Tag("kit-fixture")
  static class GoodMetricKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.AttendanceShare();
    }

    @Override
    protected List<Dataset> datasets() {
      return List.of(
          TestDatasets.builder()
              .participant("p-1", Perspective.CARER)
              .participant("p-2", Perspective.PROFESSIONAL)
              .activity("a-1", a -> a.attended("p-1").invited("p-2"))
              .build());
    }

    @Override
    protected Map<String, Object> parameters() {
      return Map.of("minimumInvitations", 2);
    }
  }

  @Tag("kit-fixture")
  static class GoodStreamingKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.StreamedShare(false);
    }
  }

  @Tag("kit-fixture")
  static class ForgetfulMergeKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.StreamedShare(true);
    }
  }

  @Tag("kit-fixture")
  static class EarlyReferenceDateKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.EarlyReferenceDate();
    }
  }

  @Tag("kit-fixture")
  static class ThrowsOnEmptyKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.ThrowsOnEmpty();
    }
  }

  @Tag("kit-fixture")
  static class OutOfRangeKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.OutOfRange();
    }
  }

  @Tag("kit-fixture")
  static class DividesByZeroKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.DividesByZero();
    }
  }

  @Tag("kit-fixture")
  static class CallCounterKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.CallCounter();
    }
  }

  @Tag("kit-fixture")
  static class UnstableComponentOrderKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.UnstableComponentOrder();
    }
  }

  @Tag("kit-fixture")
  static class SharedTotalKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.SharedTotal();
    }
  }

  @Tag("kit-fixture")
  static class TampererKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.Tamperer();
    }
  }

  @Tag("kit-fixture")
  static class BrokenTextKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.BrokenText();
    }
  }

  @Tag("kit-fixture")
  static class DanglingEvidenceKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.DanglingEvidence();
    }
  }

  @Tag("kit-fixture")
  static class UndocumentedKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.Undocumented();
    }
  }

  @Tag("kit-fixture")
  static class ZeroDivisorKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.ZeroDivisor();
    }
  }

  @Tag("kit-fixture")
  static class BlankIdKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.BlankId();
    }
  }

  @Tag("kit-fixture")
  static class ReservedIdKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new ReservedIdMetric();
    }
  }

  @Tag("kit-fixture")
  static class ThrowingDescriptorKit extends MetricCompatibilityKit {
    @Override
    protected Metric metric() {
      return new KitFixtures.ThrowingDescriptor();
    }
  }
}
