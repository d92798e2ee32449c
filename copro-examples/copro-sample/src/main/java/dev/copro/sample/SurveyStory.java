package dev.copro.sample;

import dev.copro.model.Attendance;
import dev.copro.model.Principle;
import dev.copro.model.Survey;
import dev.copro.model.SurveyItem;
import dev.copro.model.SurveyResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The council's experience survey, sent to everyone who took part at the end of each initiative:
 * board members and staff broadly agree; in the carers' project staff rate it well and carers do
 * not, the perception gap that marks tokenism.
 */
final class SurveyStory {

  static final String SURVEY = "experience-2025";
  private static final List<SurveyItem> ITEMS =
      List.of(
          item("listened", "I felt listened to", Principle.EQUALITY),
          item("difference", "My ideas made a difference", Principle.EQUALITY),
          item("access", "The venue and arrangements met my access needs", Principle.ACCESSIBILITY),
          item(
              "notice",
              "I had enough notice and information to take part",
              Principle.ACCESSIBILITY),
          item("valued", "My time and expertise were valued and rewarded", Principle.RECIPROCITY),
          item(
              "diverse", "The group reflected the people who use the service", Principle.DIVERSITY),
          item("continue", "I would want to keep working with this group", Principle.RELATIONSHIP));

  // Mean answers per item, in the order of ITEMS, on the 1–5 scale.
  private static final double[] BOARD_BLOC = {4.3, 4.0, 4.4, 4.3, 4.2, 3.5, 4.5};
  private static final double[] BOARD_OTHERS = {4.4, 4.3, 4.3, 4.2, 4.0, 3.6, 4.3};
  private static final double[] CARERS = {2.1, 1.6, 2.3, 1.7, 1.8, 2.9, 2.2};
  private static final double[] CARERS_STAFF = {4.2, 4.0, 4.1, 3.9, 4.0, 3.5, 4.1};
  private static final double SPREAD = 0.75;
  private static final double SKIPPED_ITEM = 0.04;

  private final Ledger ledger;

  SurveyStory(Ledger ledger) {
    this.ledger = ledger;
  }

  void tell() {
    ledger.add(new Survey(SURVEY, "Northfield co-production experience survey 2025", ITEMS));
    Map<String, String> initiativeOf = new TreeMap<>();
    ledger.activities().forEach(a -> initiativeOf.put(a.id(), a.initiative()));
    ask(
        CarersStory.INITIATIVE,
        initiativeOf,
        1,
        LocalDate.of(2025, 7, 23),
        8,
        CARERS,
        CARERS_STAFF,
        0.85);
    ask(
        BoardStory.INITIATIVE,
        initiativeOf,
        3,
        LocalDate.of(2025, 11, 24),
        11,
        BOARD_BLOC,
        BOARD_OTHERS,
        0.8);
  }

  /**
   * Asks everyone still involved who came to at least {@code minimum} of the initiative's
   * activities; staff always answer, others with the given probability.
   */
  private void ask(
      String initiative,
      Map<String, String> initiativeOf,
      int minimum,
      LocalDate sent,
      int window,
      double[] blocMeans,
      double[] otherMeans,
      double answerRate) {
    Map<String, Integer> attended = new TreeMap<>();
    for (Attendance a : ledger.attendance()) {
      if (a.attended() && initiative.equals(initiativeOf.get(a.activity()))) {
        attended.merge(a.participant(), 1, Integer::sum);
      }
    }
    Cast cast = ledger.cast;
    attended.forEach(
        (id, count) -> {
          if (count < minimum
              || !cast.activeOn(id, sent)
              || !(cast.isStaff(id) || ledger.dice.chance(answerRate))) {
            return;
          }
          double[] means = cast.isBloc(id) ? blocMeans : otherMeans;
          LocalDate answered = sent.plusDays(ledger.dice.between(0, window));
          for (int i = 0; i < ITEMS.size(); i++) {
            SurveyItem item = ITEMS.get(i);
            int value = (int) StrictMath.round(ledger.dice.gaussian(means[i], SPREAD));
            if (!ledger.dice.chance(SKIPPED_ITEM)) {
              ledger.add(
                  new SurveyResponse(
                      ledger.nextId("sr-", 4),
                      SURVEY,
                      item.id(),
                      id,
                      initiative,
                      answered,
                      Math.max(item.scaleMin(), Math.min(item.scaleMax(), value))));
            }
          }
        });
  }

  private static SurveyItem item(String id, String statement, Principle principle) {
    return new SurveyItem(id, statement, 1, 5, principle);
  }
}
