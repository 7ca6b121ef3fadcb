"""The period report (verantwoording) to Excel at 100,000 and 1,000,000 contact-moment rows,
against pandas.DataFrame.to_excel writing the same rows, with the peak memory of each.

    python -m bench.report [--db PATH] [--runs 3] [--large-runs 1] [--no-large] [--tiny]

`--db` (default: the cached 100,000-person / 1,000,000-contact demo of bench/cache.py) is
only read. Every run is a child process (`--child`), so its peak memory (ru_maxrss) is its
own. Ours: the whole report at *gepseudonimiseerd* (figures, charts, network, stories and
every detail sheet, streamed), timed from opening the database to the renamed file. Peer:
the same contact-moment rows (same columns, pseudonyms included) in a DataFrame, and only
`DataFrame.to_excel` timed; and our writer alone on those rows (writer against writer). CPU
time is shown beside wall time: on a shared machine it is the steadier of the two. Also
ours without lxml (OPENPYXL_LXML=False), to decide on it.
Targets: ≥ 2× faster than pandas at 100,000 rows, peak memory < 150 MB, and at 1,000,000
rows no more memory than at 100,000. `--tiny`: one run on a 150-person demo, no pandas.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.results import record

ROOT = Path(__file__).resolve().parent.parent
MEMORY_MB, SPEEDUP = 150, 2.0


def period_with(db: Path, rows: int) -> tuple[dt.date, dt.date, int]:
    """The period ending at the newest contact moment that holds about `rows` of them."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        days = con.execute("SELECT occurred_on, count(*) FROM contact_moments GROUP BY "
                           "occurred_on ORDER BY occurred_on DESC").fetchall()
    finally:
        con.close()
    total = 0
    end = dt.date.fromisoformat(days[0][0])
    start = end
    for day, count in days:
        total += count
        start = dt.date.fromisoformat(day)
        if total >= rows:
            break
    return start, end, total


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(kind: str, db: Path, start: dt.date, end: dt.date, out: Path) -> dict:
    from bench.list_data import open_services
    from db.services.periods import Period
    from exports.privacy import ExportOptions, Privacy

    services = open_services(db)
    period = Period(start, end)
    options = ExportOptions(Privacy.PSEUDONYMISED)
    began, cpu = time.perf_counter(), cpu_s()
    if kind == "ours":
        from exports.report import ReportRequest, export_period_report

        result = export_period_report(services.db, ReportRequest(period, (), options), out)
        return {"seconds": time.perf_counter() - began, "cpu": cpu_s() - cpu,
                "rows": result.rows, "peak_mb": peak_mb(), "bytes": out.stat().st_size}
    from db.services.report_rows import ReportRowService
    from exports.privacy import Pseudonyms
    from exports.report.details import contact_columns

    names = Pseudonyms(options.privacy)
    rows = [(r.occurred_on, r.setting.label, r.strategy.label if r.strategy else "",
             r.neighbourhood, r.themes, names.names(r.participants), r.anonymous_count,
             r.worker) for r in ReportRowService(services.db).contacts(period)]
    if kind == "writer":  # our writer alone on the same rows: writer against writer
        from exports.streaming import StreamSheet, new_streaming_workbook
        from exports.workbook import save_atomic

        began, cpu = time.perf_counter(), cpu_s()
        workbook = new_streaming_workbook()
        sheet = StreamSheet(workbook, "Contactmomenten", contact_columns(options),
                            freeze_rows=1)
        sheet.header()
        for row in rows:
            sheet.append(row)
        sheet.as_table("Contactmomenten")
        save_atomic(workbook, out)
        return {"seconds": time.perf_counter() - began, "cpu": cpu_s() - cpu,
                "rows": len(rows), "peak_mb": peak_mb(), "bytes": out.stat().st_size}
    import pandas as pd

    frame = pd.DataFrame(rows, columns=[c.title for c in contact_columns(options)])
    del rows
    began, cpu = time.perf_counter(), cpu_s()
    frame.to_excel(out, sheet_name="Contactmomenten", index=False)
    return {"seconds": time.perf_counter() - began, "cpu": cpu_s() - cpu, "rows": len(frame),
            "peak_mb": peak_mb(), "bytes": out.stat().st_size}


