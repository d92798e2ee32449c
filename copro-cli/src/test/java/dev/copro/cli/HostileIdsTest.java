package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.io.DatasetWriter;
import dev.copro.report.Escape;
import dev.copro.sample.SampleDatasets;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Ids and attribute values are the dataset's own text (any text that is not blank), and the reports
 * show them: in evidence, and as the groups of the initiative and attribute breakdowns. Here every
 * id of the bundled sample carries HTML, Markdown and table syntax, and the HTML and Markdown
 * reports must show each one as the text it is; then every id carries terminal control sequences,
 * and neither the text report nor a problem list may pass one to the terminal.
 */
class HostileIdsTest {

  /** The fields that hold an id or a reference to one, at any depth (votes, survey items). */
  private static final Set<String> ID_FIELDS =
      Set.of(
          "id",
          "initiative",
          "activity",
          "participant",
          "survey",
          "item",
          "chairs",
          "adopts",
          "consultations");

  private static final String BY = "initiative,age-band";

  /** Control characters other than the line feed, and the characters that reorder text. */
  private static final Pattern TERMINAL_CONTROL =
      Pattern.compile("[\\p{Cc}\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069&&[^\\n]]");

  /** Metrics whose findings the reports show as explanations, without their evidence. */
  private static final Set<String> EXPLAINED =
      Set.of("copro.scorecard.principles", "copro.ladder.tlap");

  @TempDir static Path dir;

  private static Report report;
  private static String html;
  private static String markdown;
  private static Path controlled;

  /**
   * A script, a quote of each kind, an ampersand, a table pipe, a backtick and Markdown emphasis.
   */
  private static String hostileId(String id) {
    return "<script>alert('" + id + "')</script>|`&\"\\*_";
  }

  /** A list marker, a tag, a code span and a character reference. */
  private static String hostileValue(String value) {
    return "- " + value + " <i>`|`</i> &amp;";
  }

  /**
   * What a terminal obeys: set the window's title, clear the screen, start a line, reverse the
   * text.
   */
  private static String controlling(String text) {
    return text + "\u001b]0;owned\u0007\u001b[2J\r\nFAKE\u202e";
  }

  @BeforeAll
  static void evaluateTheHostileSample() throws IOException {
    Path dataset =
        write("hostile.jsonl", sample(HostileIdsTest::hostileId, HostileIdsTest::hostileValue));
    controlled =
        write("controlled.jsonl", sample(HostileIdsTest::controlling, HostileIdsTest::controlling));

    report =
        ReportJson.read(
            new ByteArrayInputStream(evaluate(dataset, "json").getBytes(StandardCharsets.UTF_8)));
    html = evaluate(dataset, "html");
    markdown = evaluate(dataset, "markdown");
  }

  /**
   * The bundled sample as JSON Lines, with its ids and references, and its attribute values,
   * changed.
   */
  private static List<String> sample(UnaryOperator<String> id, UnaryOperator<String> value)
      throws IOException {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    DatasetWriter.writeJsonLines(SampleDatasets.northfield(), written);
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (String line : written.toString(StandardCharsets.UTF_8).split("\n")) {
      lines.add(json.writeValueAsString(changed(json.readTree(line), id, value)));
    }
    return lines;
  }

  private static Path write(String name, List<String> lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private static String evaluate(Path dataset, String format) {
    Cli.Run run = Cli.run("evaluate", dataset.toString(), "--format", format, "--by", BY);
    assertThat(run.code()).as(run.err()).isZero();
    return run.out();
  }

  /** The record with every id and reference, and every attribute value, changed. */
  private static JsonNode changed(
      JsonNode node, UnaryOperator<String> id, UnaryOperator<String> value) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (ID_FIELDS.contains(field.getKey())) {
          object.set(field.getKey(), map(field.getValue(), id));
        } else if (field.getKey().equals("attributes")) {
          object.set("attributes", map(field.getValue(), value));
        } else {
          changed(field.getValue(), id, value);
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(element -> changed(element, id, value));
    }
    return node;
  }

