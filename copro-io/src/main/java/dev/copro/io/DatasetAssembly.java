package dev.copro.io;

import dev.copro.model.Dataset;
import dev.copro.model.RecordKind;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import dev.copro.model.validation.RecordLocator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Collects the records a reader binds, with the problems found on the way, and builds the dataset:
 * the cross-record rules are {@link Dataset.Builder#build(String, RecordLocator)}'s, and their
 * problems join the binding problems in one {@link InvalidInputException}.
 *
 * <p>A record that could not be bound is left out, so a reference to it would be reported as
 * unknown as well; such a reference is not reported when the record's id could be read. When
 * records were lost altogether (broken syntax), the cross-record rules are not checked at all.
 */
final class DatasetAssembly {

  /**
   * The fields that refer to other records, by the name the validator locates them with, and what
   * they refer to.
   */
  private static final Map<String, RecordKind> REFERENCES =
      Map.of(
          "initiative", RecordKind.INITIATIVE,
          "participant", RecordKind.PARTICIPANT,
          "chairs", RecordKind.PARTICIPANT,
          "activity", RecordKind.ACTIVITY,
          "consultations", RecordKind.ACTIVITY,
          "adopts", RecordKind.CONTRIBUTION,
          "survey", RecordKind.SURVEY);

  private final String what;
  private final Problems problems;
  private final Map<RecordKind, List<Object>> records = new EnumMap<>(RecordKind.class);
  private final Map<RecordKind, Set<String>> unread = new EnumMap<>(RecordKind.class);
  private final Set<RecordKind> unreadKinds = java.util.EnumSet.noneOf(RecordKind.class);

  /**
   * An assembly.
   *
   * @param what what is being read, for the exception message ("dataset sample.json")
   * @param problems where the reader collects problems
   */
  DatasetAssembly(String what, Problems problems) {
    this.what = what;
    this.problems = problems;
    for (RecordKind kind : RecordKind.values()) {
      records.put(kind, new ArrayList<>());
      unread.put(kind, new HashSet<>());
    }
  }

  /**
   * Binds one record. Returns whether it was read; the caller then records where it began, as
   * record number {@code count(kind) - 1}.
   *
   * @param ignored field names that belong to the container, not the record
   */
  <T> boolean bind(RecordType<T> type, Node.Obj node, Where where, Set<String> ignored) {
    T record = read(type, node, where, ignored);
    if (record == null) {
      return false;
    }
    recordsOf(type.kind()).add(record);
    return true;
  }

  /**
   * Binds one record without keeping it (a streaming reader's events): returns it, or {@code null}
   * after noting its id, if it has one, as unread.
   *
   * @param ignored field names that belong to the container, not the record
   */
  @SuppressWarnings("unchecked") // readValid returns a T or INVALID
  <T> @Nullable T read(RecordType<T> type, Node.Obj node, Where where, Set<String> ignored) {
    Object valid = type.type().readValid(node, ignored);
    if (valid != ValueType.INVALID) {
      return (T) valid;
    }
    // The record has a problem: read it again, this time finding and reporting every problem.
    String id = type.idOf(node);
    T record =
        type.type().read(node, new Reading(problems, id, where, type.kind().code()), ignored);
    if (record == null && id != null) {
      unreadOf(type.kind()).add(id);
    }
    return record;
  }

  /**
   * Notes that no record of {@code kind} could be read with its id (a table without its id column):
   * references to records of that kind are not reported as unknown, since they may be among them.
   */
  void unreadKind(RecordKind kind) {
    unreadKinds.add(kind);
  }

  /** Where the problems of reading go. */
  Problems problems() {
    return problems;
  }

  /** The records bound so far, of every kind, in a builder. */
  Dataset.Builder builder(@Nullable String name) {
    Dataset.Builder builder = Dataset.builder().name(name);
    for (RecordType<?> type : RecordFormats.ALL) {
      addAll(type, builder);
    }
    return builder;
  }

  /** The records of {@code kind} bound so far, in order. */
  List<Object> records(RecordKind kind) {
    return recordsOf(kind);
  }

  /**
   * Builds the dataset from the records read.
   *
   * @param name the dataset's name, or {@code null}
   * @param locator locates records by their index among those read
   * @throws InvalidInputException listing the reading problems and the cross-record problems
   */
  Dataset build(@Nullable String name, RecordLocator locator) {
    if (problems.incomplete()) {
      throw new InvalidInputException(what, problems.list());
    }
    Dataset.Builder builder = builder(name);
    Sites sites = new Sites(locator);
    List<Problem> all = new ArrayList<>(problems.list());
    Dataset dataset = null;
    try {
      dataset = builder.build(what, sites);
    } catch (InvalidInputException e) {
      all.addAll(known(e.problems(), sites, site -> recordsOf(site.kind()).get(site.index())));
    }
    if (dataset == null || !all.isEmpty()) {
      throw new InvalidInputException(what, all);
    }
    return dataset;
  }

  /**
   * The problems of the cross-record rules less the unknown references to records that could not be
   * read, which already have their own problems.
   *
   * @param sites the locator the rules located the problems with
   * @param recordAt the record a problem is about, by its site
   */
  List<Problem> known(List<Problem> found, Sites sites, Function<Sites.Site, Object> recordAt) {
    if (found.isEmpty()) {
      return found;
    }
    List<Problem> kept = new ArrayList<>(found.size());
    for (Problem problem : found) {
      Sites.Site site = sites.of(problem.location());
      if (problem.kind() != Problem.Kind.UNKNOWN_REFERENCE
          || site == null
          || !refersToUnread(site, recordAt.apply(site))) {
        kept.add(problem);
      }
    }
    return kept;
  }

  @SuppressWarnings("unchecked") // the list of a kind holds only records its type bound
  private <T> void addAll(RecordType<T> type, Dataset.Builder builder) {
    type.addTo().accept(builder, (List<T>) recordsOf(type.kind()));
  }

  private List<Object> recordsOf(RecordKind kind) {
    return Objects.requireNonNull(records.get(kind), "the constructor puts every kind");
  }

  private Set<String> unreadOf(RecordKind kind) {
    return Objects.requireNonNull(unread.get(kind), "the constructor puts every kind");
  }

  /**
   * Whether the reference at {@code site} of {@code record} is to a record that could not be read.
   */
  private boolean refersToUnread(Sites.Site site, Object record) {
    String[] path = site.field().split("/");
    String last =
        path[path.length - 1].chars().allMatch(Character::isDigit)
            ? path[path.length - 2]
            : path[path.length - 1];
    RecordKind target = REFERENCES.get(last);
    Object value = valueAt(record, path);
    return target != null
        && value instanceof String id
        && (unreadKinds.contains(target) || unreadOf(target).contains(id));
  }

  /**
   * The value at a path of record components and list indices ({@code votes/2/participant}), or
   * {@code null}.
   */
  private static @Nullable Object valueAt(Object record, String[] path) {
    Object current = record;
    for (String step : path) {
      if (current instanceof List<?> list && step.chars().allMatch(Character::isDigit)) {
        int i = Integer.parseInt(step);
        current = i < list.size() ? list.get(i) : null;
      } else if (current instanceof Record r) {
        current = component(r, step);
      } else {
        return null;
      }
    }
    return current;
  }

  private static @Nullable Object component(Record record, String name) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        try {
          return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
          return null; // unreachable for the model's public records; the problem is then kept
        }
      }
    }
    return null;
  }

  /**
   * A locator that remembers which record and field each location it gave out was for, until asked
   * once ({@link #of}), so that a streaming reader's memory does not grow with it.
   */
  static final class Sites implements RecordLocator {
    private final RecordLocator locator;
    private final Map<Location, Site> sites = new IdentityHashMap<>();

    Sites(RecordLocator locator) {
      this.locator = locator;
    }

    @Override
    public Location locate(RecordKind kind, int index, @Nullable String field) {
      Location location = locator.locate(kind, index, field);
      if (field != null) {
        sites.put(location, new Site(kind, index, field));
      }
      return location;
    }

    /**
     * The site a location was given out for, forgotten once returned; {@code null} for a whole
     * record.
     */
    @Nullable Site of(Location location) {
      return sites.remove(location);
    }

    /**
     * A field of a record: its kind, its index among the records of that kind, and the field's
     * path.
     */
    record Site(RecordKind kind, int index, String field) {}
  }
}
