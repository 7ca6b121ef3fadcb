"""Back-up and start-up with the health check, on the 100,000-resident / 1,000,000-contact
database.

    python -m bench.backup [--runs 5] [--people 100000] [--tiny]

1. A back-up (db.backups.create: VACUUM INTO, quick_check of the copy, rename) against the
   peer, a plain file copy of the same database (what the disk alone costs), interleaved.
2. The UI while a back-up runs through ui.tasks.Task: the largest gap between the ticks of
   a 10 ms timer on the UI thread (how long the window could not react).
3. Start-up with the health check (quick_check off the UI thread, next to opening the
   database): process start to first paint, to data shown, to health check done; against
   a bare PySide6 window. Budget: a usable window within 1.5 s.

Medians of several runs (min-max); the database is a copy, the cached one is never written.
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

from bench.results import record

ROOT = Path(__file__).resolve().parent.parent
BACKUP_BUDGET = 10.0
STARTUP_BUDGET = 1.5
STALL_BUDGET_MS = 100  # "the UI stays responsive": no stall a user notices (~100 ms)
LIMITS = {
    "backup": ("VACUUM INTO schrijft de hele database opnieuw (alle tabellen en indexen, ook "
               "de zoekindex), daarna fsync en quick_check van de kopie: de schijf en één kern "
               "bepalen het; de peer (bestand kopiëren) is de ondergrens."),
    "stall": ("De back-up draait op een QThreadPool-thread; de UI-thread wacht alleen als "
              "de worker de GIL vasthoudt (sqlite3 geeft hem vrij tijdens VACUUM INTO)."),
    "startup": ("Tot de gegevens getoond worden: na de eerste paint `import db.services` "
                "(~0,9 s: SQLAlchemy ~0,3 s, de modellen ~0,25 s, en elke service vooraf, "
                "ook db.services.network met numpy ~0,15 s), de database openen en de eerste "
                "queries van de Overzicht-pagina; de gezondheidscontrole loopt ernaast op een "
                "thread en deelt de GIL."),
}


def spread(values: list[float]) -> str:
    return (f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"
            if values else "-")


def prepare(people: int, work: Path, tiny: bool) -> Path:
    folder = work / "gegevens"
    folder.mkdir()
    if tiny:
        subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(folder), "demo",
                        "--people", str(people)], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    else:
        from bench.cache import demo_folder

        shutil.copyfile(demo_folder(people) / "buurtboek.sqlite", folder / "buurtboek.sqlite")
    return folder / "buurtboek.sqlite"


def measure_backups(database: Path, runs: int) -> dict[str, list[float]]:
    from db import backups
    from db.health import quick_check

    times: dict[str, list[float]] = {"backup": [], "copy": [], "check": []}
    peer = database.with_name("kopie.sqlite")
    for _ in range(runs):
        started = time.perf_counter()
        shutil.copyfile(database, peer)
        with open(peer, "rb+") as file:
            os.fsync(file.fileno())
        times["copy"].append(time.perf_counter() - started)
        peer.unlink()
        started = time.perf_counter()
        made = backups.create(database)
        times["backup"].append(time.perf_counter() - started)
        started = time.perf_counter()
        assert quick_check(made.path) == []
        times["check"].append(time.perf_counter() - started)
        made.path.unlink()
    return times


def measure_ui(database: Path) -> tuple[float, float, int]:
    """(largest gap between 10 ms timer ticks, back-up seconds, progress updates)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from db import backups
    from ui.tasks import Task

    app = QApplication.instance() or QApplication([])
    window = QWidget()
    window.show()
    clock = QElapsedTimer()
    clock.start()
    gaps, last, updates, result = [], [clock.elapsed()], [0], {}

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    task = Task(window, "Back-up maken", lambda progress, cancelled: backups.create(
        database, progress=progress, cancelled=cancelled))
    task._signals.progress.connect(lambda *a: updates.__setitem__(0, updates[0] + 1))
    task.finished.connect(lambda made: (result.setdefault("made", made), app.quit()))
    task.failed.connect(lambda error: (result.setdefault("error", error), app.quit()))
    started = time.perf_counter()
    task.start()
    app.exec()
    elapsed = time.perf_counter() - started
    timer.stop()
    if "error" in result:
        raise result["error"]
    result["made"].path.unlink()
    return (max(gaps) / 1000 if gaps else 0.0), elapsed, updates[0]


