package dev.copro.sample;

import static dev.copro.model.AccessKind.ACCESSIBLE_TOILET;
import static dev.copro.model.AccessKind.BSL_INTERPRETER;
import static dev.copro.model.AccessKind.EASY_READ;
import static dev.copro.model.AccessKind.HEARING_LOOP;
import static dev.copro.model.AccessKind.LARGE_PRINT;
import static dev.copro.model.AccessKind.PERSONAL_ASSISTANT;
import static dev.copro.model.AccessKind.QUIET_ROOM;
import static dev.copro.model.AccessKind.REMOTE_OPTION;
import static dev.copro.model.AccessKind.STEP_FREE;
import static dev.copro.model.Perspective.CARER;
import static dev.copro.model.Perspective.COMMISSIONER;
import static dev.copro.model.Perspective.LIVED_EXPERIENCE;
import static dev.copro.model.Perspective.OTHER;
import static dev.copro.model.Perspective.PROFESSIONAL;

import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The people of the Northfield story, by pseudonymous id, numbered as the council registered them.
 *
 * <p>Perspectives, roles, dates and access needs are written out here because the story depends on
 * them; age band, gender, ethnicity and area are drawn from the dice, with a few answers missing as
 * on any real equality-monitoring form.
 */
final class Cast {

  /** The day the board first met. */
  static final LocalDate BOARD_START = LocalDate.of(2025, 1, 14);

  /** The day the board's members and the officers working with it were recruited. */
  static final LocalDate RECRUITED = LocalDate.of(2024, 12, 2);

  /**
   * The day the wider pool joined the council's involvement register, ahead of the listening
   * events.
   */
  static final LocalDate POOL_JOINED = LocalDate.of(2025, 1, 6);

  /** The day the carers' project began. */
  static final LocalDate CARERS_START = LocalDate.of(2025, 3, 3);

  /** The day the carers' project team was formed, ahead of its first meeting. */
  static final LocalDate CARERS_TEAM_FORMED = LocalDate.of(2025, 2, 17);

  /** Board co-chair with lived experience; a wheelchair user with a personal assistant. */
  static final String LIVED_CO_CHAIR = "p-001";

  /** Board co-chair from the council: the head of adult social care commissioning. */
  static final String COMMISSIONER_CO_CHAIR = "p-002";

  /** Carer on the board; chairs the tender evaluation panel. */
  static final String TENDER_CHAIR = "p-003";

  /** Manager of the council's direct payments team. */
  static final String DP_TEAM_MANAGER = "p-004";

  /** Deaf board member (BSL); chairs the direct payments review panel. */
  static final String REVIEW_PANEL_CHAIR = "p-005";

  /** Board member with a learning disability; leads the easy-read working group. */
  static final String EASY_READ_LEAD = "p-007";

  /** Commissioning officer on the board. */
  static final String COMMISSIONING_OFFICER = "p-008";

  /** Board member who stepped down at the end of July. */
  static final String LEAVER = "p-011";

  /** Independent advocate who supports the lived-experience members; holds a seat but no vote. */
  static final String ADVOCATE = "p-012";

  /** Carer from the board's wider pool who also took part in the carers' project. */
  static final String CARER_IN_BOTH = "p-029";

  /** Commissioner who led the carers' project. */
  static final String CARERS_COMMISSIONER = "p-040";

  /** Manager of the carers' service. */
  static final String CARERS_SERVICE_MANAGER = "p-041";

  /** Personal assistant who joined the co-design of the employment chapters. */
  static final String PERSONAL_ASSISTANT_MEMBER = "p-045";

  /**
   * Manager of the user-led direct payments support service, from the day after its contract award.
   */
  static final String SUPPORT_SERVICE_MANAGER = "p-046";

  /** Carer in the carers' project who needs a hearing loop. */
  static final String CARER_NEEDING_LOOP = "p-047";

  /** Carer in the carers' project who needs step-free access. */
  static final String CARER_NEEDING_STEP_FREE = "p-048";

  /** Board member appointed in July to replace the leaver from August. */
  static final String REPLACEMENT = "p-057";

