"""Checks the pandas reference scripts against `copro evaluate --format json`, and times them.

    python3 benchmarks/pandas/compare.py [--size N] [--dataset FILE]... [--sample] [--edge-cases] [--time]

With no --dataset, writes the synthetic benchmark dataset of N attendance records (default 10,000)
as JSON Lines with the benchmarks jar (dev.copro.benchmarks.WriteSyntheticJsonLines, seed 42).
--sample adds the bundled sample dataset (JSON), whose records exercise paths the synthetic data
does not (dated contributions, claimed payments, turns without seconds, two initiatives);
--edge-cases adds edge-cases.json, beside this script: a small hand-made dataset with what neither
has (payments for no activity, "other" access needs and activity types, survey answers about no
initiative from someone with no other record, speaking recorded as a mix of seconds and turns, or
not at all, or all silent, contributions not yet due).
For each dataset it runs copro.jar's `evaluate --format json --streaming never` (the default
configuration, with the same bloc, reference date, quarters and suppression as coprodata.py, but a
time budget of ten minutes per call instead of 5 s, so that no metric fails on a loaded machine), runs
every reference script, and compares each metric's value, n, components and breakdowns (every
group's key, value, n, people and suppression, in order). Counts, keys and suppression must be
equal; a number must be equal or within 1e-9 of copro's, relatively (1e-12 absolutely near 0).
Exits 1 naming every difference, 2 on a usage or build problem, 0 when everything agrees.

--time also times, on the same file: the pandas load, each metric with value, n and components
only, with its own breakdowns too, and with the engine's initiative and period breakdowns as well
(best of --repeat runs), the pandas run end to end (load and every metric with its breakdowns, as
one pass), and copro evaluate end to end, and prints a table (docs/performance.md, "Against
pandas"). Run from anywhere; jars default to the repository's target folders.
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import numpy  # noqa: E402
import pandas  # noqa: E402

import coprodata  # noqa: E402
import feedback_loop  # noqa: E402
import needs_met  # noqa: E402
import notice  # noqa: E402
import payment  # noqa: E402
import retention  # noqa: E402
import voice_equality  # noqa: E402

METRICS = [notice, needs_met, feedback_loop, voice_equality, payment, retention]
SAMPLE = os.path.join(ROOT, "copro-examples", "copro-sample", "src", "main", "resources", "dev", "copro", "sample",
                      "sample-dataset.json")
RELATIVE = 1e-9
ABSOLUTE = 1e-12


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10_000, help="attendance records of the synthetic dataset")
    parser.add_argument("--dataset", action="append", default=[], help="a copro dataset file (.jsonl or .json)")
    parser.add_argument("--sample", action="store_true", help="also check the bundled sample dataset")
    parser.add_argument("--edge-cases", action="store_true", help="also check edge-cases.json")
    parser.add_argument("--period", default="quarter", choices=["month", "quarter", "year"],
                        help="copro evaluate's --period, and the pandas periods")
    parser.add_argument("--by", default="", help="participant attributes to break down by as well as perspective, "
                        "comma separated: copro evaluate's --by")
    parser.add_argument("--time", action="store_true", help="time pandas and copro and print a table")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timed metric; the best is shown")
    parser.add_argument("--copro-jar", default=os.path.join(ROOT, "copro-cli", "target", "copro.jar"))
    parser.add_argument("--benchmarks-jar", default=os.path.join(ROOT, "benchmarks", "target", "benchmarks.jar"))
    parser.add_argument("--java-options", default="", help="options for the copro evaluate JVM, e.g. -Xmx8g")
    parser.add_argument("--workdir", help="where to write the dataset and reports (default: a temporary folder)")
    args = parser.parse_args()

    for jar in [args.copro_jar] + ([] if args.dataset else [args.benchmarks_jar]):
        if not os.path.isfile(jar):
            fail("compare: %s is missing; build it with "
                 "./mvnw -B -q -o -Dquick -pl copro-cli,benchmarks -am package -DskipTests" % jar)
    workdir = args.workdir or tempfile.mkdtemp(prefix="copro-pandas-")
    os.makedirs(workdir, exist_ok=True)
    # The default configuration but for the time budget: a call that runs past 5 s on a loaded machine
    # would fail its metric, leaving nothing to compare.
    config = os.path.join(workdir, "copro-config.json")
    with open(config, "w", encoding="utf-8") as f:
        json.dump({"format": "copro-config/1", "timeBudget": "PT10M"}, f)
    print("pandas %s, numpy %s, Python %s" % (pandas.__version__, numpy.__version__, sys.version.split()[0]))

    datasets = list(args.dataset)
    if not datasets:
        path = os.path.join(workdir, "synthetic-%d.jsonl" % args.size)
        run(["java", "-cp", args.benchmarks_jar, "dev.copro.benchmarks.WriteSyntheticJsonLines", str(args.size),
             path])
        datasets.append(path)
    if args.sample:
        datasets.append(SAMPLE)
    if args.edge_cases:
        datasets.append(os.path.join(HERE, "edge-cases.json"))

    differences = []
    for path in datasets:
        report_path = os.path.join(workdir, os.path.basename(path) + ".report.json")
        copro = evaluate(args, path, config, report_path)
        with open(report_path, encoding="utf-8") as f:
            report = json.load(f)
        timings = {}
        start, cpu = time.perf_counter(), time.process_time()
        data = coprodata.load(path, args.period, dimensions(args))
        timings["load"] = (time.perf_counter() - start, time.process_time() - cpu)
        found = []
        Tally.fields = Tally.numbers = Tally.identical = 0
        for metric in METRICS:
            expected = measurement_of(report, metric.ID)
            found += ["%s %s: %s" % (os.path.basename(path), metric.ID, d)
                      for d in compare(expected, metric.measure(data))]
        differences += found
        print("%s: %d metrics compared with copro's report, %d fields (%d numbers, %d of them equal to the last bit): %s"
              % (os.path.basename(path), len(METRICS), Tally.fields, Tally.numbers, Tally.identical,
                 "%d differences" % len(found) if found else "no difference"))
        if args.time:
            time_everything(args, path, data, timings, copro)
    if not args.workdir:
        shutil.rmtree(workdir)
    for d in differences:
        print("DIFFERENCE " + d)
    sys.exit(1 if differences else 0)


def dimensions(args):
    """The participant dimensions of the breakdowns: perspective, then the --by attributes."""
    return ["perspective"] + [a for a in args.by.split(",") if a and a != "perspective"]


def fail(message):
    """Exit 2: nothing could be compared."""
    print(message, file=sys.stderr)
    sys.exit(2)


def run(command):
    result = subprocess.run(command)
    if result.returncode != 0:
        fail("compare: %s exited %d" % (" ".join(command), result.returncode))


def evaluate(args, path, config, report_path):
    """Runs copro evaluate on the file; returns its wall time in seconds and, where /usr/bin/time is
    there, its CPU time (user and system) in seconds and its peak resident set in kB."""
    command = ["java"] + args.java_options.split() + ["-jar", args.copro_jar, "evaluate", path, "--format", "json",
                                                      "--streaming", "never", "--config", config,
                                                      "--period", args.period, "--out", report_path]
    if args.by:
        command += ["--by", args.by]
    timer = "/usr/bin/time"
    usage = os.path.join(os.path.dirname(report_path), "time-v.txt")
    if os.path.exists(timer):
        command = [timer, "-v", "-o", usage] + command
    start = time.perf_counter()
    run(command)
    wall = time.perf_counter() - start
    peak = cpu = None
    if os.path.exists(timer):
        with open(usage, encoding="utf-8") as f:
            for line in f:
                if "Maximum resident set size" in line:
                    peak = int(line.split(":")[1])
                elif "User time (seconds)" in line or "System time (seconds)" in line:
                    cpu = (cpu or 0) + float(line.split(":")[1])
    return {"wall": wall, "cpu": cpu, "peak_kb": peak}


def measurement_of(report, metric_id):
    for result in report["metrics"]:
        if result["id"] == metric_id:
            if result["status"] != "ok":
                return {"failed": result.get("failure")}
            m = result["measurement"]
            return {"value": m.get("value"), "n": m["n"], "components": m.get("components", {}),
                    "breakdowns": m.get("breakdowns", [])}
    return {"failed": "not in the report"}


class Tally:
    """How many fields were compared, and how many numbers were equal to the last bit."""
    fields = 0
    numbers = 0
    identical = 0


def close(a, b):
    Tally.fields += 1
    if a is None or b is None:
        return a is None and b is None
    Tally.numbers += 1
    Tally.identical += a == b
    return a == b or abs(a - b) <= max(RELATIVE * max(abs(a), abs(b)), ABSOLUTE)


def same(a, b):
    Tally.fields += 1
    return a == b


def compare(copro, pandas_result):
    """Every difference between copro's measurement and the pandas one, as text."""
    if "failed" in copro:
        return ["copro has no measurement: %s" % copro["failed"]]
    out = []
    if not close(copro["value"], pandas_result["value"]):
        out.append("value: copro %r, pandas %r" % (copro["value"], pandas_result["value"]))
    if not same(copro["n"], pandas_result["n"]):
        out.append("n: copro %r, pandas %r" % (copro["n"], pandas_result["n"]))
    for name in sorted(set(copro["components"]) | set(pandas_result["components"])):
        a, b = copro["components"].get(name), pandas_result["components"].get(name)
        if not close(a, b):
            out.append("component %s: copro %r, pandas %r" % (name, a, b))
    dims_a = [b["dimension"] for b in copro["breakdowns"]]
    dims_b = [b["dimension"] for b in pandas_result["breakdowns"]]
    if not same(dims_a, dims_b):
        out.append("breakdowns: copro %s, pandas %s" % (dims_a, dims_b))
    for ba, bb in zip(copro["breakdowns"], pandas_result["breakdowns"]):
        if ba["dimension"] != bb["dimension"]:
            continue
        keys_a = [g["key"] for g in ba["groups"]]
        keys_b = [g["key"] for g in bb["groups"]]
        if not same(keys_a, keys_b):
            out.append("breakdown %s: groups copro %s, pandas %s" % (ba["dimension"], keys_a, keys_b))
            continue
        for ga, gb in zip(ba["groups"], bb["groups"]):
            where = "breakdown %s group %s" % (ba["dimension"], ga["key"])
            for field in ("suppressed", "n", "people"):
                if not same(ga.get(field), gb.get(field)):
                    out.append("%s %s: copro %r, pandas %r" % (where, field, ga.get(field), gb.get(field)))
            if not close(ga.get("value"), gb.get("value")):
                out.append("%s value: copro %r, pandas %r" % (where, ga.get("value"), gb.get("value")))
    return out


