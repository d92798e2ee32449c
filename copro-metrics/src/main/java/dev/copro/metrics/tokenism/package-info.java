/**
 * The warning signs of tokenism, as people who took part in "co-production" describe them (SCIE
 * Co-production Week): brought in only at the end, the solution already decided, ideas rejected as
 * not fitting the current model or never used, no feedback, no payment, impossible arrangements,
 * access needs ignored, key people not invited, comments not written down. Each is detected from
 * the records with the evidence (record ids) behind it.
 *
 * <p>The metric streams: its accumulator ({@code SignData}) keeps counts, flags and bounded
 * evidence indexed by the reference records, and the checks run over that state. Judgements about
 * an initiative's history (how late the bloc came in) read the initiative's whole record, as the
 * involvement metrics do; everything else reads the records in scope.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.copro.metrics.tokenism;

import org.jspecify.annotations.NullMarked;
