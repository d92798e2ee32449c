/**
 * Datasets from the places people keep them: Excel workbooks ({@link dev.copro.io.WorkbookReader},
 * {@link dev.copro.io.WorkbookWriter}) and SQL databases ({@link dev.copro.io.JdbcDatasetReader}),
 * laid out as the CSV folder form's tables and checked with its rules and located problems.
 *
 * @since 0.3.0
 */
@NullMarked
package dev.copro.io;

import org.jspecify.annotations.NullMarked;
