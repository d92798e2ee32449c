package dev.copro.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class EscapeTest {

  private static final String MARKUP = "\\`*_[]<>|&!~#$";

  /** Control characters, and the characters that change the order text is shown in. */
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]");

  @Test
  void terminal_writesControlAndBidiCharactersAsEscapes() {
    assertThat(Escape.terminal("p1\u001b]0;x\u0007 \u001b[2J\r\n\tA\u202eB\u0085 é"))
        .isEqualTo("p1\\u001b]0;x\\u0007 \\u001b[2J\\u000d\\u000a\\u0009A\\u202eB\\u0085 é");
    assertThat(Escape.terminal("<b>|`x`")).isEqualTo("<b>|`x`");
  }

  @Property
  void terminal_leavesNoControlCharacter_andPrintableTextAsItIs(@ForAll String text) {
    String escaped = Escape.terminal(text);

    assertThat(escaped).doesNotContainPattern(CONTROL);
    if (!CONTROL.matcher(text).find()) {
      assertThat(escaped).isEqualTo(text);
    }
  }

  @Test
  void html_escapesTheFiveSpecialCharacters() {
    assertThat(Escape.html("<a href=\"x\">Tom & Jerry's</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  }

  @Property
  void html_leavesNoMarkupAndUnescapesToTheTextLessControlCharacters(@ForAll String text) {
    String escaped = Escape.html(text);

    assertThat(escaped).doesNotContain("<", ">", "\"", "'");
    String unescaped =
        escaped
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    assertThat(unescaped).isEqualTo(text.replaceAll("[\\x00-\\x08\\x0b-\\x1f]", ""));
  }

  @Test
  void markdown_escapesMarkupAndLeadingBlockMarkers() {
    assertThat(Escape.markdown("*a* _b_ [c](d) <e> | f & g ~h~ #1 $x$"))
        .isEqualTo("\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\| f \\& g \\~h\\~ \\#1 \\$x\\$");
    assertThat(Escape.markdown("- item")).isEqualTo("\\- item");
    assertThat(Escape.markdown("12. item")).isEqualTo("12\\. item");
    assertThat(Escape.markdown("3) item")).isEqualTo("3\\) item");
    assertThat(Escape.markdown("a-b 1.5")).isEqualTo("a-b 1.5");
    assertThat(Escape.markdown("two\nlines")).isEqualTo("two lines");
  }

  /**
   * Reading the escaped text as CommonMark does: a backslash takes the next character literally.
   */
  @Property
  void markdown_everyMarkupCharacterIsEscaped_andTheTextSurvives(@ForAll String text) {
    String escaped = Escape.markdown(text);
    StringBuilder read = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      assertThat(c).isGreaterThanOrEqualTo(' ');
      if (c == '\\') {
        read.append(escaped.charAt(++i));
      } else {
        assertThat(MARKUP.indexOf(c)).as("unescaped %s in %s", c, escaped).isNegative();
        read.append(c);
      }
    }
    assertThat(read.toString()).isEqualTo(text.replaceAll("[\\x00-\\x1f\\x7f]", " "));
  }

  @Test
  void code_fencesLongerThanAnyBacktickRunInside() {
    assertThat(Escape.code("plain")).isEqualTo("`plain`");
    assertThat(Escape.code("a`b")).isEqualTo("``a`b``");
    assertThat(Escape.code("`x``")).isEqualTo("``` `x`` ```");
    assertThat(Escape.code("a|b")).isEqualTo("`a\\|b`");
  }
}
