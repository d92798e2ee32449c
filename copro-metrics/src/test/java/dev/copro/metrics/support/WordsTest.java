package dev.copro.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.AccessKind;
import dev.copro.model.ContributionKind;
import dev.copro.model.Perspective;
import dev.copro.spi.Bloc;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The words of the default metrics' messages: counts with their nouns, the bloc by who it is,
 * lists.
 */
class WordsTest {

  @Test
  void plural_singularForExactlyOne_pluralForEveryOtherCountZeroIncluded() {
    assertThat(Plural.of(0, "decision", "decisions")).isEqualTo("0 decisions");
    assertThat(Plural.of(1, "decision", "decisions")).isEqualTo("1 decision");
    assertThat(Plural.of(2, "activity has", "activities have")).isEqualTo("2 activities have");
    assertThat(Plural.word(1, "was", "were")).isEqualTo("was");
    assertThat(Plural.word(0, "was", "were")).isEqualTo("were");
  }

  @Test
  void ofAll_countsSomeOfTheWhole_andNamesAllOfItInWords() {
    assertThat(Plural.ofAll(1, 3, "decision", "decisions")).isEqualTo("1 of the 3 decisions");
    assertThat(Plural.ofAll(0, 1, "decision", "decisions")).isEqualTo("0 of the 1 decision");
    assertThat(Plural.ofAll(1, 1, "decision", "decisions")).isEqualTo("the one decision");
    assertThat(Plural.ofAll(2, 2, "decision", "decisions")).isEqualTo("both decisions");
    assertThat(Plural.ofAll(5, 5, "decision", "decisions")).isEqualTo("all 5 decisions");
  }

  @Test
  void bloc_isThePeopleItIs_inPerspectiveOrder() {
    assertThat(Words.bloc(Bloc.DEFAULT)).isEqualTo("people with lived experience and carers");
    assertThat(Words.bloc(new Bloc(Set.of(Perspective.CARER)))).isEqualTo("carers");
    assertThat(
            Words.bloc(
                new Bloc(
                    EnumSet.of(
                        Perspective.OTHER, Perspective.CARER, Perspective.LIVED_EXPERIENCE))))
        .isEqualTo("people with lived experience, carers and people of other perspectives");
  }

  @Test
  void blocCount_agreesWithTheCount() {
    assertThat(Words.bloc(Bloc.DEFAULT, 1)).isEqualTo("1 person with lived experience or carer");
    assertThat(Words.bloc(Bloc.DEFAULT, 12))
        .isEqualTo("12 people with lived experience and carers");
    assertThat(Words.bloc(new Bloc(Set.of(Perspective.CARER)), 1)).isEqualTo("1 carer");
    assertThat(Words.bloc(new Bloc(Set.of(Perspective.CARER)), 0)).isEqualTo("0 carers");
    assertThat(
            Words.bloc(
                new Bloc(
                    EnumSet.of(Perspective.LIVED_EXPERIENCE, Perspective.CARER, Perspective.OTHER)),
                1))
        .isEqualTo("1 person with lived experience, carer or person of another perspective");
    assertThat(Words.bloc(new Bloc(EnumSet.of(Perspective.CARER, Perspective.OTHER)), 1))
        .isEqualTo("1 carer or person of another perspective");
  }

  @Test
  void list_joinsAsASentenceDoes() {
    assertThat(Words.list(List.of(), "and")).isEmpty();
    assertThat(Words.list(List.of("a"), "and")).isEqualTo("a");
    assertThat(Words.list(List.of("a", "b"), "or")).isEqualTo("a or b");
    assertThat(Words.list(List.of("a", "b", "c"), "and")).isEqualTo("a, b and c");
  }

  @Test
  void peopleAndThings_inPlainWords() {
    assertThat(Words.people(EnumSet.of(Perspective.PROFESSIONAL, Perspective.CARER), "or"))
        .isEqualTo("carers or professionals");
    assertThat(Words.person(Perspective.LIVED_EXPERIENCE))
        .isEqualTo("person with lived experience");
    assertThat(
            Words.contributions(
                EnumSet.of(ContributionKind.SUGGESTION, ContributionKind.PROPOSAL), "and"))
        .isEqualTo("proposals and suggestions");
    assertThat(Words.contributions(Set.of(), "or")).isEqualTo("contributions");
    assertThat(Words.accessNeed(AccessKind.BSL_INTERPRETER)).isEqualTo("a BSL interpreter");
    assertThat(Words.percent(0.375)).isEqualTo("38%");
    assertThat(Words.capitalised("both decisions")).isEqualTo("Both decisions");
  }
}
