package dev.copro.examples.embedding;

import dev.copro.examples.embedding.Casebook.Meeting;
import dev.copro.examples.embedding.Casebook.Member;
import dev.copro.examples.embedding.Casebook.Project;
import dev.copro.examples.embedding.Casebook.Resolution;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.model.Pseudonymiser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps Casebook's records onto the copro model. Membership numbers identify people, so each is
 * replaced by its pseudonym (a keyed hash, see {@link Pseudonymiser}): the same member always gets
 * the same pseudonym under the same key, and nothing in the dataset leads back to them without it.
 * Meeting references and project codes are not personal and are kept, so an evaluator can find the
 * meetings that findings name.
 */
public final class CasebookMapping {

  private final Pseudonymiser pseudonyms;

  /** A mapping that pseudonymises membership numbers with the given pseudonymiser. */
  public CasebookMapping(Pseudonymiser pseudonyms) {
    this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
  }

  /**
   * The copro dataset of Casebook's projects, members and meetings.
   *
   * @throws dev.copro.model.validation.InvalidInputException if the records do not fit together (a
   *     meeting of an unknown project, a member no one has heard of), listing every problem
   */
  public Dataset toDataset(List<Project> projects, List<Member> members, List<Meeting> meetings) {
    Dataset.Builder data = Dataset.builder().name("casebook");
    for (Project project : projects) {
      data.add(new Initiative(project.code(), project.title(), null, project.started(), null, Set.of(), Map.of()));
    }
    for (Member member : members) {
      Perspective perspective = perspective(member.role());
      data.add(new Participant(participant(member.membershipNumber()), perspective,
          perspective == Perspective.OTHER ? "volunteer" : null, null, null, Set.of(),
          member.ageBand() == null ? Map.of() : Map.of("age-band", member.ageBand()), null));
    }
    for (Meeting meeting : meetings) {
      Activity.Builder activity = Activity.builder(meeting.reference(), meeting.project(), type(meeting.kind()),
              stage(meeting.phase()), meeting.held())
          .startTime(meeting.starts())
          .durationMinutes(meeting.minutes())
          .invitedOn(meeting.invitesSent())
          .chairs(meeting.chairedBy().stream().map(this::participant).toArray(String[]::new));
      if (meeting.kind() == Casebook.MeetingKind.DROP_IN) {
        activity.typeLabel("drop-in");
      }
      data.add(activity.build());
      Set<String> people = new LinkedHashSet<>(meeting.invited());
      people.addAll(meeting.attended());
      for (String member : people) {
        data.add(new Attendance(meeting.reference(), participant(member), meeting.invited().contains(member),
            meeting.attended().contains(member), null, null));
      }
      for (Resolution resolution : meeting.resolutions()) {
        Decision.Builder decision = Decision.builder(meeting.reference() + "/" + resolution.number(),
            meeting.project(), meeting.held(), DecisionRule.CONSENSUS).activity(meeting.reference());
        resolution.agreedBy().forEach(member -> decision.vote(participant(member), 1));
        data.add(decision.build());
      }
    }
    return data.build();
  }

  /** The pseudonymous participant id of a membership number. */
  public String participant(String membershipNumber) {
    return pseudonyms.pseudonymise(membershipNumber);
  }

  private static Perspective perspective(Casebook.Role role) {
    return switch (role) {
      case SERVICE_USER -> Perspective.LIVED_EXPERIENCE;
      case FAMILY_CARER -> Perspective.CARER;
      case STAFF -> Perspective.PROFESSIONAL;
      case COMMISSIONER -> Perspective.COMMISSIONER;
      case VOLUNTEER -> Perspective.OTHER;
    };
  }

  private static ActivityType type(Casebook.MeetingKind kind) {
    return switch (kind) {
      case BOARD -> ActivityType.BOARD;
      case WORKSHOP -> ActivityType.WORKSHOP;
      case DROP_IN -> ActivityType.OTHER;
    };
  }

  private static LifecycleStage stage(Casebook.Phase phase) {
    return switch (phase) {
      case PLANNING -> LifecycleStage.COMMISSIONING;
      case BUILDING -> LifecycleStage.DESIGN;
      case RUNNING -> LifecycleStage.DELIVERY;
      case REVIEWING -> LifecycleStage.EVALUATION;
    };
  }
}
