"""pandas reference of copro.access.notice (copro-metrics NoticeGiven; docs/metrics.md).

The share of activities whose invitations went out at least minimumDays (14) before the day, over
the activities with an invitation date; n = those activities; component medianDays; breakdowns by
stage and activity type (n = activities), and the engine's by initiative and by period.

    python3 notice.py DATASET.jsonl      # prints the measurement as JSON
"""

import sys

import numpy as np

import coprodata

ID = "copro.access.notice"
MINIMUM_DAYS = 14


def measure(data, breakdowns=coprodata.ALL):
    activities = data.activities
    if len(activities) == 0:
        return coprodata.no_value()
    notice = (activities["date"] - activities["invitedOn"]).dt.days.to_numpy()
    dated = ~np.isnan(notice)
    if not dated.any():
        return coprodata.no_value()
    enough = notice[dated] >= MINIMUM_DAYS
    result = {
        "value": float(enough.mean()),
        "n": int(dated.sum()),
        "components": {"medianDays": float(np.median(notice[dated]))},
        "breakdowns": [],
    }
    if breakdowns >= coprodata.OWN:
        result["breakdowns"] = [
            coprodata.share_breakdown("stage", activities["stage"].to_numpy()[dated], enough),
            coprodata.share_breakdown("activity-type", activities["type"].to_numpy()[dated], enough),
        ]
    if breakdowns >= coprodata.ALL:
        result["breakdowns"] += coprodata.slice_breakdowns(data, np.flatnonzero(dated), enough)
    return result


if __name__ == "__main__":
    print(coprodata.to_json(measure(coprodata.load(sys.argv[1]))))
