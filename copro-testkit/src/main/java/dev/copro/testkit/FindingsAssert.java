package dev.copro.testkit;

import dev.copro.spi.Finding;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a list of findings, by their codes and evidence. Created by {@link
 * CoproAssertions#assertThatFindings}, {@link MeasurementAssert#findings()} or {@link
 * RuleResultAssert#findings()}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {

  FindingsAssert(List<Finding> actual) {
    super(actual, FindingsAssert.class);
  }

  /** Checks that there is a finding with the code. */
  public FindingsAssert hasFinding(String code) {
    finding(code);
    return myself;
  }

  /** Checks that a finding with the code has (at least) all the given evidence. */
  public FindingsAssert hasFindingWithEvidence(String code, String... evidence) {
    finding(code);
    List<String> wanted = List.of(evidence);
    if (actual.stream().noneMatch(f -> f.code().equals(code) && f.evidence().containsAll(wanted))) {
      throw failure(
          "Expected a finding '%s' with the evidence%n  %s%nbut its evidence is%n  %s",
          code,
          wanted,
          actual.stream().filter(f -> f.code().equals(code)).map(Finding::evidence).toList());
    }
    return myself;
  }

  /** Checks that no finding has the code. */
  public FindingsAssert hasNoFinding(String code) {
    isNotNull();
    if (actual.stream().anyMatch(f -> f.code().equals(code))) {
      throw failure(
          "Expected no finding '%s' but there is one: %s",
          code, actual.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow());
    }
    return myself;
  }

  /** Checks that there are no findings at all. */
  public FindingsAssert isEmpty() {
    isNotNull();
    if (!actual.isEmpty()) {
      throw failure("Expected no findings but there are %s: %s", actual.size(), codes());
    }
    return myself;
  }

  /** Checks the findings' codes, exactly and in order. */
  public FindingsAssert hasCodes(String... codes) {
    isNotNull();
    if (!codes().equals(List.of(codes))) {
      throw failure(
          "Expected findings with the codes%n  %s%nbut they are%n  %s", List.of(codes), codes());
    }
    return myself;
  }

  /** Assertions on the first finding with the code; fails if there is none. */
  public FindingAssert finding(String code) {
    isNotNull();
    return actual.stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .map(f -> new FindingAssert(f).describedAs(descriptionText()))
        .orElseThrow(
            () -> failure("Expected a finding '%s' but the findings are %s", code, codes()));
  }

  private List<String> codes() {
    return actual.stream().map(Finding::code).toList();
  }
}
