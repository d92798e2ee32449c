package dev.copro.io;

import java.util.Locale;

/**
 * How the CSV form's names are written in SQL: in snake case, which needs no quotes ({@code
 * survey-items} is {@code survey_items}, {@code durationMinutes} is {@code duration_minutes},
 * {@code response.date} is {@code response_date}). A column is matched to the format's name by its
 * {@linkplain #key key}, so the exact quoted names ({@code "durationMinutes"}) are read as well.
 */
final class SqlNames {

  private SqlNames() {}

  /** The SQL name of a table or column of the CSV form. */
  static String of(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else if (c == '-' || c == '.') {
        out.append('_');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** What a name is matched by: lower case, without {@code _}, {@code -} or {@code .}. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(".", "");
  }

  /**
   * Words that PostgreSQL reserves, which a column may not be called without quotes ({@code end},
   * {@code left}).
   */
  private static final java.util.Set<String> RESERVED =
      java.util.Set.of(
          "all",
          "and",
          "any",
          "array",
          "as",
          "asc",
          "both",
          "case",
          "cast",
          "check",
          "collate",
          "column",
          "constraint",
          "create",
          "default",
          "desc",
          "distinct",
          "do",
          "else",
          "end",
          "except",
          "false",
          "for",
          "foreign",
          "from",
          "grant",
          "group",
          "having",
          "in",
          "into",
          "is",
          "join",
          "leading",
          "left",
          "limit",
          "not",
          "null",
          "offset",
          "on",
          "only",
          "or",
          "order",
          "primary",
          "references",
          "right",
          "select",
          "table",
          "then",
          "to",
          "trailing",
          "true",
          "union",
          "unique",
          "user",
          "using",
          "when",
          "where",
          "with");

  /**
   * The SQL name of a table or column of the CSV form, quoted where PostgreSQL reserves the word.
   */
  static String identifier(String name) {
    String sql = of(name);
    return RESERVED.contains(sql) ? quote(sql) : sql;
  }

  /** A name quoted as an SQL identifier. */
  static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