def _marks(command: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    marks = {}
    for line in out.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("first-paint", "data-shown", "health-checked"):
            marks[name] = float(value) - start
    if "first-paint" not in marks:
        raise RuntimeError(f"geen first-paint van {command}: {out.stderr[-2000:]}")
    return marks


def measure_startup(database: Path, runs: int) -> dict[str, list[float]]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "BUURTBOEK_EXIT_AFTER_FIRST_PAINT": "1"}
    app = [sys.executable, "-m", "desktop.cli", "--data-dir", str(database.parent),
           "--page", "overzicht"]
    bare = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    _marks(app, env)  # warm the file cache and .pyc files once
    _marks(bare, env)
    times: dict[str, list[float]] = {"bare": [], "first-paint": [], "data-shown": [],
                                     "health-checked": []}
    for _ in range(runs):
        times["bare"].append(_marks(bare, env)["first-paint"])
        for name, value in _marks(app, env).items():
            times[name].append(value)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--tiny", action="store_true", help="one run on 50 residents (tests)")
    args = parser.parse_args(argv)
    runs, people = (1, 50) if args.tiny else (args.runs, args.people)
    work = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    try:
        database = prepare(people, work, args.tiny)
        size = database.stat().st_size / 1024 / 1024
        backups_ = measure_backups(database, runs)
        gap, ui_seconds, updates = measure_ui(database)
        startup = measure_startup(database, runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ratio = statistics.median(backups_["backup"]) / statistics.median(backups_["copy"])
    missed = record_figures(people, size, backups_, ratio, gap, ui_seconds, startup)
    print(f"Database: {people} bewoners, {size:.0f} MB; {runs} runs, mediaan (min–max)\n")
    print("| meting | Buurtboek | peer | verhouding | doel |")
    print("|---|---|---|---|---|")
    print(f"| back-up (VACUUM INTO, fsync, controle, hernoemen) | {spread(backups_['backup'])} "
          f"| bestand kopiëren + fsync: {spread(backups_['copy'])} | {ratio:.1f} "
          f"| < {BACKUP_BUDGET:.0f} s |")
    print(f"| quick_check van de kopie, apart gemeten | {spread(backups_['check'])} | | | |")
    print(f"| back-up via ui.tasks.Task | {ui_seconds:.2f} s, {updates} voortgangsmeldingen, "
          f"grootste hapering UI-thread {gap * 1000:.0f} ms | | | UI blijft reageren |")
    bare = statistics.median(startup["bare"])
    for mark, label in (("first-paint", "start → eerste paint"),
                        ("data-shown", "start → gegevens getoond (bruikbaar)"),
                        ("health-checked", "start → gezondheidscontrole klaar")):
        values = startup.get(mark, [])
        print(f"| {label} | {spread(values)} | kaal venster: {spread(startup['bare'])} "
              f"| {statistics.median(values) / bare:.1f} "
              f"| {'< 1.5 s' if mark == 'data-shown' else ''} |" if values else "")
    return 1 if missed and not args.tiny else 0


def record_figures(people: int, size: float, backups_: dict[str, list[float]], ratio: float,
                   gap: float, ui_seconds: float, startup: dict[str, list[float]]) -> bool:
    """Hand the figures to bench/suite.py; True when a target was missed."""
    scale = f"{people:,} bewoners".replace(",", ".") + f", {size:.0f} MB"
    backup = statistics.median(backups_["backup"])
    copy = statistics.median(backups_["copy"])
    met_backup = backup < BACKUP_BUDGET
    record(f"Back-up (VACUUM INTO, fsync, controle, hernoemen), {scale}",
           f"< {BACKUP_BUDGET:.0f} s", backup, "s", met_backup,
           peer="bestand kopiëren + fsync (Buurtboek ÷ peer)", peer_value=copy, ratio=ratio,
           note=LIMITS["backup"])
    met_stall = gap * 1000 <= STALL_BUDGET_MS
    record(f"Grootste hapering van de UI-thread tijdens de back-up ({ui_seconds:.1f} s)",
           f"≤ {STALL_BUDGET_MS} ms (UI blijft reageren)", gap * 1000, "ms", met_stall,
           note=LIMITS["stall"])
    bare = statistics.median(startup["bare"])
    met_start = True
    for mark, label, target in (
            ("first-paint", "Start tot eerste paint", None),
            ("data-shown", "Start tot bruikbaar venster (gegevens getoond), met "
                           "gezondheidscontrole", STARTUP_BUDGET),
            ("health-checked", "Start tot gezondheidscontrole klaar (op de achtergrond)", None)):
        values = startup.get(mark, [])
        if not values:
            continue
        median = statistics.median(values)
        met = None if target is None else median < target
        met_start &= met is not False
        record(f"{label}, {scale}", "" if target is None else f"< {target} s", median, "s",
               met, peer="kaal PySide6-venster (Buurtboek ÷ peer)", peer_value=bare,
               ratio=median / bare, note=LIMITS["startup"])
    return not (met_backup and met_stall and met_start)


if __name__ == "__main__":
    sys.exit(main())
