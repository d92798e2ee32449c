package dev.copro.metrics.tokenism;

import dev.copro.metrics.support.Evidence;
import dev.copro.metrics.support.Plural;
import dev.copro.metrics.support.Words;
import dev.copro.model.RecordKind;
import dev.copro.spi.Finding;
import dev.copro.spi.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Signs about what became of what the bloc said: "suggestions rejected because they do not fit the
 * current model", "listened to, but none of it appears in the final service", "consulted and never
 * heard of again", "key comments not documented".
 */
final class ResponseSigns {

  private ResponseSigns() {}

  /**
   * Sign 3: at least {@code minDoesNotFit} bloc contributions declined as not fitting the current
   * model.
   */
  static SignResult doesNotFitModel(SignData d) {
    WarningSign sign = WarningSign.DOES_NOT_FIT_MODEL;
    if (d.blocContributions == 0) {
      return SignResult.notAssessed(sign, noContributions(d), List.of());
    }
    Evidence evidence = d.declinedAsNotFitting;
    int min = d.parameters.integer(WarningSigns.MIN_DOES_NOT_FIT);
    if (evidence.count() < min) {
      return SignResult.clear(sign, List.of());
    }
    // Every kind of contribution counts here, not only the proposals and suggestions influence
    // counts.
    String message =
        Words.capitalised(
                Plural.ofAll(
                    evidence.count(), d.blocContributions, "contribution", "contributions"))
            + " of every kind by "
            + d.who
            + " "
            + Plural.word(evidence.count(), "was", "were")
            + " declined as not fitting the current model (the sign is raised at "
            + min
            + " or more).";
    return SignResult.detected(sign, message, List.of(), evidence);
  }

  /**
   * The code of the finding that a response says "adopted" while no decision adopted the
   * contribution.
   */
  static final String ADOPTED_IN_WORDS_ONLY = "adopted-in-words-only";

  /**
   * Sign 4: "listened to, but none of it appears in the final service". Raised for an initiative
   * where the bloc made at least {@code minIdeas} proposals and suggestions and none was taken up;
   * for a key group that made at least {@code minIdeas} in scope with none taken up (named in its
   * own finding); and, as the finding {@value #ADOPTED_IN_WORDS_ONLY} (medium), when more than
   * {@code maxAdoptedInWordsShare} of the bloc's ideas answered "adopted" were adopted by no
   * decision although their initiative records decisions. "Taken up" is {@link SignData#adopted}: a
   * decision adopted it, or its response says adapted (or adopted, where no decision records what
   * it adopted).
   */
  static SignResult ideasNotUsed(SignData d) {
    WarningSign sign = WarningSign.IDEAS_NOT_USED;
    int withIdeas = 0;
    for (int initiative = 0; initiative < d.ideas.length; initiative++) {
      withIdeas += d.ideas[initiative] > 0 ? 1 : 0;
    }
    if (withIdeas == 0) {
      return SignResult.notAssessed(
          sign, d.who + " made no proposals or suggestions in scope", List.of());
    }
    int minIdeas = d.parameters.integer(WarningSigns.MIN_IDEAS);
    List<Finding> findings = new ArrayList<>();
    List<String> initiatives = new ArrayList<>();
    Evidence ideas = new Evidence(RecordKind.CONTRIBUTION);
    int flagged = 0;
    int unused = 0;
    for (int initiative = 0; initiative < d.ideas.length; initiative++) {
      if (d.ideas[initiative] > 0
          && d.ideas[initiative] >= minIdeas
          && !d.ideaTakenUp[initiative]) {
        flagged++;
        unused += d.ideas[initiative];
        initiatives.add(d.initiativeId(initiative));
        ideas.addAll(d.ideasOf[initiative]);
      }
    }
    if (flagged > 0) {
      findings.add(
          SignResult.finding(
              sign,
              "In "
                  + Plural.ofAll(flagged, withIdeas, "initiative", "initiatives")
                  + " where "
                  + d.who
                  + " put forward proposals or suggestions, none of their "
                  + (flagged == 1
                      ? Plural.of(unused, "idea", "ideas") + " was taken up"
                      : "ideas was taken up, " + unused + " in all")
                  + " (the sign looks only at initiatives with "
                  + minIdeas
                  + " ideas or more).",
              Evidence.of(RecordKind.INITIATIVE, initiatives),
              ideas));
    }
    for (int g = 0; g < d.keyGroups.size(); g++) {
      int count = d.groupIdeas[g];
      if (count >= minIdeas && !d.groupIdeaTakenUp[g]) {
        findings.add(
            SignResult.finding(
                sign,
                "None of the "
                    + Plural.of(count, "idea", "ideas")
                    + " "
                    + d.keyGroups.get(g).name()
                    + " put forward was taken up.",
                d.groupIdeasOf[g]));
      }
    }
    Evidence inWordsOnly = d.inWordsOnly;
    int saidAdopted = d.saidAdopted;
    double maxInWords = d.parameters.decimal(WarningSigns.MAX_ADOPTED_IN_WORDS_SHARE);
    if (!inWordsOnly.isEmpty() && inWordsOnly.count() > maxInWords * saidAdopted + 1e-9) {
      findings.add(
          Evidence.finding(
              ADOPTED_IN_WORDS_ONLY,
              Severity.MEDIUM,
              Words.capitalised(Plural.ofAll(inWordsOnly.count(), saidAdopted, "idea", "ideas"))
                  + " by "
                  + d.who
                  + " answered \"adopted\" "
                  + Plural.word(inWordsOnly.count(), "appears", "appear")
                  + " in no decision, though "
                  + Plural.word(inWordsOnly.count(), "its", "their")
                  + " initiative records decisions: adopted in words "
                  + "only ("
                  + SignData.percent((double) inWordsOnly.count() / saidAdopted, 0)
                  + ", above the "
                  + SignData.percent(maxInWords, 0)
                  + " allowed).",
              inWordsOnly));
    }
    return SignResult.of(sign, findings, List.of());
  }

