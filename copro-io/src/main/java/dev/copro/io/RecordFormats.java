package dev.copro.io;

import static dev.copro.io.ValueTypes.ATTRIBUTE_MAP;
import static dev.copro.io.ValueTypes.BOOLEAN;
import static dev.copro.io.ValueTypes.CURRENCY_CODE;
import static dev.copro.io.ValueTypes.DECIMAL;
import static dev.copro.io.ValueTypes.IDENTIFIER;
import static dev.copro.io.ValueTypes.INT;
import static dev.copro.io.ValueTypes.ISO_DATE;
import static dev.copro.io.ValueTypes.ISO_TIME;
import static dev.copro.io.ValueTypes.LONG;
import static dev.copro.io.ValueTypes.PROVISION;
import static dev.copro.io.ValueTypes.TEXT;
import static dev.copro.io.ValueTypes.code;
import static dev.copro.io.ValueTypes.labelled;
import static dev.copro.io.ValueTypes.list;
import static dev.copro.io.ValueTypes.object;
import static dev.copro.io.ValueTypes.set;

import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.ActivityType;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.ContributionKind;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.DecisionRule;
import dev.copro.model.DeclineReason;
import dev.copro.model.Initiative;
import dev.copro.model.LifecycleStage;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.PaymentKind;
import dev.copro.model.Perspective;
import dev.copro.model.Principle;
import dev.copro.model.RecordKind;
import dev.copro.model.Response;
import dev.copro.model.ResponseOutcome;
import dev.copro.model.Survey;
import dev.copro.model.SurveyItem;
import dev.copro.model.SurveyResponse;
import dev.copro.model.Vote;
import dev.copro.model.VotePosition;
import dev.copro.model.validation.Problem.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fields of every record of {@code copro-dataset/1}: the one definition that the JSON, JSON
 * Lines and CSV readers and writers share. Field names are the record components' names; a coded
 * value and its "other" label are one field ({@code "perspective": "other:peer researcher"}).
 * docs/dataset-format.md describes each field.
 */
final class RecordFormats {

  private RecordFormats() {}

  /**
   * The dataset header: its format version and name (the JSON Lines header line, the CSV
   * dataset.csv).
   */
  record Header(@Nullable String format, @Nullable String name) {
    static final Field<Header, String> FORMAT = Field.optional("format", TEXT, Header::format);
    static final Field<Header, String> NAME = Field.optional("name", TEXT, Header::name);
    static final ObjectType<Header> TYPE =
        new ObjectType<>(
            "dataset header",
            List.of(FORMAT, NAME),
            v -> new Header(v.optional(FORMAT), v.optional(NAME)));

    /**
     * Reads a header and checks its format. Returns {@code null} when the format is another
     * version, which ends reading; a header that names no format, or has other problems, is
     * reported and reading goes on as if it named this version.
     */
    static @Nullable Header read(Node.Obj node, Where where, Problems problems) {
      Header header = TYPE.read(node, new Reading(problems, null, where, "header"), Set.of());
      Node format = node.get(FORMAT.name());
      if (format == null || (format instanceof Node.Scalar s && s.isEmpty())) {
        problems.add(
            Kind.UNSUPPORTED_FORMAT,
            where.field(FORMAT.name()).at(node),
            null,
            "The header does not say the format: give \"format\" as \"" + Dataset.FORMAT + "\".");
      } else if (format instanceof Node.Scalar s && !s.text().equals(Dataset.FORMAT)) {
        problems.addLoss(
            Kind.UNSUPPORTED_FORMAT,
            where.field(FORMAT.name()).at(format),
            null,
            "This library reads the format '"
                + Dataset.FORMAT
                + "', but the header says "
                + Messages.quote(s.text())
                + "."
                + Messages.notADataset(s.text()));
        return null;
      }
      return header == null ? new Header(null, null) : header;
    }
  }

