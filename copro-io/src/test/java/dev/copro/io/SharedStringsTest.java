package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Shared strings are always the text asked for, and one instance while a short text recurs. */
class SharedStringsTest {

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .withChars("ab-01é\uD83D\uDE00")
                .ofMaxLength(SharedStrings.MAX_LENGTH + 8),
            Arbitraries.integers().between(0, 20_000).map(i -> "a-" + i),
            Arbitraries.of("Aa", "BB", ""));
    return text.list().ofMaxSize(500);
  }

  @Property(tries = 200)
  void of_isTheTextAskedFor(@ForAll("texts") List<String> texts) {
    SharedStrings strings = new SharedStrings();
    for (String text : texts) {
      // Read from the middle of a larger array, as a parser's buffer holds it.
      char[] buffer = ("<" + text + ">").toCharArray();

      assertThat(strings.of(buffer, 1, buffer.length - 2)).isEqualTo(text);
    }
  }

  @Property(tries = 100)
  void of_sameShortTextTwice_isOneInstance(@ForAll("texts") List<String> texts) {
    SharedStrings strings = new SharedStrings();
    for (String text : texts) {
      String first = strings.of(text.toCharArray(), 0, text.length());
      String again = strings.of(text.toCharArray(), 0, text.length());

      if (text.length() <= SharedStrings.MAX_LENGTH) {
        assertThat(again).isSameAs(first);
      } else {
        assertThat(again).isEqualTo(first);
      }
    }
  }
}
