package dev.copro.model.validation;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where a problem is: the source (file name or "dataset"/"configuration" for objects built in
 * code), the line and column when known, and a path within the document.
 *
 * @param source the file name or the kind of in-memory input, never blank
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param path a JSON Pointer ({@code /participants/3/left}) for JSON input, or the column name for
 *     CSV input; {@code null} when the problem concerns the whole source
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Location(String source, int line, int column, @Nullable String path) {

  /** Checks presence and that line and column are not negative. */
  public Location {
    Objects.requireNonNull(source, "source");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
  }

  /** A location known only by path, in a source without line numbers. */
  public static Location at(String source, @Nullable String path) {
    return new Location(source, 0, 0, path);
  }

  /** {@code source:line:column path}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(source);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    if (path != null && !path.isEmpty()) {
      out.append(' ').append(path);
    }
    return out.toString();
  }
}