  /** The board's members at its first meeting, in seat order. */
  static final List<String> FOUNDING_BOARD = ids(1, 12);

  /** People who use direct payments and carers from the council's involvement register. */
  static final List<String> POOL_BLOC = ids(13, 32);

  /** Officers of the direct payments team. */
  static final List<String> DP_OFFICERS = List.of("p-033", "p-034");

  /** Social workers and an occupational therapist. */
  static final List<String> PRACTITIONERS = List.of("p-006", "p-035", "p-036", "p-037");

  /** Providers of care and support. */
  static final List<String> PROVIDERS = List.of("p-010", "p-038", "p-046");

  /** The board's commissioners and the finance business partner. */
  static final List<String> BOARD_COMMISSIONERS = List.of("p-002", "p-008", "p-039");

  /** Staff of the carers' project. */
  static final List<String> CARERS_STAFF = ids(40, 44);

  /** Carers who joined the carers' project, plus the carer who was in both. */
  static final List<String> PROJECT_CARERS = together(List.of(CARER_IN_BOTH), ids(47, 56));

  /** The peer researchers who led the evaluation. */
  static final List<String> PEER_RESEARCHERS = List.of("p-058", "p-059");

  private static final String[] AGE_BANDS = {
    "18-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"
  };
  private static final double[] AGE_LIVED = {8, 15, 18, 20, 18, 13, 8};
  private static final double[] AGE_CARER = {3, 5, 10, 22, 28, 22, 10};
  private static final double[] AGE_STAFF = {2, 24, 34, 26, 14, 0, 0};
  private static final String[] GENDERS = {"woman", "man", "non-binary"};
  private static final double[] GENDER_BLOC = {57, 40, 3};
  private static final double[] GENDER_STAFF = {70, 29, 1};
  private static final String[] ETHNICITIES = {"white", "asian", "black", "mixed", "other"};
  private static final double[] ETHNICITY = {72, 13, 8, 4, 3};

  /** Invented districts of Northfield. */
  static final List<String> AREAS =
      List.of("east-vale", "northfield-central", "southbridge", "west-moor");

  private static final double MISSING_ANSWER = 0.05;

  /** The longest notice the board gives: invitations go out at most this many days ahead. */
  static final int LONGEST_NOTICE_DAYS = 28;

  private final Dice dice;
  private final Map<String, Participant> byId = new TreeMap<>();
  private final List<Participant> participants = new ArrayList<>();

