package dev.copro.spi;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A plugin's parameter values for one evaluation: those configured, and the declared defaults for
 * the rest. The engine has already checked every value against its {@link ParameterSpec}, so the
 * typed getters fail only when a plugin asks for a parameter it did not declare.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Parameters {

  private final Map<String, Object> values;

  private Parameters(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * Parameter values resolved against the specs: configured values where given, defaults elsewhere.
   * Callers have checked the configured values with {@link ParameterSpec#check}.
   *
   * @param specs the plugin's declared parameters
   * @param configured the configured values, by name; names without a spec are ignored here (the
   *     engine reports them as configuration problems)
   */
  public static Parameters resolve(List<ParameterSpec> specs, Map<String, ?> configured) {
    Map<String, Object> values = new TreeMap<>();
    for (ParameterSpec spec : specs) {
      Object value =
          configured.containsKey(spec.name()) ? configured.get(spec.name()) : spec.defaultValue();
      if (spec.type() == ParameterSpec.Type.DECIMAL && value instanceof Integer i) {
        value = i.doubleValue();
      }
      if (value instanceof List<?> list) {
        value = List.copyOf(list);
      }
      values.put(spec.name(), value);
    }
    return new Parameters(values);
  }

  /** The value of an integer parameter. */
  public int integer(String name) {
    return (Integer) get(name);
  }

  /** The value of a decimal parameter. */
  public double decimal(String name) {
    return (Double) get(name);
  }

  /** The value of a yes/no parameter. */
  public boolean bool(String name) {
    return (Boolean) get(name);
  }

  /** The value of a text parameter. */
  public String string(String name) {
    return (String) get(name);
  }

  /** The value of a parameter holding a list of texts. */
  @SuppressWarnings("unchecked")
  public List<String> strings(String name) {
    return (List<String>) get(name);
  }

  /** Every value, by name, in name order. */
  public Map<String, Object> asMap() {
    return java.util.Collections.unmodifiableMap(values);
  }

  private Object get(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw new NoSuchElementException(
          "no parameter '" + name + "' is declared; declared: " + values.keySet());
    }
    return value;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
