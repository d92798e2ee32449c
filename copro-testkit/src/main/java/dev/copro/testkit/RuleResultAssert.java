package dev.copro.testkit;

import dev.copro.engine.Report;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a rule's result in a report: its status, failure and findings. Created by {@link
 * CoproAssertions#assertThat(Report.RuleResult)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RuleResultAssert extends AbstractAssert<RuleResultAssert, Report.RuleResult> {

  RuleResultAssert(Report.RuleResult actual) {
    super(actual, RuleResultAssert.class);
  }

  /** Checks that the rule ran. */
  public RuleResultAssert isOk() {
    isNotNull();
    if (actual.status() != Report.Status.OK) {
      throw failure(
          "Expected rule '%s' to have run but it failed: %s", actual.id(), actual.failure());
    }
    return myself;
  }

  /** Checks that the rule failed, for a reason (the engine's) containing the fragment. */
  public RuleResultAssert failedWithReasonContaining(String fragment) {
    isNotNull();
    String failure = actual.failure();
    if (failure == null) {
      throw failure(
          "Expected rule '%s' to have failed but it ran, with the findings %s",
          actual.id(), actual.findings());
    }
    if (!failure.contains(fragment)) {
      throw failure(
          "Expected rule '%s' to have failed with a reason containing%n  %s%nbut the reason is%n  %s",
          actual.id(), fragment, failure);
    }
    return myself;
  }

  /** Checks that there is a finding with the code. */
  public RuleResultAssert hasFinding(String code) {
    findings().hasFinding(code);
    return myself;
  }

  /** Checks that a finding with the code has (at least) all the given evidence. */
  public RuleResultAssert hasFindingWithEvidence(String code, String... evidence) {
    findings().hasFindingWithEvidence(code, evidence);
    return myself;
  }

  /** Checks that no finding has the code. */
  public RuleResultAssert hasNoFinding(String code) {
    findings().hasNoFinding(code);
    return myself;
  }

  /** Checks that the rule ran and found nothing. */
  public RuleResultAssert hasNoFindings() {
    findings().isEmpty();
    return myself;
  }

  /** Assertions on the findings; fails if the rule failed. */
  public FindingsAssert findings() {
    isOk();
    return new FindingsAssert(actual.findings()).describedAs("rule '%s'", actual.id());
  }
}