  Cast(Dice dice) {
    this.dice = dice;
    LocalDate pool = POOL_JOINED;
    // The board, in seat order: parity of lived-experience and other seats.
    add(
        LIVED_CO_CHAIR,
        LIVED_EXPERIENCE,
        null,
        RECRUITED,
        null,
        STEP_FREE,
        ACCESSIBLE_TOILET,
        PERSONAL_ASSISTANT);
    add(COMMISSIONER_CO_CHAIR, COMMISSIONER, null, RECRUITED, null);
    add(TENDER_CHAIR, CARER, null, RECRUITED, null);
    add(DP_TEAM_MANAGER, PROFESSIONAL, null, RECRUITED, null);
    add(REVIEW_PANEL_CHAIR, LIVED_EXPERIENCE, null, RECRUITED, null, BSL_INTERPRETER);
    add("p-006", PROFESSIONAL, null, RECRUITED, null);
    add(EASY_READ_LEAD, LIVED_EXPERIENCE, null, RECRUITED, null, EASY_READ);
    add(COMMISSIONING_OFFICER, COMMISSIONER, null, RECRUITED, null);
    add("p-009", CARER, null, RECRUITED, null, HEARING_LOOP);
    add("p-010", PROFESSIONAL, null, RECRUITED, null);
    add(LEAVER, LIVED_EXPERIENCE, null, RECRUITED, LocalDate.of(2025, 7, 31), QUIET_ROOM);
    add(ADVOCATE, OTHER, "independent advocate", RECRUITED, null);
    // The wider pool of people who use direct payments and carers.
    add("p-013", LIVED_EXPERIENCE, null, pool, null, STEP_FREE, ACCESSIBLE_TOILET);
    add("p-014", CARER, null, pool, null);
    add("p-015", LIVED_EXPERIENCE, null, pool, null);
    add("p-016", LIVED_EXPERIENCE, null, pool, null, HEARING_LOOP);
    add("p-017", CARER, null, pool, null);
    add("p-018", LIVED_EXPERIENCE, null, pool, null, EASY_READ);
    add("p-019", LIVED_EXPERIENCE, null, pool, null);
    add("p-020", CARER, null, pool, null, LARGE_PRINT);
    add("p-021", LIVED_EXPERIENCE, null, pool, null, QUIET_ROOM);
    add("p-022", LIVED_EXPERIENCE, null, pool, null);
    add("p-023", CARER, null, pool, null);
    add("p-024", LIVED_EXPERIENCE, null, pool, null, STEP_FREE);
    add("p-025", LIVED_EXPERIENCE, null, pool, null);
    add("p-026", CARER, null, pool, null);
    add("p-027", LIVED_EXPERIENCE, null, pool, LocalDate.of(2025, 9, 30));
    add("p-028", LIVED_EXPERIENCE, null, pool, null, EASY_READ);
    add(CARER_IN_BOTH, CARER, null, pool, null);
    add("p-030", LIVED_EXPERIENCE, null, pool, null);
    add("p-031", LIVED_EXPERIENCE, null, pool, null, STEP_FREE);
    add("p-032", CARER, null, pool, null);
    // Staff who work alongside the board.
    add("p-033", PROFESSIONAL, null, RECRUITED, null);
    add("p-034", PROFESSIONAL, null, RECRUITED, null);
    add("p-035", PROFESSIONAL, null, RECRUITED, null);
    add("p-036", PROFESSIONAL, null, RECRUITED, null);
    add("p-037", PROFESSIONAL, null, RECRUITED, null);
    add("p-038", PROFESSIONAL, null, RECRUITED, null);
    add("p-039", COMMISSIONER, null, RECRUITED, null);
    // The carers' project team.
    add(CARERS_COMMISSIONER, COMMISSIONER, null, CARERS_TEAM_FORMED, null);
    add(CARERS_SERVICE_MANAGER, PROFESSIONAL, null, CARERS_TEAM_FORMED, null);
    add("p-042", PROFESSIONAL, null, CARERS_TEAM_FORMED, null);
    add("p-043", PROFESSIONAL, null, CARERS_TEAM_FORMED, null);
    add("p-044", PROFESSIONAL, null, CARERS_TEAM_FORMED, null);
    // Joined the board's work in the spring.
    add(PERSONAL_ASSISTANT_MEMBER, OTHER, "personal assistant", LocalDate.of(2025, 3, 31), null);
    add(SUPPORT_SERVICE_MANAGER, PROFESSIONAL, null, LocalDate.of(2025, 4, 4), null);
    // Carers invited to the carers' project once its main decisions were taken.
    LocalDate carersInvited = LocalDate.of(2025, 5, 6);
    add(CARER_NEEDING_LOOP, CARER, null, carersInvited, null, HEARING_LOOP);
    add(CARER_NEEDING_STEP_FREE, CARER, null, carersInvited, null, STEP_FREE);
    add("p-049", CARER, null, carersInvited, null, LARGE_PRINT);
    add("p-050", CARER, null, carersInvited, null);
    add("p-051", CARER, null, carersInvited, null);
    add("p-052", CARER, null, carersInvited, LocalDate.of(2025, 6, 30));
    add("p-053", CARER, null, carersInvited, null);
    add("p-054", CARER, null, carersInvited, null);
    add("p-055", CARER, null, carersInvited, LocalDate.of(2025, 6, 30));
    add("p-056", CARER, null, carersInvited, null);
    // Appointed to the board in July, to take the seat of the member leaving at the end of the
    // month.
    add(REPLACEMENT, LIVED_EXPERIENCE, null, LocalDate.of(2025, 7, 14), null, REMOTE_OPTION);
    // Recruited to lead the evaluation.
    add("p-058", OTHER, "peer researcher", LocalDate.of(2025, 10, 1), null);
    add("p-059", OTHER, "peer researcher", LocalDate.of(2025, 10, 1), null);
  }

