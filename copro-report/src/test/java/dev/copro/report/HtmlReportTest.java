package dev.copro.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Report.MetricResult;
import dev.copro.report.ReportRenderer.Format;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Unit;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlReportTest {

  private static final String HTML = html(Reports.full(), List.of("perspective"));

  private static String html(dev.copro.engine.Report report, List<String> by) {
    return ReportRenderer.render(
        report, Format.HTML, RenderOptions.builder().source("data.json").by(by).build());
  }

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

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  @Test
  void render_isOneSelfContainedPage_wellFormedXhtml() throws Exception {
    assertThat(HTML)
        .startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"")
        .endsWith("</html>\n")
        .doesNotContain("<link", "src=\"", "url(");

    Document page = xml(HTML);
    assertThat(page.getDocumentElement().getLocalName()).isEqualTo("html");
  }

  @Test
  void render_itsOneScript_isAllowedByItsHashAndNothingElse() throws Exception {
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(HtmlReport.PRINT_SCRIPT.getBytes(StandardCharsets.UTF_8)));

    assertThat(HTML)
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; "
                + "style-src &#39;unsafe-inline&#39;; script-src &#39;sha256-"
                + hash
                + "&#39;\"/>")
        .contains("<script>" + HtmlReport.PRINT_SCRIPT + "</script>");
    assertThat(count(HTML, "<script")).isEqualTo(1);
  }

  @Test
  void render_printStylesheet_a4_foldedSectionsOpen_cardsWhole() {
    assertThat(HTML)
        .contains("@media print{")
        .contains("@page{size:A4;")
        .contains("details::details-content{content-visibility:visible;display:block}")
        .contains("figure,details.kind,tr{break-inside:avoid;");
  }

  @Test
  void render_everyChart_isNamedDescribedAndHasALegend() throws Exception {
    List<String> charts = svgs(HTML);

    // Principles, relationship, ladder, the voice series, the breakdowns by perspective of voice
    // and of
    // the hostile metric, and the voice distribution.
    assertThat(charts).hasSize(7);
    for (String chart : charts) {
      Document svg = xml(chart);
      String name = svg.getDocumentElement().getAttribute("aria-label");
      assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
      assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
          .isEqualTo(name)
          .isNotBlank();
      assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).as(name).isNotBlank();
      NodeList legend =
          (NodeList)
              XPathFactory.newInstance()
                  .newXPath()
                  .evaluate("//*[@class='legend']/*", svg, XPathConstants.NODESET);
      assertThat(legend.getLength()).as("legend of %s", name).isGreaterThan(0);
    }
    assertThat(charts.get(0))
        .contains("aria-label=\"The four principles of co-production\"")
        .doesNotContain("relationship");
    assertThat(charts.get(1)).contains("relationship");
    assertThat(charts.get(2)).contains("TLAP ladder");
    assertThat(charts.get(3)).contains("Voice equality by period");
    assertThat(charts.get(4)).contains("by perspective");
    assertThat(charts.get(6)).contains("Share of the talking");
  }

  @Test
  void render_ladder_whyThisRung_metAndNotMetApart() {
    assertThat(HTML)
        .contains(
            "<details>\n<summary>Why this rung</summary>\n<ul>\n<li>Rule &#39;engagement&#39; "
                + "placed it on 5.</li>\n</ul>\n<h4>Met: conditions for rung 6 (co-design)</h4>\n<ul>\n"
                + "<li>Influence 40% (needs at least 25%).</li>\n</ul>\n<h4>Not met: this is what held it back</h4>\n<ul>\n"
                + "<li>Decision inclusion 30% (needs at least 50%).</li>\n</ul>\n</details>");
  }

  @Test
  void render_findings_groupedByKind_eachAFoldedSectionWithItsCount() {
    assertThat(HTML)
        .contains(
            "<section id=\"findings\">\n<h2>Other findings, by kind</h2>\n<p>4 findings of 3 kinds.")
        .contains(
            "<details class=\"kind\">\n<summary><span class=\"sev medium\">MEDIUM</span> Dominant voice "
                + "<span class=\"count\">(2 findings: 1 medium, 1 low; 2 records)</span></summary>");
    assertThat(count(HTML, "<details class=\"kind\">")).isEqualTo(3);
  }

  @Test
  void render_ratingOnFewRecords_hasACautionMark() {
    assertThat(HTML)
        .contains(
            "<span class=\"badge amber\">AMBER</span><span class=\"caution\" title=\"Rests on 8 "
                + "records, fewer than 10: read with caution\">caution: n = 8</span>");
  }

  @Test
  void render_everyMetric_nameBeforeId_withWhatItMeasures() {
    assertThat(HTML)
        .contains(
            "<tr><td><strong>Voice equality</strong><br/><code>copro.voice.equality</code></td>"
                + "<td class=\"what\">What copro.voice.equality measures.</td><td class=\"num\">72.4%</td>"
                + "<td class=\"num\">40</td><td><span class=\"badge green\">GREEN</span></td></tr>");
  }

  @Test
  void render_tables_scrollInABoxOfTheirOwn_withColumnHeaders() {
    assertThat(count(HTML, "<table"))
        .isEqualTo(
            count(
                HTML,
                "<div class=\"table-scroll\" role=\"region\" " + "tabindex=\"0\" aria-label=\""))
        .isGreaterThan(5);
    assertThat(HTML).contains("<th scope=\"col\">Principle</th>");
    // The warning signs stack into cards on a phone, the evidence labelled, rather than scroll
    // sideways.
    assertThat(count(HTML, "<table class=\"stacked\">")).isEqualTo(1);
    assertThat(HTML)
        .contains("table.stacked td{display:block")
        .contains("<td data-label=\"Evidence\">");
  }

  @Test
  void render_suppressedGroups_areWordsNotNumbers() {
    assertThat(HTML)
        .contains(
            "<tr><td>carer</td><td class=\"suppressed\">suppressed</td>"
                + "<td class=\"suppressed\">suppressed</td></tr>")
        .contains("<td class=\"suppressed\">suppressed</td><td class=\"num\"></td></tr>");
    String voiceChart = svgs(HTML).get(6);
    assertThat(voiceChart).contains(">suppressed</text>").doesNotContain("carer, share");
  }

  @Test
  void render_hostileText_isEscapedEverywhere() {
    assertThat(HTML)
        .doesNotContain("<script>alert", "<b>bold", "<img", "<key>", "<i>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | *bold* [link](http://x)")
        .contains("&lt;b&gt;bold&lt;/b&gt; &amp; | pipe")
        .contains("participant:&lt;img src=x&gt;")
        .contains("&lt;key&gt;");
  }

  @Test
  void render_unavailableHeadlines_sayWhy() {
    String html = html(Reports.of(), List.of());

    assertThat(html)
        .contains("Not available: <code>copro.scorecard.principles</code> not evaluated.")
        .contains("Not available: <code>copro.ladder.tlap</code> not evaluated.")
        .contains("Not available: <code>copro.tokenism.warning-signs</code> not evaluated.");
    assertThat(svgs(html)).isEmpty();
  }

  @Test
  void render_seriesWithNothingToDraw_isNamedInsteadOfCharted() {
    MetricResult blank =
        Reports.metric(
            "m.blank",
            "Blank",
            Unit.SHARE,
            Measurement.of(0.5, 9)
                .breakdown(
                    new Breakdown(
                        "period",
                        List.of(
                            new Group("2025-Q1", null, null, true), Group.noValue("2025-Q2", 7))))
                .build(),
            null,
            null);

    String html = html(Reports.of(blank), List.of());

    assertThat(svgs(html)).isEmpty();
    assertThat(html)
        .contains(
            "No period has a value to draw (each is suppressed or has no value) for Blank "
                + "(<code>m.blank</code>).")
        .contains(
            "<tr><td>Blank</td><td class=\"suppressed\">suppressed</td><td class=\"num\">no value</td>"
                + "<td class=\"num\">50.0%</td></tr>");
  }

  @Test
  void render_isDeterministic() {
    assertThat(html(Reports.full(), List.of("perspective"))).isEqualTo(HTML);
  }
}
