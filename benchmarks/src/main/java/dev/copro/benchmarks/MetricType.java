package dev.copro.benchmarks;

import dev.copro.metrics.access.AccessNeedsMet;
import dev.copro.metrics.access.NoticeGiven;
import dev.copro.metrics.diversity.KeyStakeholderPresence;
import dev.copro.metrics.diversity.PerspectiveDiversity;
import dev.copro.metrics.diversity.Representation;
import dev.copro.metrics.experience.MinierChecklist;
import dev.copro.metrics.experience.SurveyExperience;
import dev.copro.metrics.involvement.Earliness;
import dev.copro.metrics.involvement.StageCoverage;
import dev.copro.metrics.ladder.LadderPlacement;
import dev.copro.metrics.power.DecisionInclusion;
import dev.copro.metrics.power.Influence;
import dev.copro.metrics.power.Leadership;
import dev.copro.metrics.power.SeatShare;
import dev.copro.metrics.power.VotingPower;
import dev.copro.metrics.reciprocity.FeedbackLoop;
import dev.copro.metrics.reciprocity.PaymentCoverage;
import dev.copro.metrics.relationship.Retention;
import dev.copro.metrics.scorecard.PrincipleScorecard;
import dev.copro.metrics.tokenism.WarningSigns;
import dev.copro.metrics.voice.VoiceEquality;
import dev.copro.spi.Metric;
import java.util.function.Supplier;

/**
 * The twenty-one default metrics (those registered in copro-metrics' {@code META-INF/services}), as
 * a JMH {@code @Param}: one benchmark method compares them all side by side, in the manner of
 * Caffeine's {@code CacheType}.
 */
public enum MetricType {
  ACCESS_NEEDS_MET(AccessNeedsMet::new),
  NOTICE(NoticeGiven::new),
  KEY_STAKEHOLDERS(KeyStakeholderPresence::new),
  PERSPECTIVES(PerspectiveDiversity::new),
  REPRESENTATION(Representation::new),
  MINIER_CHECKLIST(MinierChecklist::new),
  SURVEY(SurveyExperience::new),
  EARLINESS(Earliness::new),
  STAGE_COVERAGE(StageCoverage::new),
  LADDER(LadderPlacement::new),
  DECISION_INCLUSION(DecisionInclusion::new),
  INFLUENCE(Influence::new),
  LEADERSHIP(Leadership::new),
  SEAT_SHARE(SeatShare::new),
  VOTING_POWER(VotingPower::new),
  FEEDBACK_LOOP(FeedbackLoop::new),
  PAYMENT(PaymentCoverage::new),
  RETENTION(Retention::new),
  SCORECARD(PrincipleScorecard::new),
  WARNING_SIGNS(WarningSigns::new),
  VOICE_EQUALITY(VoiceEquality::new);

  private final Supplier<Metric> factory;

  MetricType(Supplier<Metric> factory) {
    this.factory = factory;
  }

  /** A new instance of the metric. */
  public Metric create() {
    return factory.get();
  }
}
