package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void quote_cutsLongValuesAndHidesControlCharacters() {
    assertThat(Messages.quote("a\nb")).isEqualTo("'a?b'");
    assertThat(Messages.quote("y".repeat(50))).isEqualTo("'" + "y".repeat(40) + "…'");
  }

  @Test
  void didYouMean_endsTheSentenceEitherWay() {
    assertThat(Messages.didYouMean("joind", List.of("joined", "left")))
        .isEqualTo("; did you mean 'joined'?");
    assertThat(Messages.didYouMean("startdate", List.of("joined", "left"))).isEqualTo(".");
  }
}
