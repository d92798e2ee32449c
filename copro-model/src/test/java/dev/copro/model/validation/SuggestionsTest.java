package dev.copro.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void distance_knownValues() {
    // The textbook example: kitten → sitten → sittin → sitting.
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    // Optimal string alignment cannot edit a substring twice, so "ca" → "abc" takes 3, where the
    // unrestricted Damerau–Levenshtein distance is 2 (the usual example of the difference).
    assertThat(Suggestions.distance("ca", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("nmae", "name")).isEqualTo(1);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
  }

  @Property
  void distance_isSymmetricAndBoundedByTheLengths(
      @ForAll @StringLength(max = 12) String a, @ForAll @StringLength(max = 12) String b) {
    int d = Suggestions.distance(a, b);

    assertThat(d).isEqualTo(Suggestions.distance(b, a));
    assertThat(d).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
    assertThat(Suggestions.distance(a, a)).isZero();
  }

  @Test
  void nearest_findsLikelyTyposOnly() {
    List<String> fields = List.of("id", "perspective", "joined", "left");

    assertThat(Suggestions.nearest("joind", fields)).contains("joined");
    assertThat(Suggestions.nearest("Perspective", fields)).contains("perspective");
    assertThat(Suggestions.nearest("startdate", fields)).isEmpty();
    assertThat(Suggestions.nearest("x".repeat(100), fields)).isEmpty();
  }
}
