package dev.copro.testkit;

import dev.copro.spi.Finding;
import dev.copro.spi.Severity;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one finding. Created by {@link CoproAssertions#assertThat(Finding)} or {@link
 * FindingsAssert#finding(String)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

  FindingAssert(Finding actual) {
    super(actual, FindingAssert.class);
  }

  /** Checks the severity. */
  public FindingAssert hasSeverity(Severity expected) {
    isNotNull();
    if (actual.severity() != expected) {
      throw failure(
          "Expected finding '%s' to have the severity %s but it is %s",
          actual.code(), expected, actual.severity());
    }
    return myself;
  }

  /** Checks that the message contains the fragment. */
  public FindingAssert hasMessageContaining(String fragment) {
    isNotNull();
    if (!actual.message().contains(fragment)) {
      throw failure(
          "Expected the message of finding '%s' to contain%n  %s%nbut it is%n  %s",
          actual.code(), fragment, actual.message());
    }
    return myself;
  }

  /** Checks the evidence, exactly and in order. */
  public FindingAssert hasEvidence(String... expected) {
    isNotNull();
    if (!actual.evidence().equals(List.of(expected))) {
      throw failure(
          "Expected the evidence of finding '%s' to be%n  %s%nbut it is%n  %s",
          actual.code(), List.of(expected), actual.evidence());
    }
    return myself;
  }
}