  static final class Initiatives {
    static final Field<Initiative, String> ID = Field.required("id", IDENTIFIER, Initiative::id);
    static final Field<Initiative, String> NAME = Field.required("name", TEXT, Initiative::name);
    static final Field<Initiative, String> ORGANISATION =
        Field.optional("organisation", TEXT, Initiative::organisation);
    static final Field<Initiative, LocalDate> START =
        Field.required("start", ISO_DATE, Initiative::start);
    static final Field<Initiative, LocalDate> END =
        Field.optional("end", ISO_DATE, Initiative::end);
    static final Field<Initiative, Set<LifecycleStage>> STAGES =
        Field.optional("stages", set(code(LifecycleStage.class)), Initiative::stages);
    static final Field<Initiative, Map<String, String>> ATTRIBUTES =
        Field.optional("attributes", ATTRIBUTE_MAP, Initiative::attributes);
    static final ObjectType<Initiative> TYPE =
        new ObjectType<>(
            "initiative",
            List.of(ID, NAME, ORGANISATION, START, END, STAGES, ATTRIBUTES),
            v ->
                new Initiative(
                    v.required(ID),
                    v.required(NAME),
                    v.optional(ORGANISATION),
                    v.required(START),
                    v.optional(END),
                    v.optional(STAGES, Set.of()),
                    v.optional(ATTRIBUTES, Map.of())));

    private Initiatives() {}
  }

  static final class Participants {
    static final Field<Participant, String> ID = Field.required("id", IDENTIFIER, Participant::id);
    static final Field<Participant, Labelled<Perspective>> PERSPECTIVE =
        Field.required(
            "perspective",
            labelled(Perspective.class),
            p -> new Labelled<>(p.perspective(), p.perspectiveLabel()));
    static final Field<Participant, LocalDate> JOINED =
        Field.optional("joined", ISO_DATE, Participant::joined);
    static final Field<Participant, LocalDate> LEFT =
        Field.optional("left", ISO_DATE, Participant::left);
    static final Field<Participant, Set<AccessProvision>> ACCESS_NEEDS =
        Field.optional("accessNeeds", set(PROVISION), Participant::accessNeeds);
    static final Field<Participant, Map<String, String>> ATTRIBUTES =
        Field.optional("attributes", ATTRIBUTE_MAP, Participant::attributes);
    static final Field<Participant, LocalDate> ATTRIBUTES_AS_OF =
        Field.optional("attributesAsOf", ISO_DATE, Participant::attributesAsOf);
    static final Field<Participant, Boolean> ACCESS_NEEDS_ASKED =
        Field.optional("accessNeedsAsked", BOOLEAN, Participant::accessNeedsAsked);
    static final ObjectType<Participant> TYPE =
        new ObjectType<>(
            "participant",
            List.of(
                ID,
                PERSPECTIVE,
                JOINED,
                LEFT,
                ACCESS_NEEDS,
                ACCESS_NEEDS_ASKED,
                ATTRIBUTES,
                ATTRIBUTES_AS_OF),
            v ->
                new Participant(
                    v.required(ID),
                    v.required(PERSPECTIVE).value(),
                    v.required(PERSPECTIVE).label(),
                    v.optional(JOINED),
                    v.optional(LEFT),
                    v.optional(ACCESS_NEEDS, Set.of()),
                    v.optional(ATTRIBUTES, Map.of()),
                    v.optional(ATTRIBUTES_AS_OF),
                    v.optional(ACCESS_NEEDS_ASKED)));

    private Participants() {}
  }

