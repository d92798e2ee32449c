package dev.copro.spi;

import dev.copro.model.Activity;
import dev.copro.model.Attendance;
import dev.copro.model.Contribution;
import dev.copro.model.Dataset;
import dev.copro.model.Decision;
import dev.copro.model.Initiative;
import dev.copro.model.Participant;
import dev.copro.model.Payment;
import dev.copro.model.SurveyResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a plugin sees during one evaluation: the whole indexed dataset for lookups, the records in
 * the {@link Scope} being evaluated, its own validated parameters, the bloc definition, the
 * breakdown dimensions, the reference date, and — for aggregate metrics and rules — the outcomes of
 * the direct metrics.
 *
 * <p>The engine implements this interface; plugins only use it. Everything it returns is immutable.
 * Plugins should measure the scoped lists ({@link #activities()}, {@link #attendance()}…) rather
 * than the whole dataset, so that the engine's per-initiative and per-period breakdowns are right.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface EvaluationContext {

  /** The whole dataset, for lookups by id and relationship. */
  Dataset dataset();

  /** The part of the dataset being evaluated. */
  Scope scope();

  /** The initiatives in scope. */
  List<Initiative> initiatives();

  /** The participants in scope (see {@link Scope} for the rule). */
  List<Participant> participants();

  /** The activities in scope. */
  List<Activity> activities();

  /** The attendance records of the activities in scope. */
  List<Attendance> attendance();

  /** The contributions made in the activities in scope. */
  List<Contribution> contributions();

  /** The decisions in scope. */
  List<Decision> decisions();

  /** The payments in scope. */
  List<Payment> payments();

  /** The survey responses in scope. */
  List<SurveyResponse> surveyResponses();

  /** This plugin's parameters: configured values, or the declared defaults. */
  Parameters parameters();

  /** Which perspectives form the lived-experience bloc. */
  Bloc bloc();

  /**
   * The participant dimensions to break values down by: perspective first, then attributes. Empty
   * when the engine measures a slice (one initiative or period): only a slice's value and n reach
   * the report, so breakdowns there would be computed for nothing.
   */
  List<Dimension> dimensions();

  /**
   * The day the evaluation is "as of": the configured date, or else the latest date in the dataset.
   * Use it instead of the clock, so that results are reproducible.
   */
  LocalDate referenceDate();

  /**
   * The outcomes of the direct metrics, in id order; empty for direct metrics, which run before any
   * outcome is known.
   */
  List<Outcome> outcomes();

  /**
   * For aggregate metrics and rules over the whole dataset: the outcomes of the sliceable direct
   * metrics in each initiative's slice — each computed over that initiative's records alone and
   * rated with the metric's thresholds — keyed by initiative id in id order, each list in metric id
   * order. An aggregate metric uses it to judge each initiative on its own, so that a good
   * initiative cannot hide a weak one in a pooled figure.
   *
   * <p>Empty for direct metrics, inside slices, and where the engine did not evaluate slices (the
   * streaming path); the default is empty. These outcomes carry no breakdowns.
   *
   * @return the direct metrics' outcomes per initiative, never null
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  default Map<String, List<Outcome>> initiativeOutcomes() {
    return Map.of();
  }

  /** The outcome of the metric with the given id, if it has run. */
  default Optional<Outcome> outcome(String metricId) {
    return outcomes().stream().filter(o -> o.id().equals(metricId)).findFirst();
  }

  /**
   * The event records in scope — {@link #attendance()}, {@link #contributions()}, {@link
   * #payments()} and {@link #surveyResponses()} — as one {@link EventBatch}, their references
   * resolved to positions in {@link #dataset()}'s participants and activities. The engine makes it
   * once per scope and evaluation and hands the same batch to every metric; the default makes a new
   * one on every call.
   *
   * @return the scope's events, never null
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  default EventBatch events() {
    return EventBatch.of(dataset(), attendance(), contributions(), payments(), surveyResponses());
  }

  /**
   * The activities and participants of the scope's {@linkplain #events() events}, numbered densely,
   * so that a metric's state per activity or per participant is sized by the scope: over the whole
   * dataset, the dataset's own positions; in a slice, those its events refer to. The engine makes
   * it once per scope and evaluation; the default makes a new one on every call.
   *
   * @return the scope's numbering, never null
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  default ScopePositions scopePositions() {
    int activities = dataset().activities().size();
    int participants = dataset().participants().size();
    return scope().isAll()
        ? ScopePositions.whole(activities, participants)
        : ScopePositions.of(events(), activities, participants);
  }

  /** Whether the participant with the given id belongs to the bloc; false for unknown ids. */
  default boolean isBloc(String participantId) {
    // Looked up without an Optional: this is called once per record on the hot path of most
    // metrics.
    Participant participant = dataset().participant(participantId).orElse(null);
    return participant != null && bloc().contains(participant);
  }

  /**
   * A value derived from the whole dataset and the bloc only — never from the scope or the outcomes
   * — which one evaluation computes once and shares between every call of every metric, whatever
   * the scope. Metrics that look past their scope to whole initiatives, or whose work per activity
   * or per decision is the same in every slice, use it so that each slice does not redo the same
   * work. A value that depends on a parameter must carry the parameter's value in its key.
   *
   * <p>The default computes the value on every call (correct, but not shared); the engine's context
   * keeps it for the evaluation. {@code compute} must be deterministic and must not call {@code
   * shared} itself.
   *
   * @param key a key unique to the value, starting with the metric's id so that plugins cannot
   *     collide
   * @param type the value's type; a key already holding a value of another type is an error
   * @param compute computes the value, from {@link #dataset()}, {@link #bloc()} and the parameters
   *     named in {@code key} only
   * @param <T> the type of value
   * @return the value, never null
   * @throws ClassCastException if {@code key} already holds a value that is not a {@code type}
   * @since 0.1.0
   */
  default <T> T shared(String key, Class<T> type, Supplier<? extends T> compute) {
    return type.cast(Objects.requireNonNull(compute.get(), "shared value"));
  }

  /**
   * Breaks a value down by every dimension of {@link #dimensions()}: groups the units by the group
   * of the participant each belongs to, and computes the value over each group's units. A group's n
   * and its {@linkplain Group#people() people} are both the number of distinct participants with a
   * unit in it, which the engine's suppression judges. Units with no participant, and groups whose
   * value is NaN (an empty denominator), are kept out of the value: the latter appear with no
   * value.
   *
   * @param units the units being measured (attendances, contributions, participants…)
   * @param participantOf the id of the participant a unit belongs to, or {@code null} if none
   * @param value the value over a group's units
   * @param <T> the type of unit
   * @return one breakdown per dimension
   */
  default <T> List<Breakdown> breakdowns(
      Collection<T> units,
      Function<T, @Nullable String> participantOf,
      ToDoubleFunction<List<T>> value) {
    List<Dimension> dimensions = dimensions();
    List<Breakdown> result = new ArrayList<>(dimensions.size());
    if (dimensions.isEmpty()) {
      return result;
    }
    // Each distinct participant is looked up once; units are then grouped by the participant
    // object's group, without a string lookup or a sorted-map update per unit and dimension.
    Map<String, Participant> known = new HashMap<>();
    List<T> kept = new ArrayList<>(units.size());
    List<Participant> owners = new ArrayList<>(units.size());
    for (T unit : units) {
      String id = participantOf.apply(unit);
      if (id == null) {
        continue;
      }
      Participant participant = known.get(id);
      if (participant == null) {
        participant = dataset().participant(id).orElse(null);
        if (participant == null) {
          continue;
        }
        known.put(id, participant);
      }
      kept.add(unit);
      owners.add(participant);
    }
    for (Dimension dimension : dimensions) {
      Map<String, List<T>> byGroup = new TreeMap<>();
      Map<String, Integer> people = new HashMap<>();
      Map<Participant, List<T>> groupOf = new IdentityHashMap<>();
      for (Participant participant : known.values()) {
        String key = dimension.groupOf(participant);
        groupOf.put(participant, byGroup.computeIfAbsent(key, k -> new ArrayList<>()));
        people.merge(key, 1, Integer::sum);
      }
      for (int u = 0; u < kept.size(); u++) {
        Objects.requireNonNull(groupOf.get(owners.get(u)), "every owner is a known participant")
            .add(kept.get(u));
      }
      List<Group> groups = new ArrayList<>();
      byGroup.forEach(
          (key, groupUnits) -> {
            double v = value.applyAsDouble(groupUnits);
            int n = Objects.requireNonNull(people.get(key), "every group was counted");
            groups.add(Double.isNaN(v) ? Group.noValue(key, n, n) : Group.of(key, v, n, n));
          });
      result.add(Breakdown.of(dimension.name(), groups));
    }
    return result;
  }
}
