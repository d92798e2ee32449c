package dev.copro.cli;

import dev.copro.engine.Copro;
import dev.copro.engine.PluginFailure;
import dev.copro.engine.PluginInfo;
import dev.copro.engine.ProgressListener;
import dev.copro.model.Principle;
import dev.copro.report.TextTable;
import dev.copro.spi.Descriptor;
import dev.copro.spi.ParameterSpec;
import dev.copro.spi.Thresholds;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copro metrics [ID…]}: lists the metrics and rules the engine finds, with their descriptors
 * and where each was loaded from; with ids, every detail of those.
 */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "List the metrics and rules found, with their descriptors.",
      "",
      "Lists the metrics and rules found on the class path and in --plugins folders: id, kind, version, the "
          + "principles each informs, its unit, whether the configuration enables it, and where it was loaded "
          + "from. Plugins that could not be loaded are listed after them.",
      "",
      "Given ids, shows everything about those: description, range, parameters with defaults, rating thresholds, "
          + "phase and references."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.HELP_OK,
      ExitCodes.HELP_FAILED,
      "2:Bad configuration or plugins (each problem listed), an unknown id, or a wrong command line."
    })
final class MetricsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "ID",
      arity = "0..*",
      description = "Ids of metrics or rules to show in full.")
  private List<String> ids = new ArrayList<>();

  @Mixin private EngineOptions engine = new EngineOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Copro copro = engine.engine(engine.configuration(), ProgressListener.NONE)) {
      List<PluginInfo> plugins = copro.plugins();
      if (ids.isEmpty()) {
        list(out, plugins, copro.pluginFailures());
      } else {
        List<PluginInfo> chosen = new ArrayList<>();
        for (String id : ids) {
          Optional<PluginInfo> plugin = plugins.stream().filter(p -> p.id().equals(id)).findFirst();
          chosen.add(
              plugin.orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "No metric or rule has the id '"
                              + id
                              + "'; `copro metrics` lists them.")));
        }
        for (int i = 0; i < chosen.size(); i++) {
          out.print((i == 0 ? "" : "\n") + details(chosen.get(i)));
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private static void list(
      PrintWriter out, List<PluginInfo> plugins, List<PluginFailure> failures) {
    TextTable table =
        new TextTable().row("ID", "KIND", "VERSION", "PRINCIPLES", "UNIT", "ENABLED", "SOURCE");
    for (PluginInfo plugin : plugins) {
      Descriptor d = plugin.descriptor();
      table.row(
          plugin.id(),
          plugin.kind().code(),
          d.version(),
          principles(d),
          plugin.kind() == PluginInfo.Kind.RULE ? "-" : d.unit().name().toLowerCase(Locale.ROOT),
          plugin.enabled() ? "yes" : "no",
          plugin.source());
    }
    out.print(table.render(0));
    long metrics = plugins.stream().filter(p -> p.kind() == PluginInfo.Kind.METRIC).count();
    out.println();
    out.println(metrics + " metrics, " + (plugins.size() - metrics) + " rules.");
    if (!failures.isEmpty()) {
      out.println();
      out.println("Could not be loaded:");
      for (PluginFailure failure : failures) {
        out.println(
            "  "
                + (failure.className() == null ? "a plugin" : failure.className())
                + " from "
                + failure.source()
                + ": "
                + failure.reason());
      }
    }
  }

  /**
   * Everything the descriptor says, one field a line; the description and parameter texts as given.
   */
  static String details(PluginInfo plugin) {
    Descriptor d = plugin.descriptor();
    StringBuilder text = new StringBuilder();
    text.append(d.id()).append("  ").append(d.name()).append('\n');
    text.append("  kind:        ")
        .append(plugin.kind().code())
        .append(plugin.enabled() ? "" : " (disabled)")
        .append('\n');
    text.append("  version:     ").append(d.version()).append('\n');
    text.append("  principles:  ").append(principles(d)).append('\n');
    if (plugin.kind() == PluginInfo.Kind.METRIC) {
      text.append("  unit:        ")
          .append(d.unit().name().toLowerCase(Locale.ROOT))
          .append(", range ")
          .append(d.range())
          .append('\n');
      text.append("  phase:       ")
          .append(d.phase().name().toLowerCase(Locale.ROOT))
          .append(d.sliceable() ? ", evaluated per initiative and per period too" : "")
          .append('\n');
      Thresholds t = d.thresholds();
      text.append("  thresholds:  ")
          .append(
              t == null
                  ? "none"
                  : "green "
                      + (t.higherIsBetter() ? ">= " : "<= ")
                      + t.green()
                      + ", amber "
                      + (t.higherIsBetter() ? ">= " : "<= ")
                      + t.amber()
                      + (t.higherIsBetter() ? " (higher is better)" : " (lower is better)"))
          .append('\n');
    }
    text.append("  class:       ").append(plugin.className()).append('\n');
    text.append("  loaded from: ").append(plugin.source()).append('\n');
    text.append("  description: ").append(d.description()).append('\n');
    if (!d.parameters().isEmpty()) {
      text.append("  parameters:\n");
      for (ParameterSpec p : d.parameters()) {
        text.append("    ")
            .append(p.name())
            .append(" (")
            .append(p.type().name().toLowerCase(Locale.ROOT))
            .append(", default ")
            .append(p.defaultValue());
        if (p.min() != null || p.max() != null) {
          text.append(", from ").append(bound(p.min())).append(" to ").append(bound(p.max()));
        }
        text.append("): ").append(p.description()).append('\n');
      }
    }
    if (!d.references().isEmpty()) {
      text.append("  references:\n");
      d.references().forEach(r -> text.append("    - ").append(r).append('\n'));
    }
    return text.toString();
  }

  /** A parameter's bound: whole numbers without decimals, none as {@code -}. */
  private static String bound(@Nullable Double value) {
    if (value == null) {
      return "-";
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString(value.longValue())
        : value.toString();
  }

  private static String principles(Descriptor d) {
    return d.principles().isEmpty()
        ? "-"
        : d.principles().stream().map(Principle::code).collect(Collectors.joining(","));
  }
}
