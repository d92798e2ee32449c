/**
 * The reports the command-line tool writes from an engine {@code Report}: a scorecard for the
 * terminal, the engine's JSON, Markdown, and a self-contained HTML page with inline SVG charts. All
 * are deterministic (the same report gives the same bytes), show suppressed groups as suppressed,
 * and escape every text they take from the report.
 */
@NullMarked
package dev.copro.cli.report;

import org.jspecify.annotations.NullMarked;
