package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Perspective;
import dev.copro.spi.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void suggestion_tiesGoToTheFirstAlphabetically() {
    assertThat(Names.suggestion("cat", List.of("hat", "bat"))).isEqualTo("; did you mean 'bat'?");
    assertThat(Names.suggestion("x", List.of())).isEmpty();
    assertThat(Names.suggestion("startdate", List.of("bloc", "breakdowns"))).isEmpty();
  }

  @Test
  void codes_ofCodedAndPlainEnums() {
    assertThat(Names.code(Perspective.LIVED_EXPERIENCE)).isEqualTo("lived-experience");
    assertThat(Names.code(Report.Status.NO_VALUE)).isEqualTo("no-value");
    assertThat(Names.fromCode(Severity.class, "high")).contains(Severity.HIGH);
    assertThat(Names.fromCode(Severity.class, "HIGH")).isEmpty();
  }
}
