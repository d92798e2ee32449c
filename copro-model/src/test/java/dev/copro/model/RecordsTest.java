package dev.copro.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordsTest {

  @Test
  void otherLabel_isRequiredWithOtherAndRefusedWithout() {
    assertThatThrownBy(
            () ->
                new Participant("p", Perspective.OTHER, null, null, null, Set.of(), Map.of(), null))
        .hasMessageContaining("perspectiveLabel is required");
    assertThatThrownBy(
            () ->
                new Participant("p", Perspective.CARER, "x", null, null, Set.of(), Map.of(), null))
        .hasMessageContaining("allowed only with the code 'other'");
    assertThat(
            new Participant(
                    "p", Perspective.OTHER, "peer researcher", null, null, Set.of(), Map.of(), null)
                .perspectiveLabel())
        .isEqualTo("peer researcher");
  }

  @Test
  void ids_mustNotBeBlank() {
    assertThatThrownBy(() -> Participant.of(" ", Perspective.CARER))
        .hasMessage("id must not be blank");
    assertThatThrownBy(() -> Attendance.attended("a", ""))
        .hasMessage("participant must not be blank");
  }

  @Test
  void provisions_ofListedKinds_areSharedAndOthersAreNot() {
    Activity first =
        Activity.builder(
                "a1", "i1", ActivityType.MEETING, LifecycleStage.DESIGN, LocalDate.of(2024, 2, 1))
            .provisions(AccessKind.STEP_FREE, AccessKind.HEARING_LOOP)
            .build();
    Activity second =
        Activity.builder(
                "a2", "i1", ActivityType.PANEL, LifecycleStage.DESIGN, LocalDate.of(2024, 3, 1))
            .provisions(AccessKind.HEARING_LOOP, AccessKind.STEP_FREE)
            .build();
    Set<AccessProvision> labelled =
        Set.of(AccessProvision.of(AccessKind.STEP_FREE), AccessProvision.other("Makaton"));
    Activity third =
        Activity.builder(
                "a3", "i1", ActivityType.PANEL, LifecycleStage.DESIGN, LocalDate.of(2024, 3, 1))
            .provisions(labelled)
            .build();
    Activity fourth =
        Activity.builder(
                "a4", "i1", ActivityType.PANEL, LifecycleStage.DESIGN, LocalDate.of(2024, 3, 1))
            .provisions(labelled)
            .build();

    assertThat(second.provisions())
        .isSameAs(first.provisions())
        .containsExactly(
            AccessProvision.of(AccessKind.STEP_FREE), AccessProvision.of(AccessKind.HEARING_LOOP));
    assertThat(fourth.provisions()).isEqualTo(third.provisions()).isNotSameAs(third.provisions());
    assertThatThrownBy(() -> first.provisions().add(AccessProvision.of(AccessKind.QUIET_ROOM)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(AccessProvision.of(AccessKind.EASY_READ))
        .isSameAs(AccessProvision.of(AccessKind.EASY_READ));
    assertThatThrownBy(() -> AccessProvision.of(AccessKind.OTHER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void otherAccessProvisions_compareByLabelIgnoringCase() {
    AccessProvision need = AccessProvision.other("Makaton signing");

    assertThat(need)
        .isEqualTo(AccessProvision.other(" makaton SIGNING "))
        .hasSameHashCodeAs(AccessProvision.other("makaton signing"));
    assertThat(need.code()).isEqualTo("other:Makaton signing");
    assertThat(AccessProvision.of(AccessKind.STEP_FREE).code()).isEqualTo("step-free");
    assertThatThrownBy(() -> AccessProvision.of(AccessKind.OTHER))
        .hasMessageContaining("label is required");
  }

  @Test
  void collections_areCopiedImmutablyInAStableOrder() {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("gender", "woman");
    attributes.put("age-band", "35-44");
    Participant p =
        new Participant(
            "p",
            Perspective.CARER,
            null,
            null,
            null,
            Set.of(
                AccessProvision.of(AccessKind.QUIET_ROOM),
                AccessProvision.of(AccessKind.STEP_FREE)),
            attributes,
            null);
    attributes.put("area", "north");

    assertThat(p.attributes()).containsOnlyKeys("age-band", "gender");
    assertThat(p.attributes().keySet()).containsExactly("age-band", "gender");
    assertThat(p.accessNeeds())
        .containsExactly(
            AccessProvision.of(AccessKind.STEP_FREE), AccessProvision.of(AccessKind.QUIET_ROOM));
    assertThatThrownBy(() -> p.attributes().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void activity_noticeDays_countsFromInvitationToTheDay() {
    Activity a =
        Activity.builder(
                "a", "i", ActivityType.MEETING, LifecycleStage.DELIVERY, LocalDate.of(2025, 3, 10))
            .invitedOn(LocalDate.of(2025, 3, 8))
            .build();

    assertThat(a.noticeDays()).isEqualTo(2L);
    assertThat(
            Activity.builder(
                    "b",
                    "i",
                    ActivityType.MEETING,
                    LifecycleStage.DELIVERY,
                    LocalDate.of(2025, 3, 10))
                .build()
                .noticeDays())
        .isNull();
  }

  @Test
  void decision_totalWeight_sumsVotes() {
    Decision d =
        Decision.builder("d", "i", LocalDate.of(2025, 1, 1), DecisionRule.WEIGHTED_VOTE)
            .stage(LifecycleStage.DESIGN)
            .quota(5L)
            .vote("a", 4)
            .vote("b", 3)
            .votes(List.of(Vote.of("c")))
            .build();

    assertThat(d.totalWeight()).isEqualTo(8);
  }

  @Test
  void response_reasonOnlyWithDecline() {
    assertThatThrownBy(
            () ->
                new Response(
                    LocalDate.of(2025, 1, 1), ResponseOutcome.ADOPTED, DeclineReason.NO_BUDGET))
        .hasMessageContaining("only when the outcome is 'declined'");
  }

  @Test
  void codes_areUniqueLowerCaseWithinEachEnumeration() {
    for (Class<? extends Coded> type :
        List.of(
            Perspective.class,
            LifecycleStage.class,
            ActivityType.class,
            DecisionRule.class,
            ResponseOutcome.class,
            DeclineReason.class,
            ContributionKind.class,
            PaymentKind.class,
            VotePosition.class,
            Principle.class,
            AccessKind.class,
            RecordKind.class)) {
      Coded[] values = type.getEnumConstants();
      assertThat(values)
          .extracting(Coded::code)
          .doesNotHaveDuplicates()
          .allMatch(
              c -> c.matches("[a-z]+(-[a-z]+)*"),
              "lower-case kebab codes in " + type.getSimpleName());
    }
  }
}
