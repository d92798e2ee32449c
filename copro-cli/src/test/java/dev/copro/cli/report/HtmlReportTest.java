package dev.copro.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class HtmlReportTest {

  private static final String HTML = ReportFormat.HTML.render(Reports.full(),
      new ReportFormat.Options("data.json", List.of("perspective"), false));

  private static List<String> svgs(String html) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }

  @Test
  void render_isOneSelfContainedPage() {
    assertThat(HTML).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n")
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'\">")
        .doesNotContain("<script", "<link", "src=\"", "url(");
  }

  @Test
  void render_charts_principlesLadderSeriesAndVoice_asWellFormedSvg() throws Exception {
    List<String> charts = svgs(HTML);

    assertThat(charts).hasSize(4);
    for (String chart : charts) {
      Document svg = xml(chart);
      assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
      assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
      assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isNotBlank();
    }
    assertThat(charts.get(0)).contains("Score of each principle");
    assertThat(charts.get(1)).contains("TLAP ladder");
    assertThat(charts.get(2)).contains("(copro.voice.equality) by period");
    assertThat(charts.get(3)).contains("Share of the talking");
  }

  @Test
  void render_suppressedGroups_areWordsNotNumbers() {
    assertThat(HTML).contains("<tr><td>carer</td><td class=\"suppressed\">suppressed</td>"
        + "<td class=\"suppressed\">suppressed</td></tr>")
        .contains("<td class=\"suppressed\">suppressed</td><td class=\"num\"></td></tr>");
    String voiceChart = svgs(HTML).get(3);
    assertThat(voiceChart).contains(">suppressed</text>").doesNotContain("carer, share");
  }

  @Test
  void render_hostileText_isEscapedEverywhere() {
    assertThat(HTML).doesNotContain("<script>", "<b>bold", "<img", "<key>", "<i>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | *bold* [link](http://x)")
        .contains("&lt;b&gt;bold&lt;/b&gt; &amp; | pipe")
        .contains("participant:&lt;img src=x&gt;")
        .contains("&lt;key&gt;");
  }

  @Test
  void render_unavailableHeadlines_sayWhy() {
    String html = ReportFormat.HTML.render(Reports.of(), new ReportFormat.Options("x", List.of(), false));

    assertThat(html).contains("Not available: <code>copro.scorecard.principles</code> not evaluated.")
        .contains("Not available: <code>copro.ladder.tlap</code> not evaluated.")
        .contains("Not available: <code>copro.tokenism.warning-signs</code> not evaluated.");
    assertThat(svgs(html)).isEmpty();
  }

  @Test
  void render_seriesWithNothingToDraw_isNamedInsteadOfCharted() {
    dev.copro.engine.Report.MetricResult blank = Reports.metric("m.blank", "Blank", dev.copro.spi.Unit.SHARE,
        dev.copro.spi.Measurement.of(0.5, 9).breakdown(new dev.copro.spi.Breakdown("period", List.of(
            new dev.copro.spi.Group("2025-Q1", null, null, true), dev.copro.spi.Group.noValue("2025-Q2", 7))))
            .build(), null, null);

    String html = ReportFormat.HTML.render(Reports.of(blank), new ReportFormat.Options("x", List.of(), false));

    assertThat(svgs(html)).isEmpty();
    assertThat(html).contains("No period has a value to draw (each is suppressed or has no value) for "
        + "<code>m.blank</code>.")
        .contains("<tr><td><code>m.blank</code></td><td class=\"suppressed\">suppressed</td>"
            + "<td class=\"num\">no value</td></tr>");
  }

  @Test
  void render_isDeterministic() {
    assertThat(ReportFormat.HTML.render(Reports.full(), new ReportFormat.Options("data.json",
        List.of("perspective"), false))).isEqualTo(HTML);
  }
}
