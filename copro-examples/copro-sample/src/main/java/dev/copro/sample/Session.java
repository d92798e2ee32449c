package dev.copro.sample;

import static dev.copro.model.ActivityType.CONSULTATION;
import static dev.copro.model.ActivityType.EVENT;

import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.ActivityType;
import dev.copro.model.LifecycleStage;
import dev.copro.sample.Ledger.Speech;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An activity on the board's programme, before it is held: when and where, who is invited, who
 * chairs, and how the day will go (how many come, how speaking is recorded, how much staff talk).
 */
final class Session {
  final String tag;
  final LocalDate date;
  final ActivityType type;
  LifecycleStage stage;
  final String title;
  final LocalTime start;
  final int minutes;
  final int notice;
  final String venue;
  List<String> invitees = List.of();
  List<String> walkIns = List.of();
  List<String> chairs = List.of();
  double showUp = 0.88;
  Speech speech = Speech.NOT_RECORDED;
  double staffVoice = 1;
  boolean hybrid;
  boolean travel;

  Session(
      String tag,
      LocalDate date,
      ActivityType type,
      LifecycleStage stage,
      String title,
      LocalTime start,
      int minutes,
      int notice,
      String venue) {
    this.tag = tag;
    this.date = date;
    this.type = type;
    this.stage = stage;
    this.title = title;
    this.start = start;
    this.minutes = minutes;
    this.notice = notice;
    this.venue = venue;
  }

  @SafeVarargs
  final Session invite(List<String>... groups) {
    invitees = Cast.together(groups);
    return this;
  }

  Session walkIns(List<String> ids) {
    walkIns = List.copyOf(ids);
    return this;
  }

  Session chairs(String... ids) {
    chairs = List.of(ids);
    invitees = Cast.together(invitees, chairs);
    return this;
  }

  Session stage(LifecycleStage stage) {
    this.stage = stage;
    return this;
  }

  Session showUp(double p) {
    showUp = p;
    return this;
  }

  Session speech(Speech speech, double staffVoice) {
    this.speech = speech;
    this.staffVoice = staffVoice;
    return this;
  }

  Session hybrid() {
    hybrid = true;
    return this;
  }

  Session travel() {
    travel = true;
    return this;
  }

  /** What the venue and the organisers offer to everyone, before anyone's own needs. */
  Set<AccessProvision> baseProvisions() {
    Set<AccessProvision> base = new TreeSet<>();
    for (AccessKind kind :
        List.of(
            AccessKind.STEP_FREE,
            AccessKind.ACCESSIBLE_TOILET,
            AccessKind.HEARING_LOOP,
            AccessKind.REFRESHMENTS)) {
      base.add(AccessProvision.of(kind));
    }
    if (type != EVENT && type != CONSULTATION) {
      base.add(AccessProvision.of(AccessKind.PAPERS_IN_ADVANCE));
    }
    if (travel) {
      base.add(AccessProvision.of(AccessKind.TRAVEL_SUPPORT));
    }
    if (hybrid) {
      base.add(AccessProvision.of(AccessKind.REMOTE_OPTION));
      base.add(AccessProvision.of(AccessKind.CAPTIONS));
    }
    return base;
  }
}
