/**
 * The copro engine: discovers metric and rule plugins, validates configuration, evaluates a dataset
 * with every plugin call isolated, suppresses small groups and writes deterministic reports.
 *
 * <p>A host builds a {@link dev.copro.engine.Copro} with {@link dev.copro.engine.Copro#builder()},
 * optionally with a {@link dev.copro.engine.Configuration} read from JSON, calls {@link
 * dev.copro.engine.Copro#evaluate} for a {@link dev.copro.engine.Report}, and writes it with {@link
 * dev.copro.engine.ReportJson}. Configuration and plugin identity problems are reported at build
 * time in one {@link dev.copro.model.validation.InvalidInputException}; evaluation never fails
 * because of a plugin. A dataset too large for memory is evaluated as a stream of events by {@link
 * dev.copro.engine.Copro#evaluate(dev.copro.model.stream.StreamedDataset)}, with the metrics that
 * implement {@link dev.copro.spi.StreamingMetric}.
 *
 * <p>Stability: the public types here are {@code @API(status = EXPERIMENTAL)} until the first
 * release; the JSON formats they read and write ({@code copro-config/1}, {@code copro-report/1})
 * are versioned and documented in docs/configuration.md and docs/report-format.md. Package-private
 * types are implementation and carry no guarantee. Nothing here is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package dev.copro.engine;

import org.jspecify.annotations.NullMarked;
