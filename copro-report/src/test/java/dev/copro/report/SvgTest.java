package dev.copro.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class SvgTest {

  @Test
  void elements_areWrittenWithEscapedTextAndAttributes_andTheImageIsNamedForScreenReaders() {
    String svg =
        new Svg(100, "A & B", "d<1>")
            .rect(1, 2, 3.25, 4, "bar x", "t<1>")
            .line(0, 0, 10, 10, "grid")
            .circle(5, 5, 2, "point", null)
            .polyline(List.of(new double[] {0, 1}, new double[] {2, 3.04}), "series")
            .group("legend")
            .text(1, 2, "a < b", "label", Svg.Anchor.END)
            .end()
            .height(50)
            .toString();

    assertThat(svg)
        .isEqualTo(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" "
                + "aria-label=\"A &amp; B\" viewBox=\"0 0 100 50\" width=\"100\" height=\"50\"><title>A &amp; B</title>"
                + "<desc>d&lt;1&gt;</desc>"
                + "<rect x=\"1\" y=\"2\" width=\"3.3\" height=\"4\" class=\"bar x\"><title>t&lt;1&gt;</title></rect>"
                + "<line x1=\"0\" y1=\"0\" x2=\"10\" y2=\"10\" class=\"grid\"/>"
                + "<circle cx=\"5\" cy=\"5\" r=\"2\" class=\"point\"/>"
                + "<polyline points=\"0,1 2,3\" class=\"series\"/>"
                + "<g class=\"legend\"><text x=\"1\" y=\"2\" class=\"label\" text-anchor=\"end\">a &lt; b</text></g></svg>");
  }

  @Test
  void closedImage_takesNoMoreElements_andOpenGroupsAreClosed() {
    Svg svg = new Svg(10, "t", "d").group("g");
    assertThat(svg.toString()).endsWith("<g class=\"g\"></g></svg>");

    assertThatThrownBy(() -> svg.line(0, 0, 1, 1, "x")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new Svg(10, "t", "d").end()).isInstanceOf(IllegalStateException.class);
  }

  @Property
  void num_isWithinHalfATenthAndHasNoExponentOrComma(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double value) {
    String text = Svg.num(value);

    assertThat(text).matches("-?[0-9]+(\\.[0-9])?");
    assertThat(Math.abs(Double.parseDouble(text) - value)).isLessThanOrEqualTo(0.05 + 1e-9);
  }
}
