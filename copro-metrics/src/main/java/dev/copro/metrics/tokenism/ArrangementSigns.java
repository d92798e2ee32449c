package dev.copro.metrics.tokenism;

import dev.copro.metrics.support.Codes;
import dev.copro.metrics.support.Evidence;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Words;
import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.RecordKind;
import dev.copro.spi.Finding;
import dev.copro.spi.Severity;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Signs about how people were invited and supported: "no travel expenses, let alone an attendance
 * fee", "two days' notice, impossible times, no lunch", "the venue ignored physical access or
 * sensory needs", "key stakeholders not present or not even invited".
 */
final class ArrangementSigns {

  private static final AccessProvision REFRESHMENTS = AccessProvision.of(AccessKind.REFRESHMENTS);

  private ArrangementSigns() {}

  /**
   * Sign 6: "they did not even offer you travel expenses, let alone an attendance fee". An
   * attendance counts as unpaid when no payment was offered for that activity, or when a payment
   * for it was late or is overdue (more than {@code latePaymentDays} after its claim or offer:
   * money that arrives months later still leaves people out of pocket). Raised when the unpaid
   * share of the bloc's attendances is above {@code maxUnpaidShare}, and — in a finding naming the
   * group — when that of a key group's attendances is, so that a group never paid cannot hide
   * behind others who were.
   */
  static SignResult notPaid(SignData d) {
    WarningSign sign = WarningSign.NOT_PAID;
    LocalDate asOf = d.context.referenceDate();
    SignData.Unpaid bloc = d.unpaid(-1, asOf);
    if (bloc.attended() == 0) {
      return SignResult.notAssessed(
          sign, "none of the " + d.who + " attended an activity in scope", List.of());
    }
    double max = d.parameters.decimal(WarningSigns.MAX_UNPAID_SHARE);
    int lateDays = d.parameters.integer(WarningSigns.LATE_PAYMENT_DAYS);
    List<Finding> findings = new ArrayList<>();
    Finding overall = unpaid(sign, bloc, max, lateDays, d.who);
    if (overall != null) {
      findings.add(overall);
    }
    for (int g = 0; g < d.keyGroups.size(); g++) {
      SignData.Unpaid attended = d.unpaid(g, asOf);
      Finding byGroup =
          attended.attended() == 0
              ? null
              : unpaid(sign, attended, max, lateDays, d.keyGroups.get(g).name());
      if (byGroup != null) {
        findings.add(byGroup);
      }
    }
    return SignResult.of(sign, findings, List.of());
  }

  /**
   * The finding when more than {@code max} of the attended places were not paid in time, else
   * {@code null}.
   */
  private static @Nullable Finding unpaid(
      WarningSign sign, SignData.Unpaid places, double max, int lateDays, String whose) {
    Evidence evidence = places.unpaid();
    int notOffered = places.notOffered();
    long late = evidence.count() - notOffered;
    List<String> how = new ArrayList<>();
    if (notOffered > 0) {
      how.add(notOffered + " had no payment or expenses offered");
    }
    if (late > 0) {
      how.add(
          late
              + (notOffered > 0 ? " " : " had ")
              + "a payment more than "
              + lateDays
              + " days late or still "
              + "overdue");
    }
    String why = ": " + Words.list(how, "and");
    return SignResult.shareAbove(
        sign,
        evidence,
        places.attended(),
        max,
        new SignResult.Forms("attendance by " + whose, "attendances by " + whose),
        new SignResult.Forms("was not paid in time" + why, "were not paid in time" + why));
  }

