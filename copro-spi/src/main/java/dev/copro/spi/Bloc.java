package dev.copro.spi;

import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The lived-experience bloc: the perspectives whose share of power co-production is about. By
 * default people with lived experience and carers; an evaluation can configure otherwise.
 *
 * @param perspectives the perspectives that belong to the bloc, at least one
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Bloc(Set<Perspective> perspectives) {

  /** Lived experience and carers. */
  public static final Bloc DEFAULT =
      new Bloc(EnumSet.of(Perspective.LIVED_EXPERIENCE, Perspective.CARER));

  /** Checks there is at least one perspective and takes an immutable copy. */
  public Bloc {
    if (perspectives.isEmpty()) {
      throw new IllegalArgumentException("the bloc needs at least one perspective");
    }
    perspectives = java.util.Collections.unmodifiableSet(EnumSet.copyOf(perspectives));
  }

  /** Whether the participant belongs to the bloc. */
  public boolean contains(Participant participant) {
    return perspectives.contains(participant.perspective());
  }
}
