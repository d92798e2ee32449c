/**
 * Experience metrics: how people who took part rate their involvement in surveys (PPEET, 4Pi or a
 * local questionnaire), by role, with bootstrap confidence intervals, and the gap between how
 * professionals and the lived-experience bloc see the same work.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.copro.metrics.experience;

import org.jspecify.annotations.NullMarked;
