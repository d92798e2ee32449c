package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnvironmentTest {

  @Test
  void columns_fromTheShellWhenExported_else80() {
    assertThat(Environment.columns("132")).isEqualTo(132);
    assertThat(Environment.columns("10")).isEqualTo(20);
    assertThat(Environment.columns(null)).isEqualTo(80);
    assertThat(Environment.columns("wide")).isEqualTo(80);
    assertThat(Environment.columns("99999")).isEqualTo(80);
  }

  @Test
  void detect_underTheBuild_findsNoTerminal() {
    // Surefire and failsafe give the test JVM pipes, never a terminal.
    Environment detected = Environment.detect();

    assertThat(detected.stdoutIsTerminal()).isFalse();
    assertThat(detected.stderrIsTerminal()).isFalse();
  }

  @Test
  void environment_tooNarrow_isRefused() {
    assertThatThrownBy(() -> new Environment(true, true, 19))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
