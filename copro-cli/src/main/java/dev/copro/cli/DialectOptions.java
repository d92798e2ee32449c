package dev.copro.cli;

import dev.copro.io.Dialect;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --delimiter}, {@code --date-format} and {@code --numbers}: how a spreadsheet program wrote
 * the CSV files (or text cells) when it did not write them the format's way. What is given here
 * wins over the folder's {@code copro-csv.json}.
 */
final class DialectOptions {

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description =
          "The character between the cells of the CSV files: comma, semicolon or tab (or , ; tab). "
              + "Default: the one the header row holds.")
  @Nullable String delimiter;

  @Option(
      names = "--date-format",
      paramLabel = "ORDER",
      description =
          "How dates written as text are written, such as dd/mm/yyyy or mm/dd/yyyy (dd, mm and yyyy in "
              + "order, with / . or - between). Default: yyyy-mm-dd only.")
  @Nullable String dateFormat;

  @Option(
      names = "--numbers",
      paramLabel = "STYLE",
      description =
          "How numbers written as text are written: 1,234.56 or 1.234,56 or \"1 234,56\"; amounts may "
              + "then carry a currency sign (£, €, $). Default: plain numbers such as 1234.56.")
  @Nullable String numbers;

  /** The dialect the options declare. */
  Dialect dialect(CommandLine command) {
    Character separator = null;
    if (delimiter != null) {
      separator =
          Dialect.delimiter(
              switch (delimiter) {
                case "comma" -> ",";
                case "semicolon" -> ";";
                default -> delimiter;
              });
      if (separator == null) {
        throw new ParameterException(
            command, "--delimiter must be comma, semicolon or tab, not '" + delimiter + "'");
      }
    }
    if (dateFormat != null && !Dialect.isDatePattern(dateFormat)) {
      throw new ParameterException(
          command,
          "--date-format must put dd, mm and yyyy in the order the dates are "
              + "written, with / . or - between, such as dd/mm/yyyy");
    }
    Dialect.NumberStyle style = null;
    if (numbers != null) {
      style = Dialect.NumberStyle.ofExample(numbers);
      if (style == null) {
        throw new ParameterException(
            command,
            "--numbers must be 1,234.56 or 1.234,56 or \"1 234,56\": how a "
                + "thousand and a quarter is written");
      }
    }
    return new Dialect(separator, dateFormat, style);
  }
}
