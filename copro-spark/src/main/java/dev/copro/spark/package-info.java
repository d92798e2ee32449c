/**
 * copro on Apache Spark: {@link dev.copro.spark.CoproSpark} evaluates a dataset held as Spark
 * tables ({@link dev.copro.spark.CoproTables}) — the reference records collected, checked and
 * broadcast, the events checked and evaluated where their partitions are, the partitions' values
 * merged on the executors in their order — into the report {@link dev.copro.engine.Copro#evaluate}
 * gives for the same records, byte for byte. {@link dev.copro.spark.CoproSparkJob} is the {@code
 * spark-submit} entry point. See docs/spark.md.
 */
@NullMarked
package dev.copro.spark;

import org.jspecify.annotations.NullMarked;