  /**
   * Sign 5: of the bloc contributions made at least {@code responseDueDays} before the reference
   * date, the share with no response within that many days is above {@code maxNoFeedbackShare}. A
   * response given later than that counts as none: the person was not heard of again in time.
   */
  static SignResult noFeedback(SignData d) {
    WarningSign sign = WarningSign.NO_FEEDBACK;
    if (d.blocContributions == 0) {
      return SignResult.notAssessed(sign, noContributions(d), List.of());
    }
    int dueDays = d.parameters.integer(WarningSigns.RESPONSE_DUE_DAYS);
    LocalDate reference = d.context.referenceDate();
    int due = 0;
    int notYetDue = 0;
    int answeredAlready = 0;
    Evidence evidence = new Evidence(RecordKind.CONTRIBUTION);
    for (SignData.Due deadline : d.dueBy(reference, true).values()) {
      due += deadline.made;
      evidence.addAll(deadline.unanswered);
    }
    for (SignData.Due deadline : d.dueBy(reference, false).values()) {
      notYetDue += deadline.made;
      answeredAlready += deadline.answered;
    }
    // Answered or not, a recent contribution is left out: whether its answer came in time is not
    // known
    // yet. The feedback loop, which asks only whether there is an answer, counts those already
    // answered.
    List<String> warnings =
        notYetDue == 0
            ? List.of()
            : List.of(
                Plural.of(notYetDue, "contribution", "contributions")
                    + " by "
                    + d.who
                    + " "
                    + Plural.word(notYetDue, "was", "were")
                    + " made less than "
                    + dueDays
                    + " days "
                    + "before "
                    + reference
                    + ", too recently to tell whether "
                    + Plural.word(notYetDue, "it", "they")
                    + " will "
                    + "get a response within "
                    + dueDays
                    + " days, so the no-feedback sign leaves "
                    + Plural.word(notYetDue, "it", "them")
                    + " out"
                    + (answeredAlready == 0
                        ? "."
                        : ", though "
                            + (answeredAlready == notYetDue
                                ? Plural.word(notYetDue, "it has", "all of them have")
                                : answeredAlready
                                    + " already "
                                    + Plural.word(answeredAlready, "has", "have"))
                            + " one."));
    if (due == 0) {
      return SignResult.notAssessed(
          sign,
          "no contribution by "
              + d.who
              + " was made "
              + dueDays
              + " or more days "
              + "before "
              + reference,
          warnings);
    }
    String made = " by " + d.who + " made at least " + dueDays + " days before " + reference;
    return SignResult.whenShareAbove(
        sign,
        evidence,
        due,
        d.parameters.decimal(WarningSigns.MAX_NO_FEEDBACK_SHARE),
        new SignResult.Forms("contribution" + made, "contributions" + made),
        new SignResult.Forms(
            "was not answered within " + dueDays + " days",
            "were not answered within " + dueDays + " days"),
        warnings);
  }

  /**
   * Sign 10: the share of bloc contributions not documented is above {@code maxUndocumentedShare}.
   */
  static SignResult commentsNotDocumented(SignData d) {
    WarningSign sign = WarningSign.COMMENTS_NOT_DOCUMENTED;
    if (d.blocContributions == 0) {
      return SignResult.notAssessed(sign, noContributions(d), List.of());
    }
    return SignResult.whenShareAbove(
        sign,
        d.undocumented,
        d.blocContributions,
        d.parameters.decimal(WarningSigns.MAX_UNDOCUMENTED_SHARE),
        new SignResult.Forms("contribution by " + d.who, "contributions by " + d.who),
        new SignResult.Forms("was not documented", "were not documented"),
        List.of());
  }

  private static String noContributions(SignData d) {
    return d.who + " made no contributions in scope";
  }
}
