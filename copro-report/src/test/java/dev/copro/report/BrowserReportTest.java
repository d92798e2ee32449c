package dev.copro.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The sample's HTML report in a real browser: Debian's Chromium, driven by its chromedriver through
 * Selenium, at a desktop's width (1280 px) and a phone's (390 px). Checks that the page never needs
 * sideways scrolling, that every chart has a title and a legend, that print media shows every
 * folded section, that the browser logs no error, and that axe-core finds no serious or critical
 * WCAG 2.2 AA violation. Screenshots of the page and of each section go to {@code target/browser/}
 * to be looked at.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian's {@code chromium}
 * and {@code chromium-driver}; {@code .ci/run} installs them), or their paths in the system
 * properties {@code copro.chromium} and {@code copro.chromedriver}. Without them the tests fail
 * when the environment variable {@code CI} is {@code true}, and are skipped, saying why, elsewhere.
 */
class BrowserReportTest {

  private static final Path OUT = Path.of("target", "browser");
  private static final List<String> WCAG_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static ChromeDriver driver;
  private static Path page;

  @BeforeAll
  static void startBrowser() throws IOException {
    Path chromium = Path.of(System.getProperty("copro.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("copro.chromedriver", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
      String missing =
          "the browser tests need "
              + chromium
              + " and "
              + chromedriver
              + " (apt-get install chromium chromium-driver)";
      if ("true".equals(System.getenv("CI"))) {
        fail(missing);
      }
      Assumptions.abort(missing);
    }
    Files.createDirectories(OUT);
    page = OUT.resolve("report.html").toAbsolutePath();
    Files.writeString(page, SampleReport.html(), StandardCharsets.UTF_8);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-sync");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void screen() {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen"));
  }

  /** Opens the page at a width, as a phone (touch, no scroll bars) below 700 px. */
  private static void open(int width) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 700));
    driver.get(page.toUri().toString());
  }

  private static Object script(String script) {
    return driver.executeScript(script);
  }

  @ParameterizedTest
  @ValueSource(ints = {1280, 390})
  void page_hasNoSidewaysScrolling_andIsPhotographed(int width) throws IOException {
    open(width);

    long scrollWidth = (Long) script("return document.documentElement.scrollWidth");
    long clientWidth = (Long) script("return document.documentElement.clientWidth");
    assertThat(scrollWidth).as("page width at %d px", width).isLessThanOrEqualTo(clientWidth);
    // Whatever is wider than the screen scrolls inside a box of its own.
    @SuppressWarnings("unchecked")
    List<String> wide =
        (List<String>)
            script(
                """
        const out = [];
        for (const e of document.querySelectorAll('body *')) {
          const r = e.getBoundingClientRect();
          if (r.width > 0 && r.right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll')) {
            out.push(e.tagName + (e.id ? '#' + e.id : '') + ' ' + Math.round(r.right));
          }
        }
        return out;""");
    assertThat(wide).as("elements wider than the screen at %d px", width).isEmpty();
    photograph(width);
  }

  @Test
  void charts_textStaysReadableOnAPhone() {
    open(390);

    @SuppressWarnings("unchecked")
    List<Number> sizes =
        (List<Number>)
            script(
                """
        return [...document.querySelectorAll('svg.chart text')].filter(t => t.getBoundingClientRect().height > 0)
          .map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);""");
    assertThat(sizes).isNotEmpty();
    assertThat(sizes.stream().mapToDouble(Number::doubleValue).min().orElseThrow())
        .as("the smallest chart text on screen, in CSS pixels")
        .isGreaterThanOrEqualTo(10);
  }

  @Test
  void everyChart_hasATitleADescriptionAndALegend() {
    open(1280);

    List<WebElement> charts = driver.findElements(By.cssSelector("svg"));
    assertThat(charts).hasSizeGreaterThanOrEqualTo(20);
    for (WebElement chart : charts) {
      String name = chart.getAttribute("aria-label");
      assertThat(chart.getAttribute("role")).as(name).isEqualTo("img");
      assertThat(name).isNotBlank();
      assertThat(
              chart.findElement(By.xpath("./*[local-name()='title']")).getAttribute("textContent"))
          .isEqualTo(name);
      assertThat(
              chart.findElement(By.xpath("./*[local-name()='desc']")).getAttribute("textContent"))
          .as(name)
          .isNotBlank();
      List<WebElement> legend = chart.findElements(By.cssSelector("g.legend text"));
      assertThat(legend).as("legend of %s", name).isNotEmpty();
      assertThat(legend.get(0).isDisplayed()).as("legend of %s shown", name).isTrue();
    }
  }

  @Test
  void print_showsEveryFoldedSection() {
    open(1280);
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

    @SuppressWarnings("unchecked")
    List<String> hidden =
        (List<String>)
            script(
                """
        const out = [];
        for (const d of document.querySelectorAll('details')) {
          for (const c of d.children) {
            if (c.tagName !== 'SUMMARY' && !c.checkVisibility()) {
              out.push(d.querySelector('summary').textContent + ' > ' + c.tagName);
            }
          }
        }
        return out;""");
    long folded = (Long) script("return document.querySelectorAll('details:not([open])').length");

    assertThat(folded).as("folded sections on the page").isGreaterThan(10);
    assertThat(hidden).as("contents of folded sections not shown in print").isEmpty();
  }

  @Test
  void screen_foldsThem() {
    open(1280);

    Boolean shown =
        (Boolean)
            script(
                """
        const d = document.querySelector('#ladder details');
        return [...d.children].filter(c => c.tagName !== 'SUMMARY').some(c => c.checkVisibility());""");

    assertThat(shown).as("a folded section's contents on screen").isFalse();
  }

  @Test
  void browser_logsNoError() {
    open(1280);
    open(390);

    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1280, 390})
  void axe_findsNoSeriousOrCriticalViolation(int width) {
    open(width);

    Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);

    List<String> serious = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
        serious.add(
            rule.getImpact()
                + " "
                + rule.getId()
                + ": "
                + rule.getHelp()
                + " ("
                + rule.getNodes().size()
                + " elements, first: "
                + rule.getNodes().get(0).getHtml()
                + ")");
      }
    }
    assertThat(results.getPasses()).as("rules axe checked").isNotEmpty();
    assertThat(serious).isEmpty();
  }

  /** A screenshot of the whole page and of each section, at the width the page is open at. */
  private static void photograph(int width) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics =
        (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
    long height = Math.round(((Number) content.get("height")).doubleValue());
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 700));
    Files.write(OUT.resolve("report-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    for (WebElement section : driver.findElements(By.cssSelector("main > section"))) {
      Files.write(
          OUT.resolve(width + "-" + section.getAttribute("id") + ".png"),
          section.getScreenshotAs(OutputType.BYTES));
    }
  }
}
