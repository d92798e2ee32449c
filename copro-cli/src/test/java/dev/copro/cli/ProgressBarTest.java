package dev.copro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.ProgressListener;
import dev.copro.spi.Scope;
import java.io.PrintWriter;
import java.io.StringWriter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

class ProgressBarTest {

  private final StringWriter drawn = new StringWriter();
  private final ProgressBar bar = new ProgressBar(new PrintWriter(drawn), 40, Ansi.OFF);

  @Test
  void line_fillsInProportionToTheCallsDone() {
    bar.label("x");
    bar.evaluationStarted(4);
    // 40 columns less 1: "evaluating x" (12) + " [" + 15 cells + "]" + " NNN% d/4" (9).
    assertThat(bar.line()).isEqualTo("evaluating x [>              ]   0% 0/4");
    bar.finished("a", Scope.ALL);
    bar.failed("b", Scope.ALL, "b: broke");
    // 2 of 4 calls: 2 × 15 / 4 = 7 cells.
    assertThat(bar.line()).isEqualTo("evaluating x [=======>       ]  50% 2/4");
    bar.finished("c", Scope.ALL);
    bar.finished("d", Scope.ALL);
    assertThat(bar.line()).isEqualTo("evaluating x [===============] 100% 4/4");
  }

  @Test
  void events_redrawOnlyWhenTheLineChanges_andTheEndWipesIt() {
    StringWriter wide = new StringWriter();
    ProgressBar progress = new ProgressBar(new PrintWriter(wide), 45, Ansi.OFF);
    progress.label("x");
    progress.evaluationStarted(1000);
    for (int i = 0; i < 1000; i++) {
      progress.finished("m", Scope.ALL);
    }
    progress.evaluationFinished();

    String out = wide.toString();
    // The count " NNN% dddd/1000" takes 15 columns, so the bar has 45 − 1 − 15 − 3 − 12 = 14 cells.
    // 1000 calls, but the line is drawn only when the percentage changes (0, 1, …, 100: 101 draws)
    // or
    // the bar gains a cell (at call ⌈1000k/14⌉ for k = 1..14: 72, 143, 215, 286, 358, 429, 500,
    // 572,
    // 643, 715, 786, 858, 929, 1000; 12 of them fall between percentages): 113 draws. The wipe adds
    // two carriage returns.
    long draws = out.chars().filter(c -> c == '\r').count() - 2;
    assertThat(draws).isEqualTo(113);
    assertThat(out)
        .contains("\revaluating x [==============] 100% 1000/1000\r")
        .endsWith("\r" + " ".repeat(44) + "\r");
  }

  @Test
  void forTerminal_onlyWhenStderrIsATerminal() {
    PrintWriter err = new PrintWriter(new StringWriter());

    assertThat(ProgressBar.forTerminal(new Environment(true, false, 80), err))
        .isSameAs(ProgressListener.NONE);
    assertThat(ProgressBar.forTerminal(new Environment(false, true, 80), err))
        .isInstanceOf(ProgressBar.class);
  }

  @Property
  void line_neverPassesTheTotalNorTheWidth(
      @ForAll @IntRange(min = 0, max = 500) int planned,
      @ForAll @IntRange(min = 0, max = 700) int done,
      @ForAll @IntRange(min = 20, max = 300) int columns) {
    ProgressBar progress = new ProgressBar(new PrintWriter(new StringWriter()), columns, Ansi.OFF);
    progress.label("data.json");
    progress.evaluationStarted(planned);
    for (int i = 0; i < done; i++) {
      progress.finished("m", Scope.ALL);
    }

    String line = progress.line();
    int percent = Integer.parseInt(line.replaceAll(".*\\] +([0-9]+)% .*", "$1"));
    assertThat(percent).isBetween(0, 100);
    assertThat(line).endsWith("/" + planned);
    if (columns >= 40) {
      assertThat(line.length()).isLessThan(columns);
    }
  }
}