def run_child(kind: str, db: Path, start: dt.date, end: dt.date, lxml: bool = True) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "OPENPYXL_LXML": "True" if lxml else "False"}
        done = subprocess.run(
            [sys.executable, "-m", "bench.report", "--child", kind, "--db", str(db),
             "--from", start.isoformat(), "--to", end.isoformat(),
             "--out", str(Path(folder) / f"{kind}.xlsx")],
            cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{kind} mislukt:\n{done.stderr}")
        return json.loads(done.stdout.strip().splitlines()[-1])


def measure(kind: str, db: Path, start, end, runs: int, lxml: bool = True) -> list[dict]:
    return [run_child(kind, db, start, end, lxml) for _ in range(runs)]


def spread(values: list[float], unit: str, digits: int = 1) -> str:
    def f(v: float) -> str:
        return f"{v:.{digits}f}".replace(".", ",")
    return f"{f(statistics.median(values))} {unit} ({f(min(values))}–{f(max(values))})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.report")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--large-runs", type=int, default=1)
    parser.add_argument("--no-large", action="store_true")
    parser.add_argument("--tiny", action="store_true")
    parser.add_argument("--child", choices=("ours", "writer", "pandas"))
    parser.add_argument("--from", dest="start")
    parser.add_argument("--to", dest="end")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.db, dt.date.fromisoformat(args.start),
                               dt.date.fromisoformat(args.end), args.out)))
        return 0
    temporary = None
    if args.tiny:
        from bench.list_data import tiny_database

        temporary = tempfile.TemporaryDirectory()
        db = tiny_database(Path(temporary.name))
        scales, runs = [1_000], 1
    else:
        from bench.cache import demo_folder

        db = args.db or demo_folder(100_000) / "buurtboek.sqlite"
        scales, runs = [100_000] + ([] if args.no_large else [1_000_000]), args.runs
    missed = []
    try:
        import pandas  # noqa: F401 - the peer, an optional `bench` extra
        have_pandas = not args.tiny
    except ImportError:
        have_pandas = False
    print("| meting | ons, mediaan (min–max) | CPU-tijd | piekgeheugen | pandas.to_excel "
          "| CPU-tijd | piekgeheugen | verhouding pandas ÷ ons (tijd; CPU) | gehaald |")
    print("|---|---|---|---|---|---|---|---|---|")
    memory = {}
    for scale in scales:
        start, end, rows = period_with(db, scale)
        count = runs if scale <= 100_000 else args.large_runs
        ours = measure("ours", db, start, end, count)
        seconds = [r["seconds"] for r in ours]
        memory[scale] = max(r["peak_mb"] for r in ours)
        cpu = [r["cpu"] for r in ours]
        peer_text, peer_cpu, peer_mem, ratio_text = "—", "—", "—", "—"
        met = memory[scale] < MEMORY_MB
        ratio = None
        if have_pandas and scale <= 100_000:
            peer = measure("pandas", db, start, end, count)
            peer_s = [r["seconds"] for r in peer]
            ratio = statistics.median(peer_s) / statistics.median(seconds)
            peer_text = spread(peer_s, "s")
            peer_cpu = spread([r["cpu"] for r in peer], "s")
            peer_mem = f"{max(r['peak_mb'] for r in peer):.0f} MB"
            cpu_ratio = statistics.median([r["cpu"] for r in peer]) / statistics.median(cpu)
            ratio_text = f"{ratio:.1f}×; {cpu_ratio:.1f}×".replace(".", ",")
            met = met and ratio >= SPEEDUP
        if scale > 100_000 and 100_000 in memory:
            met = met and memory[scale] <= memory[100_000] * 1.05
        label = "Verantwoording, " + f"{rows:,} contactmomenten".replace(",", ".")
        print(f"| {label} | {spread(seconds, 's')} | {spread(cpu, 's')} | "
              f"{memory[scale]:.0f} MB | {peer_text} | {peer_cpu} | {peer_mem} | {ratio_text} "
              f"| {'ja' if met else 'NEE'} |", flush=True)
        record(label, f"≥ {SPEEDUP:.0f}× pandas, < {MEMORY_MB} MB", statistics.median(seconds),
               "s", met=met, peer="pandas.DataFrame.to_excel" if ratio else None,
               peer_value=statistics.median(peer_s) if ratio else None, ratio=ratio)
        if not met:
            missed.append(label)
        if have_pandas and scale <= 100_000:
            writer = measure("writer", db, start, end, count)
            w_s, w_cpu = [r["seconds"] for r in writer], [r["cpu"] for r in writer]
            ratios = (statistics.median(peer_s) / statistics.median(w_s),
                      statistics.median([r["cpu"] for r in peer]) / statistics.median(w_cpu))
            print(f"| … alleen het blad Contactmomenten (onze schrijver, dezelfde rijen) | "
                  f"{spread(w_s, 's')} | {spread(w_cpu, 's')} | "
                  f"{max(r['peak_mb'] for r in writer):.0f} MB | | | | "
                  f"{ratios[0]:.1f}×; {ratios[1]:.1f}× | |".replace(".", ","), flush=True)
        if scale <= 100_000 and not args.tiny:
            plain = measure("ours", db, start, end, count, lxml=False)
            plain_s = [r["seconds"] for r in plain]
            plain_cpu = [r["cpu"] for r in plain]
            print(f"| … zonder lxml | {spread(plain_s, 's')} | {spread(plain_cpu, 's')} | "
                  f"{max(r['peak_mb'] for r in plain):.0f} MB | | | | met lxml "
                  f"{statistics.median(plain_cpu) / statistics.median(cpu):.1f}× "
                  f"minder CPU | |".replace(".", ","), flush=True)
    if temporary is not None:
        temporary.cleanup()
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