  static final class Activities {
    static final Field<Activity, String> ID = Field.required("id", IDENTIFIER, Activity::id);
    static final Field<Activity, String> INITIATIVE =
        Field.required("initiative", IDENTIFIER, Activity::initiative);
    static final Field<Activity, Labelled<ActivityType>> ACTIVITY_TYPE =
        Field.required(
            "type", labelled(ActivityType.class), a -> new Labelled<>(a.type(), a.typeLabel()));
    static final Field<Activity, LifecycleStage> STAGE =
        Field.required("stage", code(LifecycleStage.class), Activity::stage);
    static final Field<Activity, String> TITLE = Field.optional("title", TEXT, Activity::title);
    static final Field<Activity, LocalDate> DATE = Field.required("date", ISO_DATE, Activity::date);
    static final Field<Activity, LocalTime> START_TIME =
        Field.optional("startTime", ISO_TIME, Activity::startTime);
    static final Field<Activity, Integer> DURATION =
        Field.optional("durationMinutes", INT, Activity::durationMinutes);
    static final Field<Activity, LocalDate> INVITED_ON =
        Field.optional("invitedOn", ISO_DATE, Activity::invitedOn);
    static final Field<Activity, Set<AccessProvision>> PROVISIONS =
        Field.optional("provisions", set(PROVISION), Activity::provisions);
    static final Field<Activity, List<String>> CHAIRS =
        Field.optional("chairs", list(IDENTIFIER), Activity::chairs);
    static final Field<Activity, Map<String, String>> ATTRIBUTES =
        Field.optional("attributes", ATTRIBUTE_MAP, Activity::attributes);
    static final ObjectType<Activity> TYPE =
        new ObjectType<>(
            "activity",
            List.of(
                ID,
                INITIATIVE,
                ACTIVITY_TYPE,
                STAGE,
                TITLE,
                DATE,
                START_TIME,
                DURATION,
                INVITED_ON,
                PROVISIONS,
                CHAIRS,
                ATTRIBUTES),
            v ->
                new Activity(
                    v.required(ID),
                    v.required(INITIATIVE),
                    v.required(ACTIVITY_TYPE).value(),
                    v.required(ACTIVITY_TYPE).label(),
                    v.required(STAGE),
                    v.optional(TITLE),
                    v.required(DATE),
                    v.optional(START_TIME),
                    v.optional(DURATION),
                    v.optional(INVITED_ON),
                    v.optional(PROVISIONS, Set.of()),
                    v.optional(CHAIRS, List.of()),
                    v.optional(ATTRIBUTES, Map.of())));

    private Activities() {}
  }

  static final class Attendances {
    static final Field<Attendance, String> ACTIVITY =
        Field.required("activity", IDENTIFIER, Attendance::activity);
    static final Field<Attendance, String> PARTICIPANT =
        Field.required("participant", IDENTIFIER, Attendance::participant);

    /** Defaults to true: an attendance record is most often for someone on the invitation list. */
    static final Field<Attendance, Boolean> INVITED =
        Field.optional("invited", BOOLEAN, true, Attendance::invited);

    static final Field<Attendance, Boolean> ATTENDED =
        Field.required("attended", BOOLEAN, Attendance::attended);
    static final Field<Attendance, Integer> SPEAKING_SECONDS =
        Field.optional("speakingSeconds", INT, Attendance::speakingSeconds);
    static final Field<Attendance, Integer> SPEAKING_TURNS =
        Field.optional("speakingTurns", INT, Attendance::speakingTurns);
    static final ObjectType<Attendance> TYPE =
        new ObjectType<>(
            "attendance record",
            List.of(ACTIVITY, PARTICIPANT, INVITED, ATTENDED, SPEAKING_SECONDS, SPEAKING_TURNS),
            v ->
                new Attendance(
                    v.required(ACTIVITY),
                    v.required(PARTICIPANT),
                    v.required(INVITED),
                    v.required(ATTENDED),
                    v.optional(SPEAKING_SECONDS),
                    v.optional(SPEAKING_TURNS)));

    private Attendances() {}
  }

  static final class Responses {
    static final Field<Response, LocalDate> DATE = Field.required("date", ISO_DATE, Response::date);
    static final Field<Response, ResponseOutcome> OUTCOME =
        Field.required("outcome", code(ResponseOutcome.class), Response::outcome);
    static final Field<Response, DeclineReason> REASON =
        Field.optional("reason", code(DeclineReason.class), Response::reason);
    static final ObjectType<Response> TYPE =
        new ObjectType<>(
            "response",
            List.of(DATE, OUTCOME, REASON),
            v -> new Response(v.required(DATE), v.required(OUTCOME), v.optional(REASON)));

    private Responses() {}
  }

