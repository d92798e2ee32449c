package dev.copro.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.copro.engine.JsonTree.Node;
import dev.copro.engine.JsonTree.Type;
import dev.copro.model.Perspective;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Bloc;
import dev.copro.spi.Dimension;
import dev.copro.spi.Thresholds;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a {@link Configuration} (docs/configuration.md): reading with every problem
 * located, and writing in a fixed order.
 *
 * <p>Reading records where each plugin-related setting was, under keys {@code enabled/ID}, {@code
 * disabled/ID}, {@code parameters/ID}, {@code parameters/ID/NAME} and {@code thresholds/ID}, so
 * that the engine can locate the problems it finds when it checks them against the plugins.
 */
final class ConfigurationJson {

  static final String FORMAT = "format";
  static final String ENABLED = "enabled";
  static final String DISABLED = "disabled";
  static final String PARAMETERS = "parameters";
  static final String THRESHOLDS = "thresholds";
  static final String BLOC = "bloc";
  static final String SUPPRESSION_MINIMUM = "suppressionMinimum";
  static final String PERIOD_UNIT = "periodUnit";
  static final String BREAKDOWNS = "breakdowns";
  static final String REFERENCE_DATE = "referenceDate";
  static final String TIME_BUDGET = "timeBudget";

  private static final List<String> KEYS =
      List.of(
          FORMAT,
          ENABLED,
          DISABLED,
          PARAMETERS,
          THRESHOLDS,
          BLOC,
          SUPPRESSION_MINIMUM,
          PERIOD_UNIT,
          BREAKDOWNS,
          REFERENCE_DATE,
          TIME_BUDGET);
  private static final List<String> THRESHOLD_KEYS = List.of("green", "amber", "higherIsBetter");

  private ConfigurationJson() {}

  static Configuration read(InputStream in, String source) {
    DocumentReader r = new DocumentReader(source);
    Node root = r.parse(in);
    Configuration.Builder b = Configuration.builder();
    Map<String, Location> locations = new HashMap<>();
    if (root != null && r.object(root, KEYS)) {
      Node formatNode = r.required(root, FORMAT);
      String format = r.text(formatNode);
      if (formatNode != null && format != null && !format.equals(Configuration.FORMAT)) {
        r.problem(
            Problem.Kind.UNSUPPORTED_FORMAT,
            formatNode,
            "the format '"
                + format
                + "' is not one this library reads; expected '"
                + Configuration.FORMAT
                + "'");
      }
      Map<String, Node> enabled = ids(r, root.get(ENABLED), ENABLED, locations);
      Map<String, Node> disabled = ids(r, root.get(DISABLED), DISABLED, locations);
      if (root.get(ENABLED) != null) {
        b.enable(enabled.keySet());
      }
      disabled.forEach(
          (id, node) -> {
            if (enabled.containsKey(id)) {
              r.problem(
                  Problem.Kind.INCONSISTENT,
                  node,
                  "the plugin '" + id + "' is both enabled and disabled");
            } else {
              b.disable(id);
            }
          });
      readParameters(r, root.get(PARAMETERS), b, locations);
      readThresholds(r, root.get(THRESHOLDS), b, locations);
      readBloc(r, root.get(BLOC), b);
      Node minimumNode = root.get(SUPPRESSION_MINIMUM);
      Integer minimum = r.integer(minimumNode);
      if (minimumNode != null && minimum != null && minimum < 1) {
        r.problem(
            Problem.Kind.OUT_OF_RANGE,
            minimumNode,
            "the suppression minimum must be at least 1, not " + minimum);
      } else if (minimum != null) {
        b.suppressionMinimum(minimum);
      }
      PeriodUnit unit = r.code(root.get(PERIOD_UNIT), PeriodUnit.class);
      if (unit != null) {
        b.periodUnit(unit);
      }
      readBreakdowns(r, root.get(BREAKDOWNS), b);
      LocalDate referenceDate = r.date(root.get(REFERENCE_DATE));
      if (referenceDate != null) {
        b.referenceDate(referenceDate);
      }
      readTimeBudget(r, root.get(TIME_BUDGET), b);
    }
    r.throwIfProblems("configuration " + source);
    return b.located(source, locations).build();
  }

