package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Reading a value quietly ({@link ValueType#readValid}) and reading it with its problems reported
 * ({@link ValueType#read}) agree: the quiet read gives {@link ValueType#INVALID} exactly when the
 * other reports a problem, and otherwise the same value. The binder relies on it to read valid
 * records without a place per field.
 */
class ValueTypesReadValidTest {

  private static final List<String> TEXTS =
      List.of(
          "",
          " ",
          "x",
          "a-1",
          "0",
          "-0",
          "7",
          "-12",
          "1.0",
          "1.5",
          "1e2",
          "1E+3",
          "+5",
          "007",
          "2147483647",
          "2147483648",
          "-2147483648",
          "99999999999999999999",
          "0.00000000001",
          "1234567890123456",
          "25.00",
          "true",
          "false",
          "TRUE",
          "yes",
          "2024-01-31",
          "2024-02-30",
          "2024-13-01",
          "0000-01-01",
          "+2024-01-01",
          "2024-1-01",
          "٢٠٢٤-01-01",
          "09:30",
          "24:00",
          "23:59",
          "9:30",
          "09:30:15",
          "GBP",
          "gbp",
          "XYZ",
          "EURO",
          "carer",
          "other",
          "other:",
          "other: ",
          "other:peer",
          "carer:x",
          "step-free",
          "step-free:x",
          "fee",
          "other:grant",
          "design",
          "weighted-vote",
          "listened");

  private static final List<ValueType<?>> TYPES =
      List.of(
          ValueTypes.IDENTIFIER,
          ValueTypes.TEXT,
          ValueTypes.INT,
          ValueTypes.LONG,
          ValueTypes.DECIMAL,
          ValueTypes.BOOLEAN,
          ValueTypes.ISO_DATE,
          ValueTypes.ISO_TIME,
          ValueTypes.CURRENCY_CODE,
          ValueTypes.PROVISION,
          ValueTypes.ATTRIBUTE_MAP,
          RecordFormats.Participants.PERSPECTIVE.type(),
          RecordFormats.Activities.STAGE.type(),
          RecordFormats.Payments.KIND.type(),
          RecordFormats.Activities.CHAIRS.type(),
          RecordFormats.Activities.PROVISIONS.type(),
          RecordFormats.Contributions.RESPONSE.type(),
          RecordFormats.Decisions.VOTES.type());

  @Provide
  Arbitrary<Node> nodes() {
    Arbitrary<Node.Scalar.Type> type = Arbitraries.of(Node.Scalar.Type.class);
    Arbitrary<Node> scalar =
        Arbitraries.of(TEXTS)
            .flatMap(
                text ->
                    type.map(
                        t ->
                            (Node)
                                new Node.Scalar(
                                    t, t == Node.Scalar.Type.NULL ? "null" : text, 1, 1)));
    Arbitrary<Node> array =
        scalar
            .list()
            .ofMaxSize(4)
            .map(
                items -> {
                  Node.Arr arr = new Node.Arr(1, 1);
                  items.forEach(arr::add);
                  return arr;
                });
    Arbitrary<String> name =
        Arbitraries.of(
            "date", "outcome", "reason", "participant", "weight", "position", "a", "", " ");
    Arbitrary<Node> object =
        Arbitraries.lazy(
            () ->
                Arbitraries.entries(name, Arbitraries.oneOf(scalar, array))
                    .list()
                    .ofMaxSize(5)
                    .map(
                        entries -> {
                          Node.Obj obj = new Node.Obj(1, 1);
                          entries.forEach(e -> obj.put(e.getKey(), e.getValue(), 1, 1));
                          return obj;
                        }));
    Arbitrary<Node> objects =
        object
            .list()
            .ofMaxSize(3)
            .map(
                items -> {
                  Node.Arr arr = new Node.Arr(1, 1);
                  items.forEach(arr::add);
                  return arr;
                });
    return Arbitraries.oneOf(scalar, array, object, objects);
  }

  @Property(tries = 3_000)
  void readValid_agreesWithRead(@ForAll("nodes") Node node) {
    for (ValueType<?> type : TYPES) {
      Problems problems = new Problems();
      Object read =
          type.read(node, new Reading(problems, "r", new Where.Json("t.json", "/r"), "field"));
      Object valid = type.readValid(node);

      if (problems.count() > 0) {
        assertThat(valid).as("%s of %s", type, node).isSameAs(ValueType.INVALID);
      } else {
        assertThat(valid).as("%s of %s", type, node).isEqualTo(read);
      }
    }
  }

  @Property(tries = 1_000)
  void objectReadValid_agreesWithRead(@ForAll("nodes") Node node) {
    if (!(node instanceof Node.Obj obj)) {
      return;
    }
    for (ObjectType<?> type : List.of(RecordFormats.Responses.TYPE, RecordFormats.Votes.TYPE)) {
      Problems problems = new Problems();
      Object read =
          type.read(
              obj, new Reading(problems, "r", new Where.Json("t.json", "/r"), "r"), Set.of("a"));
      Object valid = type.readValid(obj, Set.of("a"));

      if (problems.count() > 0) {
        assertThat(valid).as("%s", node).isSameAs(ValueType.INVALID);
      } else {
        assertThat(valid).as("%s", node).isEqualTo(read);
      }
    }
  }
}
