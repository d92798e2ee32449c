package dev.copro.metrics.experience;

import dev.copro.model.Dataset;
import dev.copro.model.StringIndex;
import dev.copro.model.Survey;
import dev.copro.model.SurveyItem;
import dev.copro.spi.EvaluationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Every survey item of the dataset, numbered from 0 in the order of the surveys and their items:
 * looked up by survey and item id, with its key {@code SURVEY/ITEM} and its scale. Found once per
 * evaluation and shared by the survey metrics ({@link EvaluationContext#shared}). Immutable.
 */
final class SurveyItems {

  private final StringIndex surveys;
  private final List<StringIndex> itemsOfSurvey = new ArrayList<>();
  private final List<Integer> firstOfSurvey = new ArrayList<>();
  private final List<SurveyItem> items = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private final int span;

  private SurveyItems(Dataset dataset) {
    surveys = StringIndex.positions(dataset.surveys().stream().map(Survey::id).toList());
    int widest = 1;
    for (Survey survey : dataset.surveys()) {
      firstOfSurvey.add(items.size());
      itemsOfSurvey.add(
          StringIndex.positions(survey.items().stream().map(SurveyItem::id).toList()));
      for (SurveyItem item : survey.items()) {
        items.add(item);
        keys.add(survey.id() + "/" + item.id());
        widest = Math.max(widest, item.scaleMax() - item.scaleMin() + 1);
      }
    }
    span = widest;
  }

  /** The items of the context's dataset, shared by every call of one evaluation. */
  static SurveyItems of(EvaluationContext context) {
    return context.shared(
        "copro.experience/survey-items",
        SurveyItems.class,
        () -> new SurveyItems(context.dataset()));
  }

  /**
   * The number of the item with the given ids; a built Dataset has resolved every response's survey
   * and item, so the lookups cannot miss.
   */
  int index(String survey, String item) {
    int s = surveys.get(survey);
    return firstOfSurvey.get(s) + itemsOfSurvey.get(s).get(item);
  }

  /** How many items there are, at least 1 (a factor of keys made from item numbers). */
  int count() {
    return Math.max(1, items.size());
  }

  /** How many items there are. */
  int size() {
    return items.size();
  }

  /** The number of answer values of the widest scale. */
  int span() {
    return span;
  }

  SurveyItem item(int index) {
    return items.get(index);
  }

  /** Its key {@code SURVEY/ITEM}. */
  String key(int index) {
    return keys.get(index);
  }
}