  /** The ids in a list, each with the first element that names it. */
  private static Map<String, Node> ids(
      DocumentReader r, @Nullable Node list, String key, Map<String, Location> locations) {
    Map<String, Node> ids = new LinkedHashMap<>();
    for (Node element : r.array(list)) {
      String id = r.text(element);
      if (id == null) {
        continue;
      }
      if (ids.putIfAbsent(id, element) != null) {
        r.problem(Problem.Kind.INCONSISTENT, element, "the plugin '" + id + "' is listed twice");
      }
      locations.putIfAbsent(key + "/" + id, r.locate(element));
    }
    return ids;
  }

  /**
   * Walks an object keyed by plugin id, recording where each plugin's entry is and handing on the
   * entries that are objects.
   */
  private static void perPlugin(
      DocumentReader r,
      @Nullable Node node,
      String section,
      Map<String, Location> locations,
      BiConsumer<String, Node> entry) {
    if (node == null || !r.is(node, Type.OBJECT)) {
      return;
    }
    node.fields()
        .forEach(
            (id, value) -> {
              locations.put(section + "/" + id, r.locate(value));
              if (r.is(value, Type.OBJECT)) {
                entry.accept(id, value);
              }
            });
  }

  private static void readParameters(
      DocumentReader r,
      @Nullable Node node,
      Configuration.Builder b,
      Map<String, Location> locations) {
    perPlugin(
        r,
        node,
        PARAMETERS,
        locations,
        (id, values) -> {
          values
              .fields()
              .forEach(
                  (name, value) -> {
                    Object plain = parameterValue(r, value);
                    if (plain != null) {
                      b.parameter(id, name, plain);
                      locations.put(PARAMETERS + "/" + id + "/" + name, r.locate(value));
                    }
                  });
        });
  }

  private static @Nullable Object parameterValue(DocumentReader r, Node value) {
    switch (value.type()) {
      case STRING:
      case BOOLEAN:
        return value.scalar();
      case NUMBER:
        if (value.scalar() instanceof Double) {
          // A decimal too large for a double reads as infinity, which no parameter allows.
          return r.number(value);
        }
        return r.integer(value);
      case ARRAY:
        {
          List<String> texts = r.texts(value);
          return texts.size() == value.elements().size() ? texts : null;
        }
      default:
        r.problem(
            Problem.Kind.INVALID_VALUE,
            value,
            "a parameter's value is a number, a text, true or false, or a list of texts, not "
                + value.type().description);
        return null;
    }
  }

  private static void readThresholds(
      DocumentReader r,
      @Nullable Node node,
      Configuration.Builder b,
      Map<String, Location> locations) {
    perPlugin(
        r,
        node,
        THRESHOLDS,
        locations,
        (id, value) -> {
          if (!r.object(value, THRESHOLD_KEYS)) {
            return;
          }
          Double green = r.number(r.required(value, "green"));
          Double amber = r.number(r.required(value, "amber"));
          Boolean higherIsBetter = r.bool(r.required(value, "higherIsBetter"));
          for (String field : THRESHOLD_KEYS) {
            Node fieldValue = value.fields().get(field);
            if (fieldValue != null) {
              locations.put(THRESHOLDS + "/" + id + "/" + field, r.locate(fieldValue));
            }
          }
          if (green == null || amber == null || higherIsBetter == null) {
            return;
          }
          try {
            b.thresholds(id, new Thresholds(green, amber, higherIsBetter));
          } catch (IllegalArgumentException e) {
            r.problem(
                Problem.Kind.INCONSISTENT,
                value,
                Objects.requireNonNullElse(e.getMessage(), "the thresholds are inconsistent"));
          }
        });
  }

  private static void readBloc(DocumentReader r, @Nullable Node node, Configuration.Builder b) {
    if (node == null) {
      return;
    }
    Set<Perspective> perspectives = EnumSet.noneOf(Perspective.class);
    boolean complete = true;
    for (Node element : r.array(node)) {
      Perspective perspective = r.code(element, Perspective.class);
      complete &= perspective != null;
      if (perspective != null) {
        perspectives.add(perspective);
      }
    }
    if (node.type() == Type.ARRAY && node.elements().isEmpty()) {
      r.problem(Problem.Kind.OUT_OF_RANGE, node, "the bloc needs at least one perspective");
    } else if (complete && !perspectives.isEmpty()) {
      b.bloc(new Bloc(perspectives));
    }
  }

