/**
 * Reading and writing datasets: the {@code copro-dataset/1} format — a JSON document, JSON Lines,
 * or a folder of CSV files — with every problem located ({@link dev.copro.io.DatasetReader}, {@link
 * dev.copro.io.DatasetWriter}), and the format's JSON Schema ({@link dev.copro.io.DatasetFormat});
 * and datasets from the other places people keep them: Excel workbooks ({@link
 * dev.copro.io.WorkbookReader}, {@link dev.copro.io.WorkbookWriter}) and SQL databases ({@link
 * dev.copro.io.JdbcDatasetReader}), laid out as the CSV folder form's tables and checked with its
 * rules and located problems.
 *
 * <p>All the forms are read through one binding path: the readers turn the text into small located
 * trees ({@code Node}), and one set of field definitions ({@code RecordFormats}) binds them to
 * records, collecting problems instead of stopping at the first.
 *
 * <p>The JSON, JSON Lines and CSV readers and the writer were in copro-model, as {@code
 * dev.copro.model.io}, before 0.1.0: they moved here so that the model, and with it every plugin's
 * class path, carries no Jackson.
 *
 * @since 0.3.0
 */
@NullMarked
package dev.copro.io;

import org.jspecify.annotations.NullMarked;
