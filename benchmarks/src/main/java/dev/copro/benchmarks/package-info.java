/**
 * JMH benchmarks of copro and the seeded synthetic datasets they run on, and two command-line
 * entries that check streaming in a small heap: {@link
 * dev.copro.benchmarks.WriteSyntheticJsonLines} and {@link dev.copro.benchmarks.StreamingCheck}
 * (scripts/streaming-check.sh).
 */
@NullMarked
package dev.copro.benchmarks;

import org.jspecify.annotations.NullMarked;
