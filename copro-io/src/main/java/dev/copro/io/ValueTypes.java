package dev.copro.io;

import static dev.copro.io.Messages.quote;
import static dev.copro.io.ValueType.INVALID;

import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Coded;
import dev.copro.model.validation.Problem.Kind;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The value types of the format. Single values are read from their JSON type or, in CSV, from the
 * cell's text; either way the text is parsed the same, so JSON and CSV agree on what is valid.
 */
final class ValueTypes {

  /** Most digits an amount may have before the decimal point; more is no payment to a person. */
  static final int AMOUNT_INTEGER_DIGITS = 15;

  /** Most digits an amount may have after the decimal point. */
  static final int AMOUNT_FRACTION_DIGITS = 10;

  /** What {@link #plainDigits} returns for text that is not plain digits. */
  private static final long NOT_PLAIN = Long.MIN_VALUE;

  private ValueTypes() {}

  /** An id or reference: a string that is not blank. */
  static final ValueType<String> IDENTIFIER =
      new ScalarType<>(
          "a string",
          Node.Scalar.Type.STRING,
          s -> s,
          new Parser<>() {
            @Override
            public Object valid(String text) {
              return text.isBlank() ? INVALID : text;
            }

            @Override
            public @Nullable String parse(String text, Node node, Reading at) {
              if (text.isBlank()) {
                at.report(
                    Kind.MISSING_FIELD,
                    node,
                    "'" + at.name() + "' is blank: it must name a record.");
                return null;
              }
              return text;
            }
          },
          TableFormat.ValueKind.IDENTIFIER);

  /** Free text, kept as written and never quoted in messages. */
  static final ValueType<String> TEXT =
      new ScalarType<>(
          "a string",
          Node.Scalar.Type.STRING,
          s -> s,
          new Parser<>() {
            @Override
            public Object valid(String text) {
              return text;
            }

            @Override
            public String parse(String text, Node node, Reading at) {
              return text;
            }
          });

  /** A whole number within the range of an int. */
  static final ValueType<Integer> INT =
      new ScalarType<>(
          "a whole number",
          Node.Scalar.Type.NUMBER,
          i -> i,
          strict(
              "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
              ValueTypes::wholeInt),
          TableFormat.ValueKind.WHOLE_NUMBER);

  /** A whole number within the range of a long. */
  static final ValueType<Long> LONG =
      new ScalarType<>(
          "a whole number",
          Node.Scalar.Type.NUMBER,
          l -> l,
          strict(
              "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE,
              ValueTypes::wholeLong),
          TableFormat.ValueKind.WHOLE_NUMBER);

  /** An amount of money, read exactly, with a bounded number of digits. */
  static final ValueType<BigDecimal> DECIMAL =
      new ScalarType<>(
          "a number",
          Node.Scalar.Type.NUMBER,
          d -> d,
          strict(
              "a number with at most "
                  + AMOUNT_INTEGER_DIGITS
                  + " digits before the decimal point and "
                  + AMOUNT_FRACTION_DIGITS
                  + " after it",
              ValueTypes::amount),
          TableFormat.ValueKind.AMOUNT);

  /** {@code true} or {@code false}; in CSV in any case ({@code TRUE}, as spreadsheets write it). */
  static final ValueType<Boolean> BOOLEAN =
      new ScalarType<>(
          "true or false",
          Node.Scalar.Type.BOOLEAN,
          b -> b,
          strict("true or false", ValueTypes::bool),
          TableFormat.ValueKind.BOOLEAN);

  /** A date, {@code yyyy-MM-dd}. */
  static final ValueType<LocalDate> ISO_DATE =
      new ScalarType<>(
          "a date written as a string (yyyy-MM-dd)",
          Node.Scalar.Type.STRING,
          LocalDate::toString,
          strict("a date written yyyy-MM-dd", ValueTypes::date),
          TableFormat.ValueKind.DATE);

