package dev.copro.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MeasurementTest {

  /** The {@code i}-th of a run of findings, told apart by its evidence. */
  private static Finding finding(int i) {
    return Finding.of("unmet", Severity.HIGH, "finding " + i, List.of("activity:a-" + i));
  }

  private static List<Finding> findings(int count) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      findings.add(finding(i));
    }
    return findings;
  }

  private static Measurement built(int count) {
    Measurement.Builder builder = Measurement.of(0.5, 10).warning("a warning about the data");
    for (int i = 0; i < count; i++) {
      builder.finding(finding(i));
    }
    return builder.build();
  }

  private static Measurement constructed(int count) {
    return new Measurement(
        0.5,
        null,
        10,
        null,
        java.util.Map.of(),
        List.of(),
        findings(count),
        List.of("a warning about the data"));
  }

  @Test
  void maxFindings_isOneThousand() {
    assertThat(Measurement.MAX_FINDINGS).isEqualTo(1000);
  }

  @Test
  void build_overTheMaximum_keepsTheFirstInOrderAndCountsTheRest() {
    Measurement m = built(13_345);

    assertThat(m.findings()).hasSize(1000).containsExactlyElementsOf(findings(1000));
    assertThat(m.warnings())
        .containsExactly(
            "a warning about the data",
            "12,345 more findings not listed: a result lists at most 1,000.");
  }

  @Test
  void build_oneOverTheMaximum_countsOneFinding() {
    Measurement m = built(1001);

    assertThat(m.findings()).hasSize(1000).last().isEqualTo(finding(999));
    assertThat(m.warnings())
        .containsExactly(
            "a warning about the data", "1 more finding not listed: a result lists at most 1,000.");
  }

  @Test
  void build_atTheMaximum_listsAllWithoutAWarning() {
    Measurement m = built(1000);

    assertThat(m.findings()).containsExactlyElementsOf(findings(1000));
    assertThat(m.warnings()).containsExactly("a warning about the data");
  }

  @Test
  void build_twice_warnsOnceEach() {
    Measurement.Builder builder = Measurement.builderWithoutValue("no decisions");
    findings(1002).forEach(builder::finding);

    Measurement first = builder.build();

    assertThat(builder.build()).isEqualTo(first);
    assertThat(first.warnings())
        .containsExactly("2 more findings not listed: a result lists at most 1,000.");
  }

  @Test
  void finding_null_rejectedEvenBeyondTheMaximum() {
    Measurement.Builder builder = Measurement.of(1, 1);
    findings(1000).forEach(builder::finding);

    assertThatNullPointerException().isThrownBy(() -> builder.finding((Finding) null));
  }

  @Test
  void findingSupplier_calledOnlyForListedFindings_keepsWhatTheFindingOverloadKeeps() {
    Measurement.Builder lazy = Measurement.of(0.5, 10).warning("a warning about the data");
    List<Finding> all = findings(1003);
    int[] calls = {0};
    for (Finding f : all) {
      lazy.finding(
          () -> {
            calls[0]++;
            return f;
          });
    }

    assertThat(calls[0]).isEqualTo(Measurement.MAX_FINDINGS);
    assertThat(lazy.build()).isEqualTo(built(1003));
  }

  @Test
  void findingSupplier_suppliesNull_rejected() {
    Measurement.Builder builder = Measurement.of(1, 1);

    assertThatNullPointerException().isThrownBy(() -> builder.finding(() -> null));
    assertThatNullPointerException()
        .isThrownBy(() -> builder.finding((java.util.function.Supplier<Finding>) null));
  }

  @Test
  void constructor_overTheMaximum_capsLikeTheBuilder() {
    assertThat(constructed(1500)).isEqualTo(built(1500));
    assertThat(constructed(1500).warnings())
        .containsExactly(
            "a warning about the data",
            "500 more findings not listed: a result lists at most 1,000.");
  }

  @Test
  void constructor_copyOfACappedMeasurement_isUnchanged() {
    Measurement m = built(2000);

    Measurement copy =
        new Measurement(
            m.value(),
            m.noValueReason(),
            m.n(),
            m.confidence(),
            m.components(),
            m.breakdowns(),
            m.findings(),
            m.warnings());

    assertThat(copy).isEqualTo(m);
    assertThat(m.withBreakdowns(List.of())).isEqualTo(m);
  }

  @Test
  void constructor_nullFindingBeyondTheMaximum_rejected() {
    Finding[] findings = findings(1200).toArray(Finding[]::new);
    findings[1100] = null;

    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new Measurement(
                    0.5,
                    null,
                    10,
                    null,
                    java.util.Map.of(),
                    List.of(),
                    Arrays.asList(findings),
                    List.of()));
  }

  @Property
  void build_anyCount_listsTheFirstUpToTheMaximumAndCountsTheRest(@ForAll("counts") int count) {
    Measurement m = built(count);

    int listed = Math.min(count, Measurement.MAX_FINDINGS);
    assertThat(m.findings()).containsExactlyElementsOf(findings(listed));
    if (count > Measurement.MAX_FINDINGS) {
      assertThat(m.warnings())
          .hasSize(2)
          .last()
          .asString()
          .startsWith(
              String.format(Locale.ROOT, "%,d more finding", count - Measurement.MAX_FINDINGS))
          .endsWith(" not listed: a result lists at most 1,000.");
    } else {
      assertThat(m.warnings()).containsExactly("a warning about the data");
    }
    assertThat(constructed(count)).isEqualTo(m);
    assertThat(built(count)).isEqualTo(m);
  }

  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(990, 1010), Arbitraries.integers().between(0, 3000));
  }
}
