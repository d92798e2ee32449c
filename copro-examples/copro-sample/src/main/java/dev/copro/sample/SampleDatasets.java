package dev.copro.sample;

import dev.copro.io.DatasetReader;
import dev.copro.model.Dataset;
import dev.copro.model.validation.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The sample datasets bundled with copro, read from the class path. The command-line tool evaluates
 * {@link #northfield()} when it is given no input.
 *
 * @since 0.1.0
 */
public final class SampleDatasets {

  /** The class-path resource holding the Northfield dataset as JSON: {@value}. */
  public static final String RESOURCE = "dev/copro/sample/sample-dataset.json";

  /** The id of the Direct Payments Co-production Board initiative: good practice. */
  public static final String DIRECT_PAYMENTS_BOARD = BoardStory.INITIATIVE;

  /** The id of the carers' support service redesign initiative: the warning signs. */
  public static final String CARERS_REDESIGN = CarersStory.INITIATIVE;

  private SampleDatasets() {}

  /**
   * The Northfield Council sample: a year of its Direct Payments Co-production Board ({@value
   * #DIRECT_PAYMENTS_BOARD}) beside five months of a carers' support service redesign ({@value
   * #CARERS_REDESIGN}). Read afresh from {@value #RESOURCE} on each call; equal to {@link
   * SampleGenerator#generate()}.
   *
   * @return the dataset, valid
   * @throws UncheckedIOException if the resource is missing or cannot be read (a broken build)
   * @throws InvalidInputException if the resource is not a valid dataset (a broken build)
   */
  public static Dataset northfield() {
    try (InputStream in = SampleDatasets.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("the sample dataset " + RESOURCE + " is not on the class path"));
      }
      return DatasetReader.readJson(in, "sample-dataset.json");
    } catch (IOException e) {
      throw new UncheckedIOException("the sample dataset " + RESOURCE + " cannot be read", e);
    }
  }
}
