package dev.copro.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs a compatibility-kit subclass through JUnit's {@link EngineTestKit}, as a plugin author's
 * build would, and reports its tests by name: a test's display name, prefixed with its test
 * factory's display name for dynamic tests ({@code "deterministic: … > the empty dataset"}).
 *
 * <p>The registration test is left out of {@link #tests} and {@link #failures(Class)}: the fixtures
 * of these tests are nested classes that no services file lists, on purpose, so that no engine
 * finds them on the class path. {@link #registration} runs it alone, on fixtures built for it.
 */
final class KitRun {

  /** The name of the kit's registration test method. */
  static final String REGISTRATION_TEST = "isRegistered";

  private static final PostDiscoveryFilter WITHOUT_REGISTRATION =
      test ->
          FilterResult.includedIf(
              !(test.getSource().orElse(null) instanceof MethodSource method
                  && method.getMethodName().equals(REGISTRATION_TEST)));

  private KitRun() {}

  /** The test events of running every test of a kit class. */
  static Events tests(Class<?> kit) {
    return run(selectClass(kit));
  }

  /** The failed tests of a kit class, by name, each with its failure message. */
  static Map<String, String> failures(Class<?> kit) {
    return failures(tests(kit));
  }

  /** The failed tests of one test method (a test or a test factory) of a kit class. */
  static Map<String, String> failures(Class<?> kit, String method) {
    return failures(run(selectMethod(kit, method)));
  }

  /** The registration test of a kit class: its events. */
  static Events registration(Class<?> kit) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectMethod(kit, REGISTRATION_TEST))
        .execute()
        .testEvents();
  }

  /** The registration test of a kit class, failed: its failure message. */
  static String registrationFailure(Class<?> kit) {
    Map<String, String> failures = failures(registration(kit));
    if (failures.size() != 1) {
      throw new AssertionError(
          "expected the registration test of " + kit.getName() + " to fail, but: " + failures);
    }
    return failures.values().iterator().next();
  }

  /** The names of the tests among the events, in order. */
  static java.util.List<String> names(Events events) {
    return events.finished().stream().map(e -> name(e.getTestDescriptor())).toList();
  }

  private static Events run(DiscoverySelector selector) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selector)
        .filters(WITHOUT_REGISTRATION)
        .execute()
        .testEvents();
  }

  private static Map<String, String> failures(Events events) {
    Map<String, String> failures = new TreeMap<>();
    for (Event event : events.failed().list()) {
      TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
      failures.put(
          name(event.getTestDescriptor()),
          result
              .getThrowable()
              .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage())
              .orElse(""));
    }
    return failures;
  }

  private static String name(TestDescriptor test) {
    Optional<TestDescriptor> parent = test.getParent();
    if (parent.isPresent()
        && parent.get().getSource().filter(MethodSource.class::isInstance).isPresent()) {
      return parent.get().getDisplayName() + " > " + test.getDisplayName();
    }
    return test.getDisplayName();
  }
}
