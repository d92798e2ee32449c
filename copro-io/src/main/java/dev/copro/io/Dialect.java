package dev.copro.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How a spreadsheet program wrote the cells, when it did not write them the format's way: the
 * delimiter between cells, the order of day, month and year in dates, and the decimal and thousands
 * separators of numbers. Nothing is guessed: what is not declared is read the format's way
 * (docs/csv-format.md), except the delimiter, which is recognised from the header row when only one
 * of comma, semicolon and tab appears in it. A column whose values look written another way is
 * reported once, saying what to declare.
 *
 * <p>A CSV folder declares its dialect in a small file beside the data files, {@value #MANIFEST}:
 *
 * <pre>{@code {"delimiter": ";", "dates": "dd/mm/yyyy", "numbers": "1.234,56"}}</pre>
 *
 * @param delimiter the character between cells ({@code ,}, {@code ;} or a tab), or {@code null} to
 *     recognise it from the header row
 * @param dates the order of dates, such as {@code dd/mm/yyyy}, or {@code null} for the format's
 *     {@code yyyy-mm-dd} only
 * @param numbers how numbers are written, or {@code null} for plain numbers with a decimal point
 * @since 0.3.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
public record Dialect(
    @Nullable Character delimiter, @Nullable String dates, @Nullable NumberStyle numbers) {

  /** The name of the file that declares a CSV folder's dialect: {@value}. */
  public static final String MANIFEST = "copro-csv.json";

  /** Nothing declared: the format's own way, with the delimiter recognised from the header row. */
  public static final Dialect UNDECLARED = new Dialect(null, null, null);

  private static final Set<Character> DELIMITERS = Set.of(',', ';', '\t');
  private static final Pattern DATE_PATTERN =
      Pattern.compile("(dd|mm|yyyy)([/.\\-])(dd|mm|yyyy)\\2(dd|mm|yyyy)");
  private static final Set<Character> CURRENCY_SIGNS = Set.of('£', '€', '$');

  /** Checks the delimiter and the date pattern. */
  public Dialect {
    if (delimiter != null && !DELIMITERS.contains(delimiter)) {
      throw new IllegalArgumentException("the delimiter must be a comma, a semicolon or a tab");
    }
    if (dates != null) {
      dates = dates.toLowerCase(Locale.ROOT);
      if (!isDatePattern(dates)) {
        throw new IllegalArgumentException(
            "the date format must put dd, mm and yyyy in some order with one separator, such as dd/mm/yyyy");
      }
    }
  }

  /**
   * Whether {@code pattern} is a date format this class reads: dd, mm and yyyy once each, with one
   * of / . - between.
   */
  public static boolean isDatePattern(String pattern) {
    var matcher = DATE_PATTERN.matcher(pattern.toLowerCase(Locale.ROOT));
    return matcher.matches()
        && Set.of(matcher.group(1), matcher.group(3), matcher.group(4)).size() == 3;
  }

  /** This dialect, with what it leaves undeclared taken from {@code other}. */
  public Dialect orElse(Dialect other) {
    return new Dialect(
        delimiter != null ? delimiter : other.delimiter,
        dates != null ? dates : other.dates,
        numbers != null ? numbers : other.numbers);
  }

  /** The ways of writing numbers that can be declared. */
  public enum NumberStyle {
    /** Commas between thousands, a point before decimals: {@code 1,234.56}. */
    POINT("1,234.56", ',', '.'),
    /** Points between thousands, a comma before decimals: {@code 1.234,56}. */
    COMMA("1.234,56", '.', ','),
    /** Spaces between thousands, a comma before decimals: {@code 1 234,56}. */
    SPACE_COMMA("1 234,56", ' ', ',');

    private final String example;
    private final char thousands;
    private final char decimal;

    NumberStyle(String example, char thousands, char decimal) {
      this.example = example;
      this.thousands = thousands;
      this.decimal = decimal;
    }

    /** How it is declared: an example, such as {@code 1,234.56}. */
    public String example() {
      return example;
    }

    /** The style declared by its example ({@code 1.234,56}), if there is one. */
    public static @Nullable NumberStyle ofExample(String example) {
      for (NumberStyle style : values()) {
        if (style.example.equals(example)) {
          return style;
        }
      }
      return null;
    }
  }

  /**
   * Reads a dialect declaration ({@value #MANIFEST}): a JSON object with any of {@code delimiter}
   * ({@code ","}, {@code ";"} or {@code "tab"}), {@code dates} (such as {@code "dd/mm/yyyy"}) and
   * {@code numbers} ({@code "1,234.56"}, {@code "1.234,56"} or {@code "1 234,56"}).
   *
   * @param in the JSON text; read but not closed
   * @param sourceName the name problems give it
   * @return the dialect declared
   * @throws InvalidInputException listing every problem of the declaration
   */
  public static Dialect read(InputStream in, String sourceName) {
    List<Problem> problems = new ArrayList<>();
    Node root;
    try (JsonParser parser = LocatedJson.parser(in)) {
      root = parser.nextToken() == null ? null : LocatedJson.read(parser);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new InvalidInputException(
          "dialect " + sourceName,
          List.of(
              new Problem(
                  Problem.Kind.MALFORMED,
                  new Location(
                      sourceName,
                      at == null ? 0 : Math.max(0, at.getLineNr()),
                      at == null ? 0 : Math.max(0, at.getColumnNr()),
                      null),
                  null,
                  "The text is not well-formed JSON.")));
    } catch (IOException e) {
      throw new InvalidInputException(
          "dialect " + sourceName,
          List.of(
              new Problem(
                  Problem.Kind.UNREADABLE,
                  Location.at(sourceName, null),
                  null,
                  "The file cannot be read: " + e.getMessage() + ".")));
    }
    if (!(root instanceof Node.Obj settings)) {
      throw new InvalidInputException(
          "dialect " + sourceName,
          List.of(
              new Problem(
                  Problem.Kind.MALFORMED,
                  Location.at(sourceName, null),
                  null,
                  "The file must hold one JSON object, such as "
                      + "{\"delimiter\": \";\", \"dates\": \"dd/mm/yyyy\", \"numbers\": \"1.234,56\"}.")));
    }
    Character delimiter = null;
    String dates = null;
    NumberStyle numbers = null;
    for (Node.Duplicate repeat : settings.duplicates()) {
      problems.add(
          new Problem(
              Problem.Kind.DUPLICATE_KEY,
              Location.at(sourceName, "/" + repeat.key().text()),
              null,
              "The setting '" + repeat.key().text() + "' appears more than once; keep one."));
    }
    for (int i = 0; i < settings.size(); i++) {
      String key = settings.name(i);
      Location at = Location.at(sourceName, "/" + key);
      String value =
          settings.value(i) instanceof Node.Scalar scalar
                  && scalar.type() == Node.Scalar.Type.STRING
              ? scalar.text()
              : null;
      switch (key) {
        case "delimiter" -> {
          delimiter = value == null ? null : delimiter(value);
          if (delimiter == null) {
            problems.add(
                new Problem(
                    Problem.Kind.INVALID_VALUE,
                    at,
                    null,
                    "'delimiter' must be \",\", \";\" or \"tab\"."));
          }
        }
        case "dates" -> {
          if (value != null && isDatePattern(value)) {
            dates = value;
          } else {
            problems.add(
                new Problem(
                    Problem.Kind.INVALID_VALUE,
                    at,
                    null,
                    "'dates' must put dd, mm and yyyy in "
                        + "the order the files write them, with one of / . - between, such as \"dd/mm/yyyy\"."));
          }
        }
        case "numbers" -> {
          numbers = value == null ? null : NumberStyle.ofExample(value);
          if (numbers == null) {
            problems.add(
                new Problem(
                    Problem.Kind.INVALID_VALUE,
                    at,
                    null,
                    "'numbers' must be \"1,234.56\", \"1.234,56\" or \"1 234,56\": how a thousand and a quarter "
                        + "is written."));
          }
        }
        default ->
            problems.add(
                new Problem(
                    Problem.Kind.UNKNOWN_FIELD,
                    at,
                    null,
                    "Unknown setting '"
                        + key
                        + "'"
                        + Messages.didYouMean(key, List.of("delimiter", "dates", "numbers"))
                        + " Settings: delimiter, dates, numbers."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("dialect " + sourceName, problems);
    }
    return new Dialect(delimiter, dates, numbers);
  }

  /**
   * The delimiter a word names: {@code ,}, {@code ;}, {@code tab} (or a tab character); {@code
   * null} for anything else.
   */
  public static @Nullable Character delimiter(String word) {
    return switch (word) {
      case "," -> ',';
      case ";" -> ';';
      case "tab", "\t", "\\t" -> '\t';
      default -> null;
    };
  }

  /**
   * Reads a date written in the declared order.
   *
   * @throws DateTimeException if the text is not such a date or not a real day
   */
  LocalDate parseDate(String text) {
    String pattern = Objects.requireNonNull(dates);
    char separator = pattern.charAt(pattern.startsWith("yyyy") ? 4 : 2);
    String[] parts = text.strip().split(Pattern.quote(String.valueOf(separator)), -1);
    String[] order = pattern.split(Pattern.quote(String.valueOf(separator)));
    if (parts.length != 3) {
      throw new DateTimeException("not three parts");
    }
    int day = -1;
    int month = -1;
    int year = -1;
    for (int i = 0; i < 3; i++) {
      String part = parts[i];
      boolean isYear = order[i].equals("yyyy");
      if (part.isEmpty()
          || part.length() > (isYear ? 4 : 2)
          || (isYear && part.length() != 4)
          || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new DateTimeException("not digits");
      }
      int value = Integer.parseInt(part);
      switch (order[i]) {
        case "dd" -> day = value;
        case "mm" -> month = value;
        default -> year = value;
      }
    }
    return LocalDate.of(year, month, day);
  }

  /**
   * Reads a number written in the declared style: thousands separators between groups of three
   * digits, the declared decimal separator, and for amounts a currency sign (£, € or $) before or
   * after it.
   *
   * @return the number in the format's form ({@code 1250.00}), or {@code null} if the text is not
   *     written in the style
   */
  @Nullable String parseNumber(String text, boolean amount) {
    NumberStyle style = Objects.requireNonNull(numbers);
    String plain = amount ? withoutCurrencySign(text) : text.strip();
    if (plain.isEmpty()) {
      return null;
    }
    boolean negative = plain.charAt(0) == '-';
    String digits = negative ? plain.substring(1) : plain;
    int point = digits.indexOf(style.decimal);
    String whole = point < 0 ? digits : digits.substring(0, point);
    String fraction = point < 0 ? "" : digits.substring(point + 1);
    if (whole.isEmpty()
        || !fraction.chars().allMatch(Dialect::isAsciiDigit)
        || (point >= 0 && fraction.isEmpty())
        || !groupedDigits(whole, style.thousands)) {
      return null;
    }
    String number =
        (negative ? "-" : "")
            + whole.replace(String.valueOf(style.thousands), "")
            + (fraction.isEmpty() ? "" : "." + fraction);
    try {
      new BigDecimal(number);
      return number;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The text without one currency sign before or after it and the spaces beside the sign. */
  static String withoutCurrencySign(String text) {
    String t = text.strip();
    if (!t.isEmpty() && CURRENCY_SIGNS.contains(t.charAt(0))) {
      return t.substring(1).strip();
    }
    if (t.startsWith("-") && t.length() > 1 && CURRENCY_SIGNS.contains(t.charAt(1))) {
      return "-" + t.substring(2).strip();
    }
    if (!t.isEmpty() && CURRENCY_SIGNS.contains(t.charAt(t.length() - 1))) {
      return t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /**
   * Whether {@code whole} is digits, either ungrouped or in groups of three after the first,
   * separated by {@code separator}.
   */
  private static boolean groupedDigits(String whole, char separator) {
    if (whole.chars().allMatch(Dialect::isAsciiDigit)) {
      return true;
    }
    String[] groups = whole.split(Pattern.quote(String.valueOf(separator)), -1);
    if (groups[0].isEmpty() || groups[0].length() > 3) {
      return false;
    }
    for (int i = 0; i < groups.length; i++) {
      if (!groups[i].chars().allMatch(Dialect::isAsciiDigit)
          || (i > 0 && groups[i].length() != 3)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
