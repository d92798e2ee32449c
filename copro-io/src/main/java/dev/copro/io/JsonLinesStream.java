package dev.copro.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.EventValidator;
import dev.copro.model.Payment;
import dev.copro.model.RecordKind;
import dev.copro.model.SurveyResponse;
import dev.copro.model.stream.RecordSink;
import dev.copro.model.stream.StreamedDataset;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.model.validation.RecordLocator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A JSON Lines file read as a {@link StreamedDataset}, in passes over the file that share the
 * in-memory reader's code ({@link JsonLinesDatasetReader}) and the rules of {@link
 * Dataset.Builder#build()} ({@link EventValidator}), so that they find the same problems.
 *
 * <p>The first pass ({@link #open}) reads the header and every line that is not an event record,
 * binding the reference records; event lines are recognised by their {@code "record"} field, read
 * without parsing the rest of the line ({@link #kindOf}), and skipped. The second pass ({@link
 * #stream}) reads only the event lines. Every line is thus read and reported by exactly one pass,
 * as the in-memory reader would read and report it. A third pass over the events of a kind runs
 * only when an id's hash repeats ({@link EventValidator#toConfirm()}).
 */
final class JsonLinesStream implements StreamedDataset {

  private static final Set<RecordKind> EVENTS =
      EnumSet.of(
          RecordKind.ATTENDANCE,
          RecordKind.CONTRIBUTION,
          RecordKind.PAYMENT,
          RecordKind.SURVEY_RESPONSE);
  private static final Map<String, RecordKind> EVENTS_BY_CODE =
      EVENTS.stream().collect(Collectors.toUnmodifiableMap(RecordKind::code, kind -> kind));

  private final Path path;
  private final String source;
  private final FileTime modified;
  private final long size;
  private final Dataset references;
  private final JsonPositions positions;
  private final int recordsFrom;
  private final long[] eventLines;

  private JsonLinesStream(
      Path path,
      String source,
      BasicFileAttributes attributes,
      Dataset references,
      JsonPositions positions,
      int recordsFrom,
      long[] eventLines) {
    this.path = path;
    this.source = source;
    this.modified = attributes.lastModifiedTime();
    this.size = attributes.size();
    this.references = references;
    this.positions = positions;
    this.recordsFrom = recordsFrom;
    this.eventLines = eventLines;
  }

  /**
   * Reads the reference records of a file. When the file has problems, reads its events too, to
   * report every problem of the file at once.
   *
   * @throws InvalidInputException if the file cannot be read or has problems
   */
  static StreamedDataset open(Path path, String source) {
    String what = "dataset " + source;
    BasicFileAttributes attributes;
    Problems problems = new Problems();
    DatasetAssembly assembly = new DatasetAssembly(what, problems);
    JsonPositions positions = new JsonPositions(source);
    long[] eventLines = new long[RecordKind.values().length];
    JsonLinesDatasetReader reader =
        new JsonLinesDatasetReader(
            source,
            problems,
            new JsonLinesDatasetReader.Records() {
              @Override
              public boolean takes(String line) {
                RecordKind event = eventKind(line);
                if (event != null) {
                  eventLines[event.ordinal()]++;
                }
                return event == null;
              }

              @Override
              public void take(RecordType<?> type, int fileIndex, Node.Obj node, Where where) {
                if (EVENTS.contains(type.kind())) {
                  throw new IllegalStateException(
                      "line " + node.line() + " was not recognised as an event record");
                }
                if (assembly.bind(type, node, where, JsonLinesDatasetReader.IGNORED)) {
                  positions.add(type.kind(), fileIndex, node.line(), node.column());
                }
              }
            });
    boolean readToEnd;
    try (InputStream in = Files.newInputStream(path)) {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
      readToEnd = reader.readAll(in);
    } catch (NoSuchFileException e) {
      throw unreadable(what, source, "There is no file " + path + ".");
    } catch (IOException e) {
      throw unreadable(what, source, "The file cannot be read: " + e.getMessage() + ".");
    }

    Events events =
        new Events(
            source,
            assembly,
            positions,
            problems.incomplete() ? null : assembly.builder(reader.name()),
            assembly::records,
            eventLines);
    List<Problem> referenceProblems = events.referenceProblems();
    if (problems.count() == 0 && referenceProblems.isEmpty()) {
      return new JsonLinesStream(
          path,
          source,
          attributes,
          events.references(),
          positions,
          reader.recordsFrom(),
          eventLines);
    }
    events.read(path, reader.recordsFrom(), readToEnd, null);
    throw new InvalidInputException(what, events.problems(referenceProblems));
  }

  @Override
  public Dataset references() {
    return references;
  }

  /**
   * Reads the event lines again, binding and checking each and sending the valid ones to the sink.
   *
   * @throws InvalidInputException after the pass, if an event record was invalid or the file
   *     changed since {@link #open} read it
   */
  @Override
  public void stream(RecordSink sink) {
    String what = "dataset " + source;
    try {
      BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
      if (now.size() != size || !now.lastModifiedTime().equals(modified)) {
        throw unreadable(
            what, source, "The file changed after its reference records were read; read it again.");
      }
    } catch (IOException e) {
      throw unreadable(what, source, "The file cannot be read: " + e.getMessage() + ".");
    }
    Events events =
        new Events(
            source,
            new DatasetAssembly(what, new Problems()),
            positions,
            references.toBuilder(),
            kind -> RecordFormats.ALL.get(kind.ordinal()).recordsOf().apply(references),
            eventLines);
    events.read(path, recordsFrom, true, sink);
    List<Problem> problems = events.problems(List.of());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(what, problems);
    }
  }

  /**
   * The kind a line names in its {@code "record"} field, found by reading the line only up to that
   * field; {@code null} if the line does not begin as an object with such a field holding a string.
   * The in-memory reader takes a line's kind from the same field (the first, if repeated), so the
   * two agree on every line that parses.
   */
  static @Nullable String kindOf(String line) {
    try (JsonParser parser = LocatedJson.parser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean record = JsonLinesDatasetReader.RECORD.equals(parser.currentName());
        JsonToken value = parser.nextToken();
        if (record) {
          return value == JsonToken.VALUE_STRING ? parser.getText() : null;
        }
        parser.skipChildren();
      }
      return null;
    } catch (IOException e) {
      return null; // the pass that reads the line whole reports why it cannot be parsed
    }
  }

  /**
   * The kind of event {@code line} holds, by {@link #kindOf}; {@code null} if it holds no event.
   */
  private static @Nullable RecordKind eventKind(String line) {
    String code = kindOf(line);
    return code == null ? null : EVENTS_BY_CODE.get(code);
  }

  private static InvalidInputException unreadable(String what, String source, String message) {
    return new InvalidInputException(
        what,
        List.of(
            new Problem(Problem.Kind.UNREADABLE, new Location(source, 0, 0, null), null, message)));
  }

  /**
   * One reading of the event lines: binds each, checks it against the references, and sends the
   * valid ones to a sink; then settles suspected repeats and adopted contributions.
   */
  private static final class Events {
    private final String source;
    private final DatasetAssembly assembly;
    private final Problems problems;
    private final EventPositions positions;
    private final DatasetAssembly.Sites sites;
    private final @Nullable EventValidator validator;
    private final Function<RecordKind, List<?>> referenceRecords;
    private final List<Problem> ruleProblems = new ArrayList<>();
    private final int[] checked = new int[RecordKind.values().length];
    private @Nullable Object current;

    /**
     * A reading that checks the reference records at once.
     *
     * @param assembly binds the events and notes those that could not be read; its problems are
     *     where reading problems go
     * @param referencePositions where the first pass found the reference records
     * @param references the reference records, or {@code null} when records were lost and the rules
     *     between records are not checked
     * @param referenceRecords the reference records of a kind, to tell which problems concern
     *     records that could not be read
     * @param eventLines the number of lines of each kind of event in the file, by kind ordinal
     */
    Events(
        String source,
        DatasetAssembly assembly,
        JsonPositions referencePositions,
        Dataset.@Nullable Builder references,
        Function<RecordKind, List<?>> referenceRecords,
        long[] eventLines) {
      this.source = source;
      this.assembly = assembly;
      this.problems = assembly.problems();
      this.positions = new EventPositions(source, referencePositions);
      this.sites = new DatasetAssembly.Sites(positions);
      this.validator = references == null ? null : EventValidator.start(references, sites);
      this.referenceRecords = referenceRecords;
      if (validator != null) {
        EVENTS.forEach(kind -> validator.expect(kind, eventLines[kind.ordinal()]));
      }
    }

    /** The problems of the reference records under the rules between records. */
    List<Problem> referenceProblems() {
      return validator == null
          ? List.of()
          : assembly.known(validator.referenceProblems(), sites, this::recordAt);
    }

    /** The reference records as a dataset; only when they are valid. */
    Dataset references() {
      return Objects.requireNonNull(validator, "validator").references();
    }

    /** The record a problem's site is about: the event being checked, or a reference record. */
    private Object recordAt(DatasetAssembly.Sites.Site site) {
      return EVENTS.contains(site.kind())
          ? Objects.requireNonNull(current, "current")
          : referenceRecords.apply(site.kind()).get(site.index());
    }

    /**
     * Reads the event lines from line {@code from}, then confirms suspected repeats and checks what
     * needs every event seen.
     *
     * @param reportFailure whether a failure to read the text is a new problem (not when the first
     *     pass already stopped at it)
     * @param sink receives the valid events, or {@code null} to only check them
     */
    void read(Path path, int from, boolean reportFailure, @Nullable RecordSink sink) {
      pass(
          path,
          from,
          problems,
          reportFailure,
          new JsonLinesDatasetReader.Records() {
            @Override
            public boolean takes(String line) {
              return eventKind(line) != null;
            }

            @Override
            public void take(RecordType<?> type, int fileIndex, Node.Obj node, Where where) {
              Object record = assembly.read(type, node, where, JsonLinesDatasetReader.IGNORED);
              if (record != null) {
                check(type.kind(), fileIndex, node, record, sink);
              }
            }
          });
      current = null;
      if (validator != null && !problems.incomplete()) {
        Set<RecordKind> kinds = validator.toConfirm();
        if (kinds.isEmpty() || confirm(validator, path, from, kinds)) {
          ruleProblems.addAll(assembly.known(validator.finish(), sites, this::recordAt));
        }
      }
    }

    private void check(
        RecordKind kind, int fileIndex, Node.Obj node, Object record, @Nullable RecordSink sink) {
      int index = checked[kind.ordinal()]++;
      if (validator == null) {
        return;
      }
      positions.at(kind, index, fileIndex, node.line(), node.column());
      current = record;
      List<Problem> found;
      if (record instanceof Attendance a) {
        found = sendIfValid(validator.check(index, a), sink, s -> s.attendance(a));
      } else if (record instanceof Contribution c) {
        found = sendIfValid(validator.check(index, c), sink, s -> s.contribution(c));
      } else if (record instanceof Payment p) {
        found = sendIfValid(validator.check(index, p), sink, s -> s.payment(p));
      } else {
        SurveyResponse r = (SurveyResponse) record;
        found = sendIfValid(validator.check(index, r), sink, s -> s.surveyResponse(r));
      }
      ruleProblems.addAll(assembly.known(found, sites, this::recordAt));
    }

    /** Sends a record to the sink if it has no problems; returns the problems. */
    private static List<Problem> sendIfValid(
        List<Problem> found, @Nullable RecordSink sink, Consumer<RecordSink> send) {
      if (found.isEmpty() && sink != null) {
        send.accept(sink);
      }
      return found;
    }

    /**
     * Reads the events of {@code kinds} once more, numbering them as {@link #check} did, to find
     * the first record with each suspected id. Their problems were reported by the first reading.
     * Returns whether the same records were read again; if not, the file changed, which is
     * reported.
     */
    private boolean confirm(EventValidator rules, Path path, int from, Set<RecordKind> kinds) {
      DatasetAssembly again = new DatasetAssembly("dataset " + source, new Problems());
      int[] seen = new int[RecordKind.values().length];
      boolean read =
          pass(
              path,
              from,
              again.problems(),
              false,
              new JsonLinesDatasetReader.Records() {
                @Override
                public boolean takes(String line) {
                  RecordKind event = eventKind(line);
                  return event != null && kinds.contains(event);
                }

                @Override
                public void take(RecordType<?> type, int fileIndex, Node.Obj node, Where where) {
                  Object record = again.read(type, node, where, JsonLinesDatasetReader.IGNORED);
                  if (record != null) {
                    int index = seen[type.kind().ordinal()]++;
                    positions.at(type.kind(), index, fileIndex, node.line(), node.column());
                    rules.confirm(type.kind(), index, idOf(record));
                  }
                }
              });
      for (RecordKind kind : kinds) {
        read &= seen[kind.ordinal()] == checked[kind.ordinal()];
      }
      if (!read) {
        problems.addLoss(
            Problem.Kind.UNREADABLE,
            new Location(source, 0, 0, null),
            null,
            "The file changed while it was read; read it again.");
      }
      return read;
    }

    private static String idOf(Object record) {
      if (record instanceof Contribution c) {
        return c.id();
      }
      return record instanceof Payment p ? p.id() : ((SurveyResponse) record).id();
    }

    /**
     * Reads the record lines from line {@code from} that {@code records} takes, reporting their
     * problems to {@code into}; returns whether the text was read to its end.
     *
     * @param reportFailure whether to report why the text could not be read to its end
     */
    private boolean pass(
        Path path,
        int from,
        Problems into,
        boolean reportFailure,
        JsonLinesDatasetReader.Records records) {
      if (from == Integer.MAX_VALUE) {
        return true;
      }
      try (InputStream in = Files.newInputStream(path)) {
        new JsonLinesDatasetReader(source, into, records).readRecords(in, from);
        return true;
      } catch (IOException e) {
        if (reportFailure) {
          TextInput.reportUnparsable(e, null, into, source, 0);
        }
        return false;
      }
    }

    /**
     * Every problem found: the reading problems of both passes and, unless records were lost, the
     * problems of the rules between records.
     *
     * @param referenceProblems the reference records' rule problems, found by the first pass
     */
    List<Problem> problems(List<Problem> referenceProblems) {
      List<Problem> all = new ArrayList<>(problems.list());
      if (!problems.incomplete()) {
        all.addAll(referenceProblems);
        all.addAll(ruleProblems);
      }
      return all;
    }
  }

  /**
   * Locates the reference records where the first pass found them, and the one event being checked
   * where the current pass is.
   */
  private static final class EventPositions implements RecordLocator {
    private final String source;
    private final JsonPositions references;
    private @Nullable RecordKind kind;
    private int index;
    private int fileIndex;
    private int line;
    private int column;

    EventPositions(String source, JsonPositions references) {
      this.source = source;
      this.references = references;
    }

    /**
     * The event now being checked: {@code index}-th of its kind, entry {@code fileIndex} in the
     * file.
     */
    void at(RecordKind kind, int index, int fileIndex, int line, int column) {
      this.kind = kind;
      this.index = index;
      this.fileIndex = fileIndex;
      this.line = line;
      this.column = column;
    }

    @Override
    public Location locate(RecordKind kind, int index, @Nullable String field) {
      if (!EVENTS.contains(kind)) {
        return references.locate(kind, index, field);
      }
      if (kind != this.kind || index != this.index) {
        throw new IllegalStateException(
            "only the event being checked can be located, not " + kind.collection() + " " + index);
      }
      return JsonPositions.location(source, kind, fileIndex, line, column, field);
    }
  }
}
