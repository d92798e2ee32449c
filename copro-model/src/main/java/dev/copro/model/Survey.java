package dev.copro.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A questionnaire (an instrument) whose items participants answer, such as a PPEET participant
 * questionnaire or a local "how involved did you feel" survey.
 *
 * @param id unique among surveys, never blank
 * @param name a human-readable name
 * @param items its items, at least one, with unique ids
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Survey(String id, String name, List<SurveyItem> items) {

  /** Checks presence and takes an immutable copy. */
  public Survey {
    Records.requireId(id, "id");
    Objects.requireNonNull(name, "name");
    items = Records.list(items);
  }

  /** The item with the given id, if there is one. */
  public Optional<SurveyItem> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }
}
