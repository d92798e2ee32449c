/**
 * The headline of a report, typed: what a host shows and acts on without parsing messages or
 * copying names from the documentation.
 *
 * <p>{@link dev.copro.engine.results.Headline#of(dev.copro.engine.Report)} reads the results of the
 * default catalog's verdicts — the principle scorecard, the placement on the ladder and the warning
 * signs of tokenism — into {@link dev.copro.engine.results.Scorecard}, {@link
 * dev.copro.engine.results.LadderPlacement} and {@link dev.copro.engine.results.SignFinding}; each
 * is absent when its metric did not run, failed or had no value. {@link
 * dev.copro.engine.results.DefaultMetrics} names the default catalog's metric ids and component
 * names as constants, for reading any other result. Evidence is typed by {@link
 * dev.copro.spi.RecordRef}.
 *
 * <p>These types read a report by the metrics' documented contracts (docs/metrics.md): component
 * names, value ranges and finding codes. Components a metric adds later are ignored. Stability:
 * {@code @API(status = EXPERIMENTAL)}. Nothing here is null unless marked {@code @Nullable}.
 *
 * @since 0.2.0
 */
@NullMarked
package dev.copro.engine.results;

import org.jspecify.annotations.NullMarked;
