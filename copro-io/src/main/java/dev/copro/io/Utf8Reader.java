package dev.copro.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly, skipping a leading byte-order mark, and keeps count of lines and columns
 * so that a byte that is not UTF-8 is reported where it is. ({@link java.io.InputStreamReader}
 * drops the characters it decoded before a bad byte, so nothing downstream can tell where it was.)
 */
final class Utf8Reader extends Reader {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** Reads eight bytes of an array as one long, to look at them together. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 15).flip();
  private boolean endOfInput;
  private boolean flushed;
  private boolean started;

  /** The line and column of the next character to be read, both 1-based. */
  private int line = 1;

  private int column = 1;

  Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (flushed) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    // Only the last decode call yields characters (the loop goes on while there are none), so the
    // line breaks among the bytes it consumes are those of the characters returned.
    int newlines = 0;
    while (out.position() == offset) {
      int consumedFrom = bytes.position();
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        // A leading byte-order mark is skipped, not counted: the first character is at column 1.
        boolean mark = !started && out.position() > offset && buffer[offset] == BYTE_ORDER_MARK;
        count(buffer, mark ? offset + 1 : offset, out.position());
        throw new MalformedText(line, column);
      }
      newlines = newlines(bytes.array(), consumedFrom, bytes.position());
      if (result.isOverflow()) {
        break;
      }
      if (endOfInput) {
        flushed = true;
        decoder.flush(out);
        break;
      }
      fill();
    }
    int end = out.position();
    if (end == offset) {
      return -1;
    }
    int start = offset;
    if (!started) {
      started = true;
      if (buffer[offset] == BYTE_ORDER_MARK) {
        start++;
        if (start == end) {
          return read(buffer, offset, length);
        }
      }
    }
    advance(buffer, start, end, newlines);
    if (start > offset) {
      System.arraycopy(buffer, start, buffer, offset, end - start);
    }
    return end - start;
  }

  private void fill() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  /**
   * Moves the line and column past {@code buffer[from..to)}, which holds {@code newlines} line
   * breaks: the same as {@link #count}, without looking at every character.
   */
  private void advance(char[] buffer, int from, int to, int newlines) {
    if (newlines == 0) {
      column += to - from;
      return;
    }
    line += newlines;
    int last = to - 1;
    while (buffer[last] != '\n') {
      last--;
    }
    column = to - last;
  }

  /**
   * The line breaks among {@code bytes[from..to)}, eight bytes at a time. In UTF-8 the byte of a
   * line break is never part of another character, so these are the line breaks of the text.
   */
  private static int newlines(byte[] bytes, int from, int to) {
    int count = 0;
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      // A byte of x is zero exactly where the text has '\n'; t has the top bit of each byte set
      // exactly where x's byte is not zero (no carry crosses bytes: 0x7F + 0x7F < 0x100).
      long x = (long) LONGS.get(bytes, i) ^ 0x0A0A0A0A0A0A0A0AL;
      long t = ((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x;
      count += Long.bitCount(~t & 0x8080808080808080L);
    }
    for (; i < to; i++) {
      if (bytes[i] == '\n') {
        count++;
      }
    }
    return count;
  }

  private void count(char[] buffer, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
  }

  /** Leaves the stream open: whoever opened it closes it. */
  @Override
  public void close() {
    // Nothing of this reader's own to release.
  }

  /** Bytes that are not UTF-8, at the line and column of the character they would have been. */
  static final class MalformedText extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    MalformedText(int line, int column) {
      this.line = line;
      this.column = column;
    }

    int line() {
      return line;
    }

    int column() {
      return column;
    }

    @Override
    public String getMessage() {
      return "bytes that are not UTF-8 at line " + line + ", column " + column;
    }
  }
}
