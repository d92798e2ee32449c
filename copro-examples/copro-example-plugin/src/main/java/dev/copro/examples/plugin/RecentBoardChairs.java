package dev.copro.examples.plugin;

import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Rule;
import dev.copro.spi.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code acme.boards.bloc-chair}: a finding for each initiative none of whose last {@code
 * lastMeetings} board meetings (with chairs recorded) was chaired or co-chaired by a member of the
 * lived-experience bloc. Board meetings without chairs recorded are not judged.
 */
public final class RecentBoardChairs implements Rule {

  /** The rule's id. */
  public static final String ID = "acme.boards.bloc-chair";

  /** The code of its finding. */
  public static final String NO_BLOC_CHAIR = "no-bloc-chair";

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .version("1.0.0")
          .name("Bloc chairs the board")
          .description(
              "Flags an initiative whose recent board meetings were all chaired by professionals: people with "
                  + "lived experience attend, but do not lead.")
          .summary(
              "A finding for each initiative whose latest board meetings were all chaired by professionals.")
          .goodLooksLike(
              "No finding: people with lived experience chair or co-chair some of every initiative's recent "
                  + "board meetings.")
          .principles(Principle.EQUALITY)
          .parameters(
              ParameterSpec.integer(
                  "lastMeetings", 3, 1, 100, "How many of the latest board meetings to look at"))
          .build();

  /** Creates the rule; the engine calls this through {@link java.util.ServiceLoader}. */
  public RecentBoardChairs() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(EvaluationContext context) {
    int last = context.parameters().integer("lastMeetings");
    Map<String, List<Activity>> boards = new TreeMap<>();
    for (Activity activity : context.activities()) {
      if (activity.type() == ActivityType.BOARD && !activity.chairs().isEmpty()) {
        boards.computeIfAbsent(activity.initiative(), i -> new ArrayList<>()).add(activity);
      }
    }
    List<Finding> findings = new ArrayList<>();
    boards.forEach(
        (initiative, meetings) -> {
          meetings.sort(Comparator.comparing(Activity::date).thenComparing(Activity::id));
          List<Activity> recent =
              meetings.subList(Math.max(0, meetings.size() - last), meetings.size());
          if (recent.stream().flatMap(a -> a.chairs().stream()).noneMatch(context::isBloc)) {
            List<String> evidence = new ArrayList<>();
            evidence.add(Finding.ref(RecordKind.INITIATIVE, initiative));
            recent.forEach(a -> evidence.add(Finding.ref(RecordKind.ACTIVITY, a.id())));
            findings.add(
                Finding.of(
                    NO_BLOC_CHAIR,
                    Severity.MEDIUM,
                    "Initiative '"
                        + initiative
                        + "': none of the last "
                        + recent.size()
                        + " board meetings was chaired by a member of the lived-experience bloc.",
                    evidence));
          }
        });
    return findings;
  }
}
