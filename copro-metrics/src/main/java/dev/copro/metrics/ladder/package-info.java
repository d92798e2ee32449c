/**
 * Placement on the ladders practitioners use: the Think Local Act Personal ladder of co-production
 * (coercion to co-production), with its Arnstein and IAP2 equivalents. The placement follows
 * documented, ordered rules over the outcomes of the direct metrics (decision inclusion, influence,
 * feedback, stage coverage, earliness, power, leadership, warning signs) and over whether the bloc
 * took part at all.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.copro.metrics.ladder;

import org.jspecify.annotations.NullMarked;
