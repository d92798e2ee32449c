package dev.copro.io;

import dev.copro.model.Coded;
import org.jspecify.annotations.Nullable;

/**
 * A coded value with the label that says what "other" means, as the format writes them together:
 * {@code "carer"}, or {@code "other:peer researcher"}.
 *
 * @param value the enumeration value
 * @param label the label, present only with the value whose code is {@code other}
 */
record Labelled<E extends Enum<E> & Coded>(E value, @Nullable String label) {

  /** The written form: the code, or {@code other:LABEL}. */
  String code() {
    return label == null ? value.code() : value.code() + ":" + label;
  }
}
