/**
 * Power metrics of the default catalog: whether the lived-experience bloc has a say in decisions
 * ({@link dev.copro.metrics.power.DecisionInclusion}), how much a priori voting power its votes
 * carry ({@link dev.copro.metrics.power.VotingPower}, built on {@link
 * dev.copro.metrics.power.WeightedVotingGame}; one decision's power, member by member and for the
 * bloc as one player, is {@link dev.copro.metrics.power.DecisionPower}), its share of seats on
 * boards and panels ({@link dev.copro.metrics.power.SeatShare}), how often its proposals are taken
 * up ({@link dev.copro.metrics.power.Influence}) and how often it chairs ({@link
 * dev.copro.metrics.power.Leadership}). Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.copro.metrics.power;

import org.jspecify.annotations.NullMarked;
