package dev.copro.metrics.diversity;

import dev.copro.metrics.support.InIdOrder;
import dev.copro.metrics.support.References;
import dev.copro.metrics.support.Shares;
import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code copro.diversity.key-stakeholders}: the share of activities in scope at which every
 * configured key group (perspective codes; by default lived experience, carers and professionals)
 * had at least one person present. Component {@code invitedShare}: the share at which every key
 * group had at least one person invited.
 *
 * <p>Activities with no attendance record at all are left out with a warning: whether anyone came
 * is unknown, not "nobody". Findings, per activity: {@value #NOT_INVITED} (high) for key groups
 * with nobody invited and nobody present — the warning sign "key stakeholders not present or not
 * even invited"; {@value #ABSENT} (low) for key groups whose invitees all stayed away, with their
 * attendance records as evidence. A group present without an invitation (a walk-in at an open
 * event) is not reported as uninvited. Breakdowns: by lifecycle stage and by activity type.
 */
public final class KeyStakeholderPresence implements Metric {

  /** The metric's id. */
  public static final String ID = "copro.diversity.key-stakeholders";

  /** The parameter listing the key groups as perspective codes. */
  public static final String GROUPS = "groups";

  /** The code of the finding that a key group was neither invited nor present. */
  public static final String NOT_INVITED = "key-group-not-invited";

  /** The code of the finding that a key group was invited but nobody from it attended. */
  public static final String ABSENT = "key-group-absent";

  private static final Descriptor DESCRIPTOR = Descriptor.builder(ID)
      .version("1.0.0")
      .name("Key stakeholders present")
      .description("The share of activities at which every key stakeholder group (by default people with lived"
          + " experience, carers and professionals) had at least one person present. \"Nothing about us without"
          + " us\": key stakeholders not present, or not even invited, is a warning sign of tokenism. Component:"
          + " the share of activities to which every key group was invited.")
      .principles(Principle.DIVERSITY)
      .unit(Unit.SHARE)
      .range(ValueRange.UNIT_INTERVAL)
      .parameters(ParameterSpec.strings(GROUPS,
          List.of(Perspective.LIVED_EXPERIENCE.code(), Perspective.CARER.code(), Perspective.PROFESSIONAL.code()),
          "The key stakeholder groups, as perspective codes (lived-experience, carer, professional, commissioner,"
              + " other); every one should be present at every activity."))
      .thresholds(Thresholds.higherIsBetter(0.9, 0.7))
      .references(
          References.SCIE_GUIDE_51,
          References.warningSigns("warning sign 9: key stakeholders not present or even invited"))
      .build();

  /** Creates the metric; it holds no state. */
  public KeyStakeholderPresence() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Measurement measure(EvaluationContext context) {
    List<String> entries = context.parameters().strings(GROUPS);
    Set<Perspective> keys = EnumSet.noneOf(Perspective.class);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Optional<Perspective> p = PerspectiveCodes.parse(entries.get(i));
      if (p.isPresent()) {
        keys.add(p.get());
      } else {
        problems.add("entry " + (i + 1) + " (\"" + entries.get(i) + "\") names no perspective");
      }
    }
    if (!problems.isEmpty()) {
      return Measurement.noValue("the parameter '" + GROUPS + "' is invalid: " + String.join("; ", problems)
          + "; use perspective codes: " + PerspectiveCodes.known());
    }
    if (keys.isEmpty()) {
      return Measurement.noValue("the parameter '" + GROUPS + "' lists no key group: give perspective codes such as "
          + PerspectiveCodes.known());
    }
    if (context.activities().isEmpty()) {
      return Measurement.noValue("no activities in scope");
    }
    Dataset data = context.dataset();
    List<Activity> recorded = new ArrayList<>();
    Set<String> allPresent = new HashSet<>();
    int allInvited = 0;
    List<Finding> findings = new ArrayList<>();
    for (Activity activity : InIdOrder.activities(context)) {
      List<Attendance> records = InIdOrder.byParticipant(data.attendanceAt(activity.id()));
      if (records.isEmpty()) {
        continue;
      }
      recorded.add(activity);
      Set<Perspective> invited = EnumSet.noneOf(Perspective.class);
      Set<Perspective> present = EnumSet.noneOf(Perspective.class);
      for (Attendance a : records) {
        Optional<Perspective> p = data.participant(a.participant()).map(Participant::perspective);
        if (p.isPresent() && a.invited()) {
          invited.add(p.get());
        }
        if (p.isPresent() && a.attended()) {
          present.add(p.get());
        }
      }
      if (present.containsAll(keys)) {
        allPresent.add(activity.id());
      }
      if (invited.containsAll(keys)) {
        allInvited++;
      }
      Set<Perspective> unreached = EnumSet.copyOf(keys);
      unreached.removeAll(invited);
      unreached.removeAll(present);
      if (!unreached.isEmpty()) {
        findings.add(Finding.of(NOT_INVITED, Severity.HIGH, String.format(Locale.ROOT,
            "At activity %s nobody from the key group(s) %s was invited or present.", activity.id(),
            PerspectiveCodes.join(unreached)), List.of(Finding.ref(RecordKind.ACTIVITY, activity.id()))));
      }
      Set<Perspective> stayedAway = EnumSet.copyOf(keys);
      stayedAway.retainAll(invited);
      stayedAway.removeAll(present);
      if (!stayedAway.isEmpty()) {
        findings.add(absence(data, activity, records, stayedAway));
      }
    }
    if (recorded.isEmpty()) {
      return Measurement.noValue(String.format(Locale.ROOT,
          "none of the %d activities in scope has attendance recorded", context.activities().size()));
    }
    Measurement.Builder result = Measurement.of((double) allPresent.size() / recorded.size(), recorded.size())
        .component("invitedShare", (double) allInvited / recorded.size())
        .breakdowns(Shares.byStageAndType(recorded, a -> allPresent.contains(a.id())));
    findings.forEach(result::finding);
    int unrecorded = context.activities().size() - recorded.size();
    if (unrecorded > 0) {
      result.warning(String.format(Locale.ROOT, "Activities with no attendance recorded, left out: %d of %d.",
          unrecorded, context.activities().size()));
    }
    return result.build();
  }

  private static Finding absence(Dataset data, Activity activity, List<Attendance> records, Set<Perspective> groups) {
    List<String> evidence = new ArrayList<>();
    evidence.add(Finding.ref(RecordKind.ACTIVITY, activity.id()));
    for (Attendance a : records) {
      boolean inGroups = data.participant(a.participant()).map(p -> groups.contains(p.perspective())).orElse(false);
      if (inGroups && a.invited() && !a.attended()) {
        evidence.add(Finding.ref(RecordKind.ATTENDANCE, a.key()));
      }
    }
    return Finding.of(ABSENT, Severity.LOW, String.format(Locale.ROOT,
        "At activity %s nobody from the key group(s) %s attended; invited: %d.", activity.id(),
        PerspectiveCodes.join(groups), evidence.size() - 1), evidence);
  }
}
