/**
 * Reciprocity metrics: whether people who use services and carers get something back for what they
 * put in — a payment or their expenses for their time, and a documented response to what they said
 * (SCIE Guide 51; NIHR payment guidance; UK Standards for Public Involvement, communications).
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.copro.metrics.reciprocity;

import org.jspecify.annotations.NullMarked;
