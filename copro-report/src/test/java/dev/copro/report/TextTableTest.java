package dev.copro.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void render_alignsColumns_stylesAfterMeasuring() {
    String table =
        new TextTable().row("a", "bb", "c").row("ddd", "e").style(1, s -> "<" + s + ">").render(1);

    assertThat(table).isEqualTo(" a    <bb>  c\n ddd  <e>\n");
  }
}
