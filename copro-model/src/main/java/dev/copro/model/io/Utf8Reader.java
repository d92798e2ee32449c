package dev.copro.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly, skipping a leading byte-order mark, and keeps count of lines and columns so
 * that a byte that is not UTF-8 is reported where it is. ({@link java.io.InputStreamReader} drops
 * the characters it decoded before a bad byte, so nothing downstream can tell where it was.)
 */
final class Utf8Reader extends Reader {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
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
    while (out.position() == offset) {
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        count(buffer, offset, out.position());
        throw new MalformedText(line, column);
      }
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
    count(buffer, start, end);
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