  /**
   * Sign 7: activities attended by the bloc with notice below {@code minNoticeDays}, starting
   * before {@code earliestStartMinutes} or at or after {@code latestStartMinutes} (minutes after
   * midnight), or lasting {@code longSessionMinutes} or more without refreshments; detected at
   * {@code minPoorArrangements} such activities. Missing dates, times or durations skip that check
   * for that activity, with a warning.
   */
  static SignResult poorArrangements(SignData d) {
    WarningSign sign = WarningSign.POOR_ARRANGEMENTS;
    List<Activity> attended = new ArrayList<>();
    for (Activity a : d.context.activities()) {
      if (d.blocAttended(d.positions.activity(a.id()))) {
        attended.add(a);
      }
    }
    if (attended.isEmpty()) {
      return SignResult.notAssessed(
          sign, "none of the " + d.who + " attended an activity in scope", List.of());
    }
    int minNotice = d.parameters.integer(WarningSigns.MIN_NOTICE_DAYS);
    int earliest = d.parameters.integer(WarningSigns.EARLIEST_START_MINUTES);
    int latest = d.parameters.integer(WarningSigns.LATEST_START_MINUTES);
    int longSession = d.parameters.integer(WarningSigns.LONG_SESSION_MINUTES);
    int shortNotice = 0;
    int badTime = 0;
    int noRefreshments = 0;
    int noNotice = 0;
    int noStart = 0;
    int noDuration = 0;
    int checkable = 0;
    List<String> evidence = new ArrayList<>();
    for (Activity a : attended) {
      Long notice = a.noticeDays();
      LocalTime start = a.startTime();
      Integer duration = a.durationMinutes();
      noNotice += notice == null ? 1 : 0;
      noStart += start == null ? 1 : 0;
      noDuration += duration == null ? 1 : 0;
      checkable += notice != null || start != null || duration != null ? 1 : 0;
      boolean tooShort = notice != null && notice < minNotice;
      boolean impossibleTime =
          start != null && (minuteOfDay(start) < earliest || minuteOfDay(start) >= latest);
      boolean hungry =
          duration != null && duration >= longSession && !a.provisions().contains(REFRESHMENTS);
      shortNotice += tooShort ? 1 : 0;
      badTime += impossibleTime ? 1 : 0;
      noRefreshments += hungry ? 1 : 0;
      if (tooShort || impossibleTime || hungry) {
        evidence.add(a.id());
      }
    }
    List<String> warnings = new ArrayList<>();
    if (noNotice + noStart + noDuration > 0) {
      List<String> missing = new ArrayList<>();
      if (noNotice > 0) {
        missing.add(noNotice + " " + Plural.word(noNotice, "has", "have") + " no invitation date");
      }
      if (noStart > 0) {
        missing.add(noStart + " " + Plural.word(noStart, "has", "have") + " no start time");
      }
      if (noDuration > 0) {
        missing.add(noDuration + " " + Plural.word(noDuration, "has", "have") + " no duration");
      }
      warnings.add(
          "Of the "
              + Plural.of(attended.size(), "activity", "activities")
              + " attended by "
              + d.who
              + ", "
              + Words.list(missing, "and")
              + " recorded, so the poor-arrangements sign skipped those checks for "
              + "them.");
    }
    if (checkable == 0) {
      return SignResult.notAssessed(
          sign,
          "no activity attended by "
              + d.who
              + " records its invitation date, start "
              + "time or duration",
          warnings);
    }
    int min = d.parameters.integer(WarningSigns.MIN_POOR_ARRANGEMENTS);
    if (evidence.size() < min) {
      return SignResult.clear(sign, warnings);
    }
    List<String> how = new ArrayList<>();
    if (shortNotice > 0) {
      how.add(shortNotice + " gave less than " + minNotice + " days' notice");
    }
    if (badTime > 0) {
      how.add(
          badTime + " started before " + clock(earliest) + " or at " + clock(latest) + " or later");
    }
    if (noRefreshments > 0) {
      how.add(noRefreshments + " lasted " + longSession + " minutes or more without refreshments");
    }
    String message =
        Words.capitalised(Plural.ofAll(evidence.size(), attended.size(), "activity", "activities"))
            + " attended by "
            + d.who
            + " "
            + Plural.word(evidence.size(), "was", "were")
            + " poorly arranged: "
            + Words.list(how, "and")
            + ".";
    return SignResult.detected(sign, message, warnings, Evidence.of(RecordKind.ACTIVITY, evidence));
  }

  /**
   * The code of the finding that a key group was left out entirely: invited to none of the
   * decision-making activities, or absent from the records. It bears on every principle: a group
   * never invited had no say, no access and nothing back.
   */
  static final String KEY_GROUP_LEFT_OUT = "key-group-left-out";

