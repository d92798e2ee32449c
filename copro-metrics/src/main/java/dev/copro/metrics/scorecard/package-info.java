/**
 * The principle scorecard: one rating per principle of co-production (SCIE Guide 51's equality,
 * diversity, accessibility and reciprocity, and the relationship over time), from the ratings of
 * the metrics that inform each.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.copro.metrics.scorecard;

import org.jspecify.annotations.NullMarked;
