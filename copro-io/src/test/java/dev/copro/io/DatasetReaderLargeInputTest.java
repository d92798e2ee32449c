package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Dataset;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A million attendance records read from JSON Lines in a small heap. The surefire execution {@code
 * large-inputs} of copro-model's pom runs this class alone with {@code -Xmx256m} (it fails with 192
 * MB): the text, about 85 MB, is generated as it is read and never held whole, and the dataset with
 * its indexes must fit in what is left.
 */
@Tag("large")
class DatasetReaderLargeInputTest {

  private static final int PEOPLE = 1_000;
  private static final int MEETINGS = 1_000;

  @Test
  void readJsonLines_aMillionRecords_readInASmallHeap() {
    Dataset dataset = DatasetReader.readJsonLines(new Lines(), "million.jsonl");

    assertThat(dataset.attendance()).hasSize(PEOPLE * MEETINGS);
    assertThat(dataset.participants()).hasSize(PEOPLE);
    assertThat(dataset.attendanceAt("a-999")).hasSize(PEOPLE);
    assertThat(dataset.attendanceOf("p-0")).hasSize(MEETINGS);
  }

  /**
   * The file, one line at a time: a header, an initiative, the participants, the activities, then
   * every participant's attendance at every activity.
   */
  private static final class Lines extends InputStream {
    private int line = -2;
    private byte[] current = new byte[0];
    private int position;

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position == current.length && !next()) {
        return -1;
      }
      int n = Math.min(length, current.length - position);
      System.arraycopy(current, position, buffer, offset, n);
      position += n;
      return n;
    }

    private boolean next() {
      int i = line++;
      String text;
      if (i == -2) {
        text = "{\"format\": \"copro-dataset/1\", \"name\": \"A million invitations\"}";
      } else if (i == -1) {
        text =
            "{\"record\": \"initiative\", \"id\": \"i\", \"name\": \"Board\", \"start\": \"2024-01-01\"}";
      } else if (i < PEOPLE) {
        text =
            "{\"record\": \"participant\", \"id\": \"p-"
                + i
                + "\", \"perspective\": \""
                + (i % 3 == 0 ? "professional" : "lived-experience")
                + "\"}";
      } else if (i < PEOPLE + MEETINGS) {
        int m = i - PEOPLE;
        text =
            "{\"record\": \"activity\", \"id\": \"a-"
                + m
                + "\", \"initiative\": \"i\", \"type\": \"meeting\","
                + " \"stage\": \"design\", \"date\": \"2024-02-01\"}";
      } else if (i < PEOPLE + MEETINGS + PEOPLE * MEETINGS) {
        int k = i - PEOPLE - MEETINGS;
        text =
            "{\"record\": \"attendance\", \"activity\": \"a-"
                + k / PEOPLE
                + "\", \"participant\": \"p-"
                + k % PEOPLE
                + "\", \"attended\": "
                + (k % 4 != 0)
                + "}";
      } else {
        return false;
      }
      current = (text + "\n").getBytes(StandardCharsets.UTF_8);
      position = 0;
      return true;
    }
  }
}
