/**
 * Metrics of diversity: how many perspectives take part and how evenly ({@link
 * dev.copro.metrics.diversity.PerspectiveDiversity}), how far the participant mix departs from a
 * reference population ({@link dev.copro.metrics.diversity.Representation}), and whether the key
 * stakeholder groups are invited and present ({@link
 * dev.copro.metrics.diversity.KeyStakeholderPresence}).
 */
@NullMarked
package dev.copro.metrics.diversity;

import org.jspecify.annotations.NullMarked;
