package dev.copro.examples.embedding;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The host application's own records: a made-up case-management system, "Casebook", that knows the
 * people on its books by membership number, and its meetings, ideas and expense claims by
 * reference. Nothing here depends on copro; {@link CasebookMapping} maps these records onto the
 * copro model.
 */
public final class Casebook {

  private Casebook() {}

  /** Why a member takes part, as Casebook records it. */
  public enum Role {
    /** Someone who uses the service. */
    SERVICE_USER,
    /** A family member who cares for someone who uses the service. */
    FAMILY_CARER,
    /** A member of staff of the provider. */
    STAFF,
    /** Someone from the commissioning council. */
    COMMISSIONER,
    /** A volunteer from the community. */
    VOLUNTEER
  }

  /** What sort of meeting it was. */
  public enum MeetingKind {
    /** The project board. */
    BOARD,
    /** A working session. */
    WORKSHOP,
    /** An open drop-in session. */
    DROP_IN
  }

  /** Which phase of its project a meeting served. */
  public enum Phase {
    /** Deciding what to buy. */
    PLANNING,
    /** Shaping the new service. */
    BUILDING,
    /** Running it. */
    RUNNING,
    /** Looking back at how it went. */
    REVIEWING
  }

  /**
   * A project.
   *
   * @param code its short code, such as {@code DSR}
   * @param title its title
   * @param started the day it started
   */
  public record Project(String code, String title, LocalDate started) {

    /** Checks presence. */
    public Project {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(started, "started");
    }
  }

  /**
   * A person on Casebook's books. The membership number identifies the person, so it must never
   * leave Casebook.
   *
   * @param membershipNumber Casebook's id for the person, such as {@code M-1001}
   * @param role why they take part
   * @param ageBand their age band, such as {@code 45-64}, or {@code null} if not recorded
   * @param needsStepFreeAccess whether they told Casebook they need step-free access
   */
  public record Person(
      String membershipNumber, Role role, @Nullable String ageBand, boolean needsStepFreeAccess) {

    /** Checks presence. */
    public Person {
      Objects.requireNonNull(membershipNumber, "membershipNumber");
      Objects.requireNonNull(role, "role");
    }
  }

  /**
   * A meeting, with who was invited, who came, who chaired and what was agreed.
   *
   * @param reference Casebook's reference, such as {@code DSR-03}
   * @param project the code of its project
   * @param kind what sort of meeting
   * @param phase the project phase it served
   * @param held the day it was held
   * @param starts when it started, or {@code null} if not recorded
   * @param minutes how long it lasted
   * @param invitesSent the day invitations went out, or {@code null} if not recorded
   * @param stepFree whether the venue had step-free access
   * @param chairedBy membership numbers of those who chaired
   * @param invited membership numbers of those invited
   * @param attended membership numbers of those who came (invited or not)
   * @param resolutions what the meeting agreed
   */
  public record Meeting(
      String reference,
      String project,
      MeetingKind kind,
      Phase phase,
      LocalDate held,
      @Nullable LocalTime starts,
      int minutes,
      @Nullable LocalDate invitesSent,
      boolean stepFree,
      List<String> chairedBy,
      List<String> invited,
      List<String> attended,
      List<Resolution> resolutions) {

    /** Checks presence and takes immutable copies. */
    public Meeting {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(project, "project");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(held, "held");
      chairedBy = List.copyOf(chairedBy);
      invited = List.copyOf(invited);
      attended = List.copyOf(attended);
      resolutions = List.copyOf(resolutions);
    }
  }

  /**
   * Something a meeting agreed, by consensus of those listed.
   *
   * @param number its number within the meeting, such as {@code 1}
   * @param agreedBy membership numbers of those who took part in agreeing it
   * @param takesUp references of the ideas it took up
   */
  public record Resolution(int number, List<String> agreedBy, List<String> takesUp) {

    /** Takes immutable copies. */
    public Resolution {
      agreedBy = List.copyOf(agreedBy);
      takesUp = List.copyOf(takesUp);
    }
  }

  /** What became of an idea. */
  public enum IdeaStatus {
    /** Not answered yet. */
    OPEN,
    /** Taken up as it was put. */
    TAKEN_UP,
    /** Taken up in a changed form. */
    CHANGED,
    /** Turned down. */
    TURNED_DOWN
  }

  /**
   * An idea someone put forward at a meeting.
   *
   * @param reference Casebook's reference, such as {@code I-01}
   * @param meeting the reference of the meeting where it was put forward
   * @param raisedBy the membership number of who put it forward
   * @param summary what it was, in the person's words; never leaves Casebook
   * @param minuted whether the minutes record it
   * @param status what became of it
   * @param answered the day the person was told, or {@code null} if they were not
   */
  public record Idea(
      String reference,
      String meeting,
      String raisedBy,
      String summary,
      boolean minuted,
      IdeaStatus status,
      @Nullable LocalDate answered) {

    /** Checks presence. */
    public Idea {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(meeting, "meeting");
      Objects.requireNonNull(raisedBy, "raisedBy");
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * A claim for travel or other expenses of coming to a meeting.
   *
   * @param number Casebook's claim number, such as {@code X-01}
   * @param claimant the membership number of who claimed
   * @param meeting the reference of the meeting it is for
   * @param pence the amount claimed, in pence
   * @param submitted the day it was submitted
   * @param reimbursed the day it was paid, or {@code null} if it is not paid yet
   */
  public record ExpenseClaim(
      String number,
      String claimant,
      String meeting,
      long pence,
      LocalDate submitted,
      @Nullable LocalDate reimbursed) {

    /** Checks presence. */
    public ExpenseClaim {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(claimant, "claimant");
      Objects.requireNonNull(meeting, "meeting");
      Objects.requireNonNull(submitted, "submitted");
    }
  }
}
