package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.PeriodUnit;
import dev.copro.engine.Report;
import dev.copro.engine.ReportJson;
import dev.copro.io.DatasetReader;
import dev.copro.model.Dataset;
import dev.copro.sample.SampleDatasets;
import dev.copro.sample.SampleGenerator;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Dimension;
import dev.copro.spi.Group;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copro evaluate} end to end: the real command line, real files, the default metrics and the
 * bundled sample.
 */
class EvaluateCommandTest {

  @TempDir Path dir;

  private Path starter;

  @BeforeEach
  void writeStarter() {
    assertThat(Cli.run("init", dir.resolve("starter").toString()).code()).isZero();
    starter = dir.resolve("starter").resolve("dataset.json");
  }

  private static Report parse(String json) {
    return ReportJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void evaluate_noDataset_evaluatesTheBundledSample() {
    Cli.Run run = Cli.run("evaluate");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("copro report: " + SampleGenerator.NAME + "\n")
        .contains("Source: the bundled sample dataset")
        .contains("THE FOUR PRINCIPLES  Principle scorecard (copro.scorecard.principles)")
        .contains("LADDER OF CO-PRODUCTION  TLAP ladder of co-production (copro.ladder.tlap)")
        .contains("\n  TLAP rung ")
        .contains(
            "WARNING SIGNS OF TOKENISM  Warning signs of tokenism (copro.tokenism.warning-signs)")
        .contains("EVERY METRIC\n")
        .contains("WORDS USED\n")
        .doesNotContain("Not available");
  }

  @Test
  void evaluate_json_isTheEngineReportOfTheSample() {
    Cli.Run run = Cli.run("evaluate", "--format", "json");

    assertThat(run.code()).isZero();
    Report report = parse(run.out());
    Dataset sample = SampleDatasets.northfield();
    assertThat(report.dataset().name()).isEqualTo(SampleGenerator.NAME);
    assertThat(report.dataset().records().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(sample.recordCount());
    assertThat(report.metric("copro.voice.equality")).isPresent();
  }

  @Test
  void evaluate_jsonTwice_isByteIdentical() throws IOException {
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");

    assertThat(
            Cli.run("evaluate", starter.toString(), "--format", "json", "--out", first.toString())
                .code())
        .isZero();
    assertThat(
            Cli.run("evaluate", starter.toString(), "--format", "json", "--out", second.toString())
                .code())
        .isZero();

    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
  }

  @Test
  void evaluate_eachFormat_isDeterministic() {
    for (String format : List.of("text", "markdown", "html")) {
      Cli.Run first = Cli.run("evaluate", "--format", format);
      Cli.Run second = Cli.run("evaluate", "--format", format);
      assertThat(first.code()).as(format).isZero();
      assertThat(first.out()).as(format).isEqualTo(second.out());
    }
  }

  @Test
  void evaluate_eachFormatToAFile_writesThatFormat() throws IOException {
    Cli.Run text =
        Cli.run("evaluate", starter.toString(), "--out", dir.resolve("r.txt").toString());
    Cli.Run markdown =
        Cli.run(
            "evaluate", starter.toString(), "-f", "markdown", "-o", dir.resolve("r.md").toString());
    Cli.Run html =
        Cli.run(
            "evaluate",
            starter.toString(),
            "--format=html",
            "--out",
            dir.resolve("r.html").toString());

    assertThat(List.of(text, markdown, html))
        .allSatisfy(
            run -> {
              assertThat(run.code()).isZero();
              assertThat(run.out()).isEmpty();
            });
    assertThat(Files.readString(dir.resolve("r.txt"))).startsWith("copro report: Starter dataset");
    assertThat(Files.readString(dir.resolve("r.md")))
        .startsWith("# copro report: Starter dataset")
        .contains("\n## Every metric\n");
    assertThat(Files.readString(dir.resolve("r.html")))
        .startsWith("<!DOCTYPE html>")
        .contains("<svg ")
        .endsWith("</html>\n");
  }

  @Test
  void evaluate_outWithoutFormat_takesTheFormatFromTheExtension() throws IOException {
    assertThat(
            Cli.run("evaluate", starter.toString(), "--out", dir.resolve("r.html").toString())
                .code())
        .isZero();
    assertThat(
            Cli.run("evaluate", starter.toString(), "--out", dir.resolve("r.MD").toString()).code())
        .isZero();
    assertThat(
            Cli.run("evaluate", starter.toString(), "--out", dir.resolve("r.json").toString())
                .code())
        .isZero();
    assertThat(
            Cli.run("evaluate", starter.toString(), "--out", dir.resolve("r.report").toString())
                .code())
        .isZero();

    assertThat(Files.readString(dir.resolve("r.html"))).startsWith("<!DOCTYPE html>");
    assertThat(Files.readString(dir.resolve("r.MD"))).startsWith("# copro report: ");
    assertThat(parse(Files.readString(dir.resolve("r.json"))).dataset().name())
        .startsWith("Starter dataset");
    assertThat(Files.readString(dir.resolve("r.report"))).startsWith("copro report: ");
  }

  @Test
  void evaluate_html_needsNoNetwork() {
    String html = Cli.run("evaluate", "--format", "html").out();

    assertThat(html).doesNotContain("<link", "<img", "<iframe", "src=", "url(", "@import");
    // One script, its own, which opens the folded sections for printing; the policy allows it by
    // its hash alone.
    assertThat(html.split("<script", -1)).hasSize(2);
    assertThat(html).contains("script-src &#39;sha256-");
    // The only addresses are the XHTML and SVG namespaces, names that are never fetched.
    assertThat(
            html.replace("http://www.w3.org/2000/svg", "")
                .replace("http://www.w3.org/1999/xhtml", ""))
        .doesNotContain("http:", "https:");
    assertThat(html).contains("default-src &#39;none&#39;");
    assertThat(html.split("<svg ", -1).length - 1).as("charts").isGreaterThanOrEqualTo(4);
  }

  @Test
  void evaluate_period_slicesTheTimeSeriesByThatUnit() {
    Report report = parse(Cli.run("evaluate", "--format", "json", "--period", "month").out());

    assertThat(report.configuration().periodUnit()).isEqualTo(PeriodUnit.MONTH);
    Breakdown periods =
        report
            .metric("copro.voice.equality")
            .map(m -> m.measurement())
            .flatMap(
                m ->
                    m.breakdowns().stream().filter(b -> b.dimension().equals("period")).findFirst())
            .orElseThrow();
    assertThat(periods.groups())
        .isNotEmpty()
        .allSatisfy(g -> assertThat(g.key()).matches("[0-9]{4}-[0-9]{2}"));
  }

  @Test
  void evaluate_byAttribute_addsItToTheBreakdownsAndShowsItsGroups() {
    Cli.Run json = Cli.run("evaluate", "--format", "json", "--by", "age-band");
    Cli.Run text = Cli.run("evaluate", "--by", "age-band,perspective");

    assertThat(parse(json.out()).configuration().breakdowns())
        .containsExactly(Dimension.PERSPECTIVE, new Dimension("age-band"));
    assertThat(text.out()).contains("      by age-band: ").contains("      by perspective: ");
  }

  @Test
  void evaluate_byPerspective_showsSuppressedGroupsWithoutNumbers() {
    Report report = parse(Cli.run("evaluate", "--format", "json").out());
    String text = Cli.run("evaluate", "--by", "perspective").out();

    // The sample has perspectives with fewer than 5 people, so some groups are suppressed.
    List<String> suppressedKeys =
        report.metrics().stream()
            .map(m -> m.measurement())
            .filter(Objects::nonNull)
            .flatMap(m -> m.breakdowns().stream())
            .filter(b -> b.dimension().equals("perspective"))
            .flatMap(b -> b.groups().stream())
            .filter(Group::suppressed)
            .map(Group::key)
            .distinct()
            .toList();
    assertThat(suppressedKeys).isNotEmpty();
    List<String> byLines =
        text.lines().filter(l -> l.startsWith("      by perspective: ")).toList();
    assertThat(byLines).isNotEmpty();
    for (String line : byLines) {
      assertThat(line).containsPattern("; overall [0-9.]+(%| days?)?$|; overall no value$|[^;]*$");
      for (String group :
          line.substring("      by perspective: ".length())
              .replaceAll("; overall .*$", "")
              .split(", ")) {
        if (group.endsWith(" suppressed")) {
          assertThat(group).doesNotContainPattern("[0-9]");
        } else {
          assertThat(group).matches(".+ ([0-9.]+(%| days?)?|no value)( \\(n = [0-9,]+\\))?");
        }
      }
    }
  }

  @Test
  void evaluate_severalDatasetsWithOutFolder_writesOneReportEach() throws IOException {
    Path csv = dir.resolve("starter").resolve("csv");
    Path reports = dir.resolve("reports");

    Cli.Run run =
        Cli.run(
            "evaluate",
            starter.toString(),
            csv.toString(),
            "--format",
            "markdown",
            "--out",
            reports.toString());

    assertThat(run.code()).isZero();
    assertThat(Files.readString(reports.resolve("dataset.md")))
        .startsWith("# copro report: Starter dataset");
    assertThat(Files.readString(reports.resolve("csv.md")))
        .startsWith("# copro report: Starter dataset");
  }

  @Test
  void evaluate_severalDatasetsToStandardOutput_printsEachReportInTurn() {
    Path csv = dir.resolve("starter").resolve("csv");

    Cli.Run run = Cli.run("evaluate", starter.toString(), csv.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out().split("copro report: ", -1)).hasSize(3);
    assertThat(run.out()).contains("Source: " + starter, "Source: " + csv);
  }

  @Test
  void evaluate_severalDatasetsAsHtmlToStandardOutput_isAUsageError() {
    Cli.Run run = Cli.run("evaluate", starter.toString(), starter.toString(), "--format", "html");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("use --out DIR");
  }

  @Test
  void evaluate_datasetsWithTheSameName_refusesToOverwriteOneReportWithTheOther()
      throws IOException {
    Path other = Files.createDirectories(dir.resolve("other")).resolve("dataset.json");
    Files.copy(starter, other);

    Cli.Run run =
        Cli.run(
            "evaluate",
            starter.toString(),
            other.toString(),
            "--out",
            dir.resolve("out").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("dataset.txt (from " + starter + ", " + other + ")");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void evaluate_badFiles_listsEveryProblemOfEveryFileWithItsLocation() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(
        broken,
        "{\n  \"format\": \"copro-dataset/1\",\n  \"participants\": [\n    {\"id\": \"p1\"}\n");
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        """
        {
          "format": "copro-dataset/1",
          "participants": [
            {"id": "p1", "perspective": "lived-experience", "joined": "2025-13-01"}
          ]
        }
        """);

    Cli.Run run = Cli.run("evaluate", broken.toString(), bad.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("copro: dataset broken.json has 2 problems:\n")
        .contains("copro: dataset bad.json has 1 problem:\n")
        .containsPattern("\n  broken\\.json:[0-9]+:[0-9]+")
        .containsPattern("\n  bad\\.json:4:[0-9]+ /participants/0/joined \\[p1\\]: ")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void evaluate_missingFile_saysSoAndExits2() {
    Cli.Run run = Cli.run("evaluate", dir.resolve("nowhere.json").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere.json: There is no file").doesNotContain("Exception");
  }

  @Test
  void evaluate_badConfiguration_listsItsProblemsWithLocations() throws IOException {
    Path config = dir.resolve("copro-config.json");
    Files.writeString(
        config,
        """
        {
          "format": "copro-config/1",
          "suppressionMinimum": 0,
          "periodUnit": "fortnight"
        }
        """);

    Cli.Run run = Cli.run("evaluate", "--config", config.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("copro-config.json:3:")
        .contains("copro-config.json:4:")
        .doesNotContain("\tat ");
  }

  @Test
  void evaluate_unknownPluginInConfiguration_isLocatedInTheFile() throws IOException {
    Path config = dir.resolve("copro-config.json");
    Files.writeString(
        config,
        "{\n  \"format\": \"copro-config/1\",\n  \"disabled\": [\"copro.no-such-metric\"]\n}\n");

    Cli.Run run = Cli.run("evaluate", "--config", config.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("copro-config.json:3:").contains("copro.no-such-metric");
  }

  @Test
  void evaluate_verbose_addsTheStackTrace() {
    Cli.Run quiet = Cli.run("evaluate", "--config", dir.resolve("missing.json").toString());
    Cli.Run verbose =
        Cli.run("evaluate", "--verbose", "--config", dir.resolve("missing.json").toString());

    assertThat(quiet.code()).isEqualTo(2);
    assertThat(verbose.code()).isEqualTo(2);
    assertThat(quiet.err()).contains("missing.json: There is no file").doesNotContain("\tat ");
    assertThat(verbose.err())
        .contains("missing.json: There is no file")
        .contains("InvalidInputException", "\tat ");
  }

  @Test
  void evaluate_unwritableOutput_exits1WithAMessage() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "not a folder");

    Cli.Run run =
        Cli.run("evaluate", starter.toString(), "--out", file.resolve("report.txt").toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("cannot write the report to").doesNotContain("\tat ");
  }

  @Test
  void evaluate_pluginFromPluginsFolder_isEvaluatedAndReported() throws IOException {
    Path plugins = dir.resolve("plugins");
    PluginJars.meetingCount(plugins);

    Report report =
        parse(
            Cli.run(
                    "evaluate",
                    starter.toString(),
                    "--plugins",
                    plugins.toString(),
                    "--format",
                    "json")
                .out());

    Report.MetricResult meetings = report.metric(PluginJars.MEETING_COUNT).orElseThrow();
    // The starter dataset holds three activities.
    assertThat(meetings.measurement().value()).isEqualTo(3.0);
    assertThat(meetings.measurement().findings())
        .extracting(f -> f.code())
        .containsExactly("acme.busy");
  }

  @Test
  void evaluate_failOn_exits3ForAFindingAtOrAboveTheSeverity() throws IOException {
    Path plugins = dir.resolve("plugins");
    PluginJars.meetingCount(plugins);
    Path config = dir.resolve("only-meetings.json");
    Files.writeString(
        config,
        "{\"format\": \"copro-config/1\", \"enabled\": [\"" + PluginJars.MEETING_COUNT + "\"]}");
    String[] base = {
      "evaluate", starter.toString(), "--plugins", plugins.toString(), "--config", config.toString()
    };

    // The only finding is the plugin's, of medium severity.
    assertThat(Cli.run(base).code()).isZero();
    assertThat(Cli.run(concat(base, "--fail-on", "medium")).code()).isEqualTo(3);
    assertThat(Cli.run(concat(base, "--fail-on", "low")).code()).isEqualTo(3);
    assertThat(Cli.run(concat(base, "--fail-on", "high")).code()).isZero();
  }

  @Test
  void evaluate_failOnPluginFailure_exits4AndWinsOverFindings() throws IOException {
    Path plugins = dir.resolve("plugins");
    PluginJars.failing(plugins);
    PluginJars.meetingCount(plugins);
    String[] base = {"evaluate", starter.toString(), "--plugins", plugins.toString()};

    Cli.Run lenient = Cli.run(base);
    Cli.Run strict = Cli.run(concat(base, "--fail-on-plugin-failure", "--fail-on", "info"));

    assertThat(lenient.code()).isZero();
    assertThat(lenient.err())
        .contains("copro: warning: ")
        .contains(PluginJars.FAILING)
        .contains("always fails");
    assertThat(lenient.out()).contains("FAILURES\n  " + PluginJars.FAILING + ": ");
    assertThat(strict.code()).isEqualTo(4);
  }

  @Test
  void evaluate_stderrATerminal_drawsAProgressBarAndWipesIt() {
    Cli.Run run = Cli.run(new Environment(false, true, 80), "evaluate", starter.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err())
        .startsWith("\r")
        .contains("evaluating dataset.json [")
        .contains("100%")
        .endsWith("\r");
    String lastLine =
        run.err()
            .substring(
                run.err().lastIndexOf('\r', run.err().length() - 2) + 1, run.err().length() - 1);
    assertThat(lastLine).isBlank();
  }

  @Test
  void evaluate_stderrNotATerminal_isSilent() {
    assertThat(Cli.run("evaluate", starter.toString()).err()).isEmpty();
  }

  @Test
  void evaluate_stdoutATerminal_coloursTheRatingsOnlyThere() throws IOException {
    Environment terminal = new Environment(true, false, 80);
    Path file = dir.resolve("report.txt");

    Cli.Run toTerminal = Cli.run(terminal, "evaluate");
    Cli.Run toFile = Cli.run(terminal, "evaluate", "--out", file.toString());

    assertThat(toTerminal.out()).contains("\u001b[");
    assertThat(toFile.code()).isZero();
    assertThat(Files.readString(file))
        .doesNotContain("\u001b[")
        .isEqualTo(toTerminal.out().replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  @Test
  void evaluate_csvFolder_givesTheSameReportAsTheJson() {
    Path csv = dir.resolve("starter").resolve("csv");
    Dataset fromJson = DatasetReader.read(starter);
    Dataset fromCsv = DatasetReader.read(csv);

    assertThat(fromCsv.recordCount()).isEqualTo(fromJson.recordCount());
    assertThat(Cli.run("evaluate", csv.toString(), "--format", "json").out())
        .isEqualTo(Cli.run("evaluate", starter.toString(), "--format", "json").out());
  }

  @Test
  void evaluate_unknownOption_isAUsageErrorWithAHint() {
    Cli.Run run = Cli.run("evaluate", "--formt", "json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("Unknown option: '--formt'")
        .contains("--format")
        .contains("Try 'copro evaluate --help'");
  }

  @Test
  void evaluate_unknownFormat_isAUsageError() {
    Cli.Run run = Cli.run("evaluate", "--format", "docx");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--format");
  }

  @Test
  void evaluate_pdf_writesAPdfOfThePage() throws IOException {
    Path pdf = dir.resolve("report.pdf");

    Cli.Run run = Cli.run("evaluate", starter.toString(), "--out", pdf.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      assertThat(
              new org.apache.pdfbox.text.PDFTextStripper()
                  .getText(document)
                  .replaceAll("\\s+", " "))
          .contains("copro report: Starter dataset");
    }
  }

  @Test
  void evaluate_pdfToTheTerminal_isAUsageError() {
    Cli.Run run = Cli.run("evaluate", "--format", "pdf");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("A PDF is a file").contains("--out FILE.pdf");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void evaluate_outExtensionContradictingTheFormat_isAUsageErrorNamingBoth() {
    Path pdf = dir.resolve("r.pdf");
    Path html = dir.resolve("r.html");

    Cli.Run text =
        Cli.run("evaluate", starter.toString(), "--out", pdf.toString(), "--format", "text");
    Cli.Run markdown =
        Cli.run("evaluate", starter.toString(), "--out", html.toString(), "--format", "markdown");

    assertThat(text.code()).isEqualTo(2);
    assertThat(text.err()).contains("--out " + pdf + " names a pdf file, but --format is text");
    assertThat(markdown.code()).isEqualTo(2);
    assertThat(markdown.err()).contains("names a html file, but --format is markdown");
    assertThat(pdf).doesNotExist();
    assertThat(html).doesNotExist();
  }

  @Test
  void evaluate_cautionBelow_marksRatingsOnFewRecords() {
    Cli.Run marked = Cli.run("evaluate", "--caution-below", "1000");
    Cli.Run none = Cli.run("evaluate", "--caution-below", "0");
    Cli.Run negative = Cli.run("evaluate", "--caution-below", "-1");

    assertThat(marked.code()).isZero();
    assertThat(marked.out())
        .contains("ratings resting on fewer than 1,000 records are marked \"caution\"")
        .contains("GREEN, caution");
    assertThat(none.out()).doesNotContain(", caution");
    assertThat(negative.code()).isEqualTo(2);
    assertThat(negative.err()).contains("--caution-below must be 0 or more, not -1");
  }

  private static String[] concat(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }
}
