/**
 * The warning signs of tokenism, as people who took part in "co-production" describe them (SCIE
 * Co-production Week): brought in only at the end, the solution already decided, ideas rejected as
 * not fitting the current model or never used, no feedback, no payment, impossible arrangements,
 * access needs ignored, key people not invited, comments not written down. Each is detected from the
 * records with the evidence (record ids) behind it.
 *
 * <p>Judgements about an initiative's history (how late the bloc came in) read the initiative's
 * whole record through the dataset's lookups, as the involvement metrics do; everything else reads
 * the records in scope.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.copro.metrics.tokenism;

import org.jspecify.annotations.NullMarked;
