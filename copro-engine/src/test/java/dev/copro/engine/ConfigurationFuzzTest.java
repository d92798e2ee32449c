package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.copro.model.validation.InvalidInputException;
import dev.copro.model.validation.Location;
import dev.copro.model.validation.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz test of the configuration reader (docs/reliability.md). Whatever bytes come in, {@link
 * Configuration#fromJson} either returns a configuration — which its JSON form reads back to, and
 * which an engine either accepts or rejects with located problems — or throws {@link
 * InvalidInputException} whose every problem is located in the document.
 *
 * <p>Every build replays the saved inputs under {@code ConfigurationFuzzTestInputs/fromJson/}. To
 * fuzz:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -o -Dquick -pl copro-engine test -Dtest='ConfigurationFuzzTest#fromJson' \
 *     -Djazzer.max_duration=5m -Djazzer.hooks=true
 * </pre>
 */
class ConfigurationFuzzTest {

  private static final String SOURCE = "fuzz.json";

  @FuzzTest(maxDuration = "30s")
  void fromJson(byte[] input) {
    Configuration[] read = new Configuration[1];
    Throwable thrown =
        catchThrowable(
            () -> read[0] = Configuration.fromJson(new ByteArrayInputStream(input), SOURCE));
    if (thrown != null) {
      assertLocated(thrown);
      return;
    }
    Configuration config = read[0];
    String json = config.toJson();
    assertThat(
            Configuration.fromJson(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "again.json"))
        .isEqualTo(config);
    // Checking the configuration against plugins locates its problems in the same document.
    Throwable rejected =
        catchThrowable(
            () -> {
              try (Copro copro =
                  Copro.builder()
                      .classPathDiscovery(false)
                      .metrics(
                          new TestPlugins.AttendanceRate(),
                          new TestPlugins.ActivityCount(),
                          new TestPlugins.MeanOfShares())
                      .rules(new TestPlugins.LowRateRule())
                      .configuration(config)
                      .build()) {
                assertThat(copro.configuration()).isSameAs(config);
              }
            });
    if (rejected != null) {
      assertLocated(rejected);
    }
  }

  private static void assertLocated(Throwable thrown) {
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    List<Problem> problems = ((InvalidInputException) thrown).problems();
    assertThat(problems)
        .isNotEmpty()
        .allSatisfy(
            p -> {
              Location at = p.location();
              assertThat(at.source()).as("source of %s", p).isEqualTo(SOURCE);
              assertThat(at.line() > 0 || at.path() != null).as("located: %s", p).isTrue();
              assertThat(p.message()).isNotBlank();
            });
  }
}
