"""pandas reference of copro.voice.equality (copro-metrics VoiceEquality; docs/metrics.md).

For each activity, the attendees who attended: seconds if every one with a speaking record has
seconds, else turns if every one has turns (else the activity is left out); attendees without the
measure count as silent (0). An activity with two or more counted attendees and some speaking has
1 − Gini (population form, clamped to [0, (n − 1)/n]); the headline is their mean, n the number
of those activities. Components: effectiveVoices (mean inverse Simpson index), voiceParity (mean
of the bloc's amounts relative to their activity's mean), theilBetweenShare (the part of Theil's T
of the relative amounts between perspectives). Breakdowns per dimension: each group's share of the
pooled relative speaking and, as DIMENSION-attendance, its share of the attendances (n = people);
the engine's by initiative and by period (value and n only).

    python3 voice_equality.py DATASET.jsonl      # prints the measurement as JSON
"""

import sys

import numpy as np
import pandas as pd

import coprodata

ID = "copro.voice.equality"
NO_INEQUALITY = 1e-12
SECONDS, TURNS = 1, 2


def measure(data, breakdowns=coprodata.ALL):
    n_act = len(data.activities)
    if n_act == 0:
        return coprodata.no_value()
    present = data.attendance[data.attendance["attended"].to_numpy()]
    act = present["act"].to_numpy()
    seconds = present["speakingSeconds"].to_numpy(dtype=float)
    turns = present["speakingTurns"].to_numpy(dtype=float)
    has_s = ~np.isnan(seconds)
    has_t = ~np.isnan(turns)
    recorded = has_s | has_t

    # How each activity recorded speaking: seconds, turns, neither, or a mix (left out).
    per_act = pd.DataFrame({"act": act, "any": recorded, "no_s": recorded & ~has_s, "no_t": recorded & ~has_t,
                            "one": 1}).groupby("act").sum().reindex(np.arange(n_act), fill_value=0)
    recording = np.where(per_act["any"] == 0, 0, np.where(per_act["no_s"] == 0, SECONDS,
                                                          np.where(per_act["no_t"] == 0, TURNS, 3)))
    rec = recording[act]
    x = np.nan_to_num(np.where(rec == SECONDS, seconds, turns))
    rows = pd.DataFrame({"act": act, "x": x, "par": present["par"].to_numpy()})[(rec == SECONDS) | (rec == TURNS)]
    sums = rows.groupby("act")["x"].agg(["sum", "count"])
    measured_acts = sums.index[(sums["count"] >= 2) & (sums["sum"] > 0)]
    if len(measured_acts) == 0:
        return coprodata.no_value()
    rows = rows[rows["act"].isin(measured_acts)]

    # 1 − Gini from the sorted amounts, and the inverse Simpson index, per activity.
    rows = rows.sort_values(["act", "x"], kind="mergesort")
    rows["rank"] = rows.groupby("act").cumcount() + 1
    rows["total"] = rows.groupby("act")["x"].transform("sum")
    rows["share2"] = (rows["x"] / rows["total"]) ** 2
    rows["rx"] = rows["rank"] * rows["x"]
    rows["spoke"] = rows["x"] > 0
    per = rows.groupby("act").agg(n=("x", "size"), total=("x", "sum"), rx=("rx", "sum"), s2=("share2", "sum"),
                                  spoke=("spoke", "sum"))
    gini = (2 * per["rx"] / (per["n"] * per["total"]) - (per["n"] + 1.0) / per["n"]).clip(
        lower=0, upper=(per["n"] - 1.0) / per["n"])
    equality = (1 - gini).to_numpy()
    effective = (1 / per["s2"]).clip(lower=1, upper=per["spoke"]).to_numpy()
    result = {
        "value": float(equality.mean()),
        "n": int(len(per)),
        "components": {"effectiveVoices": float(effective.mean())},
        "breakdowns": [],
    }

    relative = (rows["x"] / (rows["total"] / rows.groupby("act")["x"].transform("size"))).to_numpy()
    par = rows["par"].to_numpy()
    bloc = data.participants["bloc"].to_numpy()[par]
    if bloc.any():
        result["components"]["voiceParity"] = float(relative[bloc].mean())
    between = _theil_between_share(relative, data.participants["perspective"].to_numpy()[par])
    if between is not None:
        result["components"]["theilBetweenShare"] = between
    if breakdowns >= coprodata.OWN:
        total_relative = relative.sum()
        attendance_shares = []  # after every dimension's shares of voice, as copro orders them
        for dimension in data.dimensions:
            keys = coprodata.dimension_keys(data, dimension).to_numpy()[par]
            stats = pd.DataFrame({"key": keys, "r": relative, "par": par}).groupby("key").agg(
                r=("r", "sum"), units=("r", "size"), people=("par", "nunique"))
            result["breakdowns"].append(coprodata.breakdown(dimension, [
                coprodata.group(k, r / total_relative, p, p) for k, r, p in
                zip(stats.index, stats["r"], stats["people"])]))
            attendance_shares.append(coprodata.breakdown(dimension + "-attendance", [
                coprodata.group(k, u / len(relative), p, p) for k, u, p in
                zip(stats.index, stats["units"], stats["people"])]))
        result["breakdowns"] += attendance_shares
    if breakdowns >= coprodata.ALL:
        result["breakdowns"] += coprodata.slice_breakdowns(data, per.index.to_numpy(), equality)
    return result


def _theil_between_share(relative, groups):
    """Theil's T of the relative amounts and the share of it between groups; None when T is 0."""
    n = len(relative)
    total = relative.sum()
    r = relative / (total / n)
    spoke = r > 0
    theil = min(max((r[spoke] * np.log(r[spoke])).sum() / n, 0.0), np.log(n))
    if theil <= NO_INEQUALITY:
        return None
    stats = pd.DataFrame({"g": groups, "v": relative}).groupby("g")["v"].agg(["sum", "size"])
    stats = stats[stats["sum"] > 0]
    amount_share = stats["sum"] / total
    between = max(0.0, float((amount_share * np.log(amount_share / (stats["size"] / n))).sum()))
    return min(max(between / theil, 0.0), 1.0)


if __name__ == "__main__":
    print(coprodata.to_json(measure(coprodata.load(sys.argv[1]))))
