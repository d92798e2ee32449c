/**
 * The copro model: immutable records of what happened in co-production (initiatives, participants,
 * activities, attendance, contributions, decisions, payments, surveys and their answers) and the
 * validated, indexed {@link dev.copro.model.Dataset} that holds them.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.copro.model;

import org.jspecify.annotations.NullMarked;
