package dev.copro.spi;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A parameter a plugin accepts from the evaluation configuration, with its type, default and
 * allowed range. The engine checks configured values against it before evaluation.
 *
 * @param name the parameter's name, in lowerCamelCase, unique within the plugin
 * @param type the type of its values
 * @param defaultValue the value used when the configuration gives none: an {@link Integer}, {@link
 *     Double}, {@link Boolean}, {@link String} or {@code List<String>} matching {@code type}
 * @param min for numbers, the smallest allowed value, or {@code null} for no lower bound
 * @param max for numbers, the largest allowed value, or {@code null} for no upper bound
 * @param description what it controls, in plain words
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ParameterSpec(
    String name,
    Type type,
    Object defaultValue,
    @Nullable Double min,
    @Nullable Double max,
    String description) {

  /** Checks presence, that the default has the declared type and lies within the bounds. */
  public ParameterSpec {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[a-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("parameter name '" + name + "' must be lowerCamelCase");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
    if (type == Type.STRING_LIST && defaultValue instanceof List<?> list) {
      defaultValue = List.copyOf(list);
    }
    String problem = type.check(defaultValue, min, max);
    if (problem != null) {
      throw new IllegalArgumentException("default of parameter '" + name + "': " + problem);
    }
  }

  /** An integer parameter within [min, max]. */
  public static ParameterSpec integer(
      String name, int defaultValue, int min, int max, String description) {
    return new ParameterSpec(
        name, Type.INTEGER, defaultValue, (double) min, (double) max, description);
  }

  /** A decimal parameter within [min, max]. */
  public static ParameterSpec decimal(
      String name, double defaultValue, double min, double max, String description) {
    return new ParameterSpec(name, Type.DECIMAL, defaultValue, min, max, description);
  }

  /** A yes/no parameter. */
  public static ParameterSpec bool(String name, boolean defaultValue, String description) {
    return new ParameterSpec(name, Type.BOOLEAN, defaultValue, null, null, description);
  }

  /** A text parameter. */
  public static ParameterSpec string(String name, String defaultValue, String description) {
    return new ParameterSpec(name, Type.STRING, defaultValue, null, null, description);
  }

  /** A parameter holding a list of texts. */
  public static ParameterSpec strings(String name, List<String> defaultValue, String description) {
    return new ParameterSpec(name, Type.STRING_LIST, defaultValue, null, null, description);
  }

  /**
   * Why {@code value} is not allowed for this parameter, or {@code null} if it is. Integers are
   * accepted for decimal parameters.
   */
  public @Nullable String check(Object value) {
    return type.check(value, min, max);
  }

  /** The types of parameter value. */
  public enum Type {
    /** A whole number, held as {@link Integer}. */
    INTEGER,
    /** A number, held as {@link Double}. */
    DECIMAL,
    /** true or false, held as {@link Boolean}. */
    BOOLEAN,
    /** A text, held as {@link String}. */
    STRING,
    /** A list of texts, held as {@code List<String>}. */
    STRING_LIST;

    @Nullable String check(Object value, @Nullable Double min, @Nullable Double max) {
      switch (this) {
        case INTEGER:
          if (!(value instanceof Integer)) {
            return "expected a whole number, got " + describe(value);
          }
          return bounds(((Integer) value).doubleValue(), min, max);
        case DECIMAL:
          if (!(value instanceof Double || value instanceof Integer)) {
            return "expected a number, got " + describe(value);
          }
          double d = ((Number) value).doubleValue();
          return Double.isFinite(d) ? bounds(d, min, max) : "expected a finite number";
        case BOOLEAN:
          return value instanceof Boolean ? null : "expected true or false, got " + describe(value);
        case STRING:
          return value instanceof String ? null : "expected a text, got " + describe(value);
        case STRING_LIST:
          if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return null;
          }
          return "expected a list of texts, got " + describe(value);
        default:
          throw new AssertionError(this);
      }
    }

    private static @Nullable String bounds(
        double value, @Nullable Double min, @Nullable Double max) {
      if ((min != null && value < min) || (max != null && value > max)) {
        return "value "
            + value
            + " is outside the allowed range ["
            + (min == null ? "-∞" : min)
            + ", "
            + (max == null ? "∞" : max)
            + "]";
      }
      return null;
    }

    private static String describe(Object value) {
      return value instanceof String
          ? "a text"
          : value instanceof List ? "a list" : value.getClass().getSimpleName();
    }
  }
}
