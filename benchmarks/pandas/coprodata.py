"""Loads a copro-dataset/1 file into pandas frames, with the pieces of copro's engine that every
metric's reference needs: the bloc, the reference date, periods, the people behind each initiative
and period slice, participant breakdowns and small-number suppression.

This is the pandas side of issue 17's comparison (docs/performance.md, "Against pandas"): each
metric's reference script (notice.py, feedback_loop.py, ...) computes from these frames, with
vectorised pandas and numpy, the value, n, components and breakdowns that copro's JSON report
gives, and compare.py checks them against `copro evaluate --format json`.

Works with pandas 1.5 (Debian 12's python3-pandas) and later, numpy 1.24 and later. Only the
evaluation copro runs with no configuration is reproduced: the bloc is lived-experience and carer,
the reference date is the latest date of any record, the suppression minimum is 5; periods are
quarters, months or years, and the participant breakdowns perspective and any attributes (copro
evaluate's --period and --by, which compare.py passes to both).
"""

import json

import numpy as np
import pandas as pd

BLOC = ("lived-experience", "carer")

# How much of a measurement the metrics' measure(data, breakdowns) computes: the value, n and
# components only; also the metric's own breakdowns (by perspective, stage, need, cohort...: what
# copro's MetricBenchmark measures); or also the engine's initiative and period breakdowns (what
# copro evaluate reports).
NONE, OWN, ALL = 0, 1, 2
SUPPRESSION_MINIMUM = 5
NOT_RECORDED = "not-recorded"

_KINDS = {
    "initiative": "initiatives",
    "participant": "participants",
    "activity": "activities",
    "attendance": "attendance",
    "contribution": "contributions",
    "decision": "decisions",
    "payment": "payments",
    "survey": "surveys",
    "survey-response": "surveyResponses",
}

# The columns each kind needs, so that an empty or absent collection still has them.
_COLUMNS = {
    "initiatives": ["id", "start", "end"],
    "participants": ["id", "perspective", "joined", "left", "attributes"],
    "activities": ["id", "initiative", "type", "stage", "date", "invitedOn"],
    "attendance": ["activity", "participant", "invited", "attended", "speakingSeconds", "speakingTurns"],
    "contributions": ["id", "activity", "participant", "date", "response"],
    "decisions": ["id", "initiative", "date", "votes"],
    "payments": ["id", "participant", "activity", "offered", "claimed", "paid"],
    "surveyResponses": ["id", "participant", "initiative", "date"],
}

_DATES = {
    "initiatives": ["start", "end"],
    "participants": ["joined", "left"],
    "activities": ["date", "invitedOn"],
    "contributions": ["date"],
    "decisions": ["date"],
    "payments": ["offered", "claimed", "paid"],
    "surveyResponses": ["date"],
}


def _code(series):
    """A code without its free-text label: "other:peer researcher" is "other"."""
    return series.astype(object).str.split(":", n=1).str[0]


def _absent_as_nan(frame):
    """null and "" both mean absent (docs/dataset-format.md, "Absent values")."""
    return frame.replace("", np.nan)


def _dates(series):
    return pd.to_datetime(series, format="%Y-%m-%d")


