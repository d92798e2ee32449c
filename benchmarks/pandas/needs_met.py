"""pandas reference of copro.access.needs-met (copro-metrics AccessNeedsMet; docs/metrics.md).

Units: attendances (attended = true) by participants who declared access needs; a unit is met when
the activity's provisions hold every need declared ("other" needs compared by label, ignoring case
and surrounding spaces). Value met ÷ units, n = units. Component absentUnmetShare: of invitations
not attended by people with declared needs, the share whose needs the activity did not meet.
Breakdowns: every participant dimension (n = people), and need: for each kind (all "other" needs
one group), the share of the units declaring it at which that kind was met in full (n = people);
the engine's by initiative and by period.

    python3 needs_met.py DATASET.jsonl      # prints the measurement as JSON
"""

import sys

import numpy as np
import pandas as pd

import coprodata

ID = "copro.access.needs-met"


def _provisions(frame, column, position):
    """One row per (record position, provision), the provision normalised for comparison."""
    exploded = pd.DataFrame({"pos": position, "p": frame[column].to_numpy()}).explode("p").dropna()
    # Few distinct texts: each is normalised once, then given to its records by code.
    codes, texts = pd.factorize(exploded["p"].astype(str))
    text = pd.Series(texts, dtype=object)
    kind = text.str.split(":", n=1).str[0]
    label = text.str.split(":", n=1).str[1].fillna("").str.strip().str.lower()
    key = np.where(kind == "other", "other:" + label, kind)
    return pd.DataFrame({"pos": exploded["pos"].to_numpy(), "kind": kind.to_numpy()[codes], "key": key[codes]})


def measure(data, breakdowns=coprodata.ALL):
    a = data.attendance
    if len(a) == 0:
        return coprodata.no_value()
    needs = _provisions(data.participants, "accessNeeds", np.arange(len(data.participants))) \
        if "accessNeeds" in data.participants.columns else pd.DataFrame(columns=["pos", "kind", "key"])
    par = a["par"].to_numpy()
    declared = np.zeros(len(data.participants), dtype=bool)
    declared[needs["pos"].to_numpy(dtype=np.int64)] = True
    attended = a["attended"].to_numpy()
    relevant = declared[par] & (attended | a["invited"].to_numpy())
    rows = np.flatnonzero(relevant)
    if not (relevant & attended).any():
        return coprodata.no_value()
    provided = _provisions(data.activities, "provisions", np.arange(len(data.activities))) \
        if "provisions" in data.activities.columns else pd.DataFrame(columns=["pos", "kind", "key"])
    # Provisions and needs as one integer each, activity × kinds + the need's code, to match them.
    codes, keys = pd.factorize(pd.concat([needs["key"], provided["key"]], ignore_index=True))
    width = max(len(keys), 1)
    needs = needs.assign(code=codes[:len(needs)])
    offered = pd.Index(np.unique(provided["pos"].to_numpy(dtype=np.int64) * width + codes[len(needs):]))

    units = pd.DataFrame({"row": rows, "act": a["act"].to_numpy()[rows], "par": par[rows]})
    wanted = units.merge(needs.rename(columns={"pos": "par"}), on="par")
    wanted["unmet"] = offered.get_indexer(wanted["act"].to_numpy(dtype=np.int64) * width + wanted["code"].to_numpy()) < 0
    unmet_rows = wanted.groupby("row")["unmet"].any().reindex(rows).to_numpy()
    is_attended = attended[rows]
    met = ~unmet_rows[is_attended]
    result = {"value": float(met.mean()), "n": int(is_attended.sum()), "components": {}, "breakdowns": []}
    if (~is_attended).any():
        result["components"]["absentUnmetShare"] = float(1 - (~unmet_rows[~is_attended]).sum() / (~is_attended).sum())
    if breakdowns >= coprodata.OWN:
        unit_rows = rows[is_attended]
        unit_par = par[unit_rows]
        by_kind = wanted[attended[wanted["row"].to_numpy()]].groupby(["row", "kind"])["unmet"].any().reset_index()
        by_kind["par"] = par[by_kind["row"].to_numpy()]
        stats = by_kind.groupby("kind").agg(met=("unmet", lambda u: int((~u).sum())), declaring=("unmet", "size"),
                                            people=("par", "nunique"))
        result["breakdowns"] = coprodata.participant_breakdowns(data, unit_par, met) + [
            coprodata.breakdown("need", [coprodata.group(k, m / d, p, p) for k, m, d, p in
                                         zip(stats.index, stats["met"], stats["declaring"], stats["people"])])
        ]
    if breakdowns >= coprodata.ALL:
        result["breakdowns"] += coprodata.slice_breakdowns(data, a["act"].to_numpy()[rows[is_attended]], met)
    return result


if __name__ == "__main__":
    print(coprodata.to_json(measure(coprodata.load(sys.argv[1]))))
