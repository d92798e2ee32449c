package dev.copro.metrics.tokenism;

import dev.copro.metrics.support.Positions;
import dev.copro.model.Participant;
import dev.copro.spi.EvaluationContext;
import java.util.List;

/**
 * Who belongs to the bloc and to each key group, by participant position in the dataset: found once
 * per evaluation and key-group parameter ({@link EvaluationContext#shared}), so that no slice scans
 * every participant of the dataset. Immutable once made.
 */
final class Members {

  /** For each key group, by participant position: whether the participant belongs to it. */
  private final boolean[][] member;

  /** By participant position: whether the participant is in the bloc or a key group. */
  private final boolean[] blocOrGroup;

  /** For each key group: whether the dataset holds any member of it. */
  private final boolean[] anyMember;

  private Members(Positions positions, List<KeyGroup> groups) {
    int participants = positions.participants();
    member = new boolean[groups.size()][participants];
    blocOrGroup = new boolean[participants];
    anyMember = new boolean[groups.size()];
    for (int p = 0; p < participants; p++) {
      Participant participant = positions.participantAt(p);
      blocOrGroup[p] = positions.isBloc(p);
      for (int g = 0; g < groups.size(); g++) {
        member[g][p] = groups.get(g).member().test(participant);
        blocOrGroup[p] |= member[g][p];
        anyMember[g] |= member[g][p];
      }
    }
  }

  /** The membership of the key groups in the context's evaluation, made on first use. */
  static Members of(EvaluationContext context, Positions positions, List<KeyGroup> groups) {
    // Each spec after its length, so that no two lists of specs share a key.
    StringBuilder key = new StringBuilder(WarningSigns.ID).append("/members");
    for (KeyGroup group : groups) {
      key.append('/').append(group.spec().length()).append(':').append(group.spec());
    }
    return context.shared(key.toString(), Members.class, () -> new Members(positions, groups));
  }

  /** Whether the participant at a position belongs to the key group at index {@code group}. */
  boolean member(int group, int participant) {
    return member[group][participant];
  }

  /** Whether the participant at a position is in the bloc or a key group. */
  boolean blocOrGroup(int participant) {
    return blocOrGroup[participant];
  }

  /** Whether the dataset holds any member of the key group at index {@code group}. */
  boolean anyMember(int group) {
    return anyMember[group];
  }
}
