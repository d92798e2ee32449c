package dev.copro.metrics.tokenism;

import dev.copro.metrics.support.AccessMatch;
import dev.copro.metrics.support.Codes;
import dev.copro.metrics.support.Positions;
import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.RecordKind;
import dev.copro.spi.Finding;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Signs about how people were invited and supported: "no travel expenses, let alone an attendance
 * fee", "two days' notice, impossible times, no lunch", "the venue ignored physical access or
 * sensory needs", "key stakeholders not present or not even invited".
 */
final class ArrangementSigns {

  private static final AccessProvision REFRESHMENTS = AccessProvision.of(AccessKind.REFRESHMENTS);

  private ArrangementSigns() {}

  /**
   * Sign 6: the share of bloc attendances with no payment offered for that activity is above
   * {@code maxUnpaidShare}.
   */
  static SignResult notPaid(SignData d) {
    WarningSign sign = WarningSign.NOT_PAID;
    if (d.blocAttendances.isEmpty()) {
      return SignResult.notAssessed(sign, "no member of the bloc attended an activity in scope", List.of());
    }
    Set<String> evidence = new TreeSet<>();
    for (Attendance a : d.blocAttendances) {
      if (!d.paid(a)) {
        evidence.add(Finding.ref(RecordKind.ATTENDANCE, a.key()));
      }
    }
    int total = d.blocAttendances.size();
    return SignResult.whenShareAbove(sign, evidence, total, d.parameters.decimal(WarningSigns.MAX_UNPAID_SHARE),
        SignData.count(total, "bloc attendance", "bloc attendances") + " had no payment or expenses offered for the "
            + "activity", List.of());
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
    Set<String> attendedIds = new HashSet<>();
    for (Attendance a : d.blocAttendances) {
      attendedIds.add(a.activity());
    }
    List<Activity> attended = new ArrayList<>();
    for (Activity a : d.context.activities()) {
      if (attendedIds.contains(a.id())) {
        attended.add(a);
      }
    }
    if (attended.isEmpty()) {
      return SignResult.notAssessed(sign, "no member of the bloc attended an activity in scope", List.of());
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
    Set<String> evidence = new TreeSet<>();
    for (Activity a : attended) {
      Long notice = a.noticeDays();
      LocalTime start = a.startTime();
      Integer duration = a.durationMinutes();
      noNotice += notice == null ? 1 : 0;
      noStart += start == null ? 1 : 0;
      noDuration += duration == null ? 1 : 0;
      checkable += notice != null || start != null || duration != null ? 1 : 0;
      boolean tooShort = notice != null && notice < minNotice;
      boolean impossibleTime = start != null && (minuteOfDay(start) < earliest || minuteOfDay(start) >= latest);
      boolean hungry = duration != null && duration >= longSession && !a.provisions().contains(REFRESHMENTS);
      shortNotice += tooShort ? 1 : 0;
      badTime += impossibleTime ? 1 : 0;
      noRefreshments += hungry ? 1 : 0;
      if (tooShort || impossibleTime || hungry) {
        evidence.add(Finding.ref(RecordKind.ACTIVITY, a.id()));
      }
    }
    List<String> warnings = new ArrayList<>();
    if (noNotice + noStart + noDuration > 0) {
      warnings.add("Of " + SignData.count(attended.size(), "activity", "activities") + " attended by the bloc, "
          + noNotice + " without an invitation date, " + noStart + " without a start time and " + noDuration
          + " without a duration had those checks of their arrangements skipped.");
    }
    if (checkable == 0) {
      return SignResult.notAssessed(sign, "no activity attended by the bloc records its invitation date, start "
          + "time or duration", warnings);
    }
    int min = d.parameters.integer(WarningSigns.MIN_POOR_ARRANGEMENTS);
    if (evidence.size() < min) {
      return SignResult.clear(sign, warnings);
    }
    String message = evidence.size() + " of " + SignData.count(attended.size(), "activity", "activities")
        + " attended by the bloc had poor arrangements: " + shortNotice + " with under " + minNotice
        + " days' notice, " + badTime + " starting "
        + "before " + clock(earliest) + " or at or after " + clock(latest) + ", " + noRefreshments + " lasting "
        + longSession + " minutes or more without refreshments.";
    return SignResult.detected(sign, message, evidence, warnings);
  }

  /**
   * Sign 8: attendances or invitations where the participant's declared access needs were not all
   * offered by the activity; detected at {@code minAccessIgnored} of them. Every participant's needs
   * count, not only the bloc's: an inaccessible venue shuts anyone out.
   */
  static SignResult accessIgnored(SignData d) {
    WarningSign sign = WarningSign.ACCESS_IGNORED;
    int withNeeds = 0;
    Set<String> affected = new HashSet<>();
    Set<String> evidence = new TreeSet<>();
    Positions positions = Positions.of(d.context);
    AccessMatch access = AccessMatch.of(d.context);
    for (Attendance a : d.context.attendance()) {
      if (!a.invited() && !a.attended()) {
        continue;
      }
      int participant = positions.participant(a.participant());
      if (participant < 0 || access.declaredKinds(participant) == 0) {
        continue;
      }
      withNeeds++;
      if (access.unmetKinds(participant, positions.activity(a.activity())) != 0) {
        evidence.add(Finding.ref(RecordKind.ATTENDANCE, a.key()));
        affected.add(a.participant());
      }
    }
    if (withNeeds == 0) {
      return SignResult.notAssessed(sign, "nobody invited to or attending an activity in scope declared access "
          + "needs", List.of());
    }
    int min = d.parameters.integer(WarningSigns.MIN_ACCESS_IGNORED);
    if (evidence.size() < min) {
      return SignResult.clear(sign, List.of());
    }
    String message = evidence.size() + " of " + SignData.count(withNeeds, "invitation or attendance",
        "invitations and attendances") + " of people with declared access needs were at activities that did not "
        + "offer all of those needs (" + SignData.count(affected.size(), "person", "people") + " affected).";
    return SignResult.detected(sign, message, evidence, List.of());
  }

  /**
   * Sign 9: activities of the types in {@code decisionSpaceTypes} (board, panel, co-design and
   * workshop by default) to which no member of the bloc was invited; detected at
   * {@code minStakeholdersMissing} of them. Activities with no attendance records at all are left
   * out with a warning: nobody's invitation is recorded, so absence cannot be told from a gap.
   */
  static SignResult stakeholdersMissing(SignData d) {
    WarningSign sign = WarningSign.STAKEHOLDERS_MISSING;
    List<String> warnings = new ArrayList<>();
    Set<ActivityType> types = Codes.parse(ActivityType.class, d.parameters.strings(WarningSigns.DECISION_SPACE_TYPES),
        WarningSigns.DECISION_SPACE_TYPES, warnings);
    int considered = 0;
    int unrecorded = 0;
    Set<String> evidence = new TreeSet<>();
    for (Activity a : d.context.activities()) {
      if (!types.contains(a.type())) {
        continue;
      }
      List<Attendance> attendance = d.dataset.attendanceAt(a.id());
      if (attendance.isEmpty()) {
        unrecorded++;
        continue;
      }
      considered++;
      if (attendance.stream().noneMatch(at -> at.invited() && d.context.isBloc(at.participant()))) {
        evidence.add(Finding.ref(RecordKind.ACTIVITY, a.id()));
      }
    }
    if (unrecorded > 0) {
      warnings.add(SignData.count(unrecorded, typeList(types) + " activity has", typeList(types) + " activities have")
          + " no attendance records and " + (unrecorded == 1 ? "is" : "are") + " left out of the stakeholders-missing "
          + "sign.");
    }
    if (considered == 0) {
      return SignResult.notAssessed(sign, "no " + typeList(types) + " activity in scope has attendance records",
          warnings);
    }
    int min = d.parameters.integer(WarningSigns.MIN_STAKEHOLDERS_MISSING);
    if (evidence.size() < min) {
      return SignResult.clear(sign, warnings);
    }
    String message = evidence.size() + " of " + SignData.count(considered, typeList(types) + " activity",
        typeList(types) + " activities") + " invited no member of the bloc.";
    return SignResult.detected(sign, message, evidence, warnings);
  }


  private static String typeList(Set<ActivityType> types) {
    List<String> codes = new ArrayList<>();
    for (ActivityType type : types) {
      codes.add(type.code());
    }
    return codes.isEmpty() ? "(no type)" : String.join("/", codes);
  }

  private static int minuteOfDay(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }

  private static String clock(int minutes) {
    return String.format(java.util.Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }
}
