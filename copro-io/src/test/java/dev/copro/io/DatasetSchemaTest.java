package dev.copro.io;

import static dev.copro.io.Inputs.writeJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema accepts what the writer writes and rejects what the reader rejects for structure.
 */
class DatasetSchemaTest {

  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(DatasetFormat.schema());

  /** A valid document to break one way per test. */
  private static final String VALID =
      """
      {"format": "copro-dataset/1",
       "initiatives": [{"id": "i1", "name": "Board", "start": "2024-01-01"}],
       "participants": [{"id": "p1", "perspective": "carer"}],
       "activities": [{"id": "a1", "initiative": "i1", "type": "board", "stage": "design", "date": "2024-02-01"}],
       "decisions": [{"id": "d1", "initiative": "i1", "activity": "a1", "date": "2024-02-01", "rule": "weighted-vote",
                      "quota": 1, "votes": [{"participant": "p1"}]}],
       "payments": [{"id": "x1", "participant": "p1", "kind": "fee", "amount": 10, "currency": "GBP",
                     "offered": "2024-02-01"}]}
      """;

  private static Set<ValidationMessage> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets();
  }

  @Property(tries = 50)
  void writtenDatasets_areValidAgainstTheSchema(@ForAll("datasets") Dataset dataset) {
    assertThat(validate(writeJson(dataset))).isEmpty();
  }

  @Test
  void validDocument_isValid() {
    assertThat(validate(VALID)).isEmpty();
    assertThat(Inputs.json(VALID).decisions()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"format\": \"copro-dataset/1\"|\"format\": \"copro-dataset/2\"",
        "\"perspective\": \"carer\"|\"perspective\": \"carers\"",
        "\"perspective\": \"carer\"|\"perspective\": \"other\"",
        "\"amount\": 10|\"amount\": -10",
        "\"amount\": 10|\"amount\": \"10\"",
        "\"currency\": \"GBP\"|\"currency\": \"gbp\"",
        "\"start\": \"2024-01-01\"|\"start\": \"01/01/2024\"",
        "\"quota\": 1, |",
        "\"activity\": \"a1\", \"date\"|\"date\"",
        "\"name\": \"Board\"|\"nmae\": \"Board\"",
        "\"participant\": \"p1\"}]|\"participant\": \"p1\", \"weight\": 1.5}]"
      })
  void brokenDocument_isInvalid(String change) {
    String[] parts = change.split("\\|", -1);
    assertThat(VALID).contains(parts[0]);

    assertThat(validate(VALID.replace(parts[0], parts[1]))).isNotEmpty();
    assertThat(Inputs.problems(() -> Inputs.json(VALID.replace(parts[0], parts[1])))).isNotEmpty();
  }

  @Test
  void schema_describesExactlyTheFieldsOfEachRecord() throws Exception {
    JsonNode definitions = new ObjectMapper().readTree(DatasetFormat.schema()).get("$defs");
    Map<String, ObjectType<?>> types =
        Map.ofEntries(
            Map.entry("initiative", RecordFormats.Initiatives.TYPE),
            Map.entry("participant", RecordFormats.Participants.TYPE),
            Map.entry("activity", RecordFormats.Activities.TYPE),
            Map.entry("attendance", RecordFormats.Attendances.TYPE),
            Map.entry("contribution", RecordFormats.Contributions.TYPE),
            Map.entry("response", RecordFormats.Responses.TYPE),
            Map.entry("decision", RecordFormats.Decisions.TYPE),
            Map.entry("vote", RecordFormats.Votes.TYPE),
            Map.entry("payment", RecordFormats.Payments.TYPE),
            Map.entry("survey", RecordFormats.Surveys.TYPE),
            Map.entry("surveyItem", RecordFormats.SurveyItems.TYPE),
            Map.entry("surveyResponse", RecordFormats.SurveyResponses.TYPE));
    for (Map.Entry<String, ObjectType<?>> type : types.entrySet()) {
      JsonNode definition = definitions.get(type.getKey());
      List<String> properties = new ArrayList<>();
      definition.get("properties").fieldNames().forEachRemaining(properties::add);
      List<String> required = new ArrayList<>();
      definition.get("required").forEach(r -> required.add(r.asText()));

      assertThat(properties)
          .as(type.getKey())
          .containsExactlyElementsOf(type.getValue().fieldNames());
      List<String> requiredFields =
          new ArrayList<>(
              type.getValue().fields().stream().filter(Field::required).map(Field::name).toList());
      if (type.getKey().equals("survey")) {
        // Read as optional so that the validator gives its one message for a survey without items.
        requiredFields.add("items");
      }
      assertThat(required).as(type.getKey()).containsExactlyElementsOf(requiredFields);
    }
  }
}