  /** The code of the finding that people were recorded as never asked about their access needs. */
  static final String ACCESS_NEEDS_NOT_ASKED = "access-needs-not-asked";

  /**
   * Sign 8: "the venue did not consider physical access or sensory requirements". Raised at {@code
   * minAccessIgnored} invitations or attendances where the participant's declared access needs were
   * not all offered by the activity (high), and — as the finding {@value #ACCESS_NEEDS_NOT_ASKED}
   * (medium) — at {@code minAccessNotAsked} invitations or attendances of people recorded as never
   * asked about their needs: nobody can meet needs nobody asked about. Every participant's needs
   * count, not only the bloc's: an inaccessible venue shuts anyone out.
   */
  static SignResult accessIgnored(SignData d) {
    WarningSign sign = WarningSign.ACCESS_IGNORED;
    if (d.withNeeds == 0 && d.askedOrNot == 0) {
      return SignResult.notAssessed(
          sign,
          "nobody invited to or attending an activity in scope declared access "
              + "needs or is recorded as asked about them",
          List.of());
    }
    List<Finding> findings = new ArrayList<>();
    PlaceEvidence unmet = d.accessUnmet;
    if (d.withNeeds > 0 && unmet.count() >= d.parameters.integer(WarningSigns.MIN_ACCESS_IGNORED)) {
      Evidence evidence = unmet.evidence();
      findings.add(
          SignResult.finding(
              sign,
              "At "
                  + Plural.ofAll(
                      evidence.count(),
                      d.withNeeds,
                      "invitation or attendance",
                      "invitations and attendances")
                  + " of people who declared access needs, the "
                  + "activity did not provide for all of those needs; "
                  + Plural.of(count(d.affected), "person was", "people were")
                  + " affected.",
              evidence));
    }
    PlaceEvidence notAsked = d.accessNotAsked;
    if (notAsked.count() >= d.parameters.integer(WarningSigns.MIN_ACCESS_NOT_ASKED)) {
      findings.add(
          Evidence.finding(
              ACCESS_NEEDS_NOT_ASKED,
              Severity.MEDIUM,
              Plural.of(count(d.notAskedPeople), "person was", "people were")
                  + " never asked about their access needs, though invited to or attending "
                  + Plural.of(notAsked.count(), "activity", "activities")
                  + ".",
              notAsked.evidence()));
    }
    return SignResult.of(sign, findings, List.of());
  }

  private static int count(boolean[] flags) {
    int n = 0;
    for (boolean flag : flags) {
      n += flag ? 1 : 0;
    }
    return n;
  }

  /**
   * Sign 9: "key stakeholders were not present or even invited". Over the activities of the types
   * in {@code decisionSpaceTypes} (board, panel, co-design and workshop by default) that have
   * attendance records: raised at {@code minStakeholdersMissing} of them to which no member of the
   * bloc was invited; and, in a finding naming the group, for each key group ({@code keyGroups})
   * that appears nowhere in the records or was invited to none of them (the finding {@value
   * #KEY_GROUP_LEFT_OUT}, high), that was invited to fewer than {@code minKeyGroupInvitedShare} of
   * them (half, by default: exactly half is not raised), or that was invited but never present.
   * Activities with no attendance records at all are left out with a warning: nobody's invitation
   * is recorded, so absence cannot be told from a gap.
   */
  static SignResult stakeholdersMissing(SignData d) {
    WarningSign sign = WarningSign.STAKEHOLDERS_MISSING;
    List<String> warnings = new ArrayList<>();
    Set<ActivityType> types =
        Codes.parse(
            ActivityType.class,
            d.parameters.strings(WarningSigns.DECISION_SPACE_TYPES),
            WarningSigns.DECISION_SPACE_TYPES,
            warnings);
    int unrecorded = 0;
    List<Integer> considered = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    for (Activity a : d.context.activities()) {
      if (!types.contains(a.type())) {
        continue;
      }
      // An activity with no events in scope has no number there, and no attendance records.
      int activity = d.scope.activity(d.positions.activity(a.id()));
      if (activity < 0 || !d.recorded[activity]) {
        unrecorded++;
        continue;
      }
      considered.add(activity);
      if (!d.blocInvited[activity]) {
        evidence.add(a.id());
      }
    }
    String kinds = typeList(types);
    if (unrecorded > 0) {
      warnings.add(
          Plural.of(unrecorded, kinds + " activity has", kinds + " activities have")
              + " no attendance records, so the stakeholders-missing sign leaves "
              + Plural.word(unrecorded, "it", "them")
              + " out.");
    }
    if (considered.isEmpty()) {
      return SignResult.notAssessed(
          sign, "no " + kinds + " activity in scope has attendance records", warnings);
    }
    List<Finding> findings = new ArrayList<>();
    if (evidence.size() >= d.parameters.integer(WarningSigns.MIN_STAKEHOLDERS_MISSING)) {
      findings.add(
          SignResult.finding(
              sign,
              Words.capitalised(
                      Plural.ofAll(
                          evidence.size(),
                          considered.size(),
                          kinds + " activity",
                          kinds + " activities"))
                  + " invited none of the "
                  + d.who
                  + ".",
              Evidence.of(RecordKind.ACTIVITY, evidence)));
    }
    double minInvited = d.parameters.decimal(WarningSigns.MIN_KEY_GROUP_INVITED_SHARE);
    for (int g = 0; g < d.keyGroups.size(); g++) {
      Finding left = groupLeftOut(d, g, considered, kinds, minInvited);
      if (left != null) {
        findings.add(left);
      }
    }
    return SignResult.of(sign, findings, warnings);
  }