  static final class Contributions {
    static final Field<Contribution, String> ID =
        Field.required("id", IDENTIFIER, Contribution::id);
    static final Field<Contribution, String> ACTIVITY =
        Field.required("activity", IDENTIFIER, Contribution::activity);
    static final Field<Contribution, String> PARTICIPANT =
        Field.required("participant", IDENTIFIER, Contribution::participant);
    static final Field<Contribution, ContributionKind> KIND =
        Field.required("kind", code(ContributionKind.class), Contribution::kind);
    static final Field<Contribution, LocalDate> DATE =
        Field.optional("date", ISO_DATE, Contribution::date);
    static final Field<Contribution, Boolean> DOCUMENTED =
        Field.required("documented", BOOLEAN, Contribution::documented);
    static final Field<Contribution, String> SUMMARY =
        Field.optional("summary", TEXT, Contribution::summary);
    static final Field<Contribution, Response> RESPONSE =
        Field.optional("response", object(Responses.TYPE), Contribution::response);
    static final ObjectType<Contribution> TYPE =
        new ObjectType<>(
            "contribution",
            List.of(ID, ACTIVITY, PARTICIPANT, KIND, DATE, DOCUMENTED, SUMMARY, RESPONSE),
            v ->
                new Contribution(
                    v.required(ID),
                    v.required(ACTIVITY),
                    v.required(PARTICIPANT),
                    v.required(KIND),
                    v.optional(DATE),
                    v.required(DOCUMENTED),
                    v.optional(SUMMARY),
                    v.optional(RESPONSE)));

    private Contributions() {}
  }

  static final class Votes {
    static final Field<Vote, String> PARTICIPANT =
        Field.required("participant", IDENTIFIER, Vote::participant);

    /** Defaults to 1, as {@link Vote} documents for parties to a consensus. */
    static final Field<Vote, Long> WEIGHT = Field.optional("weight", LONG, 1L, Vote::weight);

    static final Field<Vote, VotePosition> POSITION =
        Field.optional("position", code(VotePosition.class), Vote::position);
    static final ObjectType<Vote> TYPE =
        new ObjectType<>(
            "vote",
            List.of(PARTICIPANT, WEIGHT, POSITION),
            v -> new Vote(v.required(PARTICIPANT), v.required(WEIGHT), v.optional(POSITION)));

    private Votes() {}
  }

  static final class Decisions {
    static final Field<Decision, String> ID = Field.required("id", IDENTIFIER, Decision::id);
    static final Field<Decision, String> INITIATIVE =
        Field.required("initiative", IDENTIFIER, Decision::initiative);
    static final Field<Decision, String> ACTIVITY =
        Field.optional("activity", IDENTIFIER, Decision::activity);
    static final Field<Decision, LifecycleStage> STAGE =
        Field.optional("stage", code(LifecycleStage.class), Decision::stage);
    static final Field<Decision, LocalDate> DATE = Field.required("date", ISO_DATE, Decision::date);
    static final Field<Decision, String> TITLE = Field.optional("title", TEXT, Decision::title);
    static final Field<Decision, Labelled<DecisionRule>> RULE =
        Field.required(
            "rule", labelled(DecisionRule.class), d -> new Labelled<>(d.rule(), d.ruleLabel()));
    static final Field<Decision, Long> QUOTA = Field.optional("quota", LONG, Decision::quota);
    static final Field<Decision, List<Vote>> VOTES =
        Field.optional("votes", list(object(Votes.TYPE)), Decision::votes);
    static final Field<Decision, List<String>> ADOPTS =
        Field.optional("adopts", list(IDENTIFIER), Decision::adopts);
    static final Field<Decision, List<String>> CONSULTATIONS =
        Field.optional("consultations", list(IDENTIFIER), Decision::consultations);
    static final ObjectType<Decision> TYPE =
        new ObjectType<>(
            "decision",
            List.of(
                ID,
                INITIATIVE,
                ACTIVITY,
                STAGE,
                DATE,
                TITLE,
                RULE,
                QUOTA,
                VOTES,
                ADOPTS,
                CONSULTATIONS),
            v ->
                new Decision(
                    v.required(ID),
                    v.required(INITIATIVE),
                    v.optional(ACTIVITY),
                    v.optional(STAGE),
                    v.required(DATE),
                    v.optional(TITLE),
                    v.required(RULE).value(),
                    v.required(RULE).label(),
                    v.optional(QUOTA),
                    v.optional(VOTES, List.of()),
                    v.optional(ADOPTS, List.of()),
                    v.optional(CONSULTATIONS, List.of())));