class Data:
    """A dataset's records as frames, with references resolved to row positions.

    Frames: initiatives, participants, activities, attendance, contributions, decisions, payments,
    survey_responses; votes (one row per vote). Dates are datetime64. Every event carries the row
    position of its activity (``act``, -1 for none) and participant (``par``); activities carry
    their initiative's position in the sorted initiative ids (``ini``).
    """

    def __init__(self, frames, period_unit="quarter", dimensions=("perspective",)):
        self.period_unit = period_unit
        self.dimensions = list(dimensions)
        f = {name: _absent_as_nan(frames.get(name, pd.DataFrame())) for name in _COLUMNS}
        for name, columns in _COLUMNS.items():
            for column in columns:
                if column not in f[name].columns:
                    f[name][column] = np.nan
            f[name] = f[name].reset_index(drop=True)
        for name, columns in _DATES.items():
            for column in columns:
                f[name][column] = _dates(f[name][column])

        self.initiatives = f["initiatives"]
        self.initiative_ids = np.array(sorted(self.initiatives["id"].astype(str)), dtype=object)
        participants = f["participants"]
        participants["perspective"] = _code(participants["perspective"])
        participants["bloc"] = participants["perspective"].isin(BLOC).to_numpy()
        self.participants = participants
        par_index = pd.Index(participants["id"])

        activities = f["activities"]
        activities["type"] = _code(activities["type"])
        activities["ini"] = pd.Index(self.initiative_ids).get_indexer(activities["initiative"])
        self.activities = activities
        act_index = pd.Index(activities["id"])

        attendance = f["attendance"]
        attendance["invited"] = attendance["invited"].fillna(True).astype(bool)
        attendance["attended"] = attendance["attended"].astype(bool)
        attendance["act"] = act_index.get_indexer(attendance["activity"])
        attendance["par"] = par_index.get_indexer(attendance["participant"])
        self.attendance = attendance

        contributions = f["contributions"]
        responded = contributions["response"].notna()
        response_date = pd.Series(pd.NaT, index=contributions.index, dtype="datetime64[ns]")
        if responded.any():
            responses = pd.DataFrame(contributions.loc[responded, "response"].tolist(),
                                     index=contributions.index[responded])
            response_date.loc[responded] = _dates(responses["date"])
        contributions["responseDate"] = response_date
        contributions["act"] = act_index.get_indexer(contributions["activity"])
        contributions["par"] = par_index.get_indexer(contributions["participant"])
        self.contributions = contributions

        decisions = f["decisions"]
        decisions["ini"] = pd.Index(self.initiative_ids).get_indexer(decisions["initiative"])
        exploded = decisions[["votes"]].explode("votes").dropna()
        votes = pd.DataFrame(exploded["votes"].tolist(), index=exploded.index)
        if "participant" not in votes.columns:
            votes["participant"] = pd.Series(dtype=object)
        votes = votes.reset_index().rename(columns={"index": "decision"})
        votes["par"] = par_index.get_indexer(votes["participant"])
        self.decisions = decisions
        self.votes = votes

        payments = f["payments"]
        payments["act"] = act_index.get_indexer(payments["activity"])
        payments["par"] = par_index.get_indexer(payments["participant"])
        self.payments = payments

        responses = f["surveyResponses"]
        responses["ini"] = pd.Index(self.initiative_ids).get_indexer(responses["initiative"])
        responses["par"] = par_index.get_indexer(responses["participant"])
        self.survey_responses = responses

        self.reference_date = self._latest_date()
        self._slice_people = None

    def _latest_date(self):
        """copro's default reference date: the latest date of any record (from 1970-01-01)."""
        dates = [pd.Timestamp("1970-01-01")]
        for frame, columns in ((self.initiatives, ["start", "end"]), (self.participants, ["joined", "left"]),
                               (self.activities, ["date"]), (self.decisions, ["date"]),
                               (self.contributions, ["date", "responseDate"]),
                               (self.payments, ["offered", "claimed", "paid"]), (self.survey_responses, ["date"])):
            for column in columns:
                latest = frame[column].max()
                if pd.notna(latest):
                    dates.append(latest)
        return max(dates)

    # --- periods -------------------------------------------------------------------------------

    def period_codes(self, dates):
        """Each date's period as an integer (months, quarters or years since year 0)."""
        years = dates.dt.year.to_numpy()
        if self.period_unit == "month":
            return years * 12 + dates.dt.month.to_numpy() - 1
        if self.period_unit == "quarter":
            return years * 4 + dates.dt.quarter.to_numpy() - 1
        return years

    def period_label(self, code):
        if self.period_unit == "month":
            return "%04d-%02d" % (code // 12, code % 12 + 1)
        if self.period_unit == "quarter":
            return "%04d-Q%d" % (code // 4, code % 4 + 1)
        return "%04d" % code

    def periods(self):
        """The period codes of the engine's time series: from the one holding the earliest dated record
        (activities, decisions, payment offers, survey responses) to the latest, gaps included."""
        if self.period_unit == "none":
            return np.array([], dtype=np.int64)
        dated = [self.activities["date"], self.decisions["date"], self.payments["offered"],
                 self.survey_responses["date"]]
        first = min((d.min() for d in dated if d.notna().any()), default=None)
        last = max((d.max() for d in dated if d.notna().any()), default=None)
        if first is None:
            return np.array([], dtype=np.int64)
        codes = self.period_codes(pd.Series([first, last]))
        return np.arange(codes[0], codes[1] + 1)

    def activity_period(self):
        """The period code of each activity."""
        return self.period_codes(self.activities["date"])

    # --- the people behind each slice ----------------------------------------------------------

    def slice_people(self):
        """The number of distinct participants with a record in each initiative and each period slice
        (an attendance or invitation, a contribution, a vote, a payment, a survey response): what
        the engine's suppression judges its initiative and period groups by. Computed once."""
        if self._slice_people is None:
            ini_of_act = self.activities["ini"].to_numpy()
            per_of_act = self.activity_period()
            pairs_ini = []
            pairs_per = []
            for frame in (self.attendance, self.contributions):
                act = frame["act"].to_numpy()
                par = frame["par"].to_numpy()
                pairs_ini.append((ini_of_act[act], par))
                pairs_per.append((per_of_act[act], par))
            decision_of_vote = self.votes["decision"].to_numpy()
            vote_par = self.votes["par"].to_numpy()
            pairs_ini.append((self.decisions["ini"].to_numpy()[decision_of_vote], vote_par))
            pairs_per.append((self.period_codes(self.decisions["date"])[decision_of_vote], vote_par))
            # A payment falls in its activity's slices; one for no activity only in a period, by its offer.
            pay_act = self.payments["act"].to_numpy()
            for_activity = pay_act >= 0
            pay_par = self.payments["par"].to_numpy()
            pairs_ini.append((ini_of_act[pay_act[for_activity]], pay_par[for_activity]))
            pay_period = np.where(for_activity, per_of_act[np.maximum(pay_act, 0)] if len(per_of_act) else 0,
                                  self.period_codes(self.payments["offered"]))
            pairs_per.append((pay_period, pay_par))
            # Survey responses: by their initiative (none: no initiative slice) and their date.
            r_ini = self.survey_responses["ini"].to_numpy()
            r_par = self.survey_responses["par"].to_numpy()
            pairs_ini.append((r_ini[r_ini >= 0], r_par[r_ini >= 0]))
            pairs_per.append((self.period_codes(self.survey_responses["date"]), r_par))
            self._slice_people = (_distinct_counts(pairs_ini), _distinct_counts(pairs_per))
        return self._slice_people


def _distinct_counts(pairs):
    keys = np.concatenate([np.asarray(k, dtype=np.int64) for k, _ in pairs])
    people = np.concatenate([np.asarray(p, dtype=np.int64) for _, p in pairs])
    known = people >= 0
    frame = pd.DataFrame({"key": keys[known], "par": people[known]}).drop_duplicates()
    return frame["key"].value_counts()


# --- results --------------------------------------------------------------------------------------

def no_value():
    """A measurement without a value: n 0, nothing else (the reason's words are not compared)."""
    return {"value": None, "n": 0, "components": {}, "breakdowns": []}


def group(key, value, n, people=None):
    g = {"key": key, "n": int(n), "suppressed": False}
    if value is not None and not (isinstance(value, float) and np.isnan(value)):
        g["value"] = float(value)
    if people is not None:
        g["people"] = int(people)
    return g


def suppress(groups, minimum=SUPPRESSION_MINIMUM):
    """The engine's small-number suppression (copro-engine Suppression): a group about fewer than
    the minimum people (or, not saying, of fewer than the minimum units) is withheld; when exactly
    one is, so is the smallest of the rest (ties to the first key)."""
    groups = sorted(groups, key=lambda g: g["key"])

    def size(g):
        return g.get("people", g["n"])

    hidden = [size(g) < minimum for g in groups]
    if sum(hidden) == 1:
        shown = [i for i, h in enumerate(hidden) if not h]
        if shown:
            hidden[min(shown, key=lambda i: (size(groups[i]), i))] = True
    return [{"key": g["key"], "suppressed": True} if h else g for g, h in zip(groups, hidden)]


def breakdown(dimension, groups):
    return {"dimension": dimension, "groups": suppress(groups)}


def share_breakdown(dimension, keys, condition):
    """Shares of units meeting a condition by a key of the unit (stage, activity type): n = units,
    no count of people (copro-metrics Shares.breakdown)."""
    frame = pd.DataFrame({"key": np.asarray(keys, dtype=object), "c": np.asarray(condition, dtype=bool)})
    stats = frame.groupby("key", sort=True)["c"].agg(["sum", "count"])
    groups = [group(k, s / c, c) for k, s, c in zip(stats.index, stats["sum"], stats["count"])]
    return breakdown(dimension, groups)


def dimension_keys(data, dimension):
    """Each participant's group in a dimension: the perspective's code, or the attribute's value."""
    if dimension == "perspective":
        return data.participants["perspective"]
    attributes = data.participants["attributes"]
    values = attributes.map(lambda a: a.get(dimension) if isinstance(a, dict) else None)
    return values.fillna(NOT_RECORDED)


def participant_breakdowns(data, par, values):
    """EvaluationContext.breakdowns with the mean of per-unit values: for every dimension, each group
    of participants' mean over its units, n and people the distinct participants in it."""
    par = np.asarray(par)
    values = np.asarray(values, dtype=float)
    result = []
    for dimension in data.dimensions:
        keys = dimension_keys(data, dimension).to_numpy()
        frame = pd.DataFrame({"key": keys[par], "par": par, "v": values})
        stats = frame.groupby("key", sort=True).agg(v=("v", "mean"), people=("par", "nunique"))
        result.append(breakdown(dimension, [group(k, v, p, p) for k, v, p in
                                            zip(stats.index, stats["v"], stats["people"])]))
    return result


def slice_breakdowns(data, act, values):
    """The engine's initiative and period breakdowns of a metric whose value in a slice is the mean
    of per-unit values over the units of the slice's activities and whose n is the number of those
    units: every initiative and every period of the time series, a slice with no unit having no
    value and n 0, each with the people counted by Data.slice_people."""
    act = np.asarray(act)
    values = np.asarray(values, dtype=float)
    people_ini, people_per = data.slice_people()
    result = []
    ini = data.activities["ini"].to_numpy()[act]
    per = data.activity_period()[act]
    for dimension, keys, all_keys, label, people in (
            ("initiative", ini, np.arange(len(data.initiative_ids)), lambda k: data.initiative_ids[k], people_ini),
            ("period", per, data.periods(), data.period_label, people_per)):
        if len(all_keys) == 0:
            continue
        stats = pd.DataFrame({"k": keys, "v": values}).groupby("k")["v"].agg(["mean", "count"])
        stats = stats.reindex(all_keys)
        counts = people.reindex(all_keys, fill_value=0)
        groups = [group(label(k), m if c > 0 else None, c if c > 0 else 0, p)
                  for k, m, c, p in zip(all_keys, stats["mean"], stats["count"].fillna(0), counts)]
        result.append(breakdown(dimension, groups))
    return result


# --- loading --------------------------------------------------------------------------------------

def read_frames(path):
    """The records of a JSON Lines (.jsonl, .ndjson) or JSON copro-dataset/1 file, one frame per kind."""
    if str(path).endswith((".jsonl", ".ndjson")):
        lines = pd.read_json(path, lines=True, dtype=False, convert_dates=False, keep_default_dates=False)
        lines = lines[lines["record"].notna()]
        frames = {}
        for kind, records in lines.groupby("record", sort=False):
            frames[_KINDS[kind]] = records.dropna(axis=1, how="all").drop(columns="record")
        return frames
    with open(path, encoding="utf-8-sig") as f:
        document = json.load(f)
    return {name: pd.DataFrame(document.get(name, [])) for name in _KINDS.values()}


def read_frames_by_line(path):
    """As read_frames for JSON Lines, by hand: each line through json.loads, then one frame per kind
    from its records. Not read_json's way; compare.py times it beside read_json."""
    records = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                kind = record.pop("record", None)
                if kind is not None:
                    records.setdefault(_KINDS[kind], []).append(record)
    return {name: pd.DataFrame(rows) for name, rows in records.items()}


def load(path, period_unit="quarter", dimensions=("perspective",)):
    return Data(read_frames(path), period_unit, dimensions)


def to_json(measurement):
    return json.dumps(measurement, indent=2, sort_keys=True)
