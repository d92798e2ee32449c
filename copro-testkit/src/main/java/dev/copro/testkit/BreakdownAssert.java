package dev.copro.testkit;

import dev.copro.spi.Breakdown;
import dev.copro.spi.Group;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a breakdown and its groups. Created by {@link
 * CoproAssertions#assertThat(Breakdown)} or {@link MeasurementAssert#breakdown(String)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class BreakdownAssert extends AbstractAssert<BreakdownAssert, Breakdown> {

  BreakdownAssert(Breakdown actual) {
    super(actual, BreakdownAssert.class);
  }

  /** Checks the groups' keys, exactly and in (key) order. */
  public BreakdownAssert hasGroups(String... keys) {
    isNotNull();
    if (!keys().equals(List.of(keys))) {
      throw failure(
          "Expected the breakdown by '%s' to have the groups%n  %s%nbut it has%n  %s",
          actual.dimension(), List.of(keys), keys());
    }
    return myself;
  }

  /** Assertions on the group with the key; fails if there is none. */
  public GroupAssert group(String key) {
    isNotNull();
    return actual.groups().stream()
        .filter(g -> g.key().equals(key))
        .findFirst()
        .map(g -> new GroupAssert(g).describedAs(descriptionText()))
        .orElseThrow(
            () ->
                failure(
                    "Expected the breakdown by '%s' to have a group '%s' but its groups are %s",
                    actual.dimension(), key, keys()));
  }

  private List<String> keys() {
    return actual.groups().stream().map(Group::key).toList();
  }
}