    private Decisions() {}
  }

  static final class Payments {
    static final Field<Payment, String> ID = Field.required("id", IDENTIFIER, Payment::id);
    static final Field<Payment, String> PARTICIPANT =
        Field.required("participant", IDENTIFIER, Payment::participant);
    static final Field<Payment, String> ACTIVITY =
        Field.optional("activity", IDENTIFIER, Payment::activity);
    static final Field<Payment, Labelled<PaymentKind>> KIND =
        Field.required(
            "kind", labelled(PaymentKind.class), p -> new Labelled<>(p.kind(), p.kindLabel()));
    static final Field<Payment, BigDecimal> AMOUNT =
        Field.required("amount", DECIMAL, Payment::amount);
    static final Field<Payment, Currency> CURRENCY =
        Field.required("currency", CURRENCY_CODE, Payment::currency);
    static final Field<Payment, LocalDate> OFFERED =
        Field.required("offered", ISO_DATE, Payment::offered);
    static final Field<Payment, LocalDate> CLAIMED =
        Field.optional("claimed", ISO_DATE, Payment::claimed);
    static final Field<Payment, LocalDate> PAID = Field.optional("paid", ISO_DATE, Payment::paid);
    static final ObjectType<Payment> TYPE =
        new ObjectType<>(
            "payment",
            List.of(ID, PARTICIPANT, ACTIVITY, KIND, AMOUNT, CURRENCY, OFFERED, CLAIMED, PAID),
            v ->
                new Payment(
                    v.required(ID),
                    v.required(PARTICIPANT),
                    v.optional(ACTIVITY),
                    v.required(KIND).value(),
                    v.required(KIND).label(),
                    v.required(AMOUNT),
                    v.required(CURRENCY),
                    v.required(OFFERED),
                    v.optional(CLAIMED),
                    v.optional(PAID)));

    private Payments() {}
  }

  static final class SurveyItems {
    static final Field<SurveyItem, String> ID = Field.required("id", IDENTIFIER, SurveyItem::id);
    static final Field<SurveyItem, String> STATEMENT =
        Field.required("statement", TEXT, SurveyItem::statement);
    static final Field<SurveyItem, Integer> SCALE_MIN =
        Field.required("scaleMin", INT, SurveyItem::scaleMin);
    static final Field<SurveyItem, Integer> SCALE_MAX =
        Field.required("scaleMax", INT, SurveyItem::scaleMax);
    static final Field<SurveyItem, Principle> PRINCIPLE =
        Field.optional("principle", code(Principle.class), SurveyItem::principle);
    static final ObjectType<SurveyItem> TYPE =
        new ObjectType<>(
            "survey item",
            List.of(ID, STATEMENT, SCALE_MIN, SCALE_MAX, PRINCIPLE),
            v ->
                new SurveyItem(
                    v.required(ID),
                    v.required(STATEMENT),
                    v.required(SCALE_MIN),
                    v.required(SCALE_MAX),
                    v.optional(PRINCIPLE)));

    private SurveyItems() {}
  }

  static final class Surveys {
    static final Field<Survey, String> ID = Field.required("id", IDENTIFIER, Survey::id);
    static final Field<Survey, String> NAME = Field.required("name", TEXT, Survey::name);

    /** Optional here so that a survey without items gets the validator's one clear message. */
    static final Field<Survey, List<SurveyItem>> ITEMS =
        Field.optional("items", list(object(SurveyItems.TYPE)), Survey::items);

    static final ObjectType<Survey> TYPE =
        new ObjectType<>(
            "survey",
            List.of(ID, NAME, ITEMS),
            v -> new Survey(v.required(ID), v.required(NAME), v.optional(ITEMS, List.of())));

    private Surveys() {}
  }