  /** A text changed, or each text of an array or of an object's values. */
  private static JsonNode map(JsonNode node, UnaryOperator<String> change) {
    if (node.isTextual()) {
      return TextNode.valueOf(change.apply(node.asText()));
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, map(array.get(i), change));
      }
    } else if (node instanceof ObjectNode object) {
      object.properties().forEach(e -> e.setValue(map(e.getValue(), change)));
    }
    return node;
  }

  /**
   * Every evidence reference the reports list: the findings of the rules and of all but the
   * explained metrics.
   */
  private static Set<String> evidence() {
    Stream<Finding> metrics =
        report.metrics().stream()
            .filter(m -> m.measurement() != null && !EXPLAINED.contains(m.id()))
            .flatMap(m -> m.measurement().findings().stream());
    Stream<Finding> rules = report.rules().stream().flatMap(r -> r.findings().stream());
    return Stream.concat(metrics, rules)
        .flatMap(f -> f.evidence().stream())
        .collect(Collectors.toSet());
  }

  /** The groups of every breakdown named in {@code --by}. */
  private static Set<String> groupKeys() {
    Set<String> dimensions = Set.of(BY.split(","));
    return report.metrics().stream()
        .filter(m -> m.measurement() != null)
        .flatMap(m -> m.measurement().breakdowns().stream())
        .filter(b -> dimensions.contains(b.dimension()))
        .flatMap(b -> b.groups().stream())
        .map(Group::key)
        .collect(Collectors.toSet());
  }

  @Test
  void evaluate_hostileSample_reportsTheHostileIds() {
    assertThat(evidence())
        .isNotEmpty()
        .allSatisfy(ref -> assertThat(ref).contains("<script>alert('"));
    assertThat(groupKeys())
        .anySatisfy(key -> assertThat(key).startsWith("<script>"))
        .anySatisfy(key -> assertThat(key).startsWith("- ").endsWith(" <i>`|`</i> &amp;"));
    assertThat(
            report.metrics().stream()
                .map(m -> m.measurement())
                .filter(m -> m != null)
                .flatMap(m -> m.breakdowns().stream())
                .map(Breakdown::dimension))
        .contains("initiative", "age-band");
  }

  @Test
  void html_hostileIds_wellFormedAndShownAsTheirText() throws Exception {
    // The page's own script (which opens folded sections for printing) is its only one.
    assertThat(html).doesNotContain("<script>alert", "<i>");
    assertThat(html.split("<script", -1)).hasSize(2);

    // The page is XHTML: well-formed XML.
    Document page =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(html)));
    List<Element> elements = elements(page);
    assertThat(elements)
        .extracting(Element::getTagName)
        .doesNotContain("i")
        .filteredOn(tag -> tag.equals("script"))
        .hasSize(1);
    for (Element element : elements) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        assertThat(attributes.item(i).getNodeName())
            .as(element.getTagName())
            .doesNotStartWith("on");
      }
    }
    Set<String> code = texts(elements, "code");
    Set<String> cells = texts(elements, "td");
    assertThat(code).containsAll(evidence());
    assertThat(cells).containsAll(groupKeys());
  }

  @Test
  void markdown_hostileIds_everyRowKeepsItsCellsAndShowsTheIdsAsTheirText() {
    Set<String> shown = new HashSet<>();
    int header = -1;
    for (String line : markdown.split("\n")) {
      if (!line.startsWith("|")) {
        header = -1;
        continue;
      }
      List<String> cells = cells(line);
      if (header < 0) {
        header = cells.size();
      }
      assertThat(cells).as(line).hasSize(header);
      for (String cell : cells) {
        shown.addAll(Arrays.asList(shown(cell).split(", ")));
      }
    }
    assertThat(shown).containsAll(evidence()).containsAll(groupKeys());
  }

  @Test
  void text_idsWithControlSequences_reachTheTerminalEscaped() {
    Cli.Run run =
        Cli.run(new Environment(true, false, 80), "evaluate", controlled.toString(), "--by", BY);

    assertThat(run.code()).as(run.err()).isZero();
    // The ratings' own colours are the only escape sequences.
    assertThat(run.out().replaceAll("\u001b\\[[0-9;]*m", ""))
        .doesNotContainPattern(TERMINAL_CONTROL);
    String initiative = SampleDatasets.northfield().initiatives().get(0).id();
    assertThat(run.out()).contains(Escape.terminal(controlling(initiative)));
  }

  @Test
  void problems_idsWithControlSequences_reachTheTerminalEscaped() throws IOException {
    // Every participant twice: each is a duplicate id, named in its problem.
    List<String> lines =
        sample(HostileIdsTest::controlling, HostileIdsTest::controlling).stream()
            .flatMap(
                line ->
                    line.startsWith("{\"record\":\"participant\"")
                        ? Stream.of(line, line)
                        : Stream.of(line))
            .toList();
    Path broken = write("broken.jsonl", lines);

    Cli.Run validate = Cli.run("validate", broken.toString());
    Cli.Run evaluate = Cli.run("evaluate", broken.toString());

    assertThat(List.of(validate.code(), evaluate.code())).containsOnly(2);
    String participant = SampleDatasets.northfield().participants().get(0).id();
    for (String listed : List.of(validate.out(), evaluate.err())) {
      assertThat(listed)
          .doesNotContainPattern(TERMINAL_CONTROL)
          .contains("[" + Escape.terminal(controlling(participant)) + "]");
    }
  }

  /**
   * A GitHub table row's cells as written, between its outer pipes: a pipe after a backslash is
   * part of a cell, in a code span too; then each such {@code \|} is read as {@code |}.
   */
  private static List<String> cells(String row) {
    String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
    return Arrays.stream(inner.split("(?<!\\\\)\\|", -1))
        .map(c -> c.replace("\\|", "|").strip())
        .toList();
  }

  /**
   * The text a cell shows as CommonMark reads it: backslash escapes and code spans. Markup anywhere
   * else (a tag, emphasis, a link, an entity, an unclosed code span) fails the test.
   */
  private static String shown(String cell) {
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < cell.length()) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length() && isAsciiPunctuation(cell.charAt(i + 1))) {
        text.append(cell.charAt(i + 1));
        i += 2;
      } else if (c == '`') {
        int fence = run(cell, i);
        int close = i + fence;
        while (close < cell.length() && (cell.charAt(close) != '`' || run(cell, close) != fence)) {
          close += cell.charAt(close) == '`' ? run(cell, close) : 1;
        }
        assertThat(close)
            .as("the code span at %d of %s is closed", i, cell)
            .isLessThan(cell.length());
        String code = cell.substring(i + fence, close);
        boolean padded =
            code.length() > 1 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank();
        text.append(padded ? code.substring(1, code.length() - 1) : code);
        i = close + fence;
      } else {
        assertThat("<>*_[]&`").as("markup in %s", cell).doesNotContain(String.valueOf(c));
        text.append(c);
        i++;
      }
    }
    return text.toString();
  }

  private static int run(String text, int from) {
    int end = from;
    while (end < text.length() && text.charAt(end) == '`') {
      end++;
    }
    return end - from;
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 128
        && !Character.isLetterOrDigit(c)
        && !Character.isWhitespace(c)
        && !Character.isISOControl(c);
  }

  private static List<Element> elements(Document page) {
    NodeList all = page.getElementsByTagName("*");
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      elements.add((Element) all.item(i));
    }
    return elements;
  }

  private static Set<String> texts(List<Element> elements, String tag) {
    return elements.stream()
        .filter(e -> e.getTagName().equals(tag))
        .map(Element::getTextContent)
        .collect(Collectors.toSet());
  }
}