  private void add(
      String id,
      Perspective perspective,
      @Nullable String label,
      LocalDate joined,
      @Nullable LocalDate left,
      AccessKind... needs) {
    Set<AccessProvision> declared = new LinkedHashSet<>();
    for (AccessKind need : needs) {
      declared.add(AccessProvision.of(need));
    }
    Participant participant =
        new Participant(
            id, perspective, label, joined, left, declared, demographics(id, perspective), joined);
    participants.add(participant);
    byId.put(id, participant);
  }

  private Map<String, String> demographics(String id, Perspective perspective) {
    boolean staff = perspective == PROFESSIONAL || perspective == COMMISSIONER;
    double[] ages = perspective == CARER ? AGE_CARER : staff ? AGE_STAFF : AGE_LIVED;
    Map<String, String> attributes = new TreeMap<>();
    // The young carer of the carers' project is 18-24 whatever the dice say.
    put(attributes, "age-band", "p-050".equals(id) ? AGE_BANDS[0] : AGE_BANDS[dice.weighted(ages)]);
    put(attributes, "gender", GENDERS[dice.weighted(staff ? GENDER_STAFF : GENDER_BLOC)]);
    put(attributes, "ethnicity", ETHNICITIES[dice.weighted(ETHNICITY)]);
    put(attributes, "area", dice.pick(AREAS));
    return attributes;
  }

  private void put(Map<String, String> attributes, String key, String value) {
    // Drawn for every attribute, so that a missing answer does not shift the later draws.
    boolean answered = !dice.chance(MISSING_ANSWER);
    if (answered) {
      attributes.put(key, value);
    }
  }

  /** Everyone, in the order they joined. */
  List<Participant> participants() {
    return participants;
  }

  /** The participant with the given id; the story only uses ids it declared. */
  Participant get(String id) {
    Participant participant = byId.get(id);
    if (participant == null) {
      throw new IllegalArgumentException("no participant " + id + " in the cast");
    }
    return participant;
  }

  /** Whether the person belongs to the lived-experience bloc (lived experience or carer). */
  boolean isBloc(String id) {
    Perspective perspective = get(id).perspective();
    return perspective == LIVED_EXPERIENCE || perspective == CARER;
  }

  /** Whether the person is paid staff (a professional or a commissioner). */
  boolean isStaff(String id) {
    Perspective perspective = get(id).perspective();
    return perspective == PROFESSIONAL || perspective == COMMISSIONER;
  }

  /** Whether the person had joined and not left on the day. */
  boolean activeOn(String id, LocalDate day) {
    Participant p = get(id);
    return (p.joined() == null || !p.joined().isAfter(day))
        && (p.left() == null || !p.left().isBefore(day));
  }

  /**
   * The people of a list who can be invited to something on the day, in the list's order: those
   * registered before invitations went out (up to {@value #LONGEST_NOTICE_DAYS} days ahead) and not
   * gone by the day.
   */
  List<String> invitableFor(List<String> ids, LocalDate day) {
    List<String> invitable = new ArrayList<>();
    for (String id : ids) {
      if (activeOn(id, day.minusDays(LONGEST_NOTICE_DAYS)) && activeOn(id, day)) {
        invitable.add(id);
      }
    }
    return invitable;
  }

  /**
   * The board's members who can be invited to something on the day; the replacement only once in
   * her seat.
   */
  List<String> boardOn(LocalDate day) {
    List<String> board = new ArrayList<>(FOUNDING_BOARD);
    board.add(REPLACEMENT);
    return invitableFor(board, day);
  }

  /** The area a person lives in, or {@code null} if they did not say. */
  @Nullable String area(String id) {
    return get(id).attributes().get("area");
  }

  private static List<String> ids(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      ids.add(String.format(java.util.Locale.ROOT, "p-%03d", i));
    }
    return List.copyOf(ids);
  }

  /** The ids of several lists, in order, each once. */
  @SafeVarargs
  static List<String> together(List<String>... lists) {
    Set<String> all = new LinkedHashSet<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return List.copyOf(all);
  }
}
