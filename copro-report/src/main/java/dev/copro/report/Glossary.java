package dev.copro.report;

import java.util.List;

/**
 * The words a report uses that a reader may not know, defined once for the text, Markdown and HTML
 * reports, with the numbers this report was made with (the bloc, the suppression minimum, the
 * caution minimum).
 */
final class Glossary {

  /** A term and what it means, in one or two sentences. */
  record Entry(String term, String meaning) {}

  private Glossary() {}

  /** The entries, in alphabetical order of their terms. */
  static List<Entry> entries(ReportView view) {
    var configuration = view.report().configuration();
    int caution = view.options().cautionBelow();
    return List.of(
        new Entry(
            "bloc",
            "The people with lived experience whose share of power the report measures: here, the "
                + "participants whose perspective is "
                + view.bloc()
                + ". Professionals and commissioners are not in it."),
        new Entry(
            "caution",
            caution == 0
                ? "No rating is marked for resting on few records in this report."
                : "A rating marked \"caution\" rests on fewer than "
                    + Values.count(caution, "record")
                    + " (n below "
                    + caution
                    + "): one more or one fewer record could change it, so read it with care."),
        new Entry(
            "finding",
            "Something a metric or rule noticed in the records, with a severity (info, low, "
                + "medium or high) and the ids of the records behind it (its evidence), so that it can be checked."),
        new Entry(
            "n",
            "How many records a figure rests on: decisions, attendances, contributions or people, "
                + "depending on the metric. The smaller n is, the less a figure can be trusted."),
        new Entry(
            "rating and cap",
            "GREEN, AMBER or RED, from the metric's thresholds (shown as dashed lines on "
                + "the charts). A cap is a limit set by the warning signs: while a serious sign stands, a principle "
                + "or the overall score is rated no better than the cap, whatever its score."),
        new Entry(
            "rung",
            "A step on a ladder of participation. The TLAP ladder has 7 rungs, from coercion (1) "
                + "to co-production (7); rungs 1 and 2 are 'doing to', 3 to 5 'doing for', 6 and 7 'doing with'."),
        new Entry(
            "sign",
            "A warning sign of tokenism, such as people brought in after the decisions were made, "
                + "found in the records with the evidence behind it."),
        new Entry(
            "suppressed",
            "A group with fewer than "
                + Values.count(configuration.suppressionMinimum(), "person", "people")
                + " is not reported, so that nobody can be picked out; the report says "
                + "\"suppressed\" instead of a number."));
  }
}
