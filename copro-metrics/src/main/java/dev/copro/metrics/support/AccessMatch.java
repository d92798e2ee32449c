package dev.copro.metrics.support;

import dev.copro.model.AccessKind;
import dev.copro.model.AccessProvision;
import dev.copro.model.Activity;
import dev.copro.model.Participant;
import dev.copro.spi.EvaluationContext;
import java.util.Set;

/**
 * Which of a participant's declared access needs an activity does not provide for, as bits by
 * {@link AccessKind} ordinal: worked out once per evaluation for every participant and activity
 * (through {@link EvaluationContext#shared}), so that a metric asks per record without going
 * through sets of provisions. A need of a listed kind is met when the activity provides that kind;
 * a need of kind {@link AccessKind#OTHER} when the activity provides the same provision (the same
 * label, ignoring case). Immutable once made.
 */
public final class AccessMatch {

  private static final String KEY = "copro.metrics/access-match";

  private final Positions positions;

  /** The kinds each participant declared, by participant position. */
  private final int[] declared;

  /** The listed kinds (all but OTHER) each participant declared. */
  private final int[] declaredListed;

  /** The listed kinds each activity provides, by activity position. */
  private final int[] providedListed;

  private AccessMatch(Positions positions) {
    this.positions = positions;
    declared = new int[positions.participants()];
    declaredListed = new int[positions.participants()];
    for (int p = 0; p < declared.length; p++) {
      Participant participant = positions.participantAt(p);
      declared[p] = kinds(participant.accessNeeds());
      declaredListed[p] = declared[p] & ~bit(AccessKind.OTHER);
    }
    providedListed = new int[positions.activities()];
    for (int a = 0; a < providedListed.length; a++) {
      providedListed[a] = kinds(positions.activityAt(a).provisions()) & ~bit(AccessKind.OTHER);
    }
  }

  /**
   * The evaluation's access match, made on first use.
   *
   * @param context the context of any call of the evaluation
   * @return the match over the whole dataset
   */
  public static AccessMatch of(EvaluationContext context) {
    Positions positions = Positions.of(context);
    return context.shared(KEY, AccessMatch.class, () -> new AccessMatch(positions));
  }

  /** The bit of a kind in the masks this class returns. */
  public static int bit(AccessKind kind) {
    return 1 << kind.ordinal();
  }

  /**
   * The kinds of the participant's declared needs (0 if none); "other" needs of any label are one
   * kind.
   */
  public int declaredKinds(int participant) {
    return declared[participant];
  }

  /**
   * The kinds of the participant's declared needs that the activity does not provide for (0 if all
   * are met).
   */
  public int unmetKinds(int participant, int activity) {
    int unmet = declaredListed[participant] & ~providedListed[activity];
    if ((declared[participant] & bit(AccessKind.OTHER)) != 0
        && otherUnmet(
            positions.participantAt(participant).accessNeeds(), positions.activityAt(activity))) {
      unmet |= bit(AccessKind.OTHER);
    }
    return unmet;
  }

  private static boolean otherUnmet(Set<AccessProvision> needs, Activity activity) {
    for (AccessProvision need : needs) {
      if (need.kind() == AccessKind.OTHER && !activity.provisions().contains(need)) {
        return true;
      }
    }
    return false;
  }

  private static int kinds(Set<AccessProvision> provisions) {
    int kinds = 0;
    for (AccessProvision p : provisions) {
      kinds |= bit(p.kind());
    }
    return kinds;
  }
}
