package dev.copro.metrics.support;

import dev.copro.model.AccessKind;
import dev.copro.model.ContributionKind;
import dev.copro.model.Perspective;
import dev.copro.spi.Bloc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The words the default metrics use for the people and things in their messages, so that every
 * finding and warning names them the same way: the bloc as the people it is ("people with lived
 * experience and carers"), never as "the bloc"; lists joined as a person writes them; shares as
 * whole percentages.
 */
public final class Words {

  private Words() {}

  /**
   * The people of a perspective, in plain words: {@code people with lived experience}, {@code
   * carers}, {@code professionals}, {@code commissioners}, {@code people of other perspectives}.
   */
  public static String people(Perspective perspective) {
    return switch (perspective) {
      case LIVED_EXPERIENCE -> "people with lived experience";
      case CARER -> "carers";
      case PROFESSIONAL -> "professionals";
      case COMMISSIONER -> "commissioners";
      case OTHER -> "people of other perspectives";
    };
  }

  /**
   * The people of several perspectives, in the order of {@link Perspective}, joined by the
   * conjunction: {@code people with lived experience and carers}, {@code carers or professionals}.
   */
  public static String people(Collection<Perspective> perspectives, String conjunction) {
    List<String> names = new ArrayList<>();
    for (Perspective p : Perspective.values()) {
      if (perspectives.contains(p)) {
        names.add(people(p));
      }
    }
    return list(names, conjunction);
  }

  /**
   * The lived-experience bloc as the people it is: by default {@code people with lived experience
   * and carers}; {@code carers} for a bloc of carers alone.
   */
  public static String bloc(Bloc bloc) {
    return people(bloc.perspectives(), "and");
  }

  /**
   * A count of the bloc's people: {@code 1 person with lived experience or carer}, {@code 12 people
   * with lived experience and carers}; for a bloc of carers alone {@code 1 carer}, {@code 3
   * carers}.
   */
  public static String bloc(Bloc bloc, long n) {
    if (n != 1) {
      return n + " " + bloc(bloc);
    }
    List<String> names = new ArrayList<>();
    for (Perspective p : Perspective.values()) {
      if (bloc.perspectives().contains(p)) {
        names.add(person(p));
      }
    }
    return "1 " + list(names, "or");
  }

  /**
   * One person of a perspective, without an article: {@code person with lived experience}, {@code
   * carer}.
   */
  public static String person(Perspective perspective) {
    return switch (perspective) {
      case LIVED_EXPERIENCE -> "person with lived experience";
      case CARER -> "carer";
      case PROFESSIONAL -> "professional";
      case COMMISSIONER -> "commissioner";
      case OTHER -> "person of another perspective";
    };
  }

  /**
   * Kinds of contribution as a plural noun phrase, in the order of {@link ContributionKind}: {@code
   * proposals and suggestions}, {@code concerns or stories}; {@code contributions} for none.
   */
  public static String contributions(Collection<ContributionKind> kinds, String conjunction) {
    List<String> names = new ArrayList<>();
    for (ContributionKind kind : ContributionKind.values()) {
      if (kinds.contains(kind)) {
        names.add(
            switch (kind) {
              case PROPOSAL -> "proposals";
              case SUGGESTION -> "suggestions";
              case CONCERN -> "concerns";
              case STORY -> "stories";
              case QUESTION -> "questions";
              case OTHER -> "other contributions";
            });
      }
    }
    return names.isEmpty() ? "contributions" : list(names, conjunction);
  }

  /** Items joined as a sentence lists them: {@code a}, {@code a and b}, {@code a, b and c}. */
  public static String list(List<String> items, String conjunction) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + conjunction
        + " "
        + items.get(items.size() - 1);
  }

  /** A kind of access need in plain words: {@code step-free access}, {@code a hearing loop}. */
  public static String accessNeed(AccessKind kind) {
    return switch (kind) {
      case STEP_FREE -> "step-free access";
      case ACCESSIBLE_TOILET -> "an accessible toilet";
      case HEARING_LOOP -> "a hearing loop";
      case BSL_INTERPRETER -> "a BSL interpreter";
      case CAPTIONS -> "captions";
      case EASY_READ -> "easy-read papers";
      case LARGE_PRINT -> "large print";
      case PAPERS_IN_ADVANCE -> "papers in advance";
      case QUIET_ROOM -> "a quiet room";
      case REMOTE_OPTION -> "a way to join remotely";
      case TRAVEL_SUPPORT -> "travel support";
      case PERSONAL_ASSISTANT -> "a personal assistant";
      case REFRESHMENTS -> "refreshments";
      case INTERPRETER -> "an interpreter";
      case OTHER -> "another need";
    };
  }

  /** The text with its first letter in upper case: for a sentence that begins with a name. */
  public static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** A share as a whole percentage: {@code 0.375} is {@code 38%}. */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
