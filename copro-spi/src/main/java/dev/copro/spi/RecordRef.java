package dev.copro.spi;

import dev.copro.model.RecordKind;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A typed reference to a record, as findings give their evidence: the record's kind and id. Its
 * text form is {@code KIND:ID} ({@link Finding#ref}), such as {@code decision:d-12}; an attendance
 * record's id is its key {@code ACTIVITY/PARTICIPANT}, such as {@code attendance:a-3/p-7}.
 *
 * @param kind the kind of record
 * @param id the record's id (for attendance, its key), never blank
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public record RecordRef(RecordKind kind, String id) {

  /** Checks presence. */
  public RecordRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
  }

  /**
   * The reference a text of the form {@code KIND:ID} names, where {@code KIND} is the {@linkplain
   * RecordKind#code() code} of a record kind; empty for any other text (a plugin's evidence may
   * hold other references). The id is everything after the first colon, so ids may themselves hold
   * colons.
   *
   * @param text an evidence entry
   * @return the reference, or empty if the text does not name a kind of record and an id
   */
  public static Optional<RecordRef> parse(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1 || text.substring(colon + 1).isBlank()) {
      return Optional.empty();
    }
    String code = text.substring(0, colon);
    for (RecordKind kind : RecordKind.values()) {
      if (kind.code().equals(code)) {
        return Optional.of(new RecordRef(kind, text.substring(colon + 1)));
      }
    }
    return Optional.empty();
  }

  /** The text form, {@code KIND:ID}, as in evidence. */
  @Override
  public String toString() {
    return Finding.ref(kind, id);
  }
}
