package dev.copro.examples.embedding;

import dev.copro.examples.embedding.Casebook.ExpenseClaim;
import dev.copro.examples.embedding.Casebook.Idea;
import dev.copro.examples.embedding.Casebook.Meeting;
import dev.copro.examples.embedding.Casebook.Person;
import dev.copro.examples.embedding.Casebook.Project;
import dev.copro.examples.embedding.Casebook.Resolution;
import dev.copro.model.AccessKind;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.PaymentKind;
import dev.copro.model.Perspective;
import dev.copro.model.Pseudonymiser;
import dev.copro.model.ResponseOutcome;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps Casebook's records onto the copro model, with the record builders: each value is named, and
 * every problem of every record is collected into one exception when the dataset is built.
 *
 * <p>Membership numbers identify people, so each is replaced by its pseudonym (a keyed hash, see
 * {@link Pseudonymiser}): the same person always gets the same pseudonym under the same key, and
 * nothing in the dataset or the report leads back to them without it. The dataset builder is given
 * the same pseudonymiser, so a problem that quotes an id Casebook forgot to map quotes its
 * pseudonym, never the membership number. Meeting, idea and claim references are not personal and
 * are kept, so that Casebook can show the records that findings name; summaries of ideas never
 * leave Casebook.
 */
public final class CasebookMapping {

  private static final Currency POUNDS = Currency.getInstance("GBP");

  private final Pseudonymiser pseudonyms;

  /**
   * The membership number behind each pseudonym handed out, to show people the records a finding
   * names.
   */
  private final Map<String, String> members = new ConcurrentHashMap<>();

  /** A mapping that pseudonymises membership numbers with the given pseudonymiser. */
  public CasebookMapping(Pseudonymiser pseudonyms) {
    this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
  }

  /**
   * The copro dataset of Casebook's records.
   *
   * @throws dev.copro.model.validation.InvalidInputException if the records do not fit together (a
   *     meeting of an unknown project, an idea of someone not on the books, a negative amount),
   *     listing every problem with where it is
   */
  public Dataset toDataset(
      List<Project> projects,
      List<Person> people,
      List<Meeting> meetings,
      List<Idea> ideas,
      List<ExpenseClaim> claims) {
    Dataset.Builder data = Dataset.builder().name("casebook").pseudonymiser(pseudonyms);
    for (Project project : projects) {
      data.add(Initiative.builder(project.code(), project.title(), project.started()));
    }
    for (Person person : people) {
      Participant.Builder participant =
          Participant.builder(participant(person.membershipNumber()), perspective(person.role()));
      if (person.role() == Casebook.Role.VOLUNTEER) {
        participant.perspectiveLabel("volunteer");
      }
      if (person.ageBand() != null) {
        participant.attribute("age-band", person.ageBand());
      }
      if (person.needsStepFreeAccess()) {
        participant.accessNeeds(AccessKind.STEP_FREE);
      }
      data.add(participant);
    }
    for (Meeting meeting : meetings) {
      data.add(activity(meeting));
      Set<String> invitedOrCame = new LinkedHashSet<>(meeting.invited());
      invitedOrCame.addAll(meeting.attended());
      for (String member : invitedOrCame) {
        data.add(
            Attendance.builder(meeting.reference(), participant(member))
                .invited(meeting.invited().contains(member))
                .attended(meeting.attended().contains(member)));
      }
      for (Resolution resolution : meeting.resolutions()) {
        Decision.Builder decision =
            Decision.builder(
                    meeting.reference() + "/" + resolution.number(),
                    meeting.project(),
                    meeting.held(),
                    DecisionRule.CONSENSUS)
                .activity(meeting.reference())
                .adopts(resolution.takesUp().toArray(String[]::new));
        resolution.agreedBy().forEach(member -> decision.vote(participant(member), 1));
        data.add(decision);
      }
    }
    for (Idea idea : ideas) {
      Contribution.Builder contribution =
          Contribution.builder(
                  idea.reference(),
                  idea.meeting(),
                  participant(idea.raisedBy()),
                  ContributionKind.SUGGESTION)
              .documented(idea.minuted());
      if (idea.answered() != null) {
        contribution.response(idea.answered(), outcome(idea.status()));
      }
      data.add(contribution);
    }
    for (ExpenseClaim claim : claims) {
      data.add(
          Payment.builder(
                  claim.number(),
                  participant(claim.claimant()),
                  PaymentKind.EXPENSES,
                  claim.submitted())
              .activity(claim.meeting())
              .amount(BigDecimal.valueOf(claim.pence(), 2), POUNDS)
              .claimed(claim.submitted())
              .paid(claim.reimbursed()));
    }
    return data.build();
  }

  private Activity.Builder activity(Meeting meeting) {
    Activity.Builder activity =
        Activity.builder(
                meeting.reference(),
                meeting.project(),
                type(meeting.kind()),
                stage(meeting.phase()),
                meeting.held())
            .startTime(meeting.starts())
            .durationMinutes(meeting.minutes())
            .invitedOn(meeting.invitesSent())
            .chairs(meeting.chairedBy().stream().map(this::participant).toArray(String[]::new));
    if (meeting.kind() == Casebook.MeetingKind.DROP_IN) {
      activity.typeLabel("drop-in");
    }
    if (meeting.stepFree()) {
      activity.provisions(AccessKind.STEP_FREE);
    }
    return activity;
  }

  /** The pseudonymous participant id of a membership number. */
  public String participant(String membershipNumber) {
    String pseudonym = pseudonyms.pseudonymise(membershipNumber);
    members.putIfAbsent(pseudonym, membershipNumber);
    return pseudonym;
  }

  /**
   * The membership number behind a pseudonym this mapping handed out, so that Casebook can show its
   * staff whom a finding is about; it stays inside Casebook.
   */
  public Optional<String> membershipNumber(String pseudonym) {
    return Optional.ofNullable(members.get(pseudonym));
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

  private static ResponseOutcome outcome(Casebook.IdeaStatus status) {
    return switch (status) {
      case OPEN -> ResponseOutcome.NONE;
      case TAKEN_UP -> ResponseOutcome.ADOPTED;
      case CHANGED -> ResponseOutcome.ADAPTED;
      case TURNED_DOWN -> ResponseOutcome.DECLINED;
    };
  }
}
