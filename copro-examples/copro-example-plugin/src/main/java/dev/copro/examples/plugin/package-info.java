/**
 * An example copro plugin, built as its own jar against copro-spi alone: the metric {@link
 * dev.copro.examples.plugin.OutOfHoursMeetings} and the rule {@link
 * dev.copro.examples.plugin.RecentBoardChairs}, registered in {@code META-INF/services}. See
 * docs/plugin-guide.md.
 */
@NullMarked
package dev.copro.examples.plugin;

import org.jspecify.annotations.NullMarked;
