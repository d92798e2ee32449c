package dev.copro.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.copro.engine.JsonTree.Node;
import dev.copro.engine.JsonTree.Type;
import dev.copro.model.Perspective;
import dev.copro.model.Principle;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Bloc;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Dimension;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Interval;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a {@link Report}, format {@value Report#FORMAT}, documented in
 * docs/report-format.md. Writing is deterministic: fields in a fixed order, results sorted by id,
 * groups by key, two-space indentation and {@code \n} line endings, absent values left out — so
 * equal reports are equal bytes. {@link #read} reads it back to an equal report.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ReportJson {

  private static final List<String> REPORT_KEYS =
      List.of(
          "format", "dataset", "configuration", "metrics", "rules", "pluginFailures", "warnings");
  private static final List<String> DATASET_KEYS = List.of("name", "records");
  private static final List<String> CONFIGURATION_KEYS =
      List.of("bloc", "suppressionMinimum", "periodUnit", "referenceDate", "breakdowns");
  private static final List<String> METRIC_KEYS =
      List.of(
          "id",
          "version",
          "name",
          "description",
          "principles",
          "unit",
          "status",
          "measurement",
          "rating",
          "thresholds",
          "failure");
  private static final List<String> RULE_KEYS =
      List.of(
          "id", "version", "name", "description", "principles", "status", "findings", "failure");
  private static final List<String> MEASUREMENT_KEYS =
      List.of(
          "value",
          "noValueReason",
          "n",
          "confidence",
          "components",
          "breakdowns",
          "findings",
          "warnings",
          "ratingCap");
  private static final List<String> INTERVAL_KEYS = List.of("lower", "upper", "level");
  private static final List<String> THRESHOLD_KEYS = List.of("green", "amber", "higherIsBetter");
  private static final List<String> BREAKDOWN_KEYS = List.of("dimension", "groups");
  private static final List<String> GROUP_KEYS =
      List.of("key", "value", "n", "people", "suppressed");
  private static final List<String> FINDING_KEYS =
      List.of("code", "severity", "message", "evidence", "evidenceOmitted");
  private static final List<String> FAILURE_KEYS = List.of("className", "source", "reason");

  private ReportJson() {}

  /**
   * Writes a report.
   *
   * @param report the report
   * @param out where to write, UTF-8; not closed
   * @throws java.io.UncheckedIOException if {@code out} cannot be written
   */
  public static void write(Report report, OutputStream out) {
    JsonOutput.write(out, json -> writeReport(json, report));
  }

  /** A report as the text {@link #write} writes. */
  public static String toJson(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(report, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Reads a report.
   *
   * @param in the report, UTF-8; not closed
   * @throws InvalidInputException listing every problem, located by line, column and JSON Pointer
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public static Report read(InputStream in) {
    return read(in, "report");
  }

  /**
   * Reads a report, naming it {@code source} in problem locations.
   *
   * @param in the report, UTF-8; not closed
   * @param source its name, such as its file name
   * @throws InvalidInputException listing every problem, located by line, column and JSON Pointer
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public static Report read(InputStream in, String source) {
    DocumentReader r = new DocumentReader(source);
    Node root = r.parse(in);
    Report report = root == null ? null : readReport(r, root);
    r.throwIfProblems("report " + source);
    return Objects.requireNonNull(report);
  }

  // ---- writing

  private static void writeReport(JsonGenerator json, Report report) throws IOException {
    json.writeStartObject();
    json.writeStringField("format", report.format());
    json.writeObjectFieldStart("dataset");
    writeOptional(json, "name", report.dataset().name());
    json.writeObjectFieldStart("records");
    for (Map.Entry<String, Long> count : report.dataset().records().entrySet()) {
      json.writeNumberField(count.getKey(), count.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
    Report.ConfigurationSummary c = report.configuration();
    json.writeObjectFieldStart("configuration");
    JsonOutput.writeTexts(
        json, "bloc", c.bloc().perspectives().stream().sorted().map(Perspective::code).toList());
    json.writeNumberField("suppressionMinimum", c.suppressionMinimum());
    json.writeStringField("periodUnit", c.periodUnit().code());
    json.writeStringField("referenceDate", c.referenceDate().toString());
    JsonOutput.writeTexts(
        json, "breakdowns", c.breakdowns().stream().map(Dimension::name).toList());
    json.writeEndObject();
    json.writeArrayFieldStart("metrics");
    for (Report.MetricResult metric : report.metrics()) {
      writeMetric(json, metric);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("rules");
    for (Report.RuleResult rule : report.rules()) {
      json.writeStartObject();
      writeIdentity(
          json, rule.id(), rule.version(), rule.name(), rule.description(), rule.principles());
      json.writeStringField("status", rule.status().code());
      writeFindings(json, rule.findings());
      writeOptional(json, "failure", rule.failure());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("pluginFailures");
    for (PluginFailure failure : report.pluginFailures()) {
      json.writeStartObject();
      writeOptional(json, "className", failure.className());
      json.writeStringField("source", failure.source());
      json.writeStringField("reason", failure.reason());
      json.writeEndObject();
    }
    json.writeEndArray();
    JsonOutput.writeTexts(json, "warnings", report.warnings());
    json.writeEndObject();
  }

  private static void writeMetric(JsonGenerator json, Report.MetricResult metric)
      throws IOException {
    json.writeStartObject();
    writeIdentity(
        json,
        metric.id(),
        metric.version(),
        metric.name(),
        metric.description(),
        metric.principles());
    json.writeStringField("unit", Names.code(metric.unit()));
    json.writeStringField("status", metric.status().code());
    Measurement m = metric.measurement();
    if (m != null) {
      json.writeObjectFieldStart("measurement");
      if (m.value() != null) {
        json.writeNumberField("value", m.value());
      }
      writeOptional(json, "noValueReason", m.noValueReason());
      json.writeNumberField("n", m.n());
      Interval ci = m.confidence();
      if (ci != null) {
        json.writeObjectFieldStart("confidence");
        json.writeNumberField("lower", ci.lower());
        json.writeNumberField("upper", ci.upper());
        json.writeNumberField("level", ci.level());
        json.writeEndObject();
      }
      json.writeObjectFieldStart("components");
      for (Map.Entry<String, Double> component : m.components().entrySet()) {
        json.writeNumberField(component.getKey(), component.getValue());
      }
      json.writeEndObject();
      json.writeArrayFieldStart("breakdowns");
      for (Breakdown breakdown : m.breakdowns()) {
        writeBreakdown(json, breakdown);
      }
      json.writeEndArray();
      writeFindings(json, m.findings());
      JsonOutput.writeTexts(json, "warnings", m.warnings());
      if (m.ratingCap() != null) {
        json.writeStringField("ratingCap", m.ratingCap().code());
      }
      json.writeEndObject();
    }
    if (metric.rating() != null) {
      json.writeStringField("rating", metric.rating().code());
    }
    if (metric.thresholds() != null) {
      json.writeFieldName("thresholds");
      ConfigurationJson.writeThresholds(json, metric.thresholds());
    }
    writeOptional(json, "failure", metric.failure());
    json.writeEndObject();
  }

  private static void writeIdentity(
      JsonGenerator json,
      String id,
      String version,
      String name,
      String description,
      Set<Principle> principles)
      throws IOException {
    json.writeStringField("id", id);
    json.writeStringField("version", version);
    json.writeStringField("name", name);
    json.writeStringField("description", description);
    JsonOutput.writeTexts(
        json, "principles", principles.stream().sorted().map(Principle::code).toList());
  }

  private static void writeBreakdown(JsonGenerator json, Breakdown breakdown) throws IOException {
    json.writeStartObject();
    json.writeStringField("dimension", breakdown.dimension());
    json.writeArrayFieldStart("groups");
    for (Group group : breakdown.groups()) {
      json.writeStartObject();
      json.writeStringField("key", group.key());
      if (group.value() != null) {
        json.writeNumberField("value", group.value());
      }
      if (group.n() != null) {
        json.writeNumberField("n", group.n());
      }
      if (group.people() != null) {
        json.writeNumberField("people", group.people());
      }
      json.writeBooleanField("suppressed", group.suppressed());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeFindings(JsonGenerator json, List<Finding> findings) throws IOException {
    json.writeArrayFieldStart("findings");
    for (Finding finding : findings) {
      json.writeStartObject();
      json.writeStringField("code", finding.code());
      json.writeStringField("severity", finding.severity().code());
      json.writeStringField("message", finding.message());
      JsonOutput.writeTexts(json, "evidence", finding.evidence());
      if (finding.evidenceOmitted() > 0) {
        json.writeNumberField("evidenceOmitted", finding.evidenceOmitted());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeOptional(JsonGenerator json, String name, @Nullable String value)
      throws IOException {
    if (value != null) {
      json.writeStringField(name, value);
    }
  }

  // ---- reading

  private static @Nullable Report readReport(DocumentReader r, Node root) {
    if (!r.object(root, REPORT_KEYS)) {
      return null;
    }
    Node formatNode = r.required(root, "format");
    String format = r.text(formatNode);
    if (formatNode != null && format != null && !format.equals(Report.FORMAT)) {
      r.problem(
          Problem.Kind.UNSUPPORTED_FORMAT,
          formatNode,
          "the format '"
              + format
              + "' is not one this library reads; expected '"
              + Report.FORMAT
              + "'");
      return null;
    }
    Report.DatasetSummary dataset = readDataset(r, r.required(root, "dataset"));
    Report.ConfigurationSummary configuration =
        readConfiguration(r, r.required(root, "configuration"));
    List<Report.MetricResult> metrics =
        list(r, r.required(root, "metrics"), ReportJson::readMetric);
    List<Report.RuleResult> rules = list(r, r.required(root, "rules"), ReportJson::readRule);
    List<PluginFailure> failures =
        list(r, r.required(root, "pluginFailures"), ReportJson::readFailure);
    List<String> warnings = r.texts(r.required(root, "warnings"));
    if (format == null || dataset == null || configuration == null) {
      return null;
    }
    return new Report(format, dataset, configuration, metrics, rules, failures, warnings);
  }

  private static Report.@Nullable DatasetSummary readDataset(
      DocumentReader r, @Nullable Node node) {
    if (node == null || !r.object(node, DATASET_KEYS)) {
      return null;
    }
    String name = r.text(node.get("name"));
    Node records = r.required(node, "records");
    if (records == null || !r.is(records, Type.OBJECT)) {
      return null;
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    records
        .fields()
        .forEach(
            (kind, count) -> {
              Long value = r.wholeNumber(count);
              if (value != null) {
                counts.put(kind, value);
              }
            });
    return new Report.DatasetSummary(name, counts);
  }

  private static Report.@Nullable ConfigurationSummary readConfiguration(
      DocumentReader r, @Nullable Node node) {
    if (node == null || !r.object(node, CONFIGURATION_KEYS)) {
      return null;
    }
    Set<Perspective> bloc = EnumSet.noneOf(Perspective.class);
    for (Node element : r.array(r.required(node, "bloc"))) {
      Perspective perspective = r.code(element, Perspective.class);
      if (perspective != null) {
        bloc.add(perspective);
      }
    }
    Integer minimum = r.integer(r.required(node, "suppressionMinimum"));
    PeriodUnit unit = r.code(r.required(node, "periodUnit"), PeriodUnit.class);
    LocalDate referenceDate = r.date(r.required(node, "referenceDate"));
    List<Dimension> breakdowns = new ArrayList<>();
    for (String name : r.texts(r.required(node, "breakdowns"))) {
      breakdowns.add(attempt(r, node, () -> new Dimension(name)));
    }
    if (minimum == null || unit == null || referenceDate == null) {
      return null;
    }
    return attempt(
        r,
        node,
        () ->
            new Report.ConfigurationSummary(
                new Bloc(bloc),
                minimum,
                unit,
                referenceDate,
                breakdowns.stream().filter(Objects::nonNull).toList()));
  }

  private static Report.@Nullable MetricResult readMetric(DocumentReader r, Node node) {
    if (!r.object(node, METRIC_KEYS)) {
      return null;
    }
    Identity id = readIdentity(r, node);
    Unit unit = r.code(r.required(node, "unit"), Unit.class);
    Node statusNode = r.required(node, "status");
    Report.Status status = r.code(statusNode, Report.Status.class);
    Node measurementNode = node.get("measurement");
    Measurement measurement = measurementNode == null ? null : readMeasurement(r, measurementNode);
    Rating rating = r.code(node.get("rating"), Rating.class);
    Node thresholdsNode = node.get("thresholds");
    Thresholds thresholds = thresholdsNode == null ? null : readThresholds(r, thresholdsNode);
    String failure = r.text(node.get("failure"));
    if (id == null || unit == null || statusNode == null || status == null) {
      return null;
    }
    Report.MetricResult result =
        attempt(
            r,
            node,
            () ->
                new Report.MetricResult(
                    id.id,
                    id.version,
                    id.name,
                    id.description,
                    id.principles,
                    unit,
                    measurement,
                    rating,
                    thresholds,
                    failure));
    if (result != null && result.status() != status) {
      r.problem(
          Problem.Kind.INCONSISTENT,
          statusNode,
          "the status '"
              + status.code()
              + "' does not match the result, which is '"
              + result.status().code()
              + "'");
    }
    return result;
  }

  private static Report.@Nullable RuleResult readRule(DocumentReader r, Node node) {
    if (!r.object(node, RULE_KEYS)) {
      return null;
    }
    Identity id = readIdentity(r, node);
    Node statusNode = r.required(node, "status");
    Report.Status status = r.code(statusNode, Report.Status.class);
    List<Finding> findings = list(r, r.required(node, "findings"), ReportJson::readFinding);
    String failure = r.text(node.get("failure"));
    if (id == null || statusNode == null || status == null) {
      return null;
    }
    Report.RuleResult result =
        attempt(
            r,
            node,
            () ->
                new Report.RuleResult(
                    id.id, id.version, id.name, id.description, id.principles, findings, failure));
    if (result != null && result.status() != status) {
      r.problem(
          Problem.Kind.INCONSISTENT,
          statusNode,
          "the status '"
              + status.code()
              + "' does not match the result, which is '"
              + result.status().code()
              + "'");
    }
    return result;
  }

  private record Identity(
      String id, String version, String name, String description, Set<Principle> principles) {}

  private static @Nullable Identity readIdentity(DocumentReader r, Node node) {
    String id = r.text(r.required(node, "id"));
    String version = r.text(r.required(node, "version"));
    String name = r.text(r.required(node, "name"));
    String description = r.text(r.required(node, "description"));
    Set<Principle> principles = EnumSet.noneOf(Principle.class);
    for (Node element : r.array(r.required(node, "principles"))) {
      Principle principle = r.code(element, Principle.class);
      if (principle != null) {
        principles.add(principle);
      }
    }
    if (id == null || version == null || name == null || description == null) {
      return null;
    }
    return new Identity(id, version, name, description, principles);
  }

  private static @Nullable Measurement readMeasurement(DocumentReader r, Node node) {
    if (!r.object(node, MEASUREMENT_KEYS)) {
      return null;
    }
    Double value = r.number(node.get("value"));
    String noValueReason = r.text(node.get("noValueReason"));
    Long n = r.wholeNumber(r.required(node, "n"));
    Node ciNode = node.get("confidence");
    Interval confidence = null;
    if (ciNode != null && r.object(ciNode, INTERVAL_KEYS)) {
      Double lower = r.number(r.required(ciNode, "lower"));
      Double upper = r.number(r.required(ciNode, "upper"));
      Double level = r.number(r.required(ciNode, "level"));
      if (lower != null && upper != null && level != null) {
        confidence = attempt(r, ciNode, () -> new Interval(lower, upper, level));
      }
    }
    Map<String, Double> components = new LinkedHashMap<>();
    Node componentsNode = r.required(node, "components");
    if (componentsNode != null && r.is(componentsNode, Type.OBJECT)) {
      componentsNode
          .fields()
          .forEach(
              (name, component) -> {
                Double number = r.number(component);
                if (number != null) {
                  components.put(name, number);
                }
              });
    }
    List<Breakdown> breakdowns = list(r, r.required(node, "breakdowns"), ReportJson::readBreakdown);
    List<Finding> findings = list(r, r.required(node, "findings"), ReportJson::readFinding);
    List<String> warnings = r.texts(r.required(node, "warnings"));
    Node capNode = node.get("ratingCap");
    Rating ratingCap = capNode == null ? null : r.code(capNode, Rating.class);
    if (n == null) {
      return null;
    }
    Interval ci = confidence;
    return attempt(
        r,
        node,
        () ->
            new Measurement(
                value,
                noValueReason,
                n,
                ci,
                components,
                breakdowns,
                findings,
                warnings,
                ratingCap));
  }

  private static @Nullable Thresholds readThresholds(DocumentReader r, Node node) {
    if (!r.object(node, THRESHOLD_KEYS)) {
      return null;
    }
    Double green = r.number(r.required(node, "green"));
    Double amber = r.number(r.required(node, "amber"));
    Boolean higherIsBetter = r.bool(r.required(node, "higherIsBetter"));
    if (green == null || amber == null || higherIsBetter == null) {
      return null;
    }
    return attempt(r, node, () -> new Thresholds(green, amber, higherIsBetter));
  }

  private static @Nullable Breakdown readBreakdown(DocumentReader r, Node node) {
    if (!r.object(node, BREAKDOWN_KEYS)) {
      return null;
    }
    String dimension = r.text(r.required(node, "dimension"));
    List<Group> groups = list(r, r.required(node, "groups"), ReportJson::readGroup);
    return dimension == null ? null : attempt(r, node, () -> new Breakdown(dimension, groups));
  }

  private static @Nullable Group readGroup(DocumentReader r, Node node) {
    if (!r.object(node, GROUP_KEYS)) {
      return null;
    }
    String key = r.text(r.required(node, "key"));
    Double value = r.number(node.get("value"));
    Long n = r.wholeNumber(node.get("n"));
    Integer people = r.integer(node.get("people"));
    Boolean suppressed = r.bool(r.required(node, "suppressed"));
    return key == null || suppressed == null ? null : new Group(key, value, n, people, suppressed);
  }

  private static @Nullable Finding readFinding(DocumentReader r, Node node) {
    if (!r.object(node, FINDING_KEYS)) {
      return null;
    }
    String code = r.text(r.required(node, "code"));
    Severity severity = r.code(r.required(node, "severity"), Severity.class);
    String message = r.text(r.required(node, "message"));
    List<String> evidence = r.texts(r.required(node, "evidence"));
    Node omittedNode = node.get("evidenceOmitted");
    Long omitted = omittedNode == null ? Long.valueOf(0) : r.wholeNumber(omittedNode);
    if (code == null || severity == null || message == null || omitted == null) {
      return null;
    }
    return attempt(r, node, () -> new Finding(code, severity, message, evidence, omitted));
  }

  private static @Nullable PluginFailure readFailure(DocumentReader r, Node node) {
    if (!r.object(node, FAILURE_KEYS)) {
      return null;
    }
    String className = r.text(node.get("className"));
    String source = r.text(r.required(node, "source"));
    String reason = r.text(r.required(node, "reason"));
    return source == null || reason == null ? null : new PluginFailure(className, source, reason);
  }

  /** Reads each element of a list, leaving out (after recording) those that cannot be read. */
  private static <T> List<T> list(DocumentReader r, @Nullable Node node, ElementReader<T> element) {
    List<T> values = new ArrayList<>();
    for (Node e : r.array(node)) {
      T value = element.read(r, e);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  @FunctionalInterface
  private interface ElementReader<T> {
    @Nullable T read(DocumentReader r, Node node);
  }

  /**
   * Builds a value whose constructor checks it, recording its complaint as a problem at the node.
   */
  private static <T> @Nullable T attempt(DocumentReader r, Node node, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      r.problem(Problem.Kind.INCONSISTENT, node, String.valueOf(e.getMessage()));
      return null;
    }
  }
}
