package dev.copro.model.io;

import dev.copro.model.Dataset;
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
 * every problem found — text that cannot be parsed, unknown or missing fields, bad values, and
 * the cross-record rules of {@link Dataset} — each located by file, line and column where known,
 * a JSON Pointer ({@code /participants/3/left}) or CSV column name, and the record's id. A missing
 * or unreadable file is reported the same way.
 *
 * <p>Reading streams: each record is parsed, checked and bound before the next is read, so memory
 * grows with the records, not with the size of the text. Hostile input (deep nesting, huge
 * strings or lines) is refused with a located problem.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DatasetReader {

  private DatasetReader() {}

  /**
   * Reads a dataset from a path: a folder is read as CSV files, a file ending {@code .jsonl} or
   * {@code .ndjson} (any case) as JSON Lines, any other file as a JSON document. Locations name
   * the file by its name.
   *
   * @param path the file or folder
   * @return the dataset, valid
   * @throws InvalidInputException if the path cannot be read or the dataset has problems
   */
  public static Dataset read(Path path) {
    if (Files.isDirectory(path)) {
      return readCsv(path);
    }
    Path fileName = path.getFileName();
    String source = fileName == null ? path.toString() : fileName.toString();
    String lower = source.toLowerCase(Locale.ROOT);
    try (InputStream in = Files.newInputStream(path)) {
      return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? readJsonLines(in, source) : readJson(in, source);
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
   * Reads a dataset from a folder of CSV files. A file that is absent means no records of its kind;
   * a CSV file the format does not define is a problem.
   *
   * @param directory the folder
   * @return the dataset, valid
   * @throws InvalidInputException if the folder cannot be read or the dataset has problems
   */
  public static Dataset readCsv(Path directory) {
    return CsvDatasetReader.read(directory);
  }

  private static InvalidInputException unreadable(Path path, String source, String message) {
    return new InvalidInputException("dataset " + path,
        List.of(new Problem(Problem.Kind.UNREADABLE, new Location(source, 0, 0, null), null, message)));
  }
}
