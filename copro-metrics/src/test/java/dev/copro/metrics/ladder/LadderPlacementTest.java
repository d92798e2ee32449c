package dev.copro.metrics.ladder;

import static dev.copro.metrics.ladder.LadderFixture.place;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.metrics.ladder.LadderFixture.Inputs;
import dev.copro.model.ActivityType;
import dev.copro.model.Dataset;
import dev.copro.spi.Descriptor;
import dev.copro.spi.Finding;
import dev.copro.spi.Measurement;
import dev.copro.spi.Outcome;
import dev.copro.spi.Phase;
import dev.copro.spi.Severity;
import dev.copro.spi.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LadderPlacementTest {

  private static Measurement place(Inputs in) {
    return LadderFixture.place(LadderFixture.voiced(), in.outcomes(), Map.of());
  }

  /** Asserts the placement: the TLAP rung, the Arnstein rung and IAP2 level, and the rung before caps. */
  private static void assertPlaced(Measurement m, int rung, int arnstein, int iap2, int beforeCaps) {
    assertThat(m.value()).isEqualTo((double) rung);
    assertThat(m.components()).containsExactly(Map.entry("arnsteinRung", (double) arnstein),
        Map.entry("iap2Level", (double) iap2), Map.entry("rungBeforeCaps", (double) beforeCaps));
  }

  private static String message(Measurement m) {
    assertThat(m.findings()).hasSize(1);
    Finding finding = m.findings().get(0);
    assertThat(finding.code()).isEqualTo("ladder-rule");
    assertThat(finding.severity()).isEqualTo(Severity.INFO);
    assertThat(finding.evidence()).isEmpty();
    return finding.message();
  }

  @Test
  void descriptor_isAnAggregateLevelFromOneToSeven() {
    Descriptor d = new LadderPlacement().descriptor();
    assertThat(d.id()).isEqualTo("copro.ladder.tlap");
    assertThat(d.version()).isEqualTo("1.0.0");
    assertThat(d.phase()).isEqualTo(Phase.AGGREGATE);
    assertThat(d.unit()).isEqualTo(Unit.LEVEL);
    assertThat(d.range().min()).isEqualTo(1);
    assertThat(d.range().max()).isEqualTo(7);
    assertThat(d.thresholds()).isNotNull();
    assertThat(d.thresholds().green()).isEqualTo(6);
    assertThat(d.thresholds().amber()).isEqualTo(4);
  }

  @Test
  @DisplayName("the mapping table: TLAP rung to Arnstein rung and IAP2 level")
  void mappingTable() {
    assertThat(Rung.values()).extracting(Rung::label).containsExactly("coercion", "educating", "informing",
        "consultation", "engagement", "co-design", "co-production");
    assertThat(Rung.values()).extracting(Rung::arnstein).containsExactly(1, 2, 3, 4, 5, 6, 6);
    assertThat(Rung.values()).extracting(Rung::iap2).containsExactly(1, 1, 1, 2, 3, 4, 4);
    assertThat(Rung.arnsteinName(Rung.DELEGATED_POWER)).isEqualTo("delegated power");
    assertThat(Rung.arnsteinName(8)).isEqualTo("citizen control");
    assertThat(Rung.iap2Name(Rung.EMPOWER)).isEqualTo("empower");
    assertThat(Rung.iap2Name(1)).isEqualTo("inform");
  }

  @Nested
  class Rules {

    @Test
    @DisplayName("no-involvement: the bloc took no part at all, whatever the outcomes say")
    void noInvolvement() {
      Measurement m = LadderFixture.place(LadderFixture.blocAbsent(), Inputs.coProduction().outcomes(), Map.of());
      assertPlaced(m, 1, 1, 1, 1);
      assertThat(m.n()).isEqualTo(8);
      assertThat(message(m)).isEqualTo("Rung 1 (coercion) of the TLAP ladder (Arnstein 1 manipulation, IAP2 1 "
          + "inform). The records reach rung 1 (coercion): no member of the bloc attended an activity, made a "
          + "contribution or held a vote. Not met, which held it back from rung 2: the bloc to attend, contribute "
          + "or vote.");
    }

    @Test
    @DisplayName("training-only: the bloc only attended training")
    void trainingOnly() {
      Measurement m = LadderFixture.place(LadderFixture.attendingOnly(ActivityType.TRAINING),
          Inputs.coProduction().outcomes(), Map.of());
      assertPlaced(m, 2, 2, 1, 2);
      assertThat(message(m)).contains("The records reach rung 2 (educating): the bloc attended 1 activity, only "
          + "training, but made no contribution and held no vote.");
    }

    @Test
    @DisplayName("attendance-only: the bloc came to a meeting but said and decided nothing")
    void attendanceOnly() {
      Measurement m = LadderFixture.place(LadderFixture.attendingOnly(ActivityType.MEETING),
          Inputs.coProduction().outcomes(), Map.of());
      assertPlaced(m, 3, 3, 1, 3);
      assertThat(message(m)).contains("The records reach rung 3 (informing): the bloc attended 1 activity but made "
          + "no contribution and held no vote.");
    }

    @Test
    @DisplayName("consultation: the bloc spoke and voted, but neither influence nor inclusion reached 10%")
    void consultation() {
      Inputs in = Inputs.coProduction();
      in.influence = 0.05;
      in.inclusion = 0.05;
      Measurement m = place(in);
      assertPlaced(m, 4, 4, 2, 4);
      assertThat(message(m)).isEqualTo("Rung 4 (consultation) of the TLAP ladder (Arnstein 4 consultation, IAP2 2 "
          + "consult). The records reach rung 4 (consultation): the bloc made 1 contribution and held 1 vote. Met: "
          + "activities the bloc took part in 3 (needs at least 3); months from its first to its last involvement 3 "
          + "(needs at least 3). Not met, which held it back from rung 5: influence 5% (needs at least 10%) or "
          + "decision inclusion 5% (needs at least 10%).");
    }

    @Test
    @DisplayName("a one-night stand: one meeting is never more than consultation, whatever the outcomes")
    void oneOff_isConsultation() {
      Measurement m = LadderFixture.place(LadderFixture.oneOff(), Inputs.coProduction().outcomes(), Map.of());
      assertPlaced(m, 4, 4, 2, 4);
      assertThat(message(m)).contains("but not as a continuing relationship: one event or a short spell is "
          + "consultation").contains("Not met, which held it back from rung 5: activities the bloc took part in 1 "
          + "(needs at least 3); months from its first to its last involvement 0 (needs at least 3).");
    }

    @Test
    @DisplayName("continuity is a parameter: one meeting is enough when so configured")
    void continuityParameters() {
      Measurement m = LadderFixture.place(LadderFixture.oneOff(), Inputs.coProduction().outcomes(),
          Map.of("continuityMinActivities", 1, "continuityMinMonths", 0));
      assertThat(m.value()).isEqualTo(7.0);
    }

    @Test
    @DisplayName("engagement: influence at its minimum of 10%, though the bloc holds no votes")
    void engagementByInfluence() {
      Inputs in = Inputs.coProduction();
      in.influence = 0.1;
      in.inclusion = 0.0;
      Measurement m = place(in);
      assertPlaced(m, 5, 5, 3, 5);
      assertThat(message(m)).isEqualTo("Rung 5 (engagement) of the TLAP ladder (Arnstein 5 placation, IAP2 3 "
          + "involve). The records reach rung 5 (engagement): the bloc made 1 contribution and held 1 vote over a "
          + "continuing relationship. Met: activities the bloc took part in 3 (needs at least 3); months from its "
          + "first to its last involvement 3 (needs at least 3); influence 10% (needs at least 10%). Not met, which "
          + "held it back from rung 6: decision inclusion 0% (needs at least 50%); influence 10% (needs at least "
          + "25%).");
    }

    @Test
    @DisplayName("engagement: votes in a tenth of the decisions, though no idea was taken up")
    void engagementByInclusion() {
      Inputs in = Inputs.coProduction();
      in.influence = 0.0;
      in.inclusion = 0.1;
      assertPlaced(place(in), 5, 5, 3, 5);
    }

    @Test
    @DisplayName("co-design: votes, influence and feedback, but only half the stages")
    void coDesign() {
      Inputs in = Inputs.coProduction();
      in.coverage = 0.5;
      Measurement m = place(in);
      assertPlaced(m, 6, 6, 4, 6);
      assertThat(message(m)).startsWith("Rung 6 (co-design) of the TLAP ladder (Arnstein 6 partnership, IAP2 4 "
          + "collaborate). The records reach rung 6 (co-design): the bloc shared in design decisions over a "
          + "continuing relationship.").endsWith(" Not met, which held it back from rung 7: stage coverage 50% "
          + "(needs at least 100%).");
    }

    @Test
    @DisplayName("co-design needs every one of inclusion, influence and feedback")
    void coDesignNeedsFeedback() {
      Inputs in = Inputs.coProduction();
      in.feedback = 0.49;
      assertPlaced(place(in), 5, 5, 3, 5);
    }

    @Test
    @DisplayName("who speaks counts: voice parity below a half keeps the bloc off co-design")
    void coDesignNeedsVoice() {
      Inputs in = Inputs.coProduction();
      in.voiceParity = 0.4;
      Measurement m = place(in);
      assertPlaced(m, 5, 5, 3, 5);
      assertThat(message(m)).contains("voice parity 0.40 (needs at least 0.50)");
      in.voiceParity = 0.7;
      assertPlaced(place(in), 6, 6, 4, 6);
      in.voiceParity = 0.8;
      assertPlaced(place(in), 7, 6, 4, 7);
    }

    @Test
    @DisplayName("a relationship that does not last: retention below a half keeps the bloc off co-design")
    void coDesignNeedsRetention() {
      Inputs in = Inputs.coProduction();
      in.retention = 0.49;
      assertPlaced(place(in), 5, 5, 3, 5);
      in.retention = 0.5;
      assertPlaced(place(in), 7, 6, 4, 7);
    }

    @Test
    @DisplayName("co-production: every rule met, no warning sign")
    void coProduction() {
      Measurement m = place(Inputs.coProduction());
      assertPlaced(m, 7, 6, 4, 7);
      assertThat(m.n()).isEqualTo(8);
      assertThat(m.warnings()).isEmpty();
      assertThat(message(m)).startsWith("Rung 7 (co-production) of the TLAP ladder (Arnstein 6 partnership, IAP2 4 "
          + "collaborate). The records reach rung 7 (co-production): the bloc shared power from the start, in "
          + "every stage. Met: ").contains("share of power 45% (needs at least 40%); leadership 30% (needs at least "
          + "25%)").doesNotContain("Not met");
    }

    @Test
    @DisplayName("co-production with the bloc holding the dominant share of power: delegated power, empower")
    void delegatedPower() {
      Inputs in = Inputs.coProduction();
      in.votingPower = 0.6;
      in.leadership = 0.5;
      Measurement m = place(in);
      assertPlaced(m, 7, 7, 5, 7);
      assertThat(message(m)).startsWith("Rung 7 (co-production) of the TLAP ladder (Arnstein 7 delegated power, "
          + "IAP2 5 empower).");
    }

    @Test
    @DisplayName("a stage coverage a rounding error below 1 counts as every stage")
    void floatingPointTolerance() {
      Inputs in = Inputs.coProduction();
      in.coverage = (1.0 / 3) * 3 - 1e-12;
      assertPlaced(place(in), 7, 6, 4, 7);
    }

    @Test
    @DisplayName("the thresholds are parameters")
    void parameters() {
      Inputs in = Inputs.coProduction();
      in.coverage = 0.75;
      Measurement m = LadderFixture.place(LadderFixture.voiced(), in.outcomes(),
          Map.of("coProductionMinStageCoverage", 0.75));
      assertPlaced(m, 7, 6, 4, 7);
    }
  }

  @Nested
  class Caps {

    @Test
    @DisplayName("any sign (medium): co-production is held at co-design")
    void anySign() {
      Measurement m = place(Inputs.coProduction().signs("not-paid"));
      assertPlaced(m, 6, 6, 4, 7);
      assertThat(message(m)).endsWith(" Capped at rung 6 (co-design) because 1 warning sign of tokenism detected "
          + "(not-paid); co-production allows none.");
    }

    @Test
    @DisplayName("a high-severity sign (access ignored) caps the placement at engagement")
    void highSign() {
      Measurement m = place(Inputs.coProduction().signs("access-ignored"));
      assertPlaced(m, 5, 5, 3, 7);
      assertThat(message(m)).endsWith(" Capped at rung 5 (engagement) because a high-severity warning sign stands "
          + "(access-ignored).");
    }

    @Test
    @DisplayName("people told of decisions already made: at most consultation")
    void decidedAlready() {
      for (String code : List.of("rubber-stamp", "already-decided")) {
        Measurement m = place(Inputs.coProduction().signs(code));
        assertPlaced(m, 4, 4, 2, 7);
        assertThat(message(m)).endsWith(" Capped at rung 4 (consultation) because the warning signs show people "
            + "were brought in after decisions were made (" + code + ").");
      }
    }

    @Test
    @DisplayName("many-signs: four warning signs cap the placement at consultation")
    void manySigns() {
      Measurement m = place(Inputs.coProduction().signs("not-paid", "no-feedback", "poor-arrangements",
          "comments-not-documented"));
      assertPlaced(m, 4, 4, 2, 7);
      assertThat(message(m)).endsWith(" Capped at rung 4 (consultation) because 4 warning signs of tokenism "
          + "detected (the cap applies from 4).");
    }

    @Test
    @DisplayName("a cap that would not lower the rung is not mentioned")
    void capAboveTheRung() {
      Inputs in = Inputs.coProduction().signs("ideas-not-used");
      in.influence = 0.0;
      in.inclusion = 0.0;
      Measurement m = place(in);
      assertPlaced(m, 4, 4, 2, 4);
      assertThat(message(m)).doesNotContain("Capped");
    }

    @Test
    @DisplayName("which signs cap at consultation is a parameter")
    void consultationCapParameter() {
      Measurement m = LadderFixture.place(LadderFixture.voiced(), Inputs.coProduction().signs("not-paid").outcomes(),
          Map.of("consultationCapSigns", List.of("not-paid")));
      assertPlaced(m, 4, 4, 2, 7);
    }

    @Test
    @DisplayName("delegated power is not given once a cap has lowered the placement")
    void noDelegatedPowerWhenCapped() {
      Inputs in = Inputs.coProduction().signs("not-paid");
      in.votingPower = 0.9;
      in.leadership = 0.9;
      assertPlaced(place(in), 6, 6, 4, 7);
    }
  }

  @Nested
  class MissingOutcomes {

    @Test
    @DisplayName("no outcomes at all: placed on the records alone, with a warning for each input")
    void none() {
      Measurement m = LadderFixture.place(LadderFixture.voiced(), List.of(), Map.of());
      assertPlaced(m, 4, 4, 2, 4);
      assertThat(m.n()).isZero();
      assertThat(m.warnings()).containsExactly(
          "The metric copro.power.decision-inclusion did not run: counted as not met in the rules for engagement, "
              + "co-design and co-production.",
          "The metric copro.power.influence did not run: counted as not met in the rules for engagement and "
              + "co-design.",
          "The metric copro.reciprocity.feedback-loop did not run: counted as not met in the rules for co-design.",
          "The metric copro.involvement.stage-coverage did not run: counted as not met in the rules for "
              + "co-production.",
          "The metric copro.involvement.earliness did not run: counted as not met in the rules for co-production.",
          "The metric copro.power.leadership did not run: counted as not met in the rules for co-production.",
          "The metric copro.power.voting-power did not run and the metric copro.power.seat-share did not run: "
              + "counted as not met in the rules for co-production.",
          "The metric copro.tokenism.warning-signs did not run: the warning-sign caps are not applied.");
      assertThat(message(m)).contains("influence unknown (needs at least 10%) or decision inclusion unknown (needs "
          + "at least 10%)");
    }

    @Test
    @DisplayName("a failed metric and one without a value are named, and their rules are not met")
    void failedAndValueless() {
      Inputs in = Inputs.coProduction();
      in.influence = null;
      in.feedback = null;
      List<Outcome> outcomes = new java.util.ArrayList<>(in.outcomes());
      outcomes.add(LadderFixture.failed(LadderInputs.INFLUENCE));
      outcomes.add(LadderFixture.noValue(LadderInputs.FEEDBACK_LOOP));
      Measurement m = LadderFixture.place(LadderFixture.voiced(), outcomes, Map.of());
      // Engagement is met through decision inclusion 90%; co-design needs influence and feedback.
      assertPlaced(m, 5, 5, 3, 5);
      assertThat(m.n()).isEqualTo(6);
      assertThat(m.warnings()).containsExactly(
          "The metric copro.power.influence failed: counted as not met in the rules for engagement and co-design.",
          "The metric copro.reciprocity.feedback-loop has no value: counted as not met in the rules for "
              + "co-design.");
    }

    @Test
    @DisplayName("without voting power, the bloc's share of seats stands for its power")
    void seatShareFallback() {
      Inputs in = Inputs.coProduction();
      in.votingPower = null;
      List<Outcome> outcomes = new java.util.ArrayList<>(in.outcomes());
      outcomes.add(LadderFixture.noValue(LadderInputs.VOTING_POWER));
      Measurement m = LadderFixture.place(LadderFixture.voiced(), outcomes, Map.of());
      assertPlaced(m, 7, 6, 4, 7);
      assertThat(m.n()).isEqualTo(8);
      assertThat(m.warnings()).containsExactly("The metric copro.power.voting-power has no value: the bloc's share of "
          + "power is read from copro.power.seat-share.");
      assertThat(message(m)).contains("share of power 50% (needs at least 40%)");
    }

    @Test
    @DisplayName("earliness without its presence-before-first-decision component")
    void earlinessWithoutComponent() {
      Inputs in = Inputs.coProduction();
      in.earlyShare = null;
      List<Outcome> outcomes = new java.util.ArrayList<>(in.outcomes());
      outcomes.add(LadderFixture.value(LadderInputs.EARLINESS, 30));
      Measurement m = LadderFixture.place(LadderFixture.voiced(), outcomes, Map.of());
      assertPlaced(m, 6, 6, 4, 6);
      assertThat(m.warnings()).containsExactly("The outcome of copro.involvement.earliness has no component "
          + "presentBeforeFirstDecisionShare: counted as not met in the rules for co-production.");
    }

    @Test
    @DisplayName("warning signs counted without findings: the count still caps")
    void warningSignsWithoutFindings() {
      Inputs in = Inputs.coProduction();
      in.signs = null;
      List<Outcome> outcomes = new java.util.ArrayList<>(in.outcomes());
      outcomes.add(LadderFixture.value(LadderInputs.WARNING_SIGNS, 1));
      assertPlaced(LadderFixture.place(LadderFixture.voiced(), outcomes, Map.of()), 6, 6, 4, 7);
    }

    @Test
    void emptyScope_hasNoValue() {
      Measurement m = LadderFixture.place(Dataset.empty(), Inputs.coProduction().outcomes(), Map.of());
      assertThat(m.value()).isNull();
      assertThat(m.noValueReason()).isEqualTo("there are no activities, contributions or decisions in scope to place "
          + "on the ladder");
    }
  }
}
