package dev.copro.model;

import org.apiguardian.api.API;

/**
 * A value of one of the model's enumerations, written in datasets as a short lower-case code
 * ({@code "lived-experience"}, {@code "co-design"}).
 *
 * <p>Every enumeration that real data can outgrow has an {@code OTHER} constant. A record that
 * holds such a value also holds a label saying what "other" means; in the dataset format the pair
 * is written {@code "other:peer researcher"} (see docs/dataset-format.md). Codes outside the
 * enumeration are rejected, with the nearest known code suggested: nothing is guessed.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Coded {

  /** The code used for this value in datasets and reports, never blank. */
  String code();
}
