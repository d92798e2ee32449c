package dev.copro.examples.embedding;

import dev.copro.examples.embedding.Casebook.ExpenseClaim;
import dev.copro.examples.embedding.Casebook.Idea;
import dev.copro.examples.embedding.Casebook.IdeaStatus;
import dev.copro.examples.embedding.Casebook.Meeting;
import dev.copro.examples.embedding.Casebook.MeetingKind;
import dev.copro.examples.embedding.Casebook.Person;
import dev.copro.examples.embedding.Casebook.Phase;
import dev.copro.examples.embedding.Casebook.Project;
import dev.copro.examples.embedding.Casebook.Resolution;
import dev.copro.examples.embedding.Casebook.Role;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What Casebook holds about one project, a redesign of day services: nine people, six meetings,
 * four ideas and three expense claims from March to June 2025. The board is chaired by the
 * commissioner except once, when a service user co-chairs; one workshop is co-chaired by a carer;
 * one workshop has two days' notice; the Saturday drop-in has no chair and no invitations.
 */
public final class CasebookSample {

  /** The day services redesign. */
  public static final List<Project> PROJECTS =
      List.of(new Project("DSR", "Day services redesign", LocalDate.of(2025, 3, 3)));

  /**
   * Three service users (one needing step-free access), two family carers, two staff, a
   * commissioner and a volunteer.
   */
  public static final List<Person> PEOPLE =
      List.of(
          new Person("M-1001", Role.SERVICE_USER, "25-44", false),
          new Person("M-1002", Role.SERVICE_USER, "45-64", true),
          new Person("M-1003", Role.SERVICE_USER, "65+", false),
          new Person("M-1004", Role.FAMILY_CARER, "45-64", false),
          new Person("M-1005", Role.FAMILY_CARER, "65+", false),
          new Person("M-1006", Role.STAFF, "25-44", false),
          new Person("M-1007", Role.STAFF, "45-64", false),
          new Person("M-1008", Role.COMMISSIONER, null, false),
          new Person("M-1009", Role.VOLUNTEER, "25-44", false));

  private static final List<String> EVERYONE =
      PEOPLE.stream().map(Person::membershipNumber).toList();
  private static final List<String> WORKING_GROUP =
      List.of("M-1001", "M-1002", "M-1003", "M-1004", "M-1005", "M-1006", "M-1007");

  /** Three board meetings, two workshops and a drop-in. */
  public static final List<Meeting> MEETINGS =
      List.of(
          new Meeting(
              "DSR-01",
              "DSR",
              MeetingKind.BOARD,
              Phase.PLANNING,
              LocalDate.of(2025, 3, 10),
              LocalTime.of(10, 0),
              120,
              LocalDate.of(2025, 2, 24),
              true,
              List.of("M-1008"),
              EVERYONE,
              List.of("M-1001", "M-1002", "M-1004", "M-1006", "M-1007", "M-1008"),
              List.of(
                  new Resolution(1, List.of("M-1001", "M-1004", "M-1006", "M-1008"), List.of()))),
          new Meeting(
              "DSR-02",
              "DSR",
              MeetingKind.WORKSHOP,
              Phase.BUILDING,
              LocalDate.of(2025, 3, 24),
              LocalTime.of(18, 0),
              90,
              LocalDate.of(2025, 3, 17),
              true,
              List.of("M-1004", "M-1006"),
              List.of(
                  "M-1001", "M-1002", "M-1003", "M-1004", "M-1005", "M-1006", "M-1007", "M-1009"),
              List.of("M-1001", "M-1002", "M-1003", "M-1004", "M-1005", "M-1006", "M-1009"),
              List.of()),
          new Meeting(
              "DSR-03",
              "DSR",
              MeetingKind.WORKSHOP,
              Phase.BUILDING,
              LocalDate.of(2025, 4, 7),
              LocalTime.of(13, 30),
              120,
              LocalDate.of(2025, 4, 5),
              false,
              List.of("M-1006"),
              WORKING_GROUP,
              List.of("M-1002", "M-1003", "M-1006", "M-1007"),
              List.of()),
          new Meeting(
              "DSR-04",
              "DSR",
              MeetingKind.BOARD,
              Phase.BUILDING,
              LocalDate.of(2025, 4, 14),
              LocalTime.of(10, 0),
              120,
              LocalDate.of(2025, 3, 31),
              true,
              List.of("M-1001", "M-1008"),
              EVERYONE,
              List.of("M-1001", "M-1002", "M-1004", "M-1005", "M-1006", "M-1007", "M-1008"),
              List.of(
                  new Resolution(
                      1,
                      List.of("M-1001", "M-1002", "M-1004", "M-1006", "M-1008"),
                      List.of("I-01")),
                  new Resolution(2, List.of("M-1006", "M-1007", "M-1008"), List.of()))),
          new Meeting(
              "DSR-05",
              "DSR",
              MeetingKind.DROP_IN,
              Phase.RUNNING,
              LocalDate.of(2025, 5, 10),
              LocalTime.of(11, 0),
              180,
              null,
              true,
              List.of(),
              List.of(),
              List.of("M-1001", "M-1003", "M-1005", "M-1009"),
              List.of()),
          new Meeting(
              "DSR-06",
              "DSR",
              MeetingKind.BOARD,
              Phase.REVIEWING,
              LocalDate.of(2025, 6, 9),
              LocalTime.of(10, 0),
              120,
              LocalDate.of(2025, 5, 26),
              true,
              List.of("M-1008"),
              EVERYONE,
              List.of("M-1001", "M-1004", "M-1006", "M-1007", "M-1008"),
              List.of(new Resolution(1, List.of("M-1006", "M-1007", "M-1008"), List.of()))));

  /**
   * Four ideas: one taken up by the board (I-01), one turned down (I-02), and two never answered,
   * of which one was not minuted (I-03).
   */
  public static final List<Idea> IDEAS =
      List.of(
          new Idea(
              "I-01",
              "DSR-02",
              "M-1001",
              "Open on Saturdays",
              true,
              IdeaStatus.TAKEN_UP,
              LocalDate.of(2025, 4, 14)),
          new Idea(
              "I-02",
              "DSR-02",
              "M-1004",
              "A carers' room",
              true,
              IdeaStatus.TURNED_DOWN,
              LocalDate.of(2025, 4, 14)),
          new Idea(
              "I-03",
              "DSR-03",
              "M-1002",
              "Transport from the estate",
              false,
              IdeaStatus.OPEN,
              null),
          new Idea("I-04", "DSR-05", "M-1003", "A quiet corner", true, IdeaStatus.OPEN, null));

  /** Three expense claims: one paid in ten days, one in over two months, one not paid. */
  public static final List<ExpenseClaim> CLAIMS =
      List.of(
          new ExpenseClaim(
              "X-01",
              "M-1001",
              "DSR-01",
              1240,
              LocalDate.of(2025, 3, 10),
              LocalDate.of(2025, 3, 20)),
          new ExpenseClaim(
              "X-02",
              "M-1004",
              "DSR-02",
              800,
              LocalDate.of(2025, 3, 24),
              LocalDate.of(2025, 5, 30)),
          new ExpenseClaim("X-03", "M-1002", "DSR-04", 650, LocalDate.of(2025, 4, 14), null));

  private CasebookSample() {}
}
