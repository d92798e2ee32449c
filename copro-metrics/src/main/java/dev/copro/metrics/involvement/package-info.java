/**
 * Involvement metrics: when and where in an initiative's life the lived-experience bloc took part
 * in decisions — from the start or only at the end, in every stage of the commissioning cycle or
 * only some ("not involved until the end", "the solution was already decided").
 *
 * <p>Both metrics treat the initiative as the unit and read each initiative's whole record through
 * the dataset's lookups, because how early the bloc came in and which stages it shaped are
 * properties of an initiative's whole history: a period slice reports them for the initiatives
 * running in that period rather than for the fragment of their records dated inside it.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.copro.metrics.involvement;

import org.jspecify.annotations.NullMarked;