  /** A time of day, {@code HH:mm} (seconds allowed: {@code HH:mm:ss}). */
  static final ValueType<LocalTime> ISO_TIME =
      new ScalarType<>(
          "a time written as a string (HH:mm)",
          Node.Scalar.Type.STRING,
          LocalTime::toString,
          strict("a time written HH:mm", ValueTypes::time),
          TableFormat.ValueKind.TIME);

  /** An ISO 4217 currency code in capitals, such as {@code GBP}. */
  static final ValueType<Currency> CURRENCY_CODE =
      new ScalarType<>(
          "a currency code (a string)",
          Node.Scalar.Type.STRING,
          Currency::getCurrencyCode,
          strict("an ISO 4217 currency code such as GBP or EUR", ValueTypes::currency),
          TableFormat.ValueKind.CURRENCY);

  /** An access provision or need: its code, or {@code other:LABEL}. */
  static final ValueType<AccessProvision> PROVISION =
      mapped(
          labelled(AccessKind.class),
          l ->
              l.label() == null
                  ? AccessProvision.of(l.value())
                  : new AccessProvision(l.value(), l.label()),
          p -> new Labelled<>(p.kind(), p.label()));

  /** Free attributes: an object of non-empty string values, kept sorted by name. */
  static final ValueType<Map<String, String>> ATTRIBUTE_MAP =
      new ValueType<>() {
        @Override
        public @Nullable Map<String, String> read(Node node, Reading at) {
          if (!(node instanceof Node.Obj obj)) {
            at.wrongType(node, "an object of named strings");
            return null;
          }
          ObjectType.reportDuplicateKeys(obj, at);
          Map<String, String> out = new TreeMap<>();
          boolean ok = obj.duplicates().isEmpty();
          for (int i = 0; i < obj.size(); i++) {
            String name = obj.name(i);
            Node value = obj.value(i);
            Reading valueAt = at.field(name);
            if (name.isBlank()) {
              valueAt.report(Kind.INVALID_VALUE, value, "An attribute has no name.");
              ok = false;
            } else if (!(value instanceof Node.Scalar s)
                || (s.type() != Node.Scalar.Type.STRING && s.type() != Node.Scalar.Type.TEXT)) {
              valueAt.wrongType(value, "a string (attribute values are text)");
              ok = false;
            } else if (s.text().isEmpty()) {
              valueAt.report(
                  Kind.INVALID_VALUE,
                  value,
                  "Attribute '" + name + "' is empty: leave it out instead.");
              ok = false;
            } else {
              out.put(name, s.text());
            }
          }
          return ok ? out : null;
        }

        @Override
        public Object readValid(Node node) {
          if (!(node instanceof Node.Obj obj) || !obj.duplicates().isEmpty()) {
            return INVALID;
          }
          Map<String, String> out = new TreeMap<>();
          for (int i = 0; i < obj.size(); i++) {
            String name = obj.name(i);
            if (name.isBlank()
                || !(obj.value(i) instanceof Node.Scalar s)
                || (s.type() != Node.Scalar.Type.STRING && s.type() != Node.Scalar.Type.TEXT)
                || s.text().isEmpty()) {
              return INVALID;
            }
            out.put(name, s.text());
          }
          return out;
        }

        @Override
        public Object write(Map<String, String> value) {
          return new LinkedHashMap<>(value);
        }

        @Override
        public Shape shape() {
          return Shape.MAP;
        }

        @Override
        public boolean isEmpty(Map<String, String> value) {
          return value.isEmpty();
        }
      };

  /** A code of {@code type} without a label: {@code "other"} stands alone. */
  static <E extends Enum<E> & Coded> ValueType<E> code(Class<E> type) {
    return mapped(codes(type, false), Labelled::value, e -> new Labelled<>(e, null));
  }

  /** A code of {@code type} whose {@code other} carries a label: {@code "other:LABEL"}. */
  static <E extends Enum<E> & Coded> ValueType<Labelled<E>> labelled(Class<E> type) {
    return codes(type, true);
  }

