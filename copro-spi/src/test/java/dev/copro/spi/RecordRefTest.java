package dev.copro.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copro.model.RecordKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordRefTest {

  @Test
  void parse_everyKindsCode_roundTripsThroughTheTextForm() {
    for (RecordKind kind : RecordKind.values()) {
      String text = Finding.ref(kind, "x-1");

      assertThat(RecordRef.parse(text)).contains(new RecordRef(kind, "x-1"));
      assertThat(RecordRef.parse(text).orElseThrow()).hasToString(text);
    }
  }

  @Test
  void parse_attendanceKeyAndIdsWithColons_keepEverythingAfterTheFirstColon() {
    assertThat(RecordRef.parse("attendance:a-3/p-7"))
        .contains(new RecordRef(RecordKind.ATTENDANCE, "a-3/p-7"));
    assertThat(RecordRef.parse("decision:2025:d-1"))
        .contains(new RecordRef(RecordKind.DECISION, "2025:d-1"));
  }

  @Test
  void parse_textsThatNameNoRecord_areEmpty() {
    assertThat(RecordRef.parse("meeting:m-1")).isEmpty();
    assertThat(RecordRef.parse("decision:")).isEmpty();
    assertThat(RecordRef.parse("decision: ")).isEmpty();
    assertThat(RecordRef.parse(":d-1")).isEmpty();
    assertThat(RecordRef.parse("d-1")).isEmpty();
    assertThatThrownBy(() -> new RecordRef(RecordKind.DECISION, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void finding_references_typedEvidenceInOrderLeavingOutOtherEntries() {
    Finding finding =
        Finding.of(
            "no-feedback",
            Severity.HIGH,
            "Two contributions got no response.",
            List.of("contribution:c-2", "see the minutes", "participant:p-1"));

    assertThat(finding.references())
        .containsExactly(
            new RecordRef(RecordKind.CONTRIBUTION, "c-2"),
            new RecordRef(RecordKind.PARTICIPANT, "p-1"));
  }
}
