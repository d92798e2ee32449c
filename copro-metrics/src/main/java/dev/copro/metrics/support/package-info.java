/**
 * Index mathematics shared by the default metrics: inequality (Gini, Theil and its decomposition),
 * concentration and diversity (inverse Simpson, Shannon evenness), disproportionality
 * (Loosemore–Hanby, Gallagher), and shares of units broken down by a key.
 *
 * <p>The functions are pure and take plain arrays. They reject input on which an index is not
 * defined (empty, negative, non-finite, a zero total) with {@link IllegalArgumentException}; metrics
 * check their data first and turn such cases into warnings or a measurement without a value.
 *
 * <p>Also what the streaming metrics share: {@link dev.copro.metrics.support.Positions}, the
 * positions of the reference records and what the metrics ask of them for every event, found once
 * per evaluation; {@link dev.copro.metrics.support.ParticipantGroups}, each participant's group for
 * a breakdown dimension, and {@link dev.copro.metrics.support.GroupSums}, breakdowns by those groups
 * of many units without a lookup per unit; {@link dev.copro.metrics.support.LongIntMap} and
 * {@link dev.copro.metrics.support.IdTable}, maps without boxing; and
 * {@link dev.copro.metrics.support.ReferenceMetric}, the base of the metrics that read only
 * reference records. Nothing here is null unless marked {@code @Nullable}.
 *
 * <p>Internal ({@code @API(status = INTERNAL)}): public only so that the default catalog's packages
 * can share it. It is not part of copro's API, may change or go in any release, and plugins must not
 * use it: copy what they need.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@NullMarked
package dev.copro.metrics.support;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