  /**
   * The finding that a key group was left out of the decision-making activities, or {@code null}.
   */
  private static @Nullable Finding groupLeftOut(
      SignData d, int g, List<Integer> considered, String kinds, double minInvited) {
    KeyGroup group = d.keyGroups.get(g);
    boolean anyMember = d.members.anyMember(g);
    List<String> notInvitedIds = new ArrayList<>();
    int invited = 0;
    int present = 0;
    for (int activity : considered) {
      boolean groupInvited = d.groupInvited[g][activity];
      invited += groupInvited ? 1 : 0;
      present += d.groupPresent[g][activity] ? 1 : 0;
      if (!groupInvited) {
        notInvitedIds.add(d.activityAt(activity).id());
      }
    }
    Evidence notInvited = Evidence.of(RecordKind.ACTIVITY, notInvitedIds);
    String of =
        " of the " + Plural.of(considered.size(), kinds + " activity", kinds + " activities");
    if (!anyMember) {
      return Evidence.finding(
          KEY_GROUP_LEFT_OUT,
          Severity.HIGH,
          "The records hold no "
              + group.name()
              + ": "
              + group.name()
              + " were invited to none"
              + of
              + ".",
          notInvited);
    }
    if (invited == 0) {
      return Evidence.finding(
          KEY_GROUP_LEFT_OUT,
          Severity.HIGH,
          Words.capitalised(group.name()) + " were invited to none" + of + ".",
          notInvited);
    }
    double share = (double) invited / considered.size();
    if (share < minInvited - 1e-9) {
      return SignResult.finding(
          WarningSign.STAKEHOLDERS_MISSING,
          Words.capitalised(group.name())
              + " were invited to "
              + invited
              + of
              + " ("
              + SignData.percent(share, 0)
              + ", below the "
              + SignData.percent(minInvited, 0)
              + " expected).",
          notInvited);
    }
    if (present == 0 && invited > 0) {
      return SignResult.finding(
          WarningSign.STAKEHOLDERS_MISSING,
          Words.capitalised(group.name())
              + " were invited to "
              + invited
              + of
              + " but were present at none.");
    }
    return null;
  }

  /**
   * The activity types as words before "activities": {@code board, panel, co-design or workshop}.
   */
  private static String typeList(Set<ActivityType> types) {
    List<String> codes = new ArrayList<>();
    for (ActivityType type : types) {
      codes.add(type.code());
    }
    return codes.isEmpty() ? "(no type)" : Words.list(codes, "or");
  }

  private static int minuteOfDay(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }

  private static String clock(int minutes) {
    return String.format(java.util.Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }
}
