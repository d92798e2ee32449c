package dev.copro.metrics.experience;

import dev.copro.model.Principle;
import dev.copro.model.SurveyItem;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The standard survey items of Minier's checklist: one statement per warning sign of tokenism, for
 * everybody involved in a co-production activity to score, as Kevin Minier asked ("a best practice
 * checklist for TRUE co-production", SCIE Co-production Week blog, 2016).
 *
 * <p>Each item's id is {@code minier.} followed by the finding code of the warning sign in {@code
 * copro.tokenism.warning-signs}, such as {@code minier.not-paid}; a survey of any id may hold them,
 * and {@code copro.experience.minier-checklist} finds them by these ids. Each statement is the good
 * practice that the sign breaks, in the first person ("I was offered travel expenses and a payment
 * for my time"), so that agreeing is good, as on every other survey item of a dataset ({@code
 * copro.experience.survey} averages every item with higher meaning better): a respondent
 * <em>reports</em> the sign by disagreeing. The recommended scale is 1 (strongly disagree) to 5
 * (strongly agree), as {@link #surveyItem()} declares it; any declared scale works, since answers
 * are read as (value − min) ÷ (max − min) and below the midpoint 0.5 is disagreement.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public enum MinierItem {
  /** Warning sign 1: not involved until the end (rubber-stamp). */
  RUBBER_STAMP(
      "rubber-stamp",
      "not involved until the end",
      "I was involved from the start, not only brought in at the end.",
      Principle.EQUALITY),
  /** Warning sign 2: the solution had already been decided. */
  ALREADY_DECIDED(
      "already-decided",
      "the solution had already been decided",
      "Nothing had been decided before we were asked.",
      Principle.EQUALITY),
  /** Warning sign 3: suggestions rejected because they do not fit the current model. */
  DOES_NOT_FIT_MODEL(
      "does-not-fit-model",
      "suggestions rejected because they do not fit the current model",
      "Our suggestions were taken seriously, even when they did not fit the current way of doing things.",
      Principle.EQUALITY),
  /** Warning sign 4: listened to, but none of it appears in the final service. */
  IDEAS_NOT_USED(
      "ideas-not-used",
      "listened to, but none of it appears in the final service",
      "I can see what we said in the final service.",
      Principle.EQUALITY),
  /** Warning sign 5: consulted and never heard of again. */
  NO_FEEDBACK(
      "no-feedback",
      "consulted and never heard of again",
      "After I gave my views, I was told what happened to them.",
      Principle.RECIPROCITY),
  /** Warning sign 6: no travel expenses, let alone an attendance fee. */
  NOT_PAID(
      "not-paid",
      "no travel expenses, let alone an attendance fee",
      "I was offered travel expenses and a payment for my time.",
      Principle.RECIPROCITY),
  /** Warning sign 7: two days' notice, impossible times, no lunch. */
  POOR_ARRANGEMENTS(
      "poor-arrangements",
      "two days' notice, impossible times, no lunch",
      "Meetings gave enough notice, were at times I could manage, and had food and drink when they were long.",
      Principle.ACCESSIBILITY),
  /** Warning sign 8: the venue did not consider physical access or sensory needs. */
  ACCESS_IGNORED(
      "access-ignored",
      "the venue did not consider physical access or sensory needs",
      "The venues met people's physical access and sensory needs.",
      Principle.ACCESSIBILITY),
  /** Warning sign 9: key stakeholders not present or not even invited. */
  STAKEHOLDERS_MISSING(
      "stakeholders-missing",
      "key stakeholders not present or not even invited",
      "The key people and groups were there, or at least invited.",
      Principle.DIVERSITY),
  /** Warning sign 10: key comments not documented, ignored. */
  COMMENTS_NOT_DOCUMENTED(
      "comments-not-documented",
      "key comments not documented",
      "Our key comments were written down, not ignored.",
      Principle.EQUALITY);

  /** The prefix of every item id of the checklist. */
  public static final String ID_PREFIX = "minier.";

  /** The lowest answer of the recommended scale: strongly disagree. */
  public static final int SCALE_MIN = 1;

  /** The highest answer of the recommended scale: strongly agree. */
  public static final int SCALE_MAX = 5;

  private final String sign;
  private final String signInWords;
  private final String statement;
  private final Principle principle;

  MinierItem(String sign, String signInWords, String statement, Principle principle) {
    this.sign = sign;
    this.signInWords = signInWords;
    this.statement = statement;
    this.principle = principle;
  }

  /**
   * The item id participants answer, {@code minier.} and the sign's code, such as {@code
   * minier.not-paid}.
   */
  public String id() {
    return ID_PREFIX + sign;
  }

  /**
   * The warning sign's finding code in {@code copro.tokenism.warning-signs}, such as {@code
   * not-paid}.
   */
  public String sign() {
    return sign;
  }

  /**
   * The name of the sign's component in {@code copro.tokenism.warning-signs}: the lowerCamelCase of
   * its code, such as {@code notPaid}.
   */
  public String component() {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : sign.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  /**
   * The sign as people who took part describe it, such as "no travel expenses, let alone an
   * attendance fee".
   */
  public String signInWords() {
    return signInWords;
  }

  /** The statement put to respondents: the good practice the sign breaks, in the first person. */
  public String statement() {
    return statement;
  }

  /** The principle the item informs. */
  public Principle principle() {
    return principle;
  }

  /**
   * The item on the recommended scale, 1 (strongly disagree) to 5 (strongly agree), for a host's
   * survey.
   */
  public SurveyItem surveyItem() {
    return new SurveyItem(id(), statement, SCALE_MIN, SCALE_MAX, principle);
  }

  /** The ten items in the order of the checklist, on the recommended scale. */
  public static List<SurveyItem> surveyItems() {
    return Arrays.stream(values()).map(MinierItem::surveyItem).toList();
  }

  /** The item with the given id, if it is one of the ten. */
  public static Optional<MinierItem> byId(String id) {
    return Arrays.stream(values()).filter(item -> item.id().equals(id)).findFirst();
  }
}
