/**
 * Index mathematics shared by the default metrics: inequality (Gini, Theil and its decomposition),
 * concentration and diversity (inverse Simpson, Shannon evenness), disproportionality
 * (Loosemore–Hanby, Gallagher), and shares of units broken down by a key.
 *
 * <p>The functions are pure and take plain arrays. They reject input on which an index is not
 * defined (empty, negative, non-finite, a zero total) with {@link IllegalArgumentException};
 * metrics check their data first and turn such cases into warnings or a measurement without a
 * value.
 *
 * <p>Also what the streaming metrics share: {@link dev.copro.metrics.support.Positions}, the
 * positions of the reference records and what the metrics ask of them for every event, found once
 * per evaluation; {@link dev.copro.metrics.support.ParticipantGroups}, each participant's group for
 * a breakdown dimension, and {@link dev.copro.metrics.support.GroupSums}, breakdowns by those
 * groups of many units without a lookup per unit; {@link dev.copro.metrics.support.LongIntMap}, a
 * map without boxing (ids are looked up in the model's {@link dev.copro.model.StringIndex}); {@link
 * dev.copro.metrics.support.Evidence}, the exact count and first references a finding cites,
 * bounded however many records qualify; and {@link dev.copro.metrics.support.ReferenceMetric}, the
 * base of the metrics that read only reference records.
 *
 * <p>And the words of their messages: {@link dev.copro.metrics.support.Plural}, counts with their
 * nouns in the right number, and {@link dev.copro.metrics.support.Words}, the bloc and other people
 * by who they are ("people with lived experience and carers"), lists and access needs in plain
 * words. Nothing here is null unless marked {@code @Nullable}.
 *
 * <p>Internal ({@code @API(status = INTERNAL)}): public only so that the default catalog's packages
 * can share it. It is not part of copro's API, may change or go in any release, and plugins must
 * not use it: copy what they need.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@NullMarked
package dev.copro.metrics.support;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
