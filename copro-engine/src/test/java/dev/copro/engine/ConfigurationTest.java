package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.copro.model.Perspective;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Problem;
import dev.copro.spi.Bloc;
import dev.copro.spi.Dimension;
import dev.copro.spi.Thresholds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

  private static Configuration read(String json) {
    return Configuration.fromJson(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "copro.json");
  }

  private static List<Problem> problems(ThrowingCallable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return ((InvalidInputException) thrown).problems();
  }

  @Test
  void defaults_areDocumented() {
    Configuration defaults = Configuration.defaults();

    assertThat(defaults.enabled()).isEmpty();
    assertThat(defaults.disabled()).isEmpty();
    assertThat(defaults.isEnabled("acme.anything")).isTrue();
    assertThat(defaults.bloc()).isEqualTo(Bloc.DEFAULT);
    assertThat(defaults.suppressionMinimum()).isEqualTo(5);
    assertThat(defaults.periodUnit()).isEqualTo(PeriodUnit.QUARTER);
    assertThat(defaults.breakdowns()).containsExactly(Dimension.PERSPECTIVE);
    assertThat(defaults.referenceDate()).isEmpty();
    assertThat(defaults.timeBudget()).isEqualTo(Duration.ofSeconds(5));
    assertThat(read("{\"format\": \"copro-config/1\"}")).isEqualTo(defaults);
  }

  @Test
  void fromJsonAndToJson_leaveTheStreamsOpen() {
    AtomicBoolean inClosed = new AtomicBoolean();
    AtomicBoolean outClosed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream(
            "{\"format\": \"copro-config/1\"}".getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            inClosed.set(true);
          }
        };
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            outClosed.set(true);
          }
        };

    Configuration.fromJson(in, "in.json").toJson(out);

    assertThat(inClosed).isFalse();
    assertThat(outClosed).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Configuration.defaults().toJson());
  }

  @Test
  void fromJson_everySetting_read() {
    Configuration config =
        read(
            """
        {
          "format": "copro-config/1",
          "enabled": ["acme.a.b", "acme.c.d"],
          "disabled": ["acme.e.f"],
          "parameters": {"acme.a.b": {"days": 14, "share": 0.5, "strict": true, "label": "x", "kinds": ["p", "q"]}},
          "thresholds": {"acme.a.b": {"green": 0.6, "amber": 0.4, "higherIsBetter": true}},
          "bloc": ["carer"],
          "suppressionMinimum": 10,
          "periodUnit": "month",
          "breakdowns": ["age-band", "perspective"],
          "referenceDate": "2025-06-30",
          "timeBudget": "PT0.5S"
        }""");

    assertThat(config.enabled()).contains(Set.of("acme.a.b", "acme.c.d"));
    assertThat(config.isEnabled("acme.c.d")).isTrue();
    assertThat(config.isEnabled("acme.e.f")).isFalse();
    assertThat(config.isEnabled("acme.x.y")).isFalse();
    assertThat(config.parameters("acme.a.b"))
        .containsExactly(
            Map.entry("days", 14),
            Map.entry("kinds", List.of("p", "q")),
            Map.entry("label", "x"),
            Map.entry("share", 0.5),
            Map.entry("strict", true));
    assertThat(config.thresholds())
        .containsExactly(Map.entry("acme.a.b", Thresholds.higherIsBetter(0.6, 0.4)));
    assertThat(config.bloc().perspectives()).containsExactly(Perspective.CARER);
    assertThat(config.suppressionMinimum()).isEqualTo(10);
    assertThat(config.periodUnit()).isEqualTo(PeriodUnit.MONTH);
    assertThat(config.breakdowns())
        .extracting(Dimension::name)
        .containsExactly("perspective", "age-band");
    assertThat(config.referenceDate()).contains(LocalDate.of(2025, 6, 30));
    assertThat(config.timeBudget()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.source()).isEqualTo("copro.json");
  }

  @Test
  void toJson_readBack_equalAndSameText() {
    Configuration config =
        Configuration.builder()
            .enable("acme.b.c", "acme.a.b")
            .disable("acme.z.z")
            .parameter("acme.a.b", "names", List.of("x", "y"))
            .parameter("acme.a.b", "count", 3)
            .parameter("acme.a.b", "ratio", 2.0)
            .thresholds("acme.a.b", Thresholds.lowerIsBetter(7, 14))
            .bloc(Perspective.LIVED_EXPERIENCE)
            .suppressionMinimum(3)
            .periodUnit(PeriodUnit.YEAR)
            .breakdowns("ethnicity")
            .referenceDate(LocalDate.of(2024, 3, 31))
            .timeBudget(Duration.ofMillis(1500))
            .build();

    String json = config.toJson();
    Configuration back = read(json);

    assertThat(back).isEqualTo(config).hasSameHashCodeAs(config);
    assertThat(back.toJson()).isEqualTo(json);
    assertThat(json)
        .startsWith("{\n  \"format\": \"copro-config/1\",\n  \"enabled\": [\n    \"acme.a.b\",\n");
  }

  @Test
  void fromJson_manyProblems_allListedWithLineColumnAndPointer() {
    List<Problem> problems =
        problems(
            () ->
                read(
                    """
        {
          "format": "copro-config/1",
          "suppressionMinimum": 0,
          "periodUnit": "quartr",
          "bloc": ["lived-experience", "carers"],
          "referenceDate": "2025-13-01",
          "timeBudget": "5 seconds",
          "thresholds": {
            "acme.x": {"green": 0.3, "amber": 0.5, "higherIsBetter": true}
          },
          "breakdown": ["age-band"]
        }"""));

    assertThat(problems)
        .extracting(
            p -> p.kind(),
            p -> p.location().line(),
            p -> p.location().column(),
            p -> p.location().path())
        .containsExactly(
            tuple(Problem.Kind.OUT_OF_RANGE, 3, 25, "/suppressionMinimum"),
            tuple(Problem.Kind.INVALID_VALUE, 4, 17, "/periodUnit"),
            tuple(Problem.Kind.INVALID_VALUE, 5, 32, "/bloc/1"),
            tuple(Problem.Kind.INVALID_VALUE, 6, 20, "/referenceDate"),
            tuple(Problem.Kind.INVALID_VALUE, 7, 17, "/timeBudget"),
            tuple(Problem.Kind.INCONSISTENT, 9, 15, "/thresholds/acme.x"),
            tuple(Problem.Kind.UNKNOWN_FIELD, 11, 16, "/breakdown"));
    assertThat(problems.get(1).message()).contains("did you mean 'quarter'?");
    assertThat(problems.get(2).message()).contains("did you mean 'carer'?");
    assertThat(problems.get(6).message())
        .isEqualTo("unknown field 'breakdown'; did you mean 'breakdowns'?");
    assertThat(problems).extracting(p -> p.location().source()).containsOnly("copro.json");
  }

  @Test
  void fromJson_structuralProblems_located() {
    assertThat(
            problems(
                () -> read("{\"format\": \"copro-config/1\",\n  \"bloc\": [],\n  \"bloc\": 5}")))
        .extracting(Problem::kind, p -> p.location().line(), p -> p.location().path())
        .containsExactly(
            tuple(Problem.Kind.OUT_OF_RANGE, 2, "/bloc"),
            tuple(Problem.Kind.DUPLICATE_KEY, 3, "/bloc"));
    assertThat(problems(() -> read("{\"format\": \"copro-config/2\"}")))
        .singleElement()
        .extracting(Problem::kind)
        .isEqualTo(Problem.Kind.UNSUPPORTED_FORMAT);
    assertThat(problems(() -> read("{\"periodUnit\": 3}")))
        .extracting(Problem::kind)
        .containsExactly(Problem.Kind.MISSING_FIELD, Problem.Kind.MALFORMED);
    assertThat(problems(() -> read("[]")))
        .singleElement()
        .extracting(Problem::message)
        .isEqualTo("expected an object, found a list");
  }

  @Test
  void fromJson_numbers_typedAsJacksonTypesThem() {
    Configuration config =
        read(
            "{\"format\": \"copro-config/1\", \"parameters\": {\"acme.x\": "
                + "{\"whole\": -0, \"share\": 0.5, \"exponent\": 1E2, \"flag\": true, \"texts\": [\"a\"]}}}");

    assertThat(config.parameters("acme.x"))
        .containsOnly(
            Map.entry("whole", 0),
            Map.entry("share", 0.5),
            Map.entry("exponent", 100.0),
            Map.entry("flag", true),
            Map.entry("texts", List.of("a")));
    assertThat(
            problems(
                () ->
                    read(
                        "{\"format\": \"copro-config/1\",\n  \"suppressionMinimum\": 1.5,\n"
                            + "  \"parameters\": {\"acme.x\": {\"long\": 3000000000, \"huge\": 99999999999999999999, \"inf\": 1e999}}}")))
        .extracting(
            Problem::kind,
            p -> p.location().line(),
            p -> p.location().column(),
            p -> p.location().path(),
            Problem::message)
        .containsExactly(
            tuple(
                Problem.Kind.MALFORMED,
                2,
                25,
                "/suppressionMinimum",
                "expected a whole number, found 1.5"),
            tuple(
                Problem.Kind.OUT_OF_RANGE,
                3,
                37,
                "/parameters/acme.x/long",
                "the number 3000000000 is too large"),
            tuple(
                Problem.Kind.OUT_OF_RANGE,
                3,
                57,
                "/parameters/acme.x/huge",
                "the number 99999999999999999999 is too large"),
            tuple(
                Problem.Kind.OUT_OF_RANGE,
                3,
                86,
                "/parameters/acme.x/inf",
                "the number is too large"));
  }

  @Test
  void fromJson_repeatedKeysAtTheirValues_bytesNotUtf8AskForUtf8() {
    assertThat(
            problems(
                () ->
                    read(
                        "{\"format\": \"copro-config/1\",\n  \"referenceDate\":\n    \"2025-01-01\",\n"
                            + "  \"referenceDate\": {\"a\": 1, \"a\": 2}}")))
        .extracting(
            Problem::kind,
            p -> p.location().line(),
            p -> p.location().column(),
            p -> p.location().path())
        .containsExactlyInAnyOrder(
            tuple(Problem.Kind.DUPLICATE_KEY, 4, 20, "/referenceDate"),
            tuple(Problem.Kind.DUPLICATE_KEY, 4, 34, "/referenceDate/a"));

    byte[] latin1 =
        "{\"format\": \"copro-config/1\", \"bloc\": [\"caf\u00e9\"]}"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(
            problems(() -> Configuration.fromJson(new ByteArrayInputStream(latin1), "copro.json")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.MALFORMED);
              assertThat(p.location().path()).isEmpty();
              assertThat(p.message())
                  .isEqualTo(
                      "the document is not valid text; save it as UTF-8 (bytes that are not UTF-8 at line 1, column 43)");
            });
  }

  @Test
  void fromJson_malformed_oneProblemWhereItBreaks() {
    assertThat(
            problems(() -> read("{\n  \"format\": \"copro-config/1\",\n  \"bloc\": [\"carer\"\n}")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.MALFORMED);
              assertThat(p.location().line()).isEqualTo(4);
            });
    assertThat(problems(() -> read("")))
        .singleElement()
        .extracting(Problem::message)
        .isEqualTo("the document is empty");
    assertThat(problems(() -> read("{\"format\": \"copro-config/1\"} {}")))
        .singleElement()
        .extracting(Problem::message)
        .isEqualTo("unexpected content after the end of the document");
  }

  @Test
  void build_configurationAgainstPlugins_everyProblemLocatedInTheDocument() {
    Configuration config =
        read(
            """
        {
          "format": "copro-config/1",
          "enabled": ["acme.test.attendance-rate", "acme.test.atendance-rate"],
          "parameters": {
            "acme.test.activity-count": {"minimumAttendes": 3, "minimumAttendees": -1},
            "acme.test.activty-count": {"minimumAttendees": 2}
          },
          "thresholds": {"acme.test.low-rate": {"green": 1, "amber": 0, "higherIsBetter": true}}
        }""");

    List<Problem> problems = problems(() -> Fixtures.goodEngine().configuration(config).build());

    assertThat(problems)
        .extracting(
            p -> p.location().line(),
            p -> p.location().column(),
            p -> p.location().path(),
            Problem::message)
        .containsExactly(
            tuple(
                3,
                44,
                "/enabled/1",
                "no plugin has the id 'acme.test.atendance-rate'; did you mean 'acme.test.attendance-rate'?"),
            tuple(
                5,
                53,
                "/parameters/acme.test.activity-count/minimumAttendes",
                "the plugin 'acme.test.activity-count' has no parameter 'minimumAttendes'; "
                    + "did you mean 'minimumAttendees'?"),
            tuple(
                5,
                76,
                "/parameters/acme.test.activity-count/minimumAttendees",
                "the parameter 'minimumAttendees' of 'acme.test.activity-count': "
                    + "value -1.0 is outside the allowed range [0.0, 1000.0]"),
            tuple(
                6,
                32,
                "/parameters/acme.test.activty-count",
                "no plugin has the id 'acme.test.activty-count'; did you mean 'acme.test.activity-count'?"),
            tuple(
                8,
                40,
                "/thresholds/acme.test.low-rate",
                "'acme.test.low-rate' is a rule, and only metrics are rated; remove its thresholds"));
  }

  @Test
  void build_thresholdsOutsideTheMetricsRange_locatedAtEachBoundary() {
    // Days of notice given for a share: every value would be red.
    Configuration config =
        read(
            """
        {
          "format": "copro-config/1",
          "thresholds": {"acme.test.attendance-rate": {"green": 14, "amber": 0.5, "higherIsBetter": true},
                         "acme.test.activity-count": {"green": -1, "amber": -2, "higherIsBetter": true}}
        }""");

    List<Problem> problems = problems(() -> Fixtures.goodEngine().configuration(config).build());

    assertThat(problems)
        .extracting(
            Problem::kind,
            p -> p.location().line(),
            p -> p.location().path(),
            Problem::recordId,
            Problem::message)
        .containsExactly(
            tuple(
                Problem.Kind.OUT_OF_RANGE,
                3,
                "/thresholds/acme.test.attendance-rate/green",
                "acme.test.attendance-rate",
                "the green threshold of Attendance rate ('acme.test.attendance-rate') "
                    + "is 14, outside the metric's range 0 to 1 (its value is a share), so every value would get "
                    + "the same rating"),
            tuple(
                Problem.Kind.OUT_OF_RANGE,
                4,
                "/thresholds/acme.test.activity-count/green",
                "acme.test.activity-count",
                "the green threshold of Activities ('acme.test.activity-count') is -1, "
                    + "outside the metric's range 0 or more, so every value would get the same rating"),
            tuple(
                Problem.Kind.OUT_OF_RANGE,
                4,
                "/thresholds/acme.test.activity-count/amber",
                "acme.test.activity-count",
                "the amber threshold of Activities ('acme.test.activity-count') is -2, "
                    + "outside the metric's range 0 or more, so every value would get the same rating"));
    assertThat(problems).allSatisfy(p -> assertThat(p.location().column()).isPositive());
  }

  @Test
  void build_thresholdsAgainstTheMetricsDirection_locatedAtHigherIsBetter() {
    Configuration inCode =
        Configuration.builder()
            .thresholds(TestPlugins.AttendanceRate.ID, Thresholds.lowerIsBetter(0.2, 0.4))
            .build();

    assertThat(problems(() -> Fixtures.goodEngine().configuration(inCode).build()))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.CONFIGURATION);
              assertThat(p.location())
                  .hasToString(
                      "configuration /thresholds/acme.test.attendance-rate/higherIsBetter");
              assertThat(p.message())
                  .isEqualTo(
                      "the thresholds of Attendance rate ('acme.test.attendance-rate') say "
                          + "lower values are better, but for this metric higher values are better; set \"higherIsBetter\": true");
            });
  }

  @Test
  void build_thresholdsWithinRangeAndDirection_accepted() {
    Configuration config =
        Configuration.builder()
            .thresholds(TestPlugins.AttendanceRate.ID, Thresholds.higherIsBetter(1, 0))
            .thresholds(TestPlugins.ActivityCount.ID, Thresholds.lowerIsBetter(0, 1000))
            .build();

    try (Copro copro = Fixtures.goodEngine().configuration(config).build()) {
      assertThat(copro.configuration().thresholds()).hasSize(2);
    }
  }

  @Test
  void build_configurationBuiltInCode_problemsPointIntoItsJsonForm() {
    Configuration config =
        Configuration.builder()
            .disable("acme.b.b", "acme.a.a")
            .parameter("acme.z.z", "n", 1)
            .build();

    assertThat(problems(() -> Fixtures.goodEngine().configuration(config).build()))
        .extracting(p -> p.location().toString())
        .containsExactly(
            "configuration /disabled/0",
            "configuration /disabled/1",
            "configuration /parameters/acme.z.z");
  }

  @Test
  void builder_impossibleValues_refusedAtOnce() {
    assertThatThrownBy(() -> Configuration.builder().suppressionMinimum(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Configuration.builder().timeBudget(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Configuration.builder().parameter("acme.a.b", "x", 3L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Configuration.builder().parameter("acme.a.b", "x", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Configuration.builder().breakdowns("perspective", "perspective"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Configuration.builder().enable("acme.a.b").disable("acme.a.b").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acme.a.b");
  }

  @Test
  void docs_configurationExample_parsesToTheSettingsItDescribes() throws IOException {
    Configuration config = read(Fixtures.jsonExample("configuration.md"));

    assertThat(config.disabled()).containsExactly("copro.experience.survey");
    assertThat(config.parameters("acme.meetings.out-of-hours"))
        .containsEntry("latestStart", "17:30");
    assertThat(config.thresholds()).containsKeys("copro.power.seat-share", "copro.access.notice");
    assertThat(config.breakdowns())
        .extracting(Dimension::name)
        .containsExactly("perspective", "age-band");
    assertThat(config.referenceDate()).contains(LocalDate.of(2025, 12, 31));
    assertThat(read(config.toJson())).isEqualTo(config);
  }
}
