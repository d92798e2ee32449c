package dev.copro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copro.model.Attendance;
import dev.copro.model.Dataset;
import dev.copro.model.DatasetArbitraries;
import dev.copro.model.Participant;
import dev.copro.model.Perspective;
import dev.copro.spi.Bloc;
import dev.copro.spi.Breakdown;
import dev.copro.spi.Dimension;
import dev.copro.spi.Group;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The engine context's fast lookups — {@code isBloc} from a set of member ids, and the {@code
 * breakdowns} helper grouping by participant object — against the plain definitions: the
 * participant looked up and asked {@link Bloc#contains}, and units grouped one by one.
 */
class ContextLookupsTest {

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets();
  }

  @Provide
  Arbitrary<Bloc> blocs() {
    return Arbitraries.of(Perspective.class)
        .set()
        .ofMinSize(1)
        .map(s -> new Bloc(EnumSet.copyOf(s)));
  }

  @Property(tries = 100)
  void isBloc_agreesWithTheBlocsDefinition(
      @ForAll("datasets") Dataset dataset, @ForAll("blocs") Bloc bloc) {
    DatasetContext context = DatasetContext.builder(dataset).bloc(bloc).build();
    for (Participant p : dataset.participants()) {
      assertThat(context.isBloc(p.id())).as(p.id()).isEqualTo(bloc.contains(p));
    }
    assertThat(context.isBloc("no-such-participant")).isFalse();
  }

  @Property(tries = 100)
  void breakdowns_groupEveryUnitOfAKnownParticipantByItsGroup(@ForAll("datasets") Dataset dataset) {
    Set<String> attributeNames = new TreeSet<>();
    dataset.participants().forEach(p -> attributeNames.addAll(p.attributes().keySet()));
    List<Dimension> dimensions = new ArrayList<>();
    dimensions.add(Dimension.PERSPECTIVE);
    attributeNames.stream().limit(2).map(Dimension::attribute).forEach(dimensions::add);
    dimensions.add(Dimension.attribute("never-recorded"));
    DatasetContext context = DatasetContext.builder(dataset).dimensions(dimensions).build();
    // Units: every attendance, plus one naming an unknown participant and one naming none.
    List<String> units = new ArrayList<>();
    dataset.attendance().stream().map(Attendance::participant).forEach(units::add);
    units.add("no-such-participant");
    units.add(null);

    List<Breakdown> actual =
        context.breakdowns(units, id -> id, ContextLookupsTest::orderSensitiveValue);

    assertThat(actual).isEqualTo(expected(dataset, dimensions, units));
  }

  /** A value that depends on which units a group has and in what order; NaN for some groups. */
  private static double orderSensitiveValue(List<String> group) {
    return group.size() % 3 == 0
        ? Double.NaN
        : Math.floorMod(String.join(",", group).hashCode(), 1000);
  }

  /** Groups unit by unit, as the definition reads. */
  private static List<Breakdown> expected(
      Dataset dataset, List<Dimension> dimensions, List<String> units) {
    List<Breakdown> result = new ArrayList<>();
    for (Dimension dimension : dimensions) {
      Map<String, List<String>> byGroup = new TreeMap<>();
      Map<String, Set<String>> people = new TreeMap<>();
      for (String id : units) {
        Participant participant = id == null ? null : dataset.participant(id).orElse(null);
        if (participant != null) {
          String key = dimension.groupOf(participant);
          byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
          people.computeIfAbsent(key, k -> new HashSet<>()).add(id);
        }
      }
      List<Group> groups = new ArrayList<>();
      byGroup.forEach(
          (key, group) -> {
            int n = people.get(key).size();
            double v = orderSensitiveValue(group);
            groups.add(Double.isNaN(v) ? Group.noValue(key, n, n) : Group.of(key, v, n, n));
          });
      result.add(new Breakdown(dimension.name(), groups));
    }
    return result;
  }
}
