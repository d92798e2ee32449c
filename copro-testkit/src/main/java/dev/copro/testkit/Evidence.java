package dev.copro.testkit;

import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.RecordKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Checks that a finding's evidence refers to records of the dataset, written {@code KIND:ID}. */
final class Evidence {

  private static final String KINDS =
      Arrays.stream(RecordKind.values()).map(RecordKind::code).collect(Collectors.joining(", "));

  private Evidence() {}

  /** What is wrong with a reference, or {@code null} if it names a record of the dataset. */
  static @Nullable String problem(String reference, Dataset dataset) {
    int colon = reference.indexOf(':');
    Optional<RecordKind> kind =
        colon < 0
            ? Optional.empty()
            : Arrays.stream(RecordKind.values())
                .filter(k -> k.code().equals(reference.substring(0, colon)))
                .findFirst();
    if (kind.isEmpty()) {
      return "is not a record reference KIND:ID with KIND one of " + KINDS;
    }
    String id = reference.substring(colon + 1);
    return exists(kind.get(), id, dataset)
        ? null
        : "refers to no " + kind.get().code() + " '" + id + "' in the dataset";
  }

  private static boolean exists(RecordKind kind, String id, Dataset dataset) {
    return switch (kind) {
      case INITIATIVE -> dataset.initiative(id).isPresent();
      case PARTICIPANT -> dataset.participant(id).isPresent();
      case ACTIVITY -> dataset.activity(id).isPresent();
      case ATTENDANCE -> dataset.attendance().stream().map(Attendance::key).anyMatch(id::equals);
      case CONTRIBUTION -> dataset.contribution(id).isPresent();
      case DECISION -> dataset.decision(id).isPresent();
      case PAYMENT -> dataset.payment(id).isPresent();
      case SURVEY -> dataset.survey(id).isPresent();
      case SURVEY_RESPONSE -> dataset.surveyResponses().stream().anyMatch(r -> r.id().equals(id));
    };
  }
}