  private static <E extends Enum<E> & Coded> ValueType<Labelled<E>> codes(
      Class<E> type, boolean labelled) {
    return new ScalarType<>(
        "a code (a string)",
        Node.Scalar.Type.STRING,
        Labelled::code,
        new CodeParser<>(type, labelled),
        TableFormat.ValueKind.CODE);
  }

  /** A list of values of {@code item}, in order. */
  static <V> ValueType<List<V>> list(ValueType<V> item) {
    return new ListType<>(item);
  }

  /** A set of values of {@code item}; a value listed twice is a problem. */
  static <V> ValueType<Set<V>> set(ValueType<V> item) {
    ListType<V> list = new ListType<>(item);
    return new ValueType<>() {
      @Override
      public @Nullable Set<V> read(Node node, Reading at) {
        List<V> values = list.read(node, at);
        if (values == null) {
          return null;
        }
        Set<V> out = new LinkedHashSet<>();
        boolean ok = true;
        List<Node> items = ((Node.Arr) node).items();
        for (int i = 0; i < values.size(); i++) {
          if (!out.add(values.get(i))) {
            at.index(i)
                .report(
                    Kind.INVALID_VALUE,
                    items.get(i),
                    "'"
                        + at.name()
                        + "' lists the same value twice (entry "
                        + (i + 1)
                        + " repeats an earlier one).");
            ok = false;
          }
        }
        return ok ? out : null;
      }

      @Override
      public Object readValid(Node node) {
        Object values = list.readValid(node);
        if (values == INVALID) {
          return INVALID;
        }
        Set<V> out = new LinkedHashSet<>();
        for (Object value : (List<?>) values) {
          @SuppressWarnings("unchecked") // the list holds values read by the item type
          V item = (V) value;
          if (!out.add(item)) {
            return INVALID;
          }
        }
        return out;
      }

      @Override
      public Object write(Set<V> value) {
        return list.write(List.copyOf(value));
      }

      @Override
      public Shape shape() {
        return Shape.LIST;
      }

      @Override
      public boolean isEmpty(Set<V> value) {
        return value.isEmpty();
      }

      @Override
      public TableFormat.ValueKind kind() {
        return list.kind();
      }

      @Override
      public List<String> codes() {
        return list.codes();
      }
    };
  }

  /** A nested object. */
  static <T> ValueType<T> object(ObjectType<T> type) {
    return new ValueType<>() {
      @Override
      public @Nullable T read(Node node, Reading at) {
        if (!(node instanceof Node.Obj obj)) {
          at.wrongType(node, "an object");
          return null;
        }
        return type.read(obj, at, Set.of());
      }

      @Override
      public Object readValid(Node node) {
        return node instanceof Node.Obj obj ? type.readValid(obj, Set.of()) : INVALID;
      }

      @Override
      public Object write(T value) {
        return type.write(value);
      }

      @Override
      public Shape shape() {
        return Shape.OBJECT;
      }

      @Override
      public ObjectType<?> objectType() {
        return type;
      }
    };
  }

  /** A value read as {@code base} and converted; written by converting back. */
  static <A, B> ValueType<B> mapped(ValueType<A> base, Function<A, B> read, Function<B, A> write) {
    return new ValueType<>() {
      @Override
      public @Nullable B read(Node node, Reading at) {
        A value = base.read(node, at);
        return value == null ? null : read.apply(value);
      }

      @Override
      public Object readValid(Node node) {
        Object value = base.readValid(node);
        @SuppressWarnings("unchecked") // readValid returns INVALID or a value of the base type
        A valid = (A) value;
        return value == INVALID ? INVALID : read.apply(valid);
      }

      @Override
      public Object write(B value) {
        return base.write(write.apply(value));
      }

      @Override
      public TableFormat.ValueKind kind() {
        return base.kind();
      }

      @Override
      public List<String> codes() {
        return base.codes();
      }
    };
  }

  /**
   * An amount's written form: its exact digits, in plain notation unless it has trailing zeros
   * beyond the point's left.
   */
  static String exact(BigDecimal value) {
    // A negative scale (1E+3) would lose its scale in plain notation and so read back unequal.
    return value.scale() >= 0 ? value.toPlainString() : value.toString();
  }

