package dev.copro.examples.embedding;

import dev.copro.examples.embedding.Casebook.Meeting;
import dev.copro.examples.embedding.Casebook.MeetingKind;
import dev.copro.examples.embedding.Casebook.Member;
import dev.copro.examples.embedding.Casebook.Phase;
import dev.copro.examples.embedding.Casebook.Project;
import dev.copro.examples.embedding.Casebook.Resolution;
import dev.copro.examples.embedding.Casebook.Role;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What Casebook holds about one project, a redesign of day services: nine members and six meetings
 * from March to June 2025. The board is chaired by the commissioner except once, when a service user
 * co-chairs; one workshop is co-chaired by a carer; one workshop has two days' notice; the Saturday
 * drop-in has no chair and no invitations.
 */
public final class CasebookSample {

  /** The day services redesign. */
  public static final List<Project> PROJECTS =
      List.of(new Project("DSR", "Day services redesign", LocalDate.of(2025, 3, 3)));

  /** Three service users, two family carers, two staff, a commissioner and a volunteer. */
  public static final List<Member> MEMBERS = List.of(
      new Member("M-1001", Role.SERVICE_USER, "25-44"),
      new Member("M-1002", Role.SERVICE_USER, "45-64"),
      new Member("M-1003", Role.SERVICE_USER, "65+"),
      new Member("M-1004", Role.FAMILY_CARER, "45-64"),
      new Member("M-1005", Role.FAMILY_CARER, "65+"),
      new Member("M-1006", Role.STAFF, "25-44"),
      new Member("M-1007", Role.STAFF, "45-64"),
      new Member("M-1008", Role.COMMISSIONER, null),
      new Member("M-1009", Role.VOLUNTEER, "25-44"));

  private static final List<String> EVERYONE = MEMBERS.stream().map(Member::membershipNumber).toList();
  private static final List<String> WORKING_GROUP =
      List.of("M-1001", "M-1002", "M-1003", "M-1004", "M-1005", "M-1006", "M-1007");

  /** Three board meetings, two workshops and a drop-in. */
  public static final List<Meeting> MEETINGS = List.of(
      new Meeting("DSR-01", "DSR", MeetingKind.BOARD, Phase.PLANNING, LocalDate.of(2025, 3, 10), LocalTime.of(10, 0),
          120, LocalDate.of(2025, 2, 24), List.of("M-1008"), EVERYONE,
          List.of("M-1001", "M-1002", "M-1004", "M-1006", "M-1007", "M-1008"),
          List.of(new Resolution(1, List.of("M-1001", "M-1004", "M-1006", "M-1008")))),
      new Meeting("DSR-02", "DSR", MeetingKind.WORKSHOP, Phase.BUILDING, LocalDate.of(2025, 3, 24),
          LocalTime.of(18, 0), 90, LocalDate.of(2025, 3, 17), List.of("M-1004", "M-1006"),
          List.of("M-1001", "M-1002", "M-1003", "M-1004", "M-1005", "M-1006", "M-1007", "M-1009"),
          List.of("M-1001", "M-1002", "M-1003", "M-1004", "M-1005", "M-1006", "M-1009"), List.of()),
      new Meeting("DSR-03", "DSR", MeetingKind.WORKSHOP, Phase.BUILDING, LocalDate.of(2025, 4, 7),
          LocalTime.of(13, 30), 120, LocalDate.of(2025, 4, 5), List.of("M-1006"), WORKING_GROUP,
          List.of("M-1002", "M-1003", "M-1006", "M-1007"), List.of()),
      new Meeting("DSR-04", "DSR", MeetingKind.BOARD, Phase.BUILDING, LocalDate.of(2025, 4, 14), LocalTime.of(10, 0),
          120, LocalDate.of(2025, 3, 31), List.of("M-1001", "M-1008"), EVERYONE,
          List.of("M-1001", "M-1002", "M-1004", "M-1005", "M-1006", "M-1007", "M-1008"),
          List.of(new Resolution(1, List.of("M-1001", "M-1002", "M-1004", "M-1006", "M-1008")),
              new Resolution(2, List.of("M-1006", "M-1007", "M-1008")))),
      new Meeting("DSR-05", "DSR", MeetingKind.DROP_IN, Phase.RUNNING, LocalDate.of(2025, 5, 10), LocalTime.of(11, 0),
          180, null, List.of(), List.of(), List.of("M-1001", "M-1003", "M-1005", "M-1009"), List.of()),
      new Meeting("DSR-06", "DSR", MeetingKind.BOARD, Phase.REVIEWING, LocalDate.of(2025, 6, 9), LocalTime.of(10, 0),
          120, LocalDate.of(2025, 5, 26), List.of("M-1008"), EVERYONE,
          List.of("M-1001", "M-1004", "M-1006", "M-1007", "M-1008"),
          List.of(new Resolution(1, List.of("M-1006", "M-1007", "M-1008")))));

  private CasebookSample() {}
}
