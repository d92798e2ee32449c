package dev.copro.spi;

import dev.copro.model.Participant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A way of grouping participants for a breakdown: by perspective, or by one of their attributes.
 * (Breakdowns by initiative and by period are made by the engine, by evaluating each scope.)
 *
 * @param name {@code perspective}, or the name of a participant attribute such as {@code age-band}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Dimension(String name) {

  /** Grouping by {@link Participant#perspective()}. */
  public static final Dimension PERSPECTIVE = new Dimension("perspective");

  /** The key for participants who have no value for an attribute. */
  public static final String NOT_RECORDED = "not-recorded";

  /** Checks the name is present and not blank. */
  public Dimension {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a dimension name must not be blank");
    }
  }

  /** Grouping by the named participant attribute. */
  public static Dimension attribute(String name) {
    return new Dimension(name);
  }

  /** The group a participant falls in: their perspective's code, or their attribute value. */
  public String groupOf(Participant participant) {
    if (this.equals(PERSPECTIVE)) {
      return participant.perspective().code();
    }
    return participant.attributes().getOrDefault(name, NOT_RECORDED);
  }
}
