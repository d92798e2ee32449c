package dev.copro.metrics.access;

import dev.copro.metrics.support.InIdOrder;
import dev.copro.metrics.support.References;
import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Participant;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Descriptor;
import dev.copro.spi.EvaluationContext;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Metric;
import dev.copro.spi.Severity;
import dev.copro.spi.Thresholds;
import dev.copro.spi.Unit;
import dev.copro.spi.ValueRange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code copro.access.needs-met}: the share of attendances in scope — people who attended and had
 * declared access needs — at which every declared need was met, that is, the activity offered a
 * provision equal to it ({@link AccessProvision} equality: same kind, and for "other" the same label
 * ignoring case).
 *
 * <p>Component {@code absentUnmetShare}: among people invited who did not attend and had declared
 * needs, the share whose needs the activity did not meet — set beside the headline, it shows whether
 * unmet needs go with staying away. Omitted when there are no such invitations.
 *
 * <p>Findings per activity: {@value #UNMET} (high) for attendees whose needs were not met,
 * {@value #UNMET_ABSENT} (medium) for absent invitees whose needs were not met, each with the
 * attendance records as evidence and the kinds of need by code (a label of "other" is free text and
 * never shown). Breakdowns: every participant dimension, and {@value #NEED}: for each kind of need,
 * the share of attendances declaring it at which it was met.
 */
public final class AccessNeedsMet implements Metric {

  /** The metric's id. */
  public static final String ID = "copro.access.needs-met";

  /** The code of the finding that attendees' declared needs were not met. */
  public static final String UNMET = "unmet-access-needs";

  /** The code of the finding that absent invitees' declared needs were not met. */
  public static final String UNMET_ABSENT = "unmet-access-needs-absent";

  /** The name of the breakdown by kind of need. */
  public static final String NEED = "need";

  private static final Descriptor DESCRIPTOR = Descriptor.builder(ID)
      .version("1.0.0")
      .name("Access needs met")
      .description("The share of attendances by people who declared access needs (step-free access, a hearing"
          + " loop, a BSL interpreter, easy-read papers…) at which the activity provided for every one of them."
          + " Accessibility means everyone can take part in ways that meet their needs; a venue that ignores"
          + " physical access or sensory needs is a warning sign of tokenism. Component: the same failure among"
          + " people invited who did not come.")
      .principles(Principle.ACCESSIBILITY)
      .unit(Unit.SHARE)
      .range(ValueRange.UNIT_INTERVAL)
      .thresholds(Thresholds.higherIsBetter(0.95, 0.8))
      .references(
          References.SCIE_GUIDE_51,
          References.INVOLVE_BRIEFING_NOTES,
          References.UK_STANDARDS,
          "Equality Act 2010, section 20: duty to make reasonable adjustments.",
          References.warningSigns(
              "warning sign 8: the venue did not consider physical access or sensory requirements"))
      .build();

  /** Creates the metric; it holds no state. */
  public AccessNeedsMet() {}

  @Override
  public Descriptor descriptor() {
    return DESCRIPTOR;
  }

  /** One person's declared needs at one activity, and those it did not provide for. */
  private record Needs(Attendance attendance, Set<AccessProvision> declared, SortedSet<AccessProvision> unmet) {
    boolean met() {
      return unmet.isEmpty();
    }
  }

  @Override
  public Measurement measure(EvaluationContext context) {
    if (context.attendance().isEmpty()) {
      return Measurement.noValue("no attendance in scope");
    }
    Dataset data = context.dataset();
    List<Needs> attendees = new ArrayList<>();
    List<Needs> absentees = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    int attendedWithoutNeeds = 0;
    for (Activity activity : InIdOrder.activities(context)) {
      List<Needs> unmetPresent = new ArrayList<>();
      List<Needs> unmetAbsent = new ArrayList<>();
      int declaringPresent = 0;
      for (Attendance a : InIdOrder.byParticipant(data.attendanceAt(activity.id()))) {
        Set<AccessProvision> declared =
            data.participant(a.participant()).map(Participant::accessNeeds).orElse(Set.of());
        if (a.attended() && declared.isEmpty()) {
          attendedWithoutNeeds++;
        }
        if (declared.isEmpty() || !(a.attended() || a.invited())) {
          continue;
        }
        SortedSet<AccessProvision> unmet = new TreeSet<>(declared);
        unmet.removeAll(activity.provisions());
        Needs needs = new Needs(a, declared, unmet);
        (a.attended() ? attendees : absentees).add(needs);
        declaringPresent += a.attended() ? 1 : 0;
        if (!needs.met()) {
          (a.attended() ? unmetPresent : unmetAbsent).add(needs);
        }
      }
      if (!unmetPresent.isEmpty()) {
        findings.add(finding(UNMET, Severity.HIGH, activity, unmetPresent, String.format(Locale.ROOT,
            "At activity %s, %d of %d attendees with declared access needs had a need it did not provide for",
            activity.id(), unmetPresent.size(), declaringPresent)));
      }
      if (!unmetAbsent.isEmpty()) {
        findings.add(finding(UNMET_ABSENT, Severity.MEDIUM, activity, unmetAbsent, String.format(Locale.ROOT,
            "At activity %s the declared access needs of %d invited non-attendee(s) were not provided for",
            activity.id(), unmetAbsent.size())));
      }
    }
    if (attendees.isEmpty()) {
      return Measurement.noValue(String.format(Locale.ROOT,
          "none of the %d attendances in scope is by someone who declared access needs", context.attendance().size()));
    }
    Measurement.Builder result = Measurement.of(metShare(attendees), attendees.size());
    if (!absentees.isEmpty()) {
      result.component("absentUnmetShare", 1 - metShare(absentees));
    }
    result.breakdowns(context.breakdowns(attendees, n -> n.attendance().participant(), AccessNeedsMet::metShare));
    result.breakdown(byNeed(attendees));
    findings.forEach(result::finding);
    if (attendedWithoutNeeds > 0) {
      result.warning("Attendances by people with no declared access needs (none, or never asked), not counted: "
          + attendedWithoutNeeds + ".");
    }
    return result.build();
  }

  private static double metShare(List<Needs> units) {
    return (double) units.stream().filter(Needs::met).count() / units.size();
  }

  private static Finding finding(String code, Severity severity, Activity activity, List<Needs> unmet, String what) {
    Set<AccessKind> kinds = EnumSet.noneOf(AccessKind.class);
    List<String> evidence = new ArrayList<>();
    evidence.add(Finding.ref(RecordKind.ACTIVITY, activity.id()));
    for (Needs n : unmet) {
      n.unmet().forEach(p -> kinds.add(p.kind()));
      evidence.add(Finding.ref(RecordKind.ATTENDANCE, n.attendance().key()));
    }
    String kindCodes = kinds.stream().map(AccessKind::code).collect(Collectors.joining(", "));
    return Finding.of(code, severity, what + " (" + kindCodes + ").", evidence);
  }

  /** For each kind of need, the share of the attendances declaring it at which it was met in full. */
  private static Breakdown byNeed(List<Needs> attendees) {
    List<Group> groups = new ArrayList<>();
    for (AccessKind kind : AccessKind.values()) {
      long declaring = 0;
      long met = 0;
      Set<String> people = new HashSet<>();
      for (Needs n : attendees) {
        if (n.declared().stream().anyMatch(p -> p.kind() == kind)) {
          declaring++;
          people.add(n.attendance().participant());
          met += n.unmet().stream().noneMatch(p -> p.kind() == kind) ? 1 : 0;
        }
      }
      if (declaring > 0) {
        groups.add(Group.of(kind.code(), (double) met / declaring, people.size()));
      }
    }
    return new Breakdown(NEED, groups);
  }
}
