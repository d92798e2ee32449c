package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Perspective;
import dev.copro.spi.Severity;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void distance_knownValues() {
    // The textbook example: kitten → sitting takes two substitutions and one insertion.
    assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Names.distance("", "abc")).isEqualTo(3);
    assertThat(Names.distance("quartr", "quarter")).isEqualTo(1);
  }

  @Test
  void nearest_tiesGoToTheFirstAlphabetically() {
    assertThat(Names.nearest("cat", List.of("hat", "bat"))).isEqualTo("bat");
    assertThat(Names.nearest("x", List.of())).isNull();
    assertThat(Names.suggestion("x", List.of())).isEmpty();
  }

  @Test
  void codes_ofCodedAndPlainEnums() {
    assertThat(Names.code(Perspective.LIVED_EXPERIENCE)).isEqualTo("lived-experience");
    assertThat(Names.code(Report.Status.NO_VALUE)).isEqualTo("no-value");
    assertThat(Names.fromCode(Severity.class, "high")).contains(Severity.HIGH);
    assertThat(Names.fromCode(Severity.class, "HIGH")).isEmpty();
  }

  @Property
  void distance_isAMetric(@ForAll @StringLength(max = 8) String a, @ForAll @StringLength(max = 8) String b,
      @ForAll @StringLength(max = 8) String c) {
    assertThat(Names.distance(a, a)).isZero();
    assertThat(Names.distance(a, b)).isEqualTo(Names.distance(b, a))
        .isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
    assertThat(Names.distance(a, c)).isLessThanOrEqualTo(Names.distance(a, b) + Names.distance(b, c));
  }
}
