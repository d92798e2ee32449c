package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.spi.Breakdown;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Interval;
import dev.copro.spi.Measurement;
import dev.copro.spi.Severity;
import dev.copro.spi.ValueRange;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultCheckTest {

  private static final ValueRange SHARE = ValueRange.UNIT_INTERVAL;

  private static Measurement withGroup(Group group) {
    return Measurement.of(0.5, 10).breakdown(new Breakdown("perspective", List.of(group))).build();
  }

  @Test
  void measurement_valid_noProblem() {
    Measurement m =
        Measurement.of(1.0, 4)
            .component("other", 7.5)
            .confidence(new Interval(0.2, 1.0, 0.9))
            .breakdown(
                new Breakdown(
                    "perspective",
                    List.of(
                        Group.of("carer", 0.0, 5),
                        Group.noValue("other", 0),
                        new Group("x", null, null, true))))
            .build();

    assertThat(ResultCheck.measurement(m, SHARE)).isNull();
    assertThat(ResultCheck.measurement(Measurement.noValue("nothing"), SHARE)).isNull();
  }

  @Test
  void measurement_groupValueNotFinite_named() {
    assertThat(ResultCheck.measurement(withGroup(Group.of("carer", Double.NaN, 5)), SHARE))
        .isEqualTo(
            "the value of the group 'carer' of its breakdown 'perspective' is not a finite number (NaN)");
    assertThat(
            ResultCheck.measurement(
                withGroup(Group.of("carer", Double.NEGATIVE_INFINITY, 5)),
                ValueRange.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)))
        .contains("not a finite number (-Infinity)");
  }

  @Test
  void measurement_negativeGroupN_named() {
    assertThat(ResultCheck.measurement(withGroup(new Group("carer", 0.5, -2L, false)), SHARE))
        .isEqualTo("the group 'carer' of its breakdown 'perspective' has a negative n (-2)");
  }

  @Test
  void measurement_negativeGroupPeople_named() {
    assertThat(ResultCheck.measurement(withGroup(Group.of("carer", 0.5, 8, -1)), SHARE))
        .isEqualTo(
            "the group 'carer' of its breakdown 'perspective' has a negative number of people (-1)");
  }

  @Test
  void measurement_componentWithoutValue_named() {
    Map<String, Double> components = new HashMap<>();
    components.put("gap", null);
    Measurement m =
        new Measurement(0.5, null, 3, null, components, List.of(), List.of(), List.of());

    assertThat(ResultCheck.measurement(m, SHARE))
        .isEqualTo("its component 'gap' is not a finite number (null)");
  }

  @Test
  void measurement_infiniteRangeStillNeedsFiniteValues() {
    assertThat(
            ResultCheck.measurement(
                Measurement.of(Double.MAX_VALUE, 1).build(), ValueRange.NON_NEGATIVE))
        .isNull();
    assertThat(ResultCheck.measurement(Measurement.of(-0.5, 1).build(), ValueRange.NON_NEGATIVE))
        .isEqualTo("its value (-0.5) is outside the declared range [0.0, Infinity]");
  }

  @Test
  void findings_nullOrHoldingNull_named() {
    assertThat(ResultCheck.findings(null)).isEqualTo("returned null instead of a list of findings");
    assertThat(
            ResultCheck.findings(
                Arrays.asList(Finding.of("x", Severity.LOW, "x", List.of()), null)))
        .isEqualTo("returned a list of findings holding null");
    assertThat(ResultCheck.findings(List.of())).isNull();
  }
}
