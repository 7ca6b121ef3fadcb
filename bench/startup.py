"""Start-up: process start to the first paint of the main window, against a bare PySide6 window.

    python -m bench.startup [--runs 9] [--people 0 1000 ...] [--tiny]

Each figure is the median of several runs (min and max shown) of a fresh process; the
peer runs interleaved with Buurtboek so both see the same machine load.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.cache import demo_folder
from bench.results import record

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 2.5
LIMIT = ("Tot de eerste paint: Python starten, PySide6 importeren en het venster met de "
         "Overzicht-pagina bouwen; SQLAlchemy, pyqtgraph en openpyxl komen pas na de eerste "
         "paint. Wat overblijft is vooral de import van ui/ en desktop/ en de eerste "
         "stijl/font-opbouw van Qt; op een gedeelde machine telt CPU-wachttijd mee.")


def _timings(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each mark the program prints ("first-paint", ...)."""
    start = time.time()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    marks = {}
    for line in out.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("first-paint", "data-shown"):
            marks[name] = float(value) - start
        elif name == "peak-rss-mb":
            marks[name] = float(value)
    if "first-paint" not in marks:
        raise RuntimeError(f"geen first-paint van {command}: {out.stderr[-2000:]}")
    return marks


def measure(runs: int, people: int, cache: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "BUURTBOEK_EXIT_AFTER_FIRST_PAINT": "1"}
    if people:
        data = demo_folder(people, cache=cache)
    else:
        data = cache / "startup-empty"
        data.mkdir(parents=True, exist_ok=True)
    app = [sys.executable, "-m", "desktop.cli", "--data-dir", str(data), "--page", "overzicht"]
    bare = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    _timings(app, env)  # warm the file cache and .pyc files once
    _timings(bare, env)
    app_times, data_times, bare_times, memory = [], [], [], []
    for _ in range(runs):
        bare_times.append(_timings(bare, env)["first-paint"])
        marks = _timings(app, env)
        app_times.append(marks["first-paint"])
        data_times.append(marks["data-shown"])
        if "peak-rss-mb" in marks:
            memory.append(marks["peak-rss-mb"])

    def spread(values):
        return statistics.median(values), min(values), max(values)

    return {
        "people": people, "runs": runs, "app": spread(app_times), "data": spread(data_times),
        "bare": spread(bare_times), "rss_mb": max(memory) if memory else float("nan"),
        "ratio": statistics.median(app_times) / statistics.median(bare_times),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--people", type=int, nargs="*", default=[0, 1000])
    parser.add_argument("--tiny", action="store_true", help="one run, empty database (for tests)")
    parser.add_argument("--cache", type=Path, default=ROOT / "bench" / ".cache")
    args = parser.parse_args(argv)
    runs, scales = (1, [0]) if args.tiny else (args.runs, args.people)
    cache = Path(tempfile.mkdtemp()) if args.tiny else args.cache
    missed = 0
    print(f"| database | Buurtboek eerste paint, mediaan (min–max) | kaal PySide6-venster "
          f"(min–max) | verhouding | doel ≤ {TARGET_RATIO} | Overzicht met gegevens "
          f"| geheugen (piek) |")
    print("|---|---|---|---|---|---|---|")
    for people in scales:
        r = measure(runs, people, cache)
        (am, amin, amax), (bm, bmin, bmax), (dm, dmin, dmax) = r["app"], r["bare"], r["data"]
        ok = r["ratio"] <= TARGET_RATIO
        missed += not ok
        print(f"| {people} bewoners | {am * 1000:.0f} ms ({amin * 1000:.0f}–{amax * 1000:.0f}) "
              f"| {bm * 1000:.0f} ms ({bmin * 1000:.0f}–{bmax * 1000:.0f}) "
              f"| {r['ratio']:.2f} | {'gehaald' if ok else 'GEMIST'} "
              f"| {dm * 1000:.0f} ms ({dmin * 1000:.0f}–{dmax * 1000:.0f}) "
              f"| {r['rss_mb']:.0f} MB |", flush=True)
        scale = "lege database" if not people else f"{people:,} bewoners".replace(",", ".")
        record(f"Start tot eerste paint, {scale}", f"≤ {TARGET_RATIO}× kaal venster",
               am * 1000, "ms", ok, peer="kaal PySide6-venster", peer_value=bm * 1000,
               ratio=r["ratio"], note=LIMIT)
        record(f"Start tot Overzicht met gegevens, {scale}", "", dm * 1000, "ms", None)
        record(f"Geheugen (piek) bij Overzicht met gegevens, {scale}", "", r["rss_mb"], "MB",
               None)
    if args.tiny:
        shutil.rmtree(cache, ignore_errors=True)
    return 1 if missed and not args.tiny else 0


if __name__ == "__main__":
    sys.exit(main())
