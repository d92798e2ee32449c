/**
 * Renders an engine {@code Report} for people: {@link dev.copro.report.ReportRenderer} writes a
 * scorecard for the terminal, Markdown, a self-contained HTML page with inline SVG charts, a PDF of
 * that page, or the engine's JSON, as {@link dev.copro.report.RenderOptions} say. All are
 * deterministic (the same report gives the same text), show suppressed groups as suppressed, and
 * escape every text they take from the report.
 *
 * <p>Stability: {@code ReportRenderer} and {@code RenderOptions} are the API, marked
 * {@code @API(status = EXPERIMENTAL)}; {@code Escape} and {@code TextTable} are public for the
 * command-line tool only ({@code @API(status = INTERNAL)}); every other type is package-private.
 */
@NullMarked
package dev.copro.report;

import org.jspecify.annotations.NullMarked;