  static final class SurveyResponses {
    static final Field<SurveyResponse, String> ID =
        Field.required("id", IDENTIFIER, SurveyResponse::id);
    static final Field<SurveyResponse, String> SURVEY =
        Field.required("survey", IDENTIFIER, SurveyResponse::survey);
    static final Field<SurveyResponse, String> ITEM =
        Field.required("item", IDENTIFIER, SurveyResponse::item);
    static final Field<SurveyResponse, String> PARTICIPANT =
        Field.required("participant", IDENTIFIER, SurveyResponse::participant);
    static final Field<SurveyResponse, String> INITIATIVE =
        Field.optional("initiative", IDENTIFIER, SurveyResponse::initiative);
    static final Field<SurveyResponse, LocalDate> DATE =
        Field.required("date", ISO_DATE, SurveyResponse::date);
    static final Field<SurveyResponse, Integer> VALUE =
        Field.required("value", INT, SurveyResponse::value);
    static final ObjectType<SurveyResponse> TYPE =
        new ObjectType<>(
            "survey response",
            List.of(ID, SURVEY, ITEM, PARTICIPANT, INITIATIVE, DATE, VALUE),
            v ->
                new SurveyResponse(
                    v.required(ID),
                    v.required(SURVEY),
                    v.required(ITEM),
                    v.required(PARTICIPANT),
                    v.optional(INITIATIVE),
                    v.required(DATE),
                    v.required(VALUE)));

    private SurveyResponses() {}
  }

  private static final List<String> BY_ID = List.of("id");

  /** Every kind of record, in {@link RecordKind} order (the order of the JSON collections). */
  static final List<RecordType<?>> ALL =
      List.of(
          new RecordType<>(
              RecordKind.INITIATIVE,
              Initiative.class,
              Initiatives.TYPE,
              BY_ID,
              Dataset.Builder::initiatives,
              Dataset::initiatives),
          new RecordType<>(
              RecordKind.PARTICIPANT,
              Participant.class,
              Participants.TYPE,
              BY_ID,
              Dataset.Builder::participants,
              Dataset::participants),
          new RecordType<>(
              RecordKind.ACTIVITY,
              Activity.class,
              Activities.TYPE,
              BY_ID,
              Dataset.Builder::activities,
              Dataset::activities),
          new RecordType<>(
              RecordKind.ATTENDANCE,
              Attendance.class,
              Attendances.TYPE,
              List.of("activity", "participant"),
              Dataset.Builder::attendance,
              Dataset::attendance),
          new RecordType<>(
              RecordKind.CONTRIBUTION,
              Contribution.class,
              Contributions.TYPE,
              BY_ID,
              Dataset.Builder::contributions,
              Dataset::contributions),
          new RecordType<>(
              RecordKind.DECISION,
              Decision.class,
              Decisions.TYPE,
              BY_ID,
              Dataset.Builder::decisions,
              Dataset::decisions),
          new RecordType<>(
              RecordKind.PAYMENT,
              Payment.class,
              Payments.TYPE,
              BY_ID,
              Dataset.Builder::payments,
              Dataset::payments),
          new RecordType<>(
              RecordKind.SURVEY,
              Survey.class,
              Surveys.TYPE,
              BY_ID,
              Dataset.Builder::surveys,
              Dataset::surveys),
          new RecordType<>(
              RecordKind.SURVEY_RESPONSE,
              SurveyResponse.class,
              SurveyResponses.TYPE,
              BY_ID,
              Dataset.Builder::surveyResponses,
              Dataset::surveyResponses));

  /**
   * The record types by the name of their JSON collection ({@code surveyResponses}), in kind order.
   */
  static Map<String, RecordType<?>> byCollection() {
    Map<String, RecordType<?>> byName = new LinkedHashMap<>();
    ALL.forEach(type -> byName.put(type.kind().collection(), type));
    return byName;
  }

  /**
   * The record type of a model record, such as a {@link Participant}; {@code null} for any other
   * object.
   */
  static @Nullable RecordType<?> of(Object record) {
    for (RecordType<?> type : ALL) {
      if (type.javaType() == record.getClass()) {
        return type;
      }
    }
    return null;
  }

  /** The record types by the code of their kind ({@code survey-response}), in kind order. */
  static Map<String, RecordType<?>> byCode() {
    Map<String, RecordType<?>> byName = new LinkedHashMap<>();
    ALL.forEach(type -> byName.put(type.kind().code(), type));
    return byName;
  }
}
