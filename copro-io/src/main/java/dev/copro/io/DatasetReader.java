package dev.copro.io;

import dev.copro.model.Dataset;
import dev.copro.model.stream.StreamedDataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Reads datasets in the {@code copro-dataset/1} format (docs/dataset-format.md): one JSON document,
 * JSON Lines, or a folder of CSV files (docs/csv-format.md).
 *
 * <p>Every method either returns a valid dataset or throws {@link InvalidInputException} listing
 * every problem found — text that cannot be parsed, unknown or missing fields, bad values, and the
 * cross-record rules of {@link Dataset} — each located by file, line and column where known, a JSON
 * Pointer ({@code /participants/3/left}) or CSV column name, and the record's id. A missing or
 * unreadable file is reported the same way.
 *
 * <p>Reading streams: each record is parsed, checked and bound before the next is read, so memory
 * grows with the records, not with the size of the text. Hostile input (deep nesting, huge strings
 * or lines) is refused with a located problem. A JSON Lines file too large for memory is read with
 * {@link #streamJsonLines}, which holds only the records that others refer to.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DatasetReader {

  private DatasetReader() {}

  /**
   * Reads a dataset from a path: a folder is read as CSV files, a file ending {@code .jsonl} or
   * {@code .ndjson} (any case) as JSON Lines, any other file as a JSON document, except a
   * spreadsheet ({@code .xlsx}, {@code .xls}, {@code .ods}), which is a problem saying how to read
   * it. Locations name the file by its name.
   *
   * @param path the file or folder
   * @return the dataset, valid
   * @throws InvalidInputException if the path cannot be read or the dataset has problems
   */
  public static Dataset read(Path path) {
    if (Files.isDirectory(path)) {
      return readCsv(path);
    }
    String source = sourceName(path);
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".ods")) {
      throw unreadable(
          path,
          source,
          "This is a spreadsheet, which this reader does not read: read an Excel "
              + "workbook (.xlsx) with WorkbookReader of copro-io (the copro command does), or save the sheets as CSV "
              + "files in a folder.");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return lower.endsWith(".jsonl") || lower.endsWith(".ndjson")
          ? readJsonLines(in, source)
          : readJson(in, source);
    } catch (NoSuchFileException e) {
      throw unreadable(path, source, "There is no file " + path + ".");
    } catch (IOException e) {
      throw unreadable(path, source, "The file cannot be read: " + e.getMessage() + ".");
    }
  }

  /**
   * Reads a dataset from one JSON document. The stream is read but not closed.
   *
   * @param in UTF-8 text (a byte-order mark is skipped)
   * @param sourceName the name locations give the input, such as its file name
   * @return the dataset, valid
   * @throws InvalidInputException if the text cannot be read or the dataset has problems
   */
  public static Dataset readJson(InputStream in, String sourceName) {
    return JsonDatasetReader.read(in, sourceName);
  }

  /**
   * Reads a dataset from JSON Lines: a header line, then one record per line. The stream is read
   * but not closed.
   *
   * @param in UTF-8 text (a byte-order mark is skipped)
   * @param sourceName the name locations give the input, such as its file name
   * @return the dataset, valid
   * @throws InvalidInputException if the text cannot be read or the dataset has problems
   */
  public static Dataset readJsonLines(InputStream in, String sourceName) {
    return JsonLinesDatasetReader.read(in, sourceName);
  }

  /**
   * Reads a JSON Lines dataset that may be too large to hold in memory: the reference records
   * (initiatives, participants, activities, decisions with their votes, surveys) are read now and
   * held; the event records (attendance, contributions, payments, survey responses) are read again,
   * one at a time, each time the returned dataset is {@linkplain StreamedDataset#stream streamed},
   * and are never held. Records may come in any order in the file: events may come before the
   * records they refer to. Locations name the file by its name.
   *
   * <p><b>Problems</b> are the same as {@link #readJsonLines} reports for the same file, with the
   * same kinds, locations (line, column, JSON Pointer), record ids and messages, and all in one
   * exception: when the reference records have a problem, this method reads the events too, to
   * check them, and throws every problem of the file; when they have none, it returns, and {@code
   * stream} throws the events' problems after its pass. {@code stream} sends the sink only records
   * without problems, with one exception: an id that repeats an earlier record's id of the same
   * kind is certain only at the end of the pass (see memory, below), so the record that repeats it
   * has already been sent; the pass then throws. A decision that adopts a contribution not in the
   * file is likewise reported at the end of the pass.
   *
   * <p><b>Memory</b> is O(reference records) plus a few bytes per event: the reference records with
   * their indexes (equal strings in them shared), where each reference record began in the file (12
   * bytes), and, while a stream runs, one 8-byte key per event in a table at most 3/4 full, sized
   * from the number of event lines this method counted (about 11 bytes per event), to find repeats
   * — an attendance record's participant and activity numbered as a pair, or the 64-bit hash of a
   * contribution's, payment's or survey response's id — and the ids of contributions that decisions
   * adopt. When two ids' hashes are equal, the stream reads the events of that kind a third time to
   * tell a repeated id from a hash collision; a file with problems also holds its problems. One
   * line is held at a time, at most {@code 4 × 1,048,576} characters.
   *
   * <p><b>Time</b>: this method reads the whole file once, parsing only the reference lines and the
   * start of each event line (up to its {@code "record"} field); each {@code stream} reads it again
   * and parses the event lines. The file must not change meanwhile: {@code stream} refuses a file
   * whose size or modification time changed, with an {@code UNREADABLE} problem.
   *
   * <p>The returned dataset may be streamed more than once and from more than one thread; each call
   * is a pass of its own.
   *
   * @param path the JSON Lines file (UTF-8; a byte-order mark is skipped)
   * @return the reference records, valid, and the events as a stream
   * @throws InvalidInputException if the file cannot be read or has problems, listing every one
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static StreamedDataset streamJsonLines(Path path) {
    return JsonLinesStream.open(path, sourceName(path));
  }

  /**
   * Reads a dataset from a folder of CSV files, in the dialect that the folder's {@value
   * Dialect#MANIFEST} declares, if it has one. A file that is absent means no records of its kind;
   * a CSV file the format does not define is a problem, and so is a folder that holds none of the
   * format's files.
   *
   * @param directory the folder
   * @return the dataset, valid
   * @throws InvalidInputException if the folder cannot be read or the dataset has problems
   */
  public static Dataset readCsv(Path directory) {
    return readCsv(directory, Dialect.UNDECLARED);
  }

  /**
   * Reads a dataset from a folder of CSV files written in a dialect: what {@code dialect} declares,
   * and for what it leaves undeclared, what the folder's {@value Dialect#MANIFEST} declares.
   *
   * @param directory the folder
   * @param dialect the delimiter, date format and number style, where declared
   * @return the dataset, valid
   * @throws InvalidInputException if the folder or its dialect file cannot be read or the dataset
   *     has problems
   * @since 0.3.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
  public static Dataset readCsv(Path directory, Dialect dialect) {
    Dialect declared = dialect.orElse(manifest(directory));
    return TabularDatasetReader.read(
        new CsvFolder(directory, declared), declared, "dataset " + directory, directory.toString());
  }

  /**
   * Reads a dataset from tables laid out as the CSV folder form's files: a workbook's sheets, a
   * database's tables or views ({@link TableFormat}). The rules, the problems and their messages
   * are the CSV form's; each problem is located the way the source names its places ({@link
   * TableSource.Form}).
   *
   * @param source the tables
   * @param dialect how dates and numbers written as text are to be read, where declared
   * @param what what is read, for the exception's message, such as {@code "workbook data.xlsx"}
   * @return the dataset, valid
   * @throws InvalidInputException if a table cannot be read or the dataset has problems
   * @since 0.3.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
  public static Dataset readTables(TableSource source, Dialect dialect, String what) {
    return TabularDatasetReader.read(source, dialect, what, what);
  }

  /** The dialect a folder's manifest declares, or {@link Dialect#UNDECLARED} when it has none. */
  private static Dialect manifest(Path directory) {
    Path manifest = directory.resolve(Dialect.MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return Dialect.UNDECLARED;
    }
    try (InputStream in = Files.newInputStream(manifest)) {
      return Dialect.read(in, Dialect.MANIFEST);
    } catch (IOException e) {
      throw unreadable(
          manifest, Dialect.MANIFEST, "The file cannot be read: " + e.getMessage() + ".");
    }
  }

  /** The name locations give a file: its name without the folder. */
  private static String sourceName(Path path) {
    Path fileName = path.getFileName();
    return fileName == null ? path.toString() : fileName.toString();
  }

  private static InvalidInputException unreadable(Path path, String source, String message) {
    return new InvalidInputException(
        "dataset " + path,
        List.of(
            new Problem(Problem.Kind.UNREADABLE, new Location(source, 0, 0, null), null, message)));
  }
}
