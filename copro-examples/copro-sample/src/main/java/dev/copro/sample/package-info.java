/**
 * The sample dataset bundled with copro: a year of Northfield Council's Direct Payments
 * Co-production Board alongside a few months of a carers' support service redesign, written so that
 * a report on it shows good practice and the warning signs of tokenism side by side.
 *
 * <p>{@link dev.copro.sample.SampleDatasets} reads the committed dataset; {@link
 * dev.copro.sample.SampleGenerator} generates it (deterministically, from a seed). The module's
 * README tells the story and lists what is planted where.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.copro.sample;

import org.jspecify.annotations.NullMarked;
