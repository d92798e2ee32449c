package dev.copro.model.validation;

import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The one exception copro throws for bad input: a dataset that cannot be read or is not valid, or
 * an evaluation configuration that is not valid. It lists every problem found, not just the first,
 * each with its location; the message lists them too, one per line.
 *
 * <p>Messages name record ids and field names but never copy free-text content from the input. A
 * dataset built in code with {@link dev.copro.model.Dataset.Builder#pseudonymiser} quotes ids as
 * pseudonyms, so that an id a host forgot to map does not reach the message.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Most problems the message lists; {@link #problems()} always has all of them. */
  static final int MESSAGE_LIMIT = 200;

  private final transient List<Problem> problems;

  /**
   * An exception for the given problems.
   *
   * @param what what was being read, such as "dataset sample.json" or "configuration"
   * @param problems the problems, at least one
   */
  public InvalidInputException(String what, List<Problem> problems) {
    super(message(what, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
    }
    this.problems = sorted(problems);
  }

  /** Every problem found, in the order of {@link Problem#ORDER}. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(String what, List<Problem> problems) {
    List<Problem> sorted = sorted(problems);
    StringBuilder out =
        new StringBuilder()
            .append(what)
            .append(" has ")
            .append(sorted.size())
            .append(sorted.size() == 1 ? " problem:" : " problems:");
    int shown = Math.min(sorted.size(), MESSAGE_LIMIT);
    for (int i = 0; i < shown; i++) {
      out.append(System.lineSeparator()).append("  ").append(sorted.get(i));
    }
    if (shown < sorted.size()) {
      out.append(System.lineSeparator())
          .append("  … and ")
          .append(sorted.size() - shown)
          .append(" more");
    }
    return out.toString();
  }

  /**
   * The problems in the order of {@link Problem#ORDER}, equal ones as given, in an unmodifiable
   * list.
   */
  private static List<Problem> sorted(List<Problem> problems) {
    Problem[] sorted = problems.toArray(new Problem[0]);
    Arrays.sort(sorted, Problem.ORDER); // stable
    return List.of(sorted);
  }
}
