package dev.copro.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A folder of CSV files as a {@link TableSource}: each file's delimiter is the declared one, or the
 * one of comma, semicolon and tab its header row holds (a header holding more than one is a
 * problem, not a guess). A byte-order mark is skipped; line ends may be {@code \n} or {@code \r\n}.
 */
final class CsvFolder implements TableSource {

  private static final char[] DELIMITERS = {',', ';', '\t'};

  private final Path directory;
  private final Dialect dialect;
  private Problems problems = new Problems();

  CsvFolder(Path directory, Dialect dialect) {
    this.directory = directory;
    this.dialect = dialect;
  }

  /** Where this source reports what stops a file being read (an unclear delimiter). */
  void reportTo(Problems problems) {
    this.problems = problems;
  }

  @Override
  public Form form() {
    return Form.FILE;
  }

  @Override
  public List<String> names() throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new java.nio.file.NoSuchFileException(directory.toString());
    }
    Set<String> found = new TreeSet<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*.{csv,CSV}")) {
      entries.forEach(p -> found.add(p.getFileName().toString()));
    }
    return List.copyOf(found);
  }

  @Override
  public String nameOf(String table) {
    return table + ".csv";
  }

  @Override
  public @Nullable Rows open(String table) throws IOException {
    Path file = directory.resolve(nameOf(table));
    if (!Files.isRegularFile(file)) {
      return null;
    }
    InputStream in = Files.newInputStream(file);
    try {
      BufferedReader text = (BufferedReader) TextInput.utf8(in);
      Character delimiter =
          dialect.delimiter() != null ? dialect.delimiter() : recognise(text, nameOf(table));
      if (delimiter == null) {
        in.close();
        return null;
      }
      CsvParser parser = TextInput.CSV.createParser(text);
      parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter));
      return new FileRows(parser, in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * The delimiter the header row holds, read ahead and given back to the reader: a comma when it
   * holds none (a file of one column). A header holding several is reported, and {@code null}
   * returned: which one separates the columns is not guessed.
   */
  private @Nullable Character recognise(BufferedReader text, String file) throws IOException {
    text.mark(TextInput.MAX_NAME * 64);
    boolean quoted = false;
    boolean[] seen = new boolean[DELIMITERS.length];
    int read = 0;
    int c;
    while ((c = text.read()) >= 0 && read++ < TextInput.MAX_NAME * 64 - 1) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        for (int i = 0; i < DELIMITERS.length; i++) {
          seen[i] |= c == DELIMITERS[i];
        }
      }
    }
    text.reset();
    List<String> found = new ArrayList<>();
    Character delimiter = ',';
    for (int i = 0; i < DELIMITERS.length; i++) {
      if (seen[i]) {
        found.add(DELIMITERS[i] == '\t' ? "tab" : "'" + DELIMITERS[i] + "'");
        delimiter = DELIMITERS[i];
      }
    }
    if (found.size() > 1) {
      problems.addLoss(
          Kind.MALFORMED,
          new Location(file, 1, 0, null),
          null,
          "The header row holds "
              + String.join(" and ", found)
              + ", so which one separates the columns is not clear: declare it in "
              + Dialect.MANIFEST
              + " beside the files, such as {\"delimiter\": \";\"}, or with --delimiter. "
              + "The file is not read.");
      return null;
    }
    return delimiter;
  }

  /**
   * A hint for a folder that holds no file of the format: where the data seems to be instead — the
   * folder one level down ({@code copro init} writes its CSV files into {@code csv/}), or a dataset
   * file or workbook in the folder. Empty when there is no such place.
   */
  String whereTheDataIs() {
    List<String> hints = new ArrayList<>();
    List<String> formatFiles = CsvLayout.fileNames();
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.isDirectory(entry)
            && formatFiles.stream().anyMatch(f -> Files.isRegularFile(entry.resolve(f)))) {
          hints.add("the folder " + entry + " holds the CSV files of a dataset: read that folder");
        } else if (lower.endsWith(".xlsx")) {
          hints.add(entry + " is a workbook: read that file");
        } else if ((lower.endsWith(".json")
                && !lower.equals(Dialect.MANIFEST)
                && !lower.contains("config"))
            || lower.endsWith(".jsonl")
            || lower.endsWith(".ndjson")) {
          hints.add(entry + " may be a dataset: read that file");
        }
      }
    } catch (IOException e) {
      return "";
    }
    return hints.isEmpty() ? "" : " But " + String.join("; ", hints) + ".";
  }

  /**
   * The line where each cell of the last row read began, for rows of a file whose cells may span
   * lines.
   */
  interface CellLines {
    /** The line where cell {@code index} (from 0) of the last row began. */
    int lineOf(int index);

    /** The parser, for where it stopped when the text cannot be parsed. */
    com.fasterxml.jackson.core.JsonParser parser();
  }

  /** The rows of one file. */
  private static final class FileRows implements Rows, CellLines {
    private final CsvParser parser;
    private final InputStream in;
    private final List<Integer> lines = new ArrayList<>();

    FileRows(CsvParser parser, InputStream in) {
      this.parser = parser;
      this.in = in;
    }

    @Override
    public @Nullable Row next() throws IOException {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      List<String> cells = new ArrayList<>();
      lines.clear();
      int firstLine = parser.currentTokenLocation().getLineNr();
      int lastLine = firstLine;
      while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
        lastLine = parser.currentTokenLocation().getLineNr();
        cells.add(parser.getText());
        lines.add(lastLine);
      }
      if (cells.isEmpty()) {
        cells.add("");
        lines.add(lastLine);
      }
      return new Row(Math.max(1, lines.get(0)), cells);
    }

    @Override
    public CsvParser parser() {
      return parser;
    }

    @Override
    public int lineOf(int index) {
      return lines.get(index);
    }

    @Override
    public void close() throws IOException {
      try {
        parser.close();
      } finally {
        in.close();
      }
    }
  }
}
