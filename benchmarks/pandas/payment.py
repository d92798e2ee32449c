"""pandas reference of copro.reciprocity.payment (copro-metrics PaymentCoverage and PaidSeats;
docs/metrics.md).

Over the bloc's attendances in scope (attended = true): the share paid in time, that is with at
least one payment to that participant for that activity and none of those payments late (paid more
than latePaymentDays (30) after its claim, or offer where no claim is recorded, or still unpaid that
long after at the reference date); n = those attendances. Components: offeredShare; over the bloc's
payments in scope, medianDaysToPay (offer to payment, paid ones) and latePaymentShare (late and
overdue ÷ paid and overdue). Breakdowns by perspective (n = people) and the engine's by initiative
and by period (an attendance is in its activity's slices).

    python3 payment.py DATASET.jsonl      # prints the measurement as JSON
"""

import sys

import numpy as np
import pandas as pd

import coprodata

ID = "copro.reciprocity.payment"
LATE_PAYMENT_DAYS = 30


def measure(data, breakdowns=coprodata.ALL):
    bloc_of = data.participants["bloc"].to_numpy()
    a = data.attendance
    units = (a["attended"].to_numpy() & bloc_of[a["par"].to_numpy()])
    if not units.any():
        return coprodata.no_value()
    act = a["act"].to_numpy()[units]
    par = a["par"].to_numpy()[units]

    p = data.payments
    clock = p["claimed"].fillna(p["offered"])
    end = p["paid"].fillna(data.reference_date)
    late = ((end - clock).dt.days > LATE_PAYMENT_DAYS).to_numpy()
    p_act = p["act"].to_numpy()
    p_par = p["par"].to_numpy()

    # The places paid for: (activity, participant) → whether none of its payments is late.
    n_par = len(data.participants)
    for_activity = p_act >= 0
    seat = p_act[for_activity].astype(np.int64) * n_par + p_par[for_activity]
    seats = pd.Series(~late[for_activity]).groupby(seat).all().astype(np.int8)
    found = seats.reindex(act.astype(np.int64) * n_par + par).to_numpy()
    offered = ~np.isnan(found)
    in_time = found == 1

    result = {
        "value": float(in_time.mean()),
        "n": int(units.sum()),
        "components": {"offeredShare": float(offered.mean())},
        "breakdowns": [],
    }
    bloc_payment = bloc_of[p_par]
    paid = p["paid"].notna().to_numpy()
    if (bloc_payment & paid).any():
        days = (p["paid"] - p["offered"]).dt.days.to_numpy()[bloc_payment & paid]
        result["components"]["medianDaysToPay"] = float(np.median(days))
    due = bloc_payment & (paid | late)
    if due.any():
        result["components"]["latePaymentShare"] = float(late[due].sum() / due.sum())
    if breakdowns >= coprodata.OWN:
        result["breakdowns"] = coprodata.participant_breakdowns(data, par, in_time)
    if breakdowns >= coprodata.ALL:
        result["breakdowns"] += coprodata.slice_breakdowns(data, act, in_time)
    return result


if __name__ == "__main__":
    print(coprodata.to_json(measure(coprodata.load(sys.argv[1]))))
