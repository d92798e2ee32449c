package dev.copro.metrics.voice;

import static dev.copro.metrics.support.Fixtures.dataset;
import static dev.copro.metrics.support.Fixtures.group;
import static dev.copro.metrics.support.Fixtures.measure;
import static dev.copro.metrics.support.Fixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.spi.Finding;
import dev.copro.spi.Group;
import dev.copro.spi.Measurement;
import dev.copro.spi.Rating;
import dev.copro.spi.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoiceEqualityTest {

  private final VoiceEquality metric = new VoiceEquality();

  /**
   * p-1 lived experience, p-2 carer, p-3 and p-4 professionals. a-1, seconds: 60, 120, 120, 300.
   * a-2, turns: p-1 2, p-3 6, p-2 attended with no record. a-3: attended, nothing recorded. p-3
   * chairs a-2.
   */
  private static Dataset twoMeetingsWithSpeech() {
    return dataset()
        .add(Participant.of("p-1", Perspective.LIVED_EXPERIENCE))
        .add(Participant.of("p-2", Perspective.CARER))
        .add(Participant.of("p-3", Perspective.PROFESSIONAL))
        .add(Participant.of("p-4", Perspective.PROFESSIONAL))
        .add(meeting("a-1").build())
        .add(meeting("a-2").chairs("p-3").build())
        .add(meeting("a-3").build())
        .add(seconds("a-1", "p-1", 60))
        .add(seconds("a-1", "p-2", 120))
        .add(seconds("a-1", "p-3", 120))
        .add(seconds("a-1", "p-4", 300))
        .add(new Attendance("a-2", "p-1", true, true, null, 2))
        .add(Attendance.attended("a-2", "p-2"))
        .add(new Attendance("a-2", "p-3", true, true, null, 6))
        .add(Attendance.attended("a-3", "p-1"))
        .add(Attendance.attended("a-3", "p-3"))
        .build();
  }

  private static Attendance seconds(String activity, String participant, int seconds) {
    return new Attendance(activity, participant, true, true, seconds, null);
  }

  /** One meeting a-1 at which participant p-(i+1), of perspectives[i], spoke seconds[i]. */
  private static Dataset oneMeeting(List<Perspective> perspectives, int... seconds) {
    Dataset.Builder data = dataset().add(meeting("a-1").build());
    for (int i = 0; i < perspectives.size(); i++) {
      data.add(Participant.of("p-" + (i + 1), perspectives.get(i)))
          .add(seconds("a-1", "p-" + (i + 1), seconds[i]));
    }
    return data.build();
  }

  @Test
  void measure_twoMeetings_matchesHandComputation() {
    Measurement m = measure(metric, twoMeetingsWithSpeech());

    // a-1: sorted 60,120,120,300, total 600: G = 2(60 + 240 + 360 + 1200)/(4·600) − 5/4 = 1.55 −
    // 1.25 = 0.30
    // a-2: p-2 silent: sorted 0,2,6, total 8: G = 2(0 + 4 + 18)/(3·8) − 4/3 = 0.5
    // headline = mean(0.70, 0.50) = 0.60 over 2 activities
    assertThat(m.value()).isCloseTo(0.60, within(1e-12));
    assertThat(m.n()).isEqualTo(2);
    // shares a-1 0.1, 0.2, 0.2, 0.5 → 1/0.34; a-2 0.25, 0.75, 0 → 1/0.625 = 1.6
    assertThat(m.components().get("effectiveVoices"))
        .isCloseTo((1 / 0.34 + 1.6) / 2, within(1e-12));
    // relative to the activity mean: a-1 (mean 150) p-1 0.4, p-2 0.8, p-3 0.8, p-4 2.0;
    // a-2 (mean 8/3) p-1 0.75, p-2 0, p-3 2.25. Bloc units: 0.4, 0.8, 0.75, 0 → 1.95 / 4 = 0.4875
    // = bloc voice share (1.95/7) ÷ bloc attendee share (4/7)
    assertThat(m.components().get("voiceParity")).isCloseTo(0.4875, within(1e-12));
    // pooled Theil over the 7 relative values (mean 1), by perspective:
    // lived experience {0.4, 0.75} sum 1.15, carer {0.8, 0} sum 0.8, professional {0.8, 2, 2.25}
    // sum 5.05
    double total =
        (0.4 * Math.log(0.4)
                + 2 * 0.8 * Math.log(0.8)
                + 2 * Math.log(2)
                + 0.75 * Math.log(0.75)
                + 2.25 * Math.log(2.25))
            / 7;
    double between =
        1.15 / 7 * Math.log(1.15 / 2) + 0.8 / 7 * Math.log(0.8 / 2) + 5.05 / 7 * Math.log(5.05 / 3);
    assertThat(m.components().get("theilBetweenShare"))
        .isCloseTo(between / total, within(1e-12))
        .isCloseTo(0.5549, within(1e-4));
    assertThat(m.components())
        .containsOnlyKeys("effectiveVoices", "voiceParity", "theilBetweenShare");
  }

  @Test
  void measure_twoMeetings_breaksVoiceAndAttendanceDownByPerspective() {
    Measurement m = measure(metric, twoMeetingsWithSpeech());

    assertThat(group(m, "perspective", "lived-experience"))
        .isEqualTo(Group.of("lived-experience", 1.15 / 7, 1, 1));
    assertThat(group(m, "perspective", "carer").value()).isCloseTo(0.8 / 7, within(1e-12));
    assertThat(group(m, "perspective", "professional").value()).isCloseTo(5.05 / 7, within(1e-12));
    assertThat(group(m, "perspective", "professional").n()).isEqualTo(2);
    assertThat(group(m, "perspective-attendance", "lived-experience").value())
        .isCloseTo(2.0 / 7, within(1e-12));
    assertThat(group(m, "perspective-attendance", "professional").value())
        .isCloseTo(3.0 / 7, within(1e-12));
  }

  @Test
  void measure_twoMeetings_reportsTheDominantChairWithEvidence() {
    Measurement m = measure(metric, twoMeetingsWithSpeech());

    // a-1's largest share is exactly 0.5, which is not more than half; a-2's is 6/8
    assertThat(m.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(VoiceEquality.DOMINANT_VOICE);
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.evidence()).containsExactly("activity:a-2", "attendance:a-2/p-3");
              assertThat(f.message())
                  .isEqualTo(
                      "At activity a-2, one of the 3 attendees, a professional who chaired it, had "
                          + "75% of the speaking turns.");
            });
  }

  @Test
  void measure_twoMeetings_warnsOfLeftOutActivitiesAndSilentAttendees() {
    Measurement m = measure(metric, twoMeetingsWithSpeech());

    assertThat(m.warnings())
        .containsExactly(
            "1 of the 3 activities is left out: 1 has no speaking time or turns recorded.",
            "1 attendance has no record of the measure used and counts as silent (0); set unrecordedAsSilent to false to"
                + " leave it out instead.");
  }

  @Test
  void measure_unrecordedLeftOut_dropsTheSilentAttendee() {
    Measurement m =
        measure(metric, twoMeetingsWithSpeech(), Map.of(VoiceEquality.UNRECORDED_AS_SILENT, false));

    // a-2 becomes {2, 6}: two ordered pairs differ by 4, G = 8 / (2·4·4) = 0.25 → 0.75; mean(0.70,
    // 0.75)
    assertThat(m.value()).isCloseTo(0.725, within(1e-12));
    // with two attendees left at a-2, dominance is not reported
    assertThat(m.findings()).isEmpty();
    assertThat(m.warnings())
        .contains(
            "1 attendance has no record of the measure used, so it is left out (unrecordedAsSilent is false).");
  }

  @Test
  void measure_singleVoice_isTheFloorOfOneOverN() {
    Dataset data =
        oneMeeting(
            List.of(
                Perspective.PROFESSIONAL,
                Perspective.LIVED_EXPERIENCE,
                Perspective.LIVED_EXPERIENCE,
                Perspective.CARER),
            900,
            0,
            0,
            0);

    Measurement m = measure(metric, data);

    // G = (n − 1)/n = 3/4, so 1 − G = 1/4; one effective voice; the bloc had none of the voice
    assertThat(m.value()).isCloseTo(0.25, within(1e-12));
    assertThat(m.components().get("effectiveVoices")).isEqualTo(1.0);
    assertThat(m.components().get("voiceParity")).isEqualTo(0.0);
    // all speaking lies with the professionals: the inequality is entirely between perspectives
    assertThat(m.components().get("theilBetweenShare")).isCloseTo(1, within(1e-12));
    assertThat(m.findings())
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("100%");
  }

  @Test
  void measure_equalVoices_isOneAndHasNoInequalityToApportion() {
    Dataset data =
        oneMeeting(
            List.of(Perspective.PROFESSIONAL, Perspective.LIVED_EXPERIENCE, Perspective.CARER),
            200,
            200,
            200);

    Measurement m = measure(metric, data);

    assertThat(m.value()).isEqualTo(1.0);
    assertThat(m.components().get("effectiveVoices")).isCloseTo(3, within(1e-12));
    assertThat(m.components().get("voiceParity")).isCloseTo(1, within(1e-12));
    assertThat(m.components()).doesNotContainKey("theilBetweenShare");
    assertThat(m.warnings())
        .anyMatch(w -> w.startsWith("The component theilBetweenShare is omitted"));
  }

  @Test
  void measure_noBlocAttendee_omitsVoiceParityWithAWarning() {
    Dataset data =
        oneMeeting(List.of(Perspective.PROFESSIONAL, Perspective.COMMISSIONER), 100, 300);

    Measurement m = measure(metric, data);

    // {100, 300}: G = 0.25 as for {1, 3}
    assertThat(m.value()).isCloseTo(0.75, within(1e-12));
    assertThat(m.components()).doesNotContainKey("voiceParity");
    assertThat(m.warnings())
        .contains(
            "The component voiceParity is omitted: none of the people with lived experience and carers attended an "
                + "activity with speaking data.");
  }

  @Test
  void measure_turnsUsedWhenNotEveryRecordHasSeconds() {
    Dataset data =
        dataset()
            .add(Participant.of("p-1", Perspective.PROFESSIONAL))
            .add(Participant.of("p-2", Perspective.LIVED_EXPERIENCE))
            .add(meeting("a-1").build())
            .add(new Attendance("a-1", "p-1", true, true, 600, 1))
            .add(new Attendance("a-1", "p-2", true, true, null, 3))
            .build();

    // turns {1, 3}: 1 − 0.25; seconds would have made p-2 silent
    assertThat(measure(metric, data).value()).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void measure_unusableActivities_giveNoValueSayingWhy() {
    Dataset data =
        dataset()
            .add(Participant.of("p-1", Perspective.PROFESSIONAL))
            .add(Participant.of("p-2", Perspective.LIVED_EXPERIENCE))
            .add(meeting("mixed").build())
            .add(meeting("alone").build())
            .add(meeting("quiet").build())
            .add(meeting("none").build())
            .add(new Attendance("mixed", "p-1", true, true, 60, null))
            .add(new Attendance("mixed", "p-2", true, true, null, 2))
            .add(seconds("alone", "p-1", 60))
            .add(new Attendance("alone", "p-2", true, false, null, null))
            .add(seconds("quiet", "p-1", 0))
            .add(seconds("quiet", "p-2", 0))
            .add(Attendance.attended("none", "p-1"))
            .build();

    Measurement m = measure(metric, data);

    assertThat(m.value()).isNull();
    assertThat(m.noValueReason())
        .isEqualTo(
            "none of the 4 activities in scope has usable speaking data: 1 has no"
                + " speaking time or turns recorded, 1 records seconds for some attendees and only turns for others, 1 has"
                + " fewer than two attendees with a speaking value and at 1 no attendee spoke");
  }

  @Test
  void measure_invitedButAbsent_isNotAnAttendeeEvenWithAZeroRecord() {
    Dataset data =
        dataset()
            .add(Participant.of("p-1", Perspective.PROFESSIONAL))
            .add(Participant.of("p-2", Perspective.LIVED_EXPERIENCE))
            .add(Participant.of("p-3", Perspective.LIVED_EXPERIENCE))
            .add(meeting("a-1").build())
            .add(seconds("a-1", "p-1", 100))
            .add(seconds("a-1", "p-2", 300))
            .add(new Attendance("a-1", "p-3", true, false, 0, null))
            .build();

    Measurement m = measure(metric, data);

    // {100, 300} as for {1, 3}; counting p-3 as a silent attendee would have given {0, 100, 300}
    assertThat(m.value()).isCloseTo(0.75, within(1e-12));
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void measure_emptyDataset_hasNoValue() {
    assertThat(measure(metric, Dataset.empty()).noValueReason())
        .isEqualTo("no activities in scope");
  }

  @Test
  void descriptor_declaresTheCatalogIdAndDefaults() {
    assertThat(metric.descriptor().id()).isEqualTo("copro.voice.equality");
    assertThat(metric.descriptor().version()).isEqualTo("1.0.0");
    assertThat(metric.descriptor().parameter(VoiceEquality.DOMINANCE_SHARE).defaultValue())
        .isEqualTo(0.5);
    assertThat(metric.descriptor().thresholds())
        .isNotNull()
        .satisfies(t -> assertThat(t.rate(0.6)).isEqualTo(Rating.AMBER));
  }
}
