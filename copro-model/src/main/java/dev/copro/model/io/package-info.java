/**
 * Reading and writing datasets in the {@code copro-dataset/1} format — a JSON document, JSON Lines,
 * or a folder of CSV files — with every problem located ({@link dev.copro.model.io.DatasetReader},
 * {@link dev.copro.model.io.DatasetWriter}), and the format's JSON Schema
 * ({@link dev.copro.model.io.DatasetFormat}).
 *
 * <p>All three forms are read through one binding path: the readers turn the text into small
 * located trees ({@code Node}), and one set of field definitions ({@code RecordFormats}) binds
 * them to records, collecting problems instead of stopping at the first.
 */
@NullMarked
package dev.copro.model.io;

import org.jspecify.annotations.NullMarked;
