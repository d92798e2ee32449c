"""pandas reference of copro.relationship.retention (copro-metrics Retention; docs/metrics.md).

For each bloc member who attended an activity: the first and last day attended and the number of
activities. Members whose first day plus minMonths (6) calendar months is after the reference date
are too recent to judge; of the others (n), the share retained: at least minActivities (3)
activities and a last day at least minMonths after the first. Breakdowns: by perspective (n =
people) and by cohort, the quarter of the first attendance (each cohort's share still attending
minMonths after it started). Not sliceable: no initiative or period breakdowns.

    python3 retention.py DATASET.jsonl      # prints the measurement as JSON
"""

import sys

import numpy as np
import pandas as pd

import coprodata

ID = "copro.relationship.retention"
MIN_ACTIVITIES = 3
MIN_MONTHS = 6


def measure(data, breakdowns=coprodata.ALL):
    a = data.attendance
    par = a["par"].to_numpy()
    units = a["attended"].to_numpy() & data.participants["bloc"].to_numpy()[par]
    if not units.any():
        return coprodata.no_value()
    days = data.activities["date"].to_numpy()[a["act"].to_numpy()[units]]
    spans = pd.DataFrame({"par": par[units], "day": days}).groupby("par")["day"].agg(["min", "max", "size"])
    later = spans["min"] + pd.DateOffset(months=MIN_MONTHS)
    judged = (later <= data.reference_date).to_numpy()
    if not judged.any():
        return coprodata.no_value()
    lasted = (spans["max"] >= later).to_numpy()[judged]
    retained = (spans["size"].to_numpy()[judged] >= MIN_ACTIVITIES) & lasted
    result = {"value": float(retained.mean()), "n": int(judged.sum()), "components": {}, "breakdowns": []}
    if breakdowns >= coprodata.OWN:  # not sliceable: no initiative or period breakdowns
        members = spans.index.to_numpy()[judged]
        quarter = spans["min"][judged]
        cohort = quarter.dt.year.astype(str).to_numpy() + "-Q" + quarter.dt.quarter.astype(str).to_numpy()
        stats = pd.DataFrame({"cohort": cohort, "lasted": lasted}).groupby("cohort")["lasted"].agg(["mean", "size"])
        result["breakdowns"] = coprodata.participant_breakdowns(data, members, retained) + [
            coprodata.breakdown("cohort", [coprodata.group(k, m, s, s) for k, m, s in
                                           zip(stats.index, stats["mean"], stats["size"])])]
    return result


if __name__ == "__main__":
    print(coprodata.to_json(measure(coprodata.load(sys.argv[1]))))
