/**
 * Datasets too large to hold in memory: the reference records (initiatives, participants,
 * activities, decisions, surveys) are held as a {@link dev.copro.model.Dataset}, while the event
 * records (attendance, contributions, payments, survey responses) — the bulk of any real dataset —
 * are streamed to a {@link dev.copro.model.stream.RecordSink} one at a time.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.copro.model.stream;

import org.jspecify.annotations.NullMarked;
