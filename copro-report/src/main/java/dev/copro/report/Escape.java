package dev.copro.report;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Escaping of text taken from a report (names, messages, ids, group keys, warnings: anything a
 * plugin or a dataset supplied) before it goes into HTML, SVG, Markdown or a terminal, so that it
 * is always shown as the text it is and never read as markup or as a terminal command.
 */
@API(status = API.Status.INTERNAL, since = "0.3.0")
public final class Escape {

  /**
   * Punctuation that CommonMark, GitHub's tables or its extensions read as markup anywhere in a
   * line.
   */
  private static final String MARKDOWN_SPECIAL = "\\`*_[]<>|&!~#$";

  private Escape() {}

  /**
   * Text for a terminal or a plain text file: every control character (C0 and C1, delete, and line
   * breaks and tabs too) and every bidirectional formatting character is written as {@code \}{@code
   * uXXXX}, so that text can neither move the cursor, change colours, set the window's title, start
   * a line of its own nor reorder what is shown. The text report and the problem lists add their
   * own line breaks and colours around it.
   *
   * @return the text, unchanged when it holds none of those characters
   */
  public static String terminal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || isBidiControl(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The marks, embeddings, overrides and isolates that change the order in which text is shown. */
  private static boolean isBidiControl(char c) {
    return c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Text for HTML and SVG content and attribute values: {@code & < > " '} as character references,
   * and control characters other than tab and line feed dropped (XML does not allow them).
   */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Text for a Markdown line or table cell, after a list marker or heading marker or inside a cell:
   * punctuation that could be read as markup anywhere is backslash-escaped (CommonMark allows that
   * for any ASCII punctuation), and so is a leading {@code -}, {@code +} or {@code =}, or the
   * {@code .} or {@code )} after leading digits, which could start a list or underline; line breaks
   * and other control characters become spaces. So text can start no heading, list, link, HTML tag,
   * emphasis or table cell.
   */
  static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int leadingDigits = 0;
    while (leadingDigits < text.length() && Character.isDigit(text.charAt(leadingDigits))) {
      leadingDigits++;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(' ');
        continue;
      }
      boolean startsBlock =
          (i == 0 && (c == '-' || c == '+' || c == '='))
              || (i == leadingDigits && leadingDigits > 0 && (c == '.' || c == ')'));
      if (startsBlock || MARKDOWN_SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Text as a Markdown code span: between backtick fences one longer than the longest run of
   * backticks inside, padded with spaces when it starts or ends with a backtick. In table cells,
   * {@code |} still ends the cell inside a code span, so it is written escaped ({@code \|}, which
   * GitHub-flavoured tables read back as {@code |}).
   */
  static String code(String text) {
    String flat = text.replaceAll("[\\x00-\\x1f\\x7f]", " ");
    int longest = 0;
    int run = 0;
    for (int i = 0; i < flat.length(); i++) {
      run = flat.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = flat.startsWith("`") || flat.endsWith("`") || flat.isBlank();
    String inner = (pad ? " " + flat + " " : flat).replace("|", "\\|");
    return fence + inner + fence;
  }
}
