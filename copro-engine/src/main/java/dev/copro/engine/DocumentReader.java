package dev.copro.engine;

import dev.copro.engine.JsonTree.Node;
import dev.copro.engine.JsonTree.Type;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed values out of a {@link JsonTree}, collecting every problem with its location instead
 * of stopping at the first. Each getter returns {@code null} (or an empty list) after recording a
 * problem, or when its node is {@code null} (an absent optional field), so a reader can go on and
 * find the next problem.
 */
final class DocumentReader {

  private final String source;
  private final List<Problem> problems = new ArrayList<>();

  DocumentReader(String source) {
    this.source = source;
  }

  /** Parses the document, or returns {@code null} after recording why it is not well-formed. */
  @Nullable Node parse(InputStream in) {
    return JsonTree.parse(in, source, problems);
  }

  /** Throws if any problem was found. */
  void throwIfProblems(String what) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(what, problems);
    }
  }

  /** The location of a node. */
  Location locate(Node node) {
    return new Location(source, node.line(), node.column(), node.pointer());
  }

  /** Records a problem at a node. */
  void problem(Problem.Kind kind, Node at, String message) {
    problems.add(new Problem(kind, locate(at), null, message));
  }

  /** Whether the node has the type, recording a problem if not. */
  boolean is(Node node, Type type) {
    if (node.type() != type) {
      problem(
          Problem.Kind.MALFORMED,
          node,
          "expected " + type.description + ", found " + node.type().description);
      return false;
    }
    return true;
  }

  /** Whether the node is an object whose keys are all known, recording problems for the rest. */
  boolean object(Node node, Collection<String> known) {
    if (!is(node, Type.OBJECT)) {
      return false;
    }
    for (String key : node.fields().keySet()) {
      if (!known.contains(key)) {
        problem(
            Problem.Kind.UNKNOWN_FIELD,
            node.fields().get(key),
            "unknown field '" + key + "'" + Names.suggestion(key, known));
      }
    }
    return true;
  }

  /** The member, recording a problem if it is missing. */
  @Nullable Node required(Node object, String key) {
    Node value = object.get(key);
    if (value == null) {
      problems.add(
          new Problem(
              Problem.Kind.MISSING_FIELD,
              locate(object),
              null,
              "the field '" + key + "' is missing"));
    }
    return value;
  }

  /** A text. */
  @Nullable String text(@Nullable Node node) {
    return node != null && is(node, Type.STRING) ? (String) node.scalar() : null;
  }

  /** A whole number that fits an {@code int}. */
  @Nullable Integer integer(@Nullable Node node) {
    Long value = wholeNumber(node);
    if (node == null || value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      problem(Problem.Kind.OUT_OF_RANGE, node, "the number " + value + " is too large");
      return null;
    }
    return value.intValue();
  }

  /** A whole number that fits a {@code long}. */
  @Nullable Long wholeNumber(@Nullable Node node) {
    if (node == null || !is(node, Type.NUMBER)) {
      return null;
    }
    Object value = node.scalar();
    if (value instanceof Integer || value instanceof Long) {
      return ((Number) value).longValue();
    }
    problem(
        value instanceof Double ? Problem.Kind.MALFORMED : Problem.Kind.OUT_OF_RANGE,
        node,
        value instanceof Double
            ? "expected a whole number, found " + value
            : "the number " + value + " is too large");
    return null;
  }

  /** A finite number. */
  @Nullable Double number(@Nullable Node node) {
    if (node == null || !is(node, Type.NUMBER)) {
      return null;
    }
    double value =
        ((Number) Objects.requireNonNull(node.scalar(), "a number node holds its number"))
            .doubleValue();
    if (!Double.isFinite(value)) {
      problem(Problem.Kind.OUT_OF_RANGE, node, "the number is too large");
      return null;
    }
    return value;
  }

  /** true or false. */
  @Nullable Boolean bool(@Nullable Node node) {
    return (node != null && is(node, Type.BOOLEAN)) ? (Boolean) node.scalar() : null;
  }

  /** The elements of a list; empty when absent or not a list. */
  List<Node> array(@Nullable Node node) {
    return node != null && is(node, Type.ARRAY) ? node.elements() : List.of();
  }

  /** A list of texts, leaving out (after recording) elements that are not texts. */
  List<String> texts(@Nullable Node node) {
    List<String> texts = new ArrayList<>();
    for (Node element : array(node)) {
      String text = text(element);
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }

  /** An ISO-8601 date such as {@code 2025-03-31}. */
  @Nullable LocalDate date(@Nullable Node node) {
    String text = text(node);
    if (node == null || text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(Problem.Kind.INVALID_VALUE, node, "'" + text + "' is not a date written YYYY-MM-DD");
      return null;
    }
  }

  /** A constant of an enumeration, given by its {@linkplain Names#code code}. */
  <E extends Enum<E>> @Nullable E code(@Nullable Node node, Class<E> type) {
    String text = text(node);
    if (node == null || text == null) {
      return null;
    }
    Optional<E> constant = Names.fromCode(type, text);
    if (constant.isEmpty()) {
      problem(
          Problem.Kind.INVALID_VALUE,
          node,
          "unknown code '"
              + text
              + "'"
              + Names.suggestion(text, Names.codes(type))
              + " (allowed: "
              + String.join(", ", Names.codes(type))
              + ")");
    }
    return constant.orElse(null);
  }
}