  private static BigDecimal amount(String text) {
    BigDecimal amount = new BigDecimal(text);
    if (amount.precision() - amount.scale() > AMOUNT_INTEGER_DIGITS
        || amount.scale() > AMOUNT_FRACTION_DIGITS) {
      throw new ArithmeticException("too many digits");
    }
    return amount;
  }

  private static Boolean bool(String text) {
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.valueOf(text);
    }
    throw new IllegalArgumentException("not a boolean");
  }

  private static Currency currency(String text) {
    if (text.length() != 3
        || !isCapital(text.charAt(0))
        || !isCapital(text.charAt(1))
        || !isCapital(text.charAt(2))) {
      throw new IllegalArgumentException("not a currency code");
    }
    return Currency.getInstance(
        text); // throws IllegalArgumentException for codes the JDK does not know
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * A whole number within the range of an int, as {@code new BigDecimal(text).intValueExact()}
   * reads it ({@code 1.0} and {@code 1e2} included); plain digits, the common case, are read
   * without a BigDecimal.
   */
  private static Integer wholeInt(String text) {
    // Nine digits always fit in an int.
    long plain = plainDigits(text, 9);
    return plain != NOT_PLAIN
        ? Integer.valueOf((int) plain)
        : Integer.valueOf(new BigDecimal(text).intValueExact());
  }

  /**
   * A whole number within the range of a long, as {@code new BigDecimal(text).longValueExact()}
   * reads it.
   */
  private static Long wholeLong(String text) {
    // Eighteen digits always fit in a long.
    long plain = plainDigits(text, 18);
    return plain != NOT_PLAIN
        ? Long.valueOf(plain)
        : Long.valueOf(new BigDecimal(text).longValueExact());
  }

  /**
   * The value of text that is an optional minus and 1 to {@code maxDigits} ASCII digits, else
   * {@link #NOT_PLAIN}.
   */
  private static long plainDigits(String text, int maxDigits) {
    int start = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
    int digits = text.length() - start;
    if (digits < 1 || digits > maxDigits) {
      return NOT_PLAIN;
    }
    long value = 0;
    for (int i = start; i < text.length(); i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return NOT_PLAIN;
      }
      value = 10 * value + digit;
    }
    return start == 1 ? -value : value;
  }

  /**
   * A date as {@link LocalDate#parse} reads it; {@code yyyy-MM-dd} in ASCII digits, the common
   * case, is read without the formatter (an impossible date throws DateTimeException either way).
   */
  private static LocalDate date(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return shared(LocalDate.of(year, month, day));
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * Recently read dates, by epoch day modulo the table's size: a dataset names the same days over
   * and over (every activity, decision and payment has dates), and a streamed dataset keeps its
   * reference records, so one instance per day saves tens of megabytes at 10⁷ records. Shared by
   * every read; a race only loses a sharing (LocalDate is immutable, its fields final).
   */
  private static final LocalDate[] RECENT_DATES = new LocalDate[4096];

  /** One instance of each time of day in whole minutes. Shared as {@link #RECENT_DATES} is. */
  private static final LocalTime[] MINUTES = new LocalTime[24 * 60];

  private static LocalDate shared(LocalDate date) {
    int slot = (int) (date.toEpochDay() & (RECENT_DATES.length - 1));
    LocalDate recent = RECENT_DATES[slot];
    if (date.equals(recent)) {
      return recent;
    }
    RECENT_DATES[slot] = date;
    return date;
  }

  /**
   * A time as {@link LocalTime#parse} reads it; {@code HH:mm} in ASCII digits is read without the
   * formatter.
   */
  private static LocalTime time(String text) {
    if (text.length() == 5 && text.charAt(2) == ':') {
      int hour = digits(text, 0, 2);
      int minute = digits(text, 3, 5);
      if (hour >= 0 && minute >= 0) {
        LocalTime time = LocalTime.of(hour, minute);
        int slot = hour * 60 + minute;
        LocalTime known = MINUTES[slot];
        if (known != null) {
          return known;
        }
        MINUTES[slot] = time;
        return time;
      }
    }
    return LocalTime.parse(text);
  }

  /**
   * The number that ASCII digits {@code from..to} of {@code text} write, or -1 if one is not a
   * digit.
   */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = 10 * value + digit;
    }
    return value;
  }

  /** A parser that reports the text as invalid when {@code parse} rejects it. */
  private static <V> Parser<V> strict(String expected, Function<String, V> parse) {
    return new Parser<>() {
      @Override
      public Object valid(String text) {
        try {
          return parse.apply(text);
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
          return INVALID;
        }
      }

      @Override
      public @Nullable V parse(String text, Node node, Reading at) {
        try {
          return parse.apply(text);
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
          at.report(
              Kind.INVALID_VALUE,
              node,
              "'" + at.name() + "' must be " + expected + ", not " + quote(text) + ".");
          return null;
        }
      }
    };
  }

  /**
   * Reads a single value's text: quietly, or reporting why it cannot. The two agree on what is
   * valid.
   */
  private interface Parser<V> {
    /** The value, or {@link ValueType#INVALID} if the text has a problem; reports nothing. */
    Object valid(String text);

    /** The value, or reports why the text has none and returns {@code null}. */
    @Nullable V parse(String text, Node node, Reading at);
  }

  /**
   * A single value of one JSON type, or a CSV cell, parsed from its text; written by {@code
   * writer}.
   */
  private static final class ScalarType<V> implements ValueType<V> {
    private final String expected;
    private final Node.Scalar.Type jsonType;
    private final Function<V, Object> writer;
    private final Parser<V> parser;

    private final TableFormat.ValueKind kind;

    ScalarType(
        String expected, Node.Scalar.Type jsonType, Function<V, Object> writer, Parser<V> parser) {
      this(expected, jsonType, writer, parser, TableFormat.ValueKind.TEXT);
    }

    ScalarType(
        String expected,
        Node.Scalar.Type jsonType,
        Function<V, Object> writer,
        Parser<V> parser,
        TableFormat.ValueKind kind) {
      this.kind = kind;
      this.expected = expected;
      this.jsonType = jsonType;
      this.writer = writer;
      this.parser = parser;
    }

    @Override
    public @Nullable V read(Node node, Reading at) {
      if (node instanceof Node.Scalar s
          && (s.type() == jsonType || s.type() == Node.Scalar.Type.TEXT)) {
        return parser.parse(s.text(), node, at);
      }
      at.wrongType(node, expected);
      return null;
    }

    @Override
    public Object readValid(Node node) {
      if (node instanceof Node.Scalar s
          && (s.type() == jsonType || s.type() == Node.Scalar.Type.TEXT)) {
        return parser.valid(s.text());
      }
      return INVALID;
    }

    @Override
    public Object write(V value) {
      return writer.apply(value);
    }

    @Override
    public TableFormat.ValueKind kind() {
      return kind;
    }

    @Override
    public List<String> codes() {
      return parser instanceof CodeParser<?> codes ? codes.codes() : List.of();
    }
  }

  /** A code, optionally with the label of "other". */
  private static final class CodeParser<E extends Enum<E> & Coded> implements Parser<Labelled<E>> {
    private static final String OTHER = "other";

    private final boolean labelled;
    private final Map<String, E> byCode = new LinkedHashMap<>();
    private final String known;

    /** The codes, in their order of declaration. */
    List<String> codes() {
      return List.copyOf(byCode.keySet());
    }

    CodeParser(Class<E> type, boolean labelled) {
      this.labelled = labelled;
      for (E value : type.getEnumConstants()) {
        byCode.put(value.code(), value);
      }
      this.known =
          byCode.keySet().stream()
              .map(c -> labelled && c.equals(OTHER) ? OTHER + ":LABEL" : c)
              .collect(Collectors.joining(", "));
    }

    @Override
    public Object valid(String text) {
      int colon = text.indexOf(':');
      E value = byCode.get(colon < 0 ? text : text.substring(0, colon));
      if (value == null) {
        return INVALID;
      }
      if (colon < 0) {
        return labelled && value.code().equals(OTHER) ? INVALID : new Labelled<>(value, null);
      }
      String label = text.substring(colon + 1);
      return labelled && value.code().equals(OTHER) && !label.isBlank()
          ? new Labelled<>(value, label)
          : INVALID;
    }

    @Override
    public @Nullable Labelled<E> parse(String text, Node node, Reading at) {
      int colon = text.indexOf(':');
      String code = colon < 0 ? text : text.substring(0, colon);
      String label = colon < 0 ? null : text.substring(colon + 1);
      E value = byCode.get(code);
      if (value == null) {
        // Quote only the code: what follows a colon would be a label, which is free text.
        at.report(
            Kind.INVALID_VALUE,
            node,
            field(at)
                + " has the unknown code "
                + quote(code)
                + Messages.didYouMean(code, byCode.keySet())
                + " Known codes: "
                + known
                + ".");
        return null;
      }
      boolean other = code.equals(OTHER);
      if (label != null && !(labelled && other)) {
        at.report(
            Kind.INVALID_VALUE,
            node,
            labelled
                ? field(at)
                    + " takes a label only with 'other' (other:LABEL), not with '"
                    + code
                    + "'."
                : field(at) + " takes no label: write '" + code + "' alone.");
        return null;
      }
      if (labelled && other && (label == null || label.isBlank())) {
        at.report(
            Kind.INVALID_VALUE,
            node,
            field(at) + " is 'other' without a label: write other:LABEL, saying what it is.");
        return null;
      }
      return new Labelled<>(value, label);
    }

    /** The field's name quoted, for messages. */
    private static String field(Reading at) {
      return "'" + at.name() + "'";
    }
  }

  /** A list; in CSV the reader has already split the cell into items. */
  private static final class ListType<V> implements ValueType<List<V>> {
    private final ValueType<V> item;

    ListType(ValueType<V> item) {
      this.item = item;
    }

    @Override
    public @Nullable List<V> read(Node node, Reading at) {
      if (!(node instanceof Node.Arr array)) {
        at.wrongType(node, "an array");
        return null;
      }
      List<V> out = new ArrayList<>(array.items().size());
      boolean ok = true;
      for (int i = 0; i < array.items().size(); i++) {
        Node element = array.items().get(i);
        Reading elementAt = at.index(i);
        V value = null;
        if (element instanceof Node.Scalar s && s.isEmpty()) {
          elementAt.report(
              Kind.MISSING_FIELD,
              element,
              "'" + at.name() + "' has an empty entry (entry " + (i + 1) + ").");
        } else {
          value = item.read(element, elementAt);
        }
        if (value == null) {
          ok = false;
        } else {
          out.add(value);
        }
      }
      return ok ? out : null;
    }

    @Override
    public Object readValid(Node node) {
      if (!(node instanceof Node.Arr array)) {
        return INVALID;
      }
      List<Object> out = new ArrayList<>(array.items().size());
      for (Node element : array.items()) {
        Object value =
            element instanceof Node.Scalar s && s.isEmpty() ? INVALID : item.readValid(element);
        if (value == INVALID) {
          return INVALID;
        }
        out.add(value);
      }
      return out;
    }

    @Override
    public Object write(List<V> value) {
      List<Object> out = new ArrayList<>(value.size());
      for (V v : value) {
        out.add(item.write(v));
      }
      return out;
    }

    @Override
    public Shape shape() {
      return item.shape() == Shape.OBJECT ? Shape.OBJECT_LIST : Shape.LIST;
    }

    @Override
    public boolean isEmpty(List<V> value) {
      return value.isEmpty();
    }

    @Override
    public @Nullable ObjectType<?> objectType() {
      return item.objectType();
    }

    @Override
    public TableFormat.ValueKind kind() {
      return item.kind();
    }

    @Override
    public List<String> codes() {
      return item.codes();
    }
  }
}
