"""Memory of the app with the largest database open: the main window on the 100,000-resident
/ 1,000,000-contact-moment demo, every page opened in turn and left to load (background
tasks included: counts, the network layout), then the process's peak (VmHWM, else
ru_maxrss) and current memory. The peer is a bare PySide6 window measured the same way.

    python -m bench.memory [--db PATH] [--runs 3] [--tiny]

Each run is a fresh process on a fresh copy of the database (the network page stores its
layout, so the cached file is never written). Exit status 1 when the median peak misses the
target: the app under 300 MB with that database open (issue 3).
"""

from __future__ import annotations

import argparse
import json
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
TARGET_MB = 300
LIMIT = ("Met de startpagina open staat de app al op ~150–180 MB (Python, PySide6, "
         "SQLAlchemy, de SQLite-paginacache); elke pagina die daarna opent houdt haar "
         "gegevens en widgets vast, de Netwerk-pagina ook de graaf (igraph/numpy) en de "
         "pyqtgraph-items van de kaart.")


def memory_mb() -> tuple[float, float]:
    """(peak, current) resident memory of this process in MB."""
    peak = current = 0.0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
            elif line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
    except OSError:
        pass
    if not peak:
        import resource  # not on Windows

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return peak, current or peak


def settle(app, busy, limit: float = 180.0) -> float:
    """Process events until nothing has been busy for 0.3 s; seconds it took."""
    start = time.perf_counter()
    quiet_since = None
    while time.perf_counter() - start < limit:
        app.processEvents()
        if busy():
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.perf_counter()
        elif time.perf_counter() - quiet_since > 0.3:
            break
        time.sleep(0.01)
    return time.perf_counter() - start


def child_app(path: Path) -> dict:
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from db.database import open_database
    from db.engine import sqlite_url
    from db.services import Services
    from ui.context import AppContext
    from ui.main_window import PAGE_NAMES, MainWindow
    from ui.tasks import running_tasks

    settings = QSettings(str(path.parent / "instellingen.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(), settings, "bench")
    window.resize(1200, 780)
    window.show()
    window.attach(Services.for_database(open_database(sqlite_url(path))))
    pool = QThreadPool.globalInstance()

    def busy() -> bool:
        return bool(running_tasks() or pool.activeThreadCount())

    pages = []
    started = time.perf_counter()
    for name in PAGE_NAMES:
        window.show_page(name)
        window.repaint()
        seconds = settle(app, busy)
        peak, current = memory_mb()
        pages.append({"page": name, "seconds": seconds, "peak_mb": peak, "rss_mb": current})
    total = time.perf_counter() - started
    peak, current = memory_mb()
    window.close()
    return {"peak_mb": peak, "rss_mb": current, "seconds": total, "pages": pages}


def child_bare() -> dict:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hallo"))
    window.resize(1200, 780)
    window.show()
    window.repaint()
    app.processEvents()
    peak, current = memory_mb()
    return {"peak_mb": peak, "rss_mb": current}


def run_child(*args: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "bench.memory", "--child", *args], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=1800)
    if out.returncode:
        raise RuntimeError(f"kind-proces {args[0]}: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def source_database(args: argparse.Namespace, scratch: Path) -> Path:
    if args.db:
        return args.db
    if args.tiny:
        from bench.list_data import tiny_database

        folder = scratch / "bron"
        folder.mkdir()
        return tiny_database(folder)
    from bench.cache import demo_folder

    return demo_folder(100_000) / "buurtboek.sqlite"


def biggest_step(run: dict) -> str:
    """Which page raised the peak most after the start page (said with a missed target)."""
    if len(run["pages"]) < 2:
        return ""
    before, step = run["pages"][0]["peak_mb"], None
    for page in run["pages"][1:]:
        if step is None or page["peak_mb"] - before > step[1]:
            step = (page, page["peak_mb"] - before)
        before = page["peak_mb"]
    page, grew = step
    return (f"Grootste stijging in deze run: pagina {page['page']}, +{grew:.0f} MB "
            f"({page['seconds']:.1f} s tot alles geladen was).")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="database to copy (default: 100.000 bewoners)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tiny", action="store_true", help="one run on a 150-person demo")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        result = child_app(Path(args.child[1])) if args.child[0] == "app" else child_bare()
        print(json.dumps(result))
        return 0
    runs = 1 if args.tiny else args.runs
    scratch = Path(tempfile.mkdtemp(prefix="bb-memory-"))
    try:
        source = source_database(args, scratch)
        size = source.stat().st_size / 2**20
        apps, bares = [], []
        for run in range(runs):
            bares.append(run_child("bare"))
            copy = scratch / f"run-{run}" / "buurtboek.sqlite"
            copy.parent.mkdir()
            shutil.copyfile(source, copy)
            apps.append(run_child("app", str(copy)))
            shutil.rmtree(copy.parent, ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    peak = statistics.median(a["peak_mb"] for a in apps)
    bare = statistics.median(b["peak_mb"] for b in bares)
    current = statistics.median(a["rss_mb"] for a in apps)
    seconds = statistics.median(a["seconds"] for a in apps)
    met = peak < TARGET_MB
    print(f"Database: {source} ({size:.0f} MB); {runs} runs, elk een vers proces op een verse "
          f"kopie; mediaan (min–max)\n")
    print("| pagina geopend (run 1) | tijd tot rust | piek (VmHWM) | nu (VmRSS) |")
    print("|---|---|---|---|")
    for page in apps[0]["pages"]:
        print(f"| {page['page']} | {page['seconds']:.2f} s | {page['peak_mb']:.0f} MB "
              f"| {page['rss_mb']:.0f} MB |")
    peaks = [a["peak_mb"] for a in apps]
    print("\n| meting | doel | gemeten | peer: kaal PySide6-venster | verhouding |")
    print("|---|---|---|---|---|")
    print(f"| geheugen (piek), alle pagina's geopend | < {TARGET_MB} MB | {peak:.0f} MB "
          f"({min(peaks):.0f}–{max(peaks):.0f}) | {bare:.0f} MB | {peak / bare:.1f}× |")
    print(f"| geheugen (nu), aan het eind | – | {current:.0f} MB | – | – |")
    print(f"| alle pagina's openen en laten laden | – | {seconds:.1f} s | – | – |")
    print("gehaald" if met else "GEMIST")
    scale = f"{size:.0f} MB database"
    record(f"Geheugen (piek, VmHWM) van de app, alle pagina's geopend, {scale}",
           f"< {TARGET_MB} MB", peak, "MB", met, peer="kaal PySide6-venster (× meer)",
           peer_value=bare, ratio=peak / bare, note=LIMIT + " " + biggest_step(apps[0]))
    first = statistics.median(a["pages"][0]["peak_mb"] for a in apps)
    record(f"Geheugen (piek) met alleen de startpagina ({apps[0]['pages'][0]['page']}) open, "
           f"{scale}", "", first, "MB", None)
    record(f"Geheugen (nu, VmRSS) aan het eind, {scale}", "", current, "MB", None)
    record(f"Alle pagina's openen en laten laden, {scale}", "", seconds, "s", None)
    return 1 if not met and not args.tiny else 0


if __name__ == "__main__":
    sys.exit(main())
