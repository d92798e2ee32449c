package dev.copro.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds texts in a result that are not well-formed Unicode: an unpaired surrogate, as left when a
 * text is cut in the middle of an emoji. JSON writers escape one as {@code \ud83d}, which is legal
 * JSON, but what other programs then make of it is unpredictable (RFC 8259, section 8.2).
 */
final class Texts {

  private Texts() {}

  /**
   * The path to the first malformed text in a value (records, lists and maps are searched), if any.
   */
  static Optional<String> firstMalformed(@Nullable Object value) {
    return find("", value);
  }

  private static Optional<String> find(String path, @Nullable Object value) {
    if (value instanceof String text) {
      return wellFormed(text) ? Optional.empty() : Optional.of(path);
    }
    if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Optional<String> found = find(join(path, component.getName()), read(component, record));
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Optional<String> found = find(path + "[" + i + "]", list.get(i));
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Optional<String> found =
            find(path + " key", entry.getKey())
                .or(() -> find(path + "[" + entry.getKey() + "]", entry.getValue()));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether every surrogate in the text is half of a pair. */
  static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The value of a record's component. */
  static @Nullable Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + component.getName() + " of a " + record.getClass(), e);
    }
  }
}
