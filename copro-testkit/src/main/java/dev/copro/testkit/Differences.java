package dev.copro.testkit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Says briefly where two results differ, for the compatibility kit's failure messages. */
final class Differences {

  private static final int LONGEST_VALUE = 160;
  private static final int MOST_DIFFERENCES = 3;

  private Differences() {}

  /**
   * Where two values differ: for records, the components that differ (nested records component by
   * component), such as {@code measurement.value: 0.5, then 0.75}; otherwise both values.
   */
  static String between(@Nullable Object first, @Nullable Object second) {
    List<String> differences = new ArrayList<>();
    collect("", first, second, differences);
    if (differences.isEmpty()) {
      return "no difference";
    }
    String shown =
        String.join("; ", differences.subList(0, Math.min(MOST_DIFFERENCES, differences.size())));
    return differences.size() > MOST_DIFFERENCES
        ? shown + "; and " + (differences.size() - MOST_DIFFERENCES) + " more"
        : shown;
  }

  private static void collect(
      String path, @Nullable Object first, @Nullable Object second, List<String> out) {
    if (Objects.equals(first, second)) {
      return;
    }
    if (first instanceof Record a && second instanceof Record b && a.getClass() == b.getClass()) {
      for (RecordComponent component : a.getClass().getRecordComponents()) {
        collect(
            path.isEmpty() ? component.getName() : path + "." + component.getName(),
            Texts.read(component, a),
            Texts.read(component, b),
            out);
      }
      return;
    }
    out.add((path.isEmpty() ? "" : path + ": ") + shorten(first) + ", then " + shorten(second));
  }

  /**
   * The first line where two texts differ, such as {@code line 12: "value" : 0.5 then "value" :
   * 0.75}, or {@code no difference}.
   */
  static String firstDifferentLine(String first, String second) {
    List<String> a = first.lines().toList();
    List<String> b = second.lines().toList();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String lineA = i < a.size() ? a.get(i).strip() : "(end)";
      String lineB = i < b.size() ? b.get(i).strip() : "(end)";
      if (!lineA.equals(lineB)) {
        return "line " + (i + 1) + ": " + shorten(lineA) + " then " + shorten(lineB);
      }
    }
    return "no difference";
  }

  private static String shorten(@Nullable Object value) {
    String text = String.valueOf(value);
    return text.length() <= LONGEST_VALUE ? text : text.substring(0, LONGEST_VALUE - 1) + "…";
  }
}
