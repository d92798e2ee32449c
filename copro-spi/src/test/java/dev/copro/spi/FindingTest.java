package dev.copro.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FindingTest {

  /** References to {@code count} attendance records, in id order. */
  private static List<String> references(int count) {
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      refs.add(String.format("attendance:a-%06d/p-1", i));
    }
    return refs;
  }

  @Test
  void maxEvidence_isOneHundred() {
    assertThat(Finding.MAX_EVIDENCE).isEqualTo(100);
  }

  @Test
  void of_87064References_keepsTheFirstHundredInOrderAndCountsTheRest() {
    Finding f = Finding.of("unmet", Severity.HIGH, "87,064 attendances unmet", references(87_064));

    assertThat(f.evidence()).containsExactlyElementsOf(references(100));
    assertThat(f.evidenceOmitted()).isEqualTo(86_964);
  }

  @Test
  void constructor_ofVersion010_capsTheSameWay() {
    Finding f = new Finding("unmet", Severity.LOW, "101 unmet", references(101));

    assertThat(f.evidence()).containsExactlyElementsOf(references(100));
    assertThat(f.evidenceOmitted()).isEqualTo(1);
  }

  @Test
  void constructor_omittedGivenByTheMetric_isAddedToThoseItCaps() {
    Finding f = new Finding("unmet", Severity.LOW, "many unmet", references(150), 1_000);

    assertThat(f.evidence()).hasSize(100);
    assertThat(f.evidenceOmitted()).isEqualTo(1_050);
  }

  @Test
  void constructor_negativeOmitted_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Finding("x", Severity.LOW, "m", List.of(), -1))
        .withMessage("evidenceOmitted must not be negative");
  }

  @Test
  void constructor_nullReferenceBeyondTheMaximum_isRefusedToo() {
    List<String> refs = references(120);
    refs.set(110, null);

    assertThatNullPointerException().isThrownBy(() -> Finding.of("x", Severity.LOW, "m", refs));
  }

  @Property(tries = 50)
  void copy_ofACappedFinding_isEqualAndCountsNothingTwice(
      @ForAll @IntRange(max = 400) int count, @ForAll @LongRange(max = 1_000_000) long omitted) {
    Finding f = new Finding("x", Severity.MEDIUM, "m", references(count), omitted);

    Finding copy =
        new Finding(f.code(), f.severity(), f.message(), f.evidence(), f.evidenceOmitted());

    assertThat(copy).isEqualTo(f);
    assertThat(f.evidence()).hasSize(Math.min(count, Finding.MAX_EVIDENCE));
    assertThat(f.evidence().size() + f.evidenceOmitted()).isEqualTo(count + omitted);
  }
}