  private static void readBreakdowns(
      DocumentReader r, @Nullable Node node, Configuration.Builder b) {
    if (node == null) {
      return;
    }
    List<Dimension> dimensions = new ArrayList<>();
    boolean complete = true;
    for (Node element : r.array(node)) {
      String name = r.text(element);
      if (name == null) {
        complete = false;
      } else if (name.isBlank()) {
        r.problem(
            Problem.Kind.INVALID_VALUE, element, "a breakdown dimension's name must not be blank");
        complete = false;
      } else if (dimensions.contains(new Dimension(name))) {
        r.problem(
            Problem.Kind.INCONSISTENT, element, "the dimension '" + name + "' is listed twice");
        complete = false;
      } else {
        dimensions.add(new Dimension(name));
      }
    }
    if (complete && node.type() == Type.ARRAY) {
      b.breakdowns(dimensions);
    }
  }

  private static void readTimeBudget(
      DocumentReader r, @Nullable Node node, Configuration.Builder b) {
    String text = r.text(node);
    if (node == null || text == null) {
      return;
    }
    Duration budget;
    try {
      budget = Duration.parse(text);
    } catch (DateTimeParseException e) {
      r.problem(
          Problem.Kind.INVALID_VALUE,
          node,
          "'"
              + text
              + "' is not an ISO-8601 duration such as PT5S (5 seconds) or PT0.5S (half a second)");
      return;
    }
    try {
      b.timeBudget(budget);
    } catch (IllegalArgumentException e) {
      r.problem(
          Problem.Kind.OUT_OF_RANGE,
          node,
          Objects.requireNonNullElse(e.getMessage(), "the time budget is out of range"));
    }
  }

  static void write(Configuration c, OutputStream out) {
    JsonOutput.write(
        out,
        json -> {
          json.writeStartObject();
          json.writeStringField(FORMAT, Configuration.FORMAT);
          if (c.enabled().isPresent()) {
            JsonOutput.writeTexts(json, ENABLED, c.enabled().get());
          }
          JsonOutput.writeTexts(json, DISABLED, c.disabled());
          json.writeObjectFieldStart(PARAMETERS);
          for (Map.Entry<String, Map<String, Object>> plugin : c.parameters().entrySet()) {
            json.writeObjectFieldStart(plugin.getKey());
            for (Map.Entry<String, Object> parameter : plugin.getValue().entrySet()) {
              json.writeFieldName(parameter.getKey());
              writeValue(json, parameter.getValue());
            }
            json.writeEndObject();
          }
          json.writeEndObject();
          json.writeObjectFieldStart(THRESHOLDS);
          for (Map.Entry<String, Thresholds> entry : c.thresholds().entrySet()) {
            json.writeFieldName(entry.getKey());
            writeThresholds(json, entry.getValue());
          }
          json.writeEndObject();
          JsonOutput.writeTexts(
              json,
              BLOC,
              c.bloc().perspectives().stream().sorted().map(Perspective::code).toList());
          json.writeNumberField(SUPPRESSION_MINIMUM, c.suppressionMinimum());
          json.writeStringField(PERIOD_UNIT, c.periodUnit().code());
          JsonOutput.writeTexts(
              json, BREAKDOWNS, c.breakdowns().stream().map(Dimension::name).toList());
          if (c.referenceDate().isPresent()) {
            json.writeStringField(REFERENCE_DATE, c.referenceDate().get().toString());
          }
          json.writeStringField(TIME_BUDGET, c.timeBudget().toString());
          json.writeEndObject();
        });
  }

  /** Writes thresholds as {@code {"green": …, "amber": …, "higherIsBetter": …}}. */
  static void writeThresholds(JsonGenerator json, Thresholds thresholds) throws IOException {
    json.writeStartObject();
    json.writeNumberField("green", thresholds.green());
    json.writeNumberField("amber", thresholds.amber());
    json.writeBooleanField("higherIsBetter", thresholds.higherIsBetter());
    json.writeEndObject();
  }

  private static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value instanceof Integer i) {
      json.writeNumber(i);
    } else if (value instanceof Double d) {
      json.writeNumber(d);
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else if (value instanceof String text) {
      json.writeString(text);
    } else {
      json.writeStartArray();
      for (Object element : (List<?>) value) {
        json.writeString((String) element);
      }
      json.writeEndArray();
    }
  }
}
