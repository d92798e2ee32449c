package dev.copro.metrics.ladder;

import static dev.copro.metrics.ladder.LadderFixture.place;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.engine.Configuration;
import dev.copro.engine.Copro;
import dev.copro.engine.Report;
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

  /**
   * Asserts the placement: the TLAP rung, the Arnstein rung and IAP2 level, and the rung before
   * caps.
   */
  private static void assertPlaced(
      Measurement m, int rung, int arnstein, int iap2, int beforeCaps) {
    assertThat(m.value()).isEqualTo((double) rung);
    assertThat(m.components())
        .containsExactly(
            Map.entry("arnsteinRung", (double) arnstein),
            Map.entry("iap2Level", (double) iap2),
            Map.entry("rungBeforeCaps", (double) beforeCaps));
  }

  private static final String WHO = "people with lived experience and carers";

  /** The message of the one {@code ladder-rule} finding, the first. */
  private static String message(Measurement m) {
    Finding finding = m.findings().get(0);
    assertThat(finding.code()).isEqualTo("ladder-rule");
    assertThat(finding.severity()).isEqualTo(Severity.INFO);
    assertThat(finding.evidence()).isEmpty();
    assertThat(m.findings()).filteredOn(f -> f.code().equals("ladder-rule")).hasSize(1);
    return finding.message();
  }

  /** The messages of the findings with the given code, in order; each INFO. */
  private static List<String> messages(Measurement m, String code) {
    List<Finding> found = m.findings().stream().filter(f -> f.code().equals(code)).toList();
    assertThat(found).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    return found.stream().map(Finding::message).toList();
  }

  private static List<String> met(Measurement m) {
    return messages(m, LadderPlacement.CONDITION_MET_FINDING);
  }

  private static List<String> notMet(Measurement m) {
    return messages(m, LadderPlacement.CONDITION_NOT_MET_FINDING);
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
    assertThat(Rung.values())
        .extracting(Rung::label)
        .containsExactly(
            "coercion",
            "educating",
            "informing",
            "consultation",
            "engagement",
            "co-design",
            "co-production");
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
      Measurement m =
          LadderFixture.place(
              LadderFixture.blocAbsent(), Inputs.coProduction().outcomes(), Map.of());
      assertPlaced(m, 1, 1, 1, 1);
      assertThat(m.n()).isEqualTo(8);
      assertThat(message(m))
          .isEqualTo(
              "Rung 1 of 7 (coercion) on the TLAP ladder, which is rung 1 of 8 "
                  + "(manipulation) on Arnstein's ladder and level 1 of 5 (inform) on the IAP2 spectrum. The records reach "
                  + "rung 1 (coercion): none of the "
                  + WHO
                  + " attended an activity, made a contribution or held a vote. "
                  + "The condition of rung 2 (educating) is not met: taking part.");
      assertThat(met(m)).isEmpty();
      assertThat(notMet(m))
          .containsExactly(
              "Rung 2 (educating) and above need "
                  + WHO
                  + " to attend an activity, "
                  + "make a contribution or hold a vote, and none of them did.");
    }

    @Test
    @DisplayName("training-only: the bloc only attended training")
    void trainingOnly() {
      Measurement m =
          LadderFixture.place(
              LadderFixture.attendingOnly(ActivityType.TRAINING),
              Inputs.coProduction().outcomes(),
              Map.of());
      assertPlaced(m, 2, 2, 1, 2);
      assertThat(message(m))
          .contains(
              "The records reach rung 2 (educating): "
                  + WHO
                  + " attended 1 activity, all "
                  + "of them training, but made no contribution and held no vote.");
      assertThat(notMet(m))
          .containsExactly(
              "Rung 3 (informing) needs "
                  + WHO
                  + " at an activity other than "
                  + "training, and they attended only training.");
    }

    @Test
    @DisplayName("attendance-only: the bloc came to a meeting but said and decided nothing")
    void attendanceOnly() {
      Measurement m =
          LadderFixture.place(
              LadderFixture.attendingOnly(ActivityType.MEETING),
              Inputs.coProduction().outcomes(),
              Map.of());
      assertPlaced(m, 3, 3, 1, 3);
      assertThat(message(m))
          .contains(
              "The records reach rung 3 (informing): "
                  + WHO
                  + " attended 1 activity but "
                  + "made no contribution and held no vote.");
      assertThat(met(m)).isEmpty();
      assertThat(notMet(m))
          .containsExactly(
              "Rung 4 (consultation) needs a contribution or a vote from "
                  + WHO
                  + ", and they made no contribution and held no vote.");
    }

    @Test
    @DisplayName(
        "consultation: the bloc spoke and voted, but neither influence nor inclusion reached 10%")
    void consultation() {
      Inputs in = Inputs.coProduction();
      in.influence = 0.05;
      in.inclusion = 0.05;
      Measurement m = place(in);
      assertPlaced(m, 4, 4, 2, 4);
      assertThat(message(m))
          .isEqualTo(
              "Rung 4 of 7 (consultation) on the TLAP ladder, which is rung 4 of 8 "
                  + "(consultation) on Arnstein's ladder and level 2 of 5 (consult) on the IAP2 spectrum. The records reach "
                  + "rung 4 (consultation): "
                  + WHO
                  + " made 1 contribution and held 1 vote. Of the 3 conditions of rung 5 "
                  + "(engagement), 1 is not met: influence or decision inclusion.");
      assertThat(met(m))
          .containsExactly(
              "The number of activities "
                  + WHO
                  + " took part in is 3, at least the 3 that rung 5 (engagement) needs.",
              "The number of whole months from the first to the last involvement of "
                  + WHO
                  + " is 3, at least the 3 "
                  + "that rung 5 (engagement) needs.");
      assertThat(notMet(m))
          .containsExactly(
              "Influence is 5% and decision inclusion is 5%: neither reaches what "
                  + "rung 5 (engagement) needs, influence of at least 10% or decision inclusion of at least 10%.");
    }

    @Test
    @DisplayName(
        "a one-night stand: one meeting is never more than consultation, whatever the outcomes")
    void oneOff_isConsultation() {
      Measurement m =
          LadderFixture.place(LadderFixture.oneOff(), Inputs.coProduction().outcomes(), Map.of());
      assertPlaced(m, 4, 4, 2, 4);
      assertThat(message(m))
          .contains(
              "but not over a continuing relationship: one event or a short spell is "
                  + "consultation.")
          .endsWith(
              "Of the 3 conditions of rung 5 (engagement), 2 are not met: activities taken "
                  + "part in and months of involvement.");
    }

    @Test
    @DisplayName("continuity is a parameter: one meeting is enough when so configured")
    void continuityParameters() {
      Measurement m =
          LadderFixture.place(
              LadderFixture.oneOff(),
              Inputs.coProduction().outcomes(),
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
      assertThat(message(m))
          .isEqualTo(
              "Rung 5 of 7 (engagement) on the TLAP ladder, which is rung 5 of 8 "
                  + "(placation) on Arnstein's ladder and level 3 of 5 (involve) on the IAP2 spectrum. The records reach "
                  + "rung 5 (engagement): "
                  + WHO
                  + " made 1 contribution and held 1 vote over a continuing relationship. "
                  + "Of the 4 conditions of rung 6 (co-design), 2 are not met: decision inclusion and influence.");
      assertThat(notMet(m))
          .containsExactly(
              "Decision inclusion, the share of decisions in which "
                  + WHO
                  + " held a say, is 0%, below the 50% that "
                  + "rung 6 (co-design) needs.",
              "Influence, the share of the proposals and suggestions of "
                  + WHO
                  + " that were taken up, is 10%, below "
                  + "the 25% that rung 6 (co-design) needs.");
      assertThat(met(m))
          .containsExactly(
              "Feedback, the share of the contributions of "
                  + WHO
                  + " that got a recorded response, is 80%, at least "
                  + "the 50% that rung 6 (co-design) needs.",
              "The number of lifecycle stages in which "
                  + WHO
                  + " took part is 2, at least the 2 that rung 6 "
                  + "(co-design) needs.");
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
      assertThat(message(m))
          .isEqualTo(
              "Rung 6 of 7 (co-design) on the TLAP ladder, which is rung 6 of 8 "
                  + "(partnership) on Arnstein's ladder and level 4 of 5 (collaborate) on the IAP2 spectrum. The records "
                  + "reach rung 6 (co-design): "
                  + WHO
                  + " shared in design decisions over a continuing relationship. Of "
                  + "the 5 conditions of rung 7 (co-production), 1 is not met: stage coverage.");
      assertThat(notMet(m))
          .containsExactly(
              "Stage coverage, the share of each initiative's stages in which "
                  + WHO
                  + " held a say in decisions, is 50%, below the 100% that rung 7 (co-production) needs.");
      assertThat(met(m))
          .hasSize(4)
          .contains(
              "The share of power held by "
                  + WHO
                  + " (their voting power, or else "
                  + "their share of seats) is 45%, at least the 40% that rung 7 (co-production) needs.");
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
      assertThat(notMet(m))
          .containsExactly(
              "Voice parity, the share of the talking done by "
                  + WHO
                  + " over their "
                  + "share of the people present, is 0.40, below the 0.50 that rung 6 (co-design) needs.");
      in.voiceParity = 0.7;
      assertPlaced(place(in), 6, 6, 4, 6);
      in.voiceParity = 0.8;
      assertPlaced(place(in), 7, 6, 4, 7);
    }

    @Test
    @DisplayName(
        "a relationship that does not last: retention below a half keeps the bloc off co-design")
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
      assertThat(message(m))
          .isEqualTo(
              "Rung 7 of 7 (co-production) on the TLAP ladder, which is rung 6 of 8 "
                  + "(partnership) on Arnstein's ladder and level 4 of 5 (collaborate) on the IAP2 spectrum. The records "
                  + "reach rung 7 (co-production): "
                  + WHO
                  + " shared power from the start, in every stage.");
      assertThat(m.findings()).as("no rung above the top: no condition to meet").hasSize(1);
    }

    @Test
    @DisplayName(
        "co-production with the bloc holding the dominant share of power: delegated power, empower")
    void delegatedPower() {
      Inputs in = Inputs.coProduction();
      in.votingPower = 0.6;
      in.leadership = 0.5;
      Measurement m = place(in);
      assertPlaced(m, 7, 7, 5, 7);
      assertThat(message(m))
          .startsWith(
              "Rung 7 of 7 (co-production) on the TLAP ladder, which is rung 7 of 8 "
                  + "(delegated power) on Arnstein's ladder and level 5 of 5 (empower) on the IAP2 spectrum.");
      assertThat(met(m)).isEmpty();
      assertThat(notMet(m)).isEmpty();
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
      Measurement m =
          LadderFixture.place(
              LadderFixture.voiced(), in.outcomes(), Map.of("coProductionMinStageCoverage", 0.75));
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
      String cap =
          "1 warning sign of tokenism was found (not-paid), and co-production allows none: any warning "
              + "sign holds the placement at rung 6 (co-design) or lower.";
      assertThat(message(m)).endsWith(" shared power from the start, in every stage. " + cap);
      assertThat(met(m)).isEmpty();
      assertThat(notMet(m)).containsExactly(cap);
    }

    @Test
    @DisplayName("a high-severity sign (access ignored) caps the placement at engagement")
    void highSign() {
      Measurement m = place(Inputs.coProduction().signs("access-ignored"));
      assertPlaced(m, 5, 5, 3, 7);
      String cap =
          "A high-severity warning sign (access-ignored) holds the placement at rung 5 (engagement) or lower.";
      assertThat(message(m)).endsWith(" " + cap);
      assertThat(notMet(m)).containsExactly(cap);
    }

    @Test
    @DisplayName("people told of decisions already made: at most consultation")
    void decidedAlready() {
      for (String code : List.of("rubber-stamp", "already-decided")) {
        Measurement m = place(Inputs.coProduction().signs(code));
        assertPlaced(m, 4, 4, 2, 7);
        String cap =
            "A warning sign that people were brought in after decisions were made ("
                + code
                + ") holds the "
                + "placement at rung 4 (consultation) or lower.";
        assertThat(message(m)).endsWith(" " + cap);
        assertThat(notMet(m)).containsExactly(cap);
      }
    }

    @Test
    @DisplayName("many-signs: four warning signs cap the placement at consultation")
    void manySigns() {
      Measurement m =
          place(
              Inputs.coProduction()
                  .signs(
                      "not-paid", "no-feedback", "poor-arrangements", "comments-not-documented"));
      assertPlaced(m, 4, 4, 2, 7);
      assertThat(message(m))
          .endsWith(
              " 4 warning signs of tokenism were found, and 4 or more hold the placement "
                  + "at rung 4 (consultation) or lower.");
    }

    @Test
    @DisplayName("a cap that would not lower the rung is not mentioned")
    void capAboveTheRung() {
      Inputs in = Inputs.coProduction().signs("ideas-not-used");
      in.influence = 0.0;
      in.inclusion = 0.0;
      Measurement m = place(in);
      assertPlaced(m, 4, 4, 2, 4);
      assertThat(message(m)).doesNotContain("holds the placement");
      assertThat(notMet(m))
          .as("a cap at engagement stands in the way of no rung up to engagement")
          .noneMatch(c -> c.contains("warning sign"));
    }

    @Test
    @DisplayName("which signs cap at consultation is a parameter")
    void consultationCapParameter() {
      Measurement m =
          LadderFixture.place(
              LadderFixture.voiced(),
              Inputs.coProduction().signs("not-paid").outcomes(),
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
  class Conditions {

    @Test
    @DisplayName(
        "at consultation, the conditions of engagement: continuity not met, influence or inclusion met")
    void consultation_splitsTheConditionsOfEngagement() {
      Measurement m =
          LadderFixture.place(LadderFixture.oneOff(), Inputs.coProduction().outcomes(), Map.of());

      assertPlaced(m, 4, 4, 2, 4);
      assertThat(notMet(m))
          .containsExactly(
              "The number of activities "
                  + WHO
                  + " took part in is 1, below the 3 that rung 5 (engagement) needs.",
              "The number of whole months from the first to the last involvement of "
                  + WHO
                  + " is 0, below the 3 that "
                  + "rung 5 (engagement) needs.");
      assertThat(met(m))
          .containsExactly(
              "Influence is 50% and decision inclusion is 90%, so at least one of them "
                  + "reaches what rung 5 (engagement) needs, influence of at least 10% or decision inclusion of at least "
                  + "10%.");
      assertThat(m.findings())
          .extracting(Finding::evidence)
          .allSatisfy(e -> assertThat(e).isEmpty());
    }

    @Test
    @DisplayName("at the top rung there is no rung above, so no condition to meet")
    void coProduction_hasNoConditions() {
      for (Inputs in : List.of(Inputs.coProduction(), delegated())) {
        Measurement m = place(in);
        assertThat(m.value()).isEqualTo(7.0);
        assertThat(m.findings()).extracting(Finding::code).containsExactly("ladder-rule");
      }
    }

    private static Inputs delegated() {
      Inputs in = Inputs.coProduction();
      in.votingPower = 0.7;
      in.leadership = 0.6;
      return in;
    }

    @Test
    @DisplayName(
        "capped: the conditions of the rung above the one reached, and the cap as a condition not met")
    void capped_namesTheCapAsNotMet() {
      Inputs in = Inputs.coProduction().signs("rubber-stamp");
      in.coverage = 0.5;

      Measurement m = place(in);

      assertPlaced(m, 4, 4, 2, 6);
      assertThat(met(m)).hasSize(4);
      assertThat(notMet(m))
          .containsExactly(
              "Stage coverage, the share of each initiative's stages in which "
                  + WHO
                  + " held a say in decisions, is "
                  + "50%, below the 100% that rung 7 (co-production) needs.",
              "A warning sign that people were brought in after decisions were made (rubber-stamp) holds the placement at "
                  + "rung 4 (consultation) or lower.");
    }

    @Test
    @DisplayName("a sign that caps at the rung reached still stands in the way of the rung above")
    void capAtTheRungReached_isNotMetForTheNextRung() {
      Inputs in = Inputs.coProduction().signs("not-paid");
      in.coverage = 0.5;

      Measurement m = place(in);

      assertPlaced(m, 6, 6, 4, 6);
      assertThat(message(m)).doesNotContain("holds the placement");
      assertThat(notMet(m))
          .hasSize(2)
          .last()
          .asString()
          .startsWith("1 warning sign of tokenism was found " + "(not-paid)")
          .endsWith("at rung 6 (co-design) or lower.");
    }

    @Test
    @DisplayName(
        "the weakest initiative holds the programme down: a condition not met, naming the initiative")
    void weakestInitiative_isAConditionNotMet() {
      Dataset dataset = LadderFixture.voicedAndSilent();
      Report report;
      try (Copro copro =
          Copro.builder()
              .configuration(Configuration.builder().suppressionMinimum(1).build())
              .parallelism(1)
              .build()) {
        report = copro.evaluate(dataset);
      }
      Measurement m = report.metric(LadderPlacement.ID).orElseThrow().measurement();

      assertThat(m.value()).isEqualTo(3.0);
      Finding weakest =
          m.findings().stream()
              .filter(
                  f ->
                      f.code().equals(LadderPlacement.CONDITION_NOT_MET_FINDING)
                          && f.message().startsWith("The weakest"))
              .findFirst()
              .orElseThrow();
      assertThat(weakest.message())
          .isEqualTo(
              "The weakest initiative, i-2, is on rung 3 (informing), and the "
                  + "programme is placed no higher than its weakest initiative.");
      assertThat(weakest.evidence()).containsExactly("initiative:i-2");
      assertThat(m.findings())
          .filteredOn(f -> f.code().equals(LadderPlacement.INITIATIVE_FINDING))
          .extracting(Finding::message)
          .containsExactly(
              "Initiative i-1 is on rung 5 of 7 (engagement) on the TLAP ladder, which is rung 5 of 8 (placation) on "
                  + "Arnstein's ladder and level 3 of 5 (involve) on the IAP2 spectrum. Its records reach rung 5 "
                  + "(engagement): "
                  + WHO
                  + " made 1 contribution and held 1 vote over a continuing relationship. Of "
                  + "the 4 conditions of rung 6 (co-design), 2 are not met: influence (0%, needs 25%) and feedback "
                  + "(0%, needs 50%).",
              "Initiative i-2 is on rung 3 of 7 (informing) on the TLAP ladder, which is rung 3 of 8 (informing) on "
                  + "Arnstein's ladder and level 1 of 5 (inform) on the IAP2 spectrum. Its records reach rung 3 "
                  + "(informing): "
                  + WHO
                  + " attended 1 activity but made no contribution and held no vote. The "
                  + "condition of rung 4 (consultation) is not met: a contribution or a vote.");
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
      assertThat(m.warnings())
          .containsExactly(
              "The metric copro.power.decision-inclusion did not run, so the conditions that need it count as not met "
                  + "for engagement, co-design and co-production.",
              "The metric copro.power.influence did not run, so the conditions that need it count as not met for "
                  + "engagement and co-design.",
              "The metric copro.reciprocity.feedback-loop did not run, so the conditions that need it count as not met "
                  + "for co-design.",
              "The metric copro.involvement.stage-coverage did not run, so the conditions that need it count as not met "
                  + "for co-production.",
              "The metric copro.involvement.earliness did not run, so the conditions that need it count as not met for "
                  + "co-production.",
              "The metric copro.power.leadership did not run, so the conditions that need it count as not met for "
                  + "co-production.",
              "The metric copro.power.voting-power did not run and the metric copro.power.seat-share did not run, so "
                  + "the conditions that need them count as not met for co-production.",
              "The metric copro.tokenism.warning-signs did not run, so the caps of the warning signs are not applied.");
      assertThat(notMet(m))
          .contains(
              "Influence is unknown and decision inclusion is unknown: neither reaches what "
                  + "rung 5 (engagement) needs, influence of at least 10% or decision inclusion of at least 10%.");
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
      assertThat(m.warnings())
          .containsExactly(
              "The metric copro.power.influence failed, so the conditions that need it count as not met for engagement "
                  + "and co-design.",
              "The metric copro.reciprocity.feedback-loop has no value, so the conditions that need it count as not met "
                  + "for co-design.");
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
      assertThat(m.warnings())
          .containsExactly(
              "The metric copro.power.voting-power has no value, so the share of "
                  + "power is read from copro.power.seat-share.");
      assertThat(m.findings()).hasSize(1);
      assertThat(message(m)).startsWith("Rung 7 of 7 (co-production)");
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
      assertThat(m.warnings())
          .containsExactly(
              "The outcome of copro.involvement.earliness has no component "
                  + "presentBeforeFirstDecisionShare, so the conditions that need it count as not met for co-production.");
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
      Measurement m =
          LadderFixture.place(Dataset.empty(), Inputs.coProduction().outcomes(), Map.of());
      assertThat(m.value()).isNull();
      assertThat(m.noValueReason())
          .isEqualTo(
              "there are no activities, contributions or decisions in scope to place "
                  + "on the ladder");
    }
  }
}