def best(function, repeat):
    """The wall and CPU seconds of the run with the least wall time, and every run's wall seconds."""
    runs = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        function()
        runs.append((time.perf_counter() - start, time.process_time() - cpu))
    return min(runs), [wall for wall, _ in runs]


def time_everything(args, path, data, timings, copro):
    print("\nTimings on %s (%d bytes; %d attendance records), load average %s" % (
        path, os.path.getsize(path), len(data.attendance), " ".join("%.2f" % x for x in os.getloadavg())))
    rows = [("pandas load (read_json lines=True, split by kind, dates, references)", timings["load"], "1 run")]
    if path.endswith((".jsonl", ".ndjson")):
        start, cpu = time.perf_counter(), time.process_time()
        other = coprodata.Data(coprodata.read_frames_by_line(path), args.period, dimensions(args))
        by_line = (time.perf_counter() - start, time.process_time() - cpu)
        check_same_load(data, other)
        del other
        rows.append(("pandas load by hand (json.loads per line, a frame per kind, dates, references)", by_line,
                     "1 run"))
    data._slice_people = None  # worked out again, to be timed
    shared, _ = best(data.slice_people, 1)
    rows.append(("pandas people per initiative and period slice (shared, once)", shared, "1 run"))
    for metric in METRICS:
        for level, what in ((coprodata.NONE, "value, n, components"),
                            (coprodata.OWN, "and its own breakdowns (as MetricBenchmark)"),
                            (coprodata.ALL, "and initiative and period breakdowns (as evaluate)")):
            seconds, runs = best(lambda: metric.measure(data, breakdowns=level), args.repeat)
            rows.append(("%s: %s" % (metric.ID, what), seconds, runs_text(runs)))
    start, cpu = time.perf_counter(), time.process_time()
    fresh = coprodata.load(path, args.period, dimensions(args))
    for metric in METRICS:
        metric.measure(fresh)
    rows.append(("pandas end to end (load, the %d metrics with breakdowns)" % len(METRICS),
                 (time.perf_counter() - start, time.process_time() - cpu), "1 run"))
    rows.append(("copro evaluate --format json --streaming never, end to end (every metric, one JVM)",
                 (copro["wall"], copro["cpu"]), "1 run"))
    width = max(len(r[0]) for r in rows)
    print("%-*s  %10s  %10s  %s" % (width, "what", "wall (s)", "CPU (s)", "runs, wall (s)"))
    for what, (wall, cpu), runs in rows:
        print("%-*s  %10.4f  %10s  %s" % (width, what, wall, "-" if cpu is None else "%.4f" % cpu, runs))
    print("pandas process peak RSS: %d MB" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))
    if copro["peak_kb"] is not None:
        print("copro evaluate peak RSS (/usr/bin/time -v): %d MB" % (copro["peak_kb"] // 1024))


def check_same_load(data, other):
    """The loader by hand must give the measurements read_json's does (two metrics checked, untimed)."""
    if notice.measure(data) != notice.measure(other) or retention.measure(data) != retention.measure(other):
        fail("compare: the two pandas loaders give different measurements")


def runs_text(runs):
    return ", ".join("%.4f" % r for r in runs)


if __name__ == "__main__":
    main()
