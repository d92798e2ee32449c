package dev.copro.metrics.access;

import dev.copro.metrics.support.InIdOrder;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.ReferenceMetric;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Shares;
import dev.copro.metrics.support.Words;
import dev.copro.model.Activity;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * {@code copro.access.notice}: the share of activities in scope whose invitations went out at least
 * {@value #MINIMUM_DAYS} days (default 14) before the day, with the median days of notice as the
 * component {@code medianDays}. Notice is counted in calendar days from {@link
 * Activity#invitedOn()} to {@link Activity#date()}.
 *
 * <p>Activities without an invitation date are left out with a warning. Findings: one {@value
 * #SHORT_NOTICE} per activity below the minimum, high when the notice was under {@value
 * #VERY_SHORT_DAYS} days (the "two days' notice" people describe), medium otherwise. Breakdowns: by
 * lifecycle stage and by activity type.
 *
 * <p>Streams trivially: it reads only the activities in scope, which are reference records.
 */
public final class NoticeGiven extends ReferenceMetric {

  /** The metric's id. */
  public static final String ID = "copro.access.notice";

  /** The parameter giving the minimum days of notice. */
  public static final String MINIMUM_DAYS = "minimumDays";

  /** The code of the finding that an activity gave less than the minimum notice. */
  public static final String SHORT_NOTICE = "short-notice";

  /**
   * Notice under a week leaves no time to arrange care cover, transport or support; findings below
   * it are high.
   */
  public static final int VERY_SHORT_DAYS = 7;

  private static final Descriptor DESCRIPTOR =
      Descriptor.builder(ID)
          .version("1.0.0")
          .name("Notice given")
          .description(
              "The share of activities whose invitations went out at least the minimum number of days"
                  + " before (default 14). Carers need to arrange cover, disabled people transport and support, and"
                  + " everyone needs time to read the papers; \"two days' notice\" is a warning sign of tokenism."
                  + " Component: the median days of notice.")
          .summary(
              "The share of activities whose invitations went out at least the minimum notice before "
                  + "them (14 days unless configured), from 0% to 100%.")
          .goodLooksLike(
              "Nearly every activity, so that carers can arrange cover, people can book transport and "
                  + "support, and everyone has time to read the papers.")
          .principles(Principle.ACCESSIBILITY)
          .unit(Unit.SHARE)
          .range(ValueRange.UNIT_INTERVAL)
          .parameters(
              ParameterSpec.integer(
                  MINIMUM_DAYS,
                  14,
                  0,
                  365,
                  "The fewest days between invitation and activity"
                      + " that count as enough notice."))
          .thresholds(Thresholds.higherIsBetter(0.9, 0.7))
          .references(
              References.SCIE_GUIDE_51,
              References.INVOLVE_BRIEFING_NOTES,
              References.UK_STANDARDS,
              References.warningSigns("warning sign 7: two days' notice"))
          .build();

  /** Creates the metric; it holds no state. */
  public NoticeGiven() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  protected Measurement measureReferences(EvaluationContext context) {
    List<Activity> activities = InIdOrder.activities(context);
    if (activities.isEmpty()) {
      return Measurement.noValue("no activities in scope");
    }
    int minimum = context.parameters().integer(MINIMUM_DAYS);
    // The dated activities, and their days of notice in the same order.
    List<Activity> dated = new ArrayList<>();
    double[] days = new double[activities.size()];
    int enough = 0;
    for (Activity activity : activities) {
      Long notice = activity.noticeDays();
      if (notice == null) {
        continue;
      }
      days[dated.size()] = notice;
      dated.add(activity);
      enough += notice >= minimum ? 1 : 0;
    }
    if (dated.isEmpty()) {
      return Measurement.noValue(
          String.format(
              Locale.ROOT,
              "none of the %d activities in scope has an invitation date (invitedOn)",
              activities.size()));
    }
    Measurement.Builder result =
        Measurement.of((double) enough / dated.size(), dated.size())
            .component("medianDays", new Median().evaluate(days, 0, dated.size()))
            .breakdowns(Shares.byStageAndType(dated, a -> hasEnoughNotice(a, minimum)));
    // A second pass, over the notice already worked out, hands the builder one finding at a time,
    // which it makes only if it lists it.
    for (int i = 0; i < dated.size(); i++) {
      long notice = (long) days[i];
      if (notice < minimum) {
        Activity activity = dated.get(i);
        result.finding(() -> shortNotice(activity, notice, minimum));
      }
    }
    if (dated.size() < activities.size()) {
      int undated = activities.size() - dated.size();
      result.warning(
          Words.capitalised(Plural.ofAll(undated, activities.size(), "activity", "activities"))
              + " in scope "
              + Plural.word(undated, "has", "have")
              + " no invitation date, so "
              + Plural.word(undated, "it is", "they are")
              + " left out.");
    }
    return result.build();
  }

  private static boolean hasEnoughNotice(Activity activity, int minimum) {
    Long notice = activity.noticeDays();
    return notice != null && notice >= minimum;
  }

  /** The finding that an activity gave {@code notice} days' notice, under the minimum. */
  private static Finding shortNotice(Activity activity, long notice, int minimum) {
    return Finding.of(
        SHORT_NOTICE,
        notice < VERY_SHORT_DAYS ? Severity.HIGH : Severity.MEDIUM,
        String.format(
            Locale.ROOT,
            "Activity %s gave %d day%s notice, less than the minimum of %d.",
            activity.id(),
            notice,
            notice == 1 ? "'s" : "s'",
            minimum),
        List.of(Finding.ref(RecordKind.ACTIVITY, activity.id())));
  }
}
