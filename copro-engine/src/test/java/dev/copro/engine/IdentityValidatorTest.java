package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Descriptor;
import example.plugins.IdentityPlugins;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityValidatorTest {

  /** A plugin of the given class's instance, claiming the given id, from the given source. */
  private static Plugin plugin(Object instance, String id, String source) {
    return new Plugin(PluginInfo.Kind.METRIC, instance, Descriptor.builder(id).build(), source);
  }

  @Test
  void build_invalidIdentities_everyProblemInOneException() {
    assertThatThrownBy(() -> Copro.builder().classLoader(Fixtures.plugins("identity")).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).extracting(Problem::kind).containsOnly(Problem.Kind.CONFIGURATION);
          assertThat(e.problems()).extracting(Problem::message).satisfiesExactlyInAnyOrder(
              m -> assertThat(m).startsWith(IdentityPlugins.BlankId.class.getName() + " has a blank id"),
              m -> assertThat(m).startsWith("the id 'Acme Meetings' of " + IdentityPlugins.BadPattern.class.getName()
                  + " is not valid"),
              m -> assertThat(m).startsWith("the id 'acme.duplicate' is used by two plugins: "
                  + IdentityPlugins.DuplicateA.class.getName() + " from ")
                  .contains(IdentityPlugins.DuplicateB.class.getName()),
              m -> assertThat(m).startsWith("the id 'copro.power.sneaky' of "
                  + IdentityPlugins.ReservedPrefix.class.getName() + " starts with 'copro.', which is reserved"));
          assertThat(e.problems()).extracting(p -> p.location().source())
              .containsOnly(PluginLoader.location(IdentityPlugins.class));
        });
  }

  @Test
  void build_sameMetricGivenAndDiscovered_duplicateNamesBothSources() {
    assertThatThrownBy(() -> Fixtures.goodEngine().metrics(new TestPlugins.AttendanceRate()).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .extracting(Problem::message).asString()
            .contains("the id 'acme.test.attendance-rate' is used by two plugins")
            .contains(PluginLoader.location(TestPlugins.class) + " (given to the builder), and ")
            .endsWith(PluginLoader.location(TestPlugins.class) + "; ids must be unique"));
  }

  @Test
  void validate_duplicate_locatedAtTheSecondAndNamingBoth() {
    Object instance = new TestPlugins.AttendanceRate();
    List<Problem> problems = IdentityValidator.validate(List.of(plugin(instance, "acme.same", "/plugins/a.jar"),
        plugin(instance, "acme.other", "/plugins/b.jar"), plugin(instance, "acme.same", "/plugins/c.jar")));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.location().source()).isEqualTo("/plugins/c.jar");
      assertThat(p.recordId()).isEqualTo(TestPlugins.AttendanceRate.class.getName());
      assertThat(p.message()).contains("from /plugins/a.jar, and ").contains("from /plugins/c.jar;");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"acme", "Acme.meetings", "acme.meetings.", ".acme.meetings", "acme..meetings",
      "acme.out_of_hours", "acme.-hours", "acme.hours-", "acme meetings.x", "acme.méetings"})
  void validate_idsNotMatchingThePattern_rejected(String id) {
    assertThat(IdentityValidator.validate(List.of(plugin(new TestPlugins.ActivityCount(), id, "x.jar"))))
        .singleElement().extracting(Problem::message).asString().contains("is not valid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"acme.x", "acme.meetings.out-of-hours", "nhs-trust-7.voice.parity-2"})
  void validate_wellFormedIds_accepted(String id) {
    assertThat(IdentityValidator.validate(List.of(plugin(new TestPlugins.ActivityCount(), id, "x.jar")))).isEmpty();
  }

  @Test
  void validate_reservedPrefix_allowedOnlyForClassesUnderDevCopro() {
    assertThat(IdentityValidator.validate(List.of(plugin(new TestPlugins.CoproPrefixed(), "copro.x.y", "a"))))
        .isEmpty();
    assertThat(IdentityValidator.validate(List.of(plugin(new IdentityPlugins.DuplicateA(), "copro.x.y", "a"))))
        .singleElement().extracting(Problem::message).asString().contains("reserved");
  }
}
