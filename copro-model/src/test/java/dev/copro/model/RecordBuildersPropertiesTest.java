package dev.copro.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The builders are another way to the same records: every valid dataset, rebuilt record by record
 * through the builders and {@link Dataset.Builder#add}, is the same dataset, with no problem found.
 */
class RecordBuildersPropertiesTest {

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets();
  }

  @Property(tries = 200)
  void everyValidDataset_rebuiltThroughTheBuilders_isTheSame(@ForAll("datasets") Dataset dataset) {
    Dataset.Builder b = Dataset.builder().name(dataset.name()).surveys(dataset.surveys());
    dataset.initiatives().forEach(r -> b.add(builder(r)));
    dataset.participants().forEach(r -> b.add(builder(r)));
    dataset.activities().forEach(r -> b.add(builder(r)));
    dataset.attendance().forEach(r -> b.add(builder(r)));
    dataset.contributions().forEach(r -> b.add(builder(r)));
    dataset.decisions().forEach(r -> b.add(builder(r)));
    dataset.payments().forEach(r -> b.add(builder(r)));
    dataset.surveyResponses().forEach(r -> b.add(builder(r)));

    assertThat(b.build()).isEqualTo(dataset);
  }

  private static Initiative.Builder builder(Initiative r) {
    Initiative.Builder b =
        Initiative.builder(r.id(), r.name(), r.start())
            .organisation(r.organisation())
            .end(r.end())
            .stages(r.stages().toArray(LifecycleStage[]::new));
    r.attributes().forEach(b::attribute);
    return b;
  }

  private static Participant.Builder builder(Participant r) {
    Participant.Builder b =
        Participant.builder(r.id(), r.perspective())
            .perspectiveLabel(r.perspectiveLabel())
            .joined(r.joined())
            .left(r.left())
            .accessNeeds(r.accessNeeds())
            .attributesAsOf(r.attributesAsOf());
    r.attributes().forEach(b::attribute);
    return b;
  }

  private static Activity.Builder builder(Activity r) {
    Activity.Builder b =
        Activity.builder(r.id(), r.initiative(), r.type(), r.stage(), r.date())
            .typeLabel(r.typeLabel())
            .title(r.title())
            .startTime(r.startTime())
            .durationMinutes(r.durationMinutes())
            .invitedOn(r.invitedOn())
            .provisions(r.provisions())
            .chairs(r.chairs().toArray(String[]::new));
    r.attributes().forEach(b::attribute);
    return b;
  }

  private static Attendance.Builder builder(Attendance r) {
    return Attendance.builder(r.activity(), r.participant())
        .invited(r.invited())
        .attended(r.attended())
        .speakingSeconds(r.speakingSeconds())
        .speakingTurns(r.speakingTurns());
  }

  private static Contribution.Builder builder(Contribution r) {
    return Contribution.builder(r.id(), r.activity(), r.participant(), r.kind())
        .date(r.date())
        .documented(r.documented())
        .summary(r.summary())
        .response(r.response());
  }

  private static Decision.Builder builder(Decision r) {
    return Decision.builder(r.id(), r.initiative(), r.date(), r.rule())
        .activity(r.activity())
        .stage(r.stage())
        .title(r.title())
        .ruleLabel(r.ruleLabel())
        .quota(r.quota())
        .votes(r.votes())
        .adopts(r.adopts().toArray(String[]::new))
        .consultations(r.consultations().toArray(String[]::new));
  }

  private static Payment.Builder builder(Payment r) {
    return Payment.builder(r.id(), r.participant(), r.kind(), r.offered())
        .activity(r.activity())
        .kindLabel(r.kindLabel())
        .amount(r.amount(), r.currency())
        .claimed(r.claimed())
        .paid(r.paid());
  }

  private static SurveyResponse.Builder builder(SurveyResponse r) {
    return SurveyResponse.builder(
            r.id(), r.survey(), r.item(), r.participant(), r.date(), r.value())
        .initiative(r.initiative());
  }
}
