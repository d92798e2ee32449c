/**
 * Relationship metrics: whether involvement is a long-term relationship rather than one-off
 * consultation ("consultation is a one-night stand; co-production is a long-term relationship").
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.copro.metrics.relationship;

import org.jspecify.annotations.NullMarked;
