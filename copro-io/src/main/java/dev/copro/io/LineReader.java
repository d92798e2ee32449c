package dev.copro.io;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines with a bound on their length, so that one endless line cannot exhaust memory: the
 * rest of a line past the bound is skipped and the line is flagged.
 */
final class LineReader {

  private final Reader in;
  private final int maxLength;
  private final char[] buffer = new char[1 << 14];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int limit;
  private int number;
  private boolean tooLong;

  LineReader(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /**
   * The next line without its line break, or {@code null} at the end; cut short if {@link
   * #tooLong()}.
   */
  @Nullable String next() throws IOException {
    line.setLength(0);
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          number++;
          return finish();
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      if (!any && position < limit && position - start <= maxLength) {
        // The whole line is in the buffer: one copy, not two through the builder.
        int end = position > start && buffer[position - 1] == '\r' ? position - 1 : position;
        position++; // the line break
        number++;
        return new String(buffer, start, end - start);
      }
      any = true;
      append(start, position);
      if (position < limit) {
        position++; // the line break
        number++;
        return finish();
      }
    }
  }

  private void append(int from, int to) {
    int room = maxLength - line.length();
    if (to - from > room) {
      tooLong = true;
      line.append(buffer, from, Math.max(0, room));
    } else {
      line.append(buffer, from, to - from);
    }
  }

  private String finish() {
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      end--;
    }
    return line.substring(0, end);
  }

  /** The 1-based number of the line last returned. */
  int number() {
    return number;
  }

  /** Whether the line last returned was longer than the bound. */
  boolean tooLong() {
    return tooLong;
  }
}
