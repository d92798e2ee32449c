package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The decoder hands over the text unchanged, in whatever pieces the stream gives its bytes, and
 * locates a byte that is not UTF-8 at the line and column where it stands, also far into a text
 * read in many buffers and after a byte-order mark.
 */
class Utf8ReaderTest {

  @Provide
  Arbitrary<String> texts() {
    // Pieces, not characters: a character generator would split the emoji's surrogate pair.
    Arbitrary<String> line =
        Arbitraries.of("{", "}", "\"", ":", " ", ",", "abc", "019", "é", "€", "😀", "\r", "\t")
            .list()
            .ofMaxSize(60)
            .map(pieces -> String.join("", pieces));
    return line.list().ofMaxSize(1_500).map(lines -> String.join("\n", lines));
  }

  @Property(tries = 60)
  void read_validText_isTheText(
      @ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 70_000) int piece)
      throws IOException {
    assertThat(readAll(new Pieces(text.getBytes(StandardCharsets.UTF_8), piece))).isEqualTo(text);
  }

  @Property(tries = 60)
  void read_byteThatIsNotUtf8_isLocatedWhereItStands(
      @ForAll("texts") String text,
      @ForAll @IntRange(min = 0, max = 200_000) int at,
      @ForAll @IntRange(min = 1, max = 70_000) int piece,
      @ForAll boolean byteOrderMark) {
    String before = text.substring(0, prefixEnd(text, at % (text.length() + 1)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (byteOrderMark) {
      // Skipped, not a character of the text: columns count from the character after it.
      bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.writeBytes(text.substring(before.length()).getBytes(StandardCharsets.UTF_8));
    int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
    int column = before.length() - before.lastIndexOf('\n');

    Utf8Reader.MalformedText error =
        catchThrowableOfType(
            Utf8Reader.MalformedText.class, () -> readAll(new Pieces(bytes.toByteArray(), piece)));

    assertThat(error.line()).isEqualTo(line);
    assertThat(error.column()).isEqualTo(column);
  }

  /**
   * The end of the longest prefix of {@code text} no longer than {@code at} that does not split a
   * surrogate pair.
   */
  private static int prefixEnd(String text, int at) {
    return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
  }

  private static String readAll(InputStream in) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Reader reader = TextInput.utf8(in)) {
      char[] buffer = new char[4_000];
      for (int n; (n = reader.read(buffer, 0, buffer.length)) > 0; ) {
        out.append(buffer, 0, n);
      }
    }
    return out.toString();
  }

  /** A stream that gives at most {@code piece} bytes per read, as a socket or a generator might. */
  private static final class Pieces extends ByteArrayInputStream {
    private final int piece;

    Pieces(byte[] bytes, int piece) {
      super(bytes);
      this.piece = piece;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
      return super.read(buffer, offset, Math.min(length, piece));
    }
  }
}
