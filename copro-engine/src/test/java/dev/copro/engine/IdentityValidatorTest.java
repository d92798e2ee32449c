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

  private static final String CLASS = "com.example.Plugin";

  /** A plugin of the given class's instance, claiming the given id, from the given source. */
  private static Plugin plugin(Object instance, String id, String source) {
    return new Plugin(PluginInfo.Kind.METRIC, instance, Descriptor.builder(id).build(), source);
  }

  @Test
  void build_blankInvalidAndReservedIds_eachPluginFailsAlone_andTheEvaluationGoesOn() {
    String source = PluginLoader.location(IdentityPlugins.class);
    try (Copro copro = Copro.builder().classLoader(Fixtures.plugins("identity", "good")).build()) {
      assertThat(copro.pluginFailures())
          .containsExactly(
              new PluginFailure(
                  IdentityPlugins.BlankId.class.getName(),
                  source,
                  "its id is blank; every plugin needs a unique id such as 'acme.meetings.out-of-hours'"),
              new PluginFailure(
                  IdentityPlugins.BadPattern.class.getName(),
                  source,
                  "its id 'Acme Meetings' is not valid: ids are lower-case letters and digits in words joined by hyphens, "
                      + "with at least two parts separated by dots, such as 'acme.meetings.out-of-hours'"),
              new PluginFailure(
                  IdentityPlugins.ReservedPrefix.class.getName(),
                  source,
                  "its id 'copro.power.sneaky' starts with 'copro.', which is reserved for copro's default catalog; use "
                      + "your organisation's name as the prefix, such as 'acme.power.sneaky'"));
      assertThat(copro.plugins())
          .extracting(PluginInfo::id)
          .containsExactlyInAnyOrder(
              TestPlugins.AttendanceRate.ID,
              TestPlugins.ActivityCount.ID,
              TestPlugins.MeanOfShares.ID,
              TestPlugins.LowRateRule.ID);

      Report report = copro.evaluate(Fixtures.dataset());

      assertThat(report.pluginFailures()).isEqualTo(copro.pluginFailures());
      assertThat(report.metric(TestPlugins.AttendanceRate.ID))
          .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(Report.Status.OK));
      assertThat(report.metrics())
          .extracting(Report.MetricResult::id)
          .doesNotContain("copro.power.sneaky");
    }
  }

  @Test
  void build_reservedIdGivenAsAnInstance_failsAlone() {
    try (Copro copro =
        Fixtures.goodEngine().metrics(new IdentityPlugins.ReservedPrefix()).build()) {
      assertThat(copro.pluginFailures())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.className()).isEqualTo(IdentityPlugins.ReservedPrefix.class.getName());
                assertThat(f.source()).endsWith("(given to the builder)");
                assertThat(f.reason())
                    .startsWith("its id 'copro.power.sneaky' starts with 'copro.'");
              });
    }
  }

  @Test
  void build_duplicateIds_oneProblemNamingBoth() {
    assertThatThrownBy(() -> Copro.builder().classLoader(Fixtures.plugins("duplicates")).build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.kind()).isEqualTo(Problem.Kind.CONFIGURATION);
                          assertThat(p.location().source())
                              .isEqualTo(PluginLoader.location(IdentityPlugins.class));
                          assertThat(p.message())
                              .startsWith(
                                  "the id 'acme.duplicate' is used by two plugins: "
                                      + IdentityPlugins.DuplicateA.class.getName()
                                      + " from ")
                              .contains(IdentityPlugins.DuplicateB.class.getName());
                        }));
  }

  @Test
  void build_sameMetricGivenAndDiscovered_duplicateNamesBothSources() {
    assertThatThrownBy(
            () -> Fixtures.goodEngine().metrics(new TestPlugins.AttendanceRate()).build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .extracting(Problem::message)
                    .asString()
                    .contains("the id 'acme.test.attendance-rate' is used by two plugins")
                    .contains(
                        PluginLoader.location(TestPlugins.class) + " (given to the builder), and ")
                    .endsWith(PluginLoader.location(TestPlugins.class) + "; ids must be unique"));
  }

  @Test
  void duplicates_locatedAtTheSecondAndNamingBoth() {
    Object instance = new TestPlugins.AttendanceRate();
    List<Problem> problems =
        IdentityValidator.duplicates(
            List.of(
                plugin(instance, "acme.same", "/plugins/a.jar"),
                plugin(instance, "acme.other", "/plugins/b.jar"),
                plugin(instance, "acme.same", "/plugins/c.jar")));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location().source()).isEqualTo("/plugins/c.jar");
              assertThat(p.recordId()).isEqualTo(TestPlugins.AttendanceRate.class.getName());
              assertThat(p.message())
                  .contains("from /plugins/a.jar, and ")
                  .contains("from /plugins/c.jar;");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "acme",
        "Acme.meetings",
        "acme.meetings.",
        ".acme.meetings",
        "acme..meetings",
        "acme.out_of_hours",
        "acme.-hours",
        "acme.hours-",
        "acme meetings.x",
        "acme.méetings"
      })
  void problem_idsNotMatchingThePattern_rejected(String id) {
    assertThat(IdentityValidator.problem(id, CLASS)).contains("is not valid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"acme.x", "acme.meetings.out-of-hours", "nhs-trust-7.voice.parity-2"})
  void problem_wellFormedIds_accepted(String id) {
    assertThat(IdentityValidator.problem(id, CLASS)).isNull();
  }

  @Test
  void problem_reservedPrefix_allowedOnlyForClassesUnderDevCopro() {
    assertThat(IdentityValidator.problem("copro.x.y", TestPlugins.CoproPrefixed.class.getName()))
        .isNull();
    assertThat(IdentityValidator.problem("copro.x.y", CLASS)).contains("reserved");
  }
}
