package dev.copro.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * An object node keeps the first value of each name in the order read, remembers repeated keys with
 * their values, and behaves the same whether it is searched by scan (few fields) or by index
 * (many).
 */
class NodeObjTest {

  /** One change to an object: put, child or remove of a name. */
  record Step(int kind, String name) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    // Names with equal hash codes ("Aa", "BB") and enough distinct names to pass the scan limit.
    Arbitrary<String> name =
        Arbitraries.oneOf(
            Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "id", ""),
            Arbitraries.integers().between(0, 40).map(i -> "f" + i));
    return Arbitraries.integers()
        .between(0, 9)
        .flatMap(kind -> name.map(n -> new Step(kind, n)))
        .list()
        .ofMaxSize(120);
  }

  @Property(tries = 300)
  void changes_agreeWithAnInsertionOrderedMap(@ForAll("steps") List<Step> steps) {
    Node.Obj obj = new Node.Obj(1, 1);
    Map<String, Node> expected = new LinkedHashMap<>();
    List<String> expectedRepeats = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      // A new String each time: names are compared by text, not identity.
      String name = new String(step.name());
      if (step.kind() < 7) {
        Node value = new Node.Scalar(Node.Scalar.Type.STRING, "v" + i, i, 1);
        if (expected.putIfAbsent(name, value) != null) {
          expectedRepeats.add(name + "@" + i + "=v" + i);
        }
        obj.put(name, value, i, 3);
      } else if (step.kind() == 7) {
        Node.Obj child = obj.child(name);
        Node existing = expected.get(name);
        assertThat(child).isSameAs(existing instanceof Node.Obj ? existing : child);
        expected.put(name, child);
      } else {
        assertThat(obj.remove(name)).isSameAs(expected.remove(name));
      }
      assertThat(obj.names()).containsExactlyElementsOf(expected.keySet());
    }
    assertThat(obj.size()).isEqualTo(expected.size());
    int i = 0;
    for (Map.Entry<String, Node> entry : expected.entrySet()) {
      assertThat(obj.name(i)).isEqualTo(entry.getKey());
      assertThat(obj.value(i)).isSameAs(entry.getValue());
      assertThat(obj.get(new String(entry.getKey()))).isSameAs(entry.getValue());
      i++;
    }
    assertThat(obj.duplicates())
        .extracting(
            d -> d.key().text() + "@" + d.key().line() + "=" + ((Node.Scalar) d.value()).text())
        .containsExactlyElementsOf(expectedRepeats);
    assertThat(obj.get("absent name")).isNull();
  }

  @Test
  void names_containsOnlyTheNamesHeld() {
    Node.Obj obj = new Node.Obj(1, 1);
    obj.put("a", new Node.Scalar(Node.Scalar.Type.NULL, "null", 1, 2), 1, 2);

    assertThat(obj.names().contains("a")).isTrue();
    assertThat(obj.names().contains("b")).isFalse();
  }
}
