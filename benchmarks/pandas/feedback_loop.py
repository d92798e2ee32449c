"""pandas reference of copro.reciprocity.feedback-loop (copro-metrics FeedbackLoop; docs/metrics.md).

Over the bloc's contributions in scope: answered ÷ (answered + overdue), where a contribution is
raised on its date or else its activity's, answered when it has a response, and overdue when
unanswered and raised more than responseDueDays (60) before the reference date; n = answered +
overdue; component medianDaysToResponse over the answered; breakdowns by perspective (n = people),
and the engine's by initiative and by period (a contribution is in its activity's slices).

    python3 feedback_loop.py DATASET.jsonl      # prints the measurement as JSON
"""

import sys

import numpy as np

import coprodata

ID = "copro.reciprocity.feedback-loop"
RESPONSE_DUE_DAYS = 60


def measure(data, breakdowns=coprodata.ALL):
    c = data.contributions
    par = c["par"].to_numpy()
    bloc = data.participants["bloc"].to_numpy()[par]
    if not bloc.any():
        return coprodata.no_value()
    act = c["act"].to_numpy()[bloc]
    raised = c["date"][bloc].fillna(data.activities["date"].iloc[act].set_axis(c.index[bloc]))
    age = (data.reference_date - raised).dt.days.to_numpy()
    answered = c["responseDate"][bloc].notna().to_numpy()
    counted = answered | (age > RESPONSE_DUE_DAYS)
    if not counted.any():
        return coprodata.no_value()
    result = {
        "value": float(answered[counted].mean()),
        "n": int(counted.sum()),
        "components": {},
        "breakdowns": [],
    }
    if answered.any():
        days = (c["responseDate"][bloc] - raised).dt.days.to_numpy()[answered]
        result["components"]["medianDaysToResponse"] = float(np.median(days))
    if breakdowns >= coprodata.OWN:
        result["breakdowns"] = coprodata.participant_breakdowns(data, par[bloc][counted], answered[counted])
    if breakdowns >= coprodata.ALL:
        result["breakdowns"] += coprodata.slice_breakdowns(data, act[counted], answered[counted])
    return result


if __name__ == "__main__":
    print(coprodata.to_json(measure(coprodata.load(sys.argv[1]))))
