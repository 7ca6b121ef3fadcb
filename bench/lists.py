"""The contact-moment list on 1,000,000 contact moments: first screen, filters, sorts, paging
and memory, each against its peer.

    python -m bench.lists [--db PATH] [--runs 7] [--tiny]

`--db` (default: the cached 100,000-person demo of bench/cache.py) is only read.
Each figure is the median of `--runs` warm runs (min–max). Peers, in the same run: OFFSET
paging for keyset paging, and a table model that loads every row (in a subprocess, so its
memory does not count against ours) for the windowed model. Exit code 1 when a target is
missed. `--tiny`: one run on a 150-person demo, for tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.cache import demo_folder
from bench.list_data import open_services, tiny_database
from bench.results import record

ROOT = Path(__file__).resolve().parent.parent
FIRST_SCREEN_MS, CHANGE_MS, APP_MB = 50, 100, 300
LIMITS = {  # what a figure waits for, shown in bench/results.md when its target is missed
    "ms": ("Eén keyset-pagina van 200 rijen met namen en thema's (group_concat per rij) plus "
           "een telling tot 10.000; een filter dat niet door een index wordt gedekt laat "
           "SQLite tabelrijen lezen tot de pagina vol is, en Qt schildert de zichtbare rijen."),
    "MB": ("Python, Qt en SQLAlchemy zelf (~100 MB) plus de SQLite-paginacache; het model "
           "houdt alleen de geladen pagina's vast."),
}


# -- measuring ---------------------------------------------------------------------------------
def timed(fn: Callable[[], object], runs: int, before: Callable[[], object] | None = None,
          warm: int = 1) -> list[float]:
    """Milliseconds of `fn` over `runs` runs (after `warm` untimed ones); `before` untimed."""
    times = []
    for i in range(warm + runs):
        if before is not None:
            before()
        start = time.perf_counter()
        fn()
        if i >= warm:
            times.append((time.perf_counter() - start) * 1000)
    return times


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # not on Windows; peak rather than current there is good enough

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def dutch(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class Table:
    def __init__(self) -> None:
        self.missed: list[str] = []
        print("| meting | doel | gemeten, mediaan (min–max) | peer, mediaan "
              "| verhouding peer ÷ gemeten | gehaald |")
        print("|---|---|---|---|---|---|")

    def row(self, name: str, times: list[float], target: float | None, unit: str = "ms",
            peer: list[float] | None = None, peer_name: str = "") -> None:
        med = statistics.median(times)
        spread = f"{med:.1f} {unit} ({min(times):.1f}–{max(times):.1f})" if len(times) > 1 \
            else f"{med:.1f} {unit}"
        peer_text = ratio = "–"
        if peer:
            peer_med = statistics.median(peer)
            peer_text = f"{peer_med:.1f} {unit}"
            ratio = f"{peer_med / med:.1f}" if med else "–"
        ok = target is None or med <= target
        if not ok:
            self.missed.append(name)
        goal = "–" if target is None else f"≤ {target:g} {unit}"
        peer_med = statistics.median(peer) if peer else None
        record(name, "" if target is None else goal, med, unit, None if target is None else ok,
               peer=peer_name or ("peer" if peer else ""), peer_value=peer_med,
               ratio=peer_med / med if peer_med and med else None, note=LIMITS.get(unit, ""))
        print(f"| {name} | {goal} | {spread} | {peer_text} | {ratio} | "
              f"{'–' if target is None else 'ja' if ok else 'GEMIST'} |", flush=True)


def measure_page(services, table: Table, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from db.services.contacts import ContactFilter, ContactSort, SortKey
    from db.vocabulary import ContactSetting, Strategy
    from ui.context import AppContext
    from ui.models.paged import PagedTableModel
    from ui.pages.contact_filters import period_bounds
    from ui.pages.contacts import COLUMNS, ContactsPage

    app = QApplication.instance() or QApplication([])
    contacts = services.contacts

    def first_screen_service() -> None:
        contacts.page(ContactFilter(), ContactSort(), None, 200)
        contacts.count_capped(ContactFilter())

    model = PagedTableModel(COLUMNS, lambda after, n: contacts.page(None, None, after, n))

    def first_screen_model() -> None:
        model.reload()
        contacts.count_capped(ContactFilter())

    table.row("Eerste scherm: service (pagina + telling)", timed(first_screen_service, runs),
              FIRST_SCREEN_MS)
    table.row("Eerste scherm: service + model-reset", timed(first_screen_model, runs),
              FIRST_SCREEN_MS)

    context = AppContext()
    context.attach(services)
    pages: list[ContactsPage] = []

    def first_paint() -> None:
        page = ContactsPage(context)
        page.resize(1000, 700)
        page.show()
        page.refresh()
        page.repaint()  # paints now, the rows included
        pages.append(page)

    def close_pages() -> None:
        while pages:
            pages.pop().deleteLater()
        app.processEvents()

    table.row("Eerste scherm: ContactsPage gebouwd, geladen en geschilderd",
              timed(first_paint, runs, before=close_pages), FIRST_SCREEN_MS)
    close_pages()
    page = ContactsPage(context)
    page.resize(1000, 700)
    page.show()
    page.refresh()
    app.processEvents()

    def paint() -> None:
        page.view.viewport().repaint()
        page.summary.repaint()

    options = contacts.filter_options()
    bar = page.filters
    counted: list[float] = []
    page.counted.connect(lambda: counted.append(time.perf_counter()))

    def biggest_first(pairs, make):
        return sorted(pairs, key=lambda p: contacts.count(make(p[0])), reverse=True)

    def choose(combo, data) -> Callable[[], None]:
        return lambda: (combo.setCurrentIndex(combo.findData(data)), paint())

    settings = biggest_first([(s, s.label) for s in ContactSetting],
                             lambda s: ContactFilter(settings=frozenset({s})))
    hoods = biggest_first(options.neighbourhoods, lambda i: ContactFilter(neighbourhood_id=i))
    themes = biggest_first(options.themes, lambda i: ContactFilter(theme_id=i))
    changes: list[tuple[str, Callable[[], None], ContactFilter | None]] = []
    for preset, text in (("week", "deze week"), ("month", "deze maand"),
                         ("quarter", "dit kwartaal"), ("year", "dit jaar")):
        changes.append((f"Filter periode: {text}", choose(bar.period, preset), None))
    for combo, kind, values in ((bar.setting_combo, "setting", settings),
                                (bar.hood_combo, "buurt", hoods),
                                (bar.theme_combo, "thema", themes)):
        for value, name in dict.fromkeys([values[0], values[-1]]):  # the biggest, the smallest
            changes.append((f"Filter {kind}: {name}", choose(combo, value), None))
    for value, text in ((Strategy.BONDING, "verbinden"), (Strategy.LINKING, "koppelen"),
                        ("none", "geen strategie")):
        changes.append((f"Filter strategie: {text}", choose(bar.strategy_combo, value), None))
    changes.append((f"Filter werker: {options.workers[0][1]}",
                    choose(bar.worker_combo, options.workers[0][0]), None))
    big_setting, big_hood, big_theme = settings[0][0], hoods[0][0], themes[0][0]
    small_theme = themes[-1][0]
    changes += [  # combinations that make SQLite visit table rows, and an empty list
        ("Filter setting Online bij thema + buurt + dit jaar",
         choose(bar.setting_combo, ContactSetting.ONLINE),
         ContactFilter(theme_id=big_theme, neighbourhood_id=big_hood,
                       date_from=period_bounds("year", dt.date.today())[0],
                       date_to=period_bounds("year", dt.date.today())[1])),
        ("Filter kleinste thema bij geen strategie + grootste setting + grootste buurt",
         choose(bar.theme_combo, small_theme),
         ContactFilter(strategy="none", settings=frozenset({big_setting}),
                       neighbourhood_id=big_hood)),
        ("Filter strategie verbinden bij kleinste thema + grootste buurt",
         choose(bar.strategy_combo, Strategy.BONDING),
         ContactFilter(theme_id=small_theme, neighbourhood_id=big_hood)),
        ("Filter setting Online bij strategie koppelen",
         choose(bar.setting_combo, ContactSetting.ONLINE),
         ContactFilter(strategy=Strategy.LINKING)),
        ("Filter vanaf morgen bij thema + setting: lege lijst met advies",
         lambda: (bar.date_from.setDate(bar.date_from.date().currentDate().addDays(1)),
                  paint()),
         ContactFilter(theme_id=big_theme, settings=frozenset({ContactSetting.STREET}))),
    ]
    for name, change, start_from in changes:
        shown, complete = [], []
        for run in range(1 + runs):  # the first run warms up
            page.set_sort(ContactSort())
            page.set_filter(start_from or ContactFilter(), preset="all")
            page.background.wait()
            app.processEvents()
            counted.clear()
            start = time.perf_counter()
            change()
            rows_at = time.perf_counter()
            while not counted and time.perf_counter() - rows_at < 30:
                page.background.wait()
                app.processEvents()
            if run:
                shown.append((rows_at - start) * 1000)
                complete.append((counted[0] - start) * 1000)
        table.row(name, shown, CHANGE_MS)
        if max(complete) > max(shown):  # counted (or advice found) on the worker thread
            table.row("… en het aantal of advies erbij (op de achtergrond)", complete, None)

    for key, text in ((SortKey.DATE, "datum"), (SortKey.SETTING, "setting"),
                      (SortKey.NEIGHBOURHOOD, "buurt")):
        for descending in (False, True):
            def sort(order=ContactSort(key, descending)) -> None:
                page.set_sort(order)
                paint()

            def reset(key=key) -> None:  # start from another order, so the sort changes
                page.clear_filters()
                page.set_sort(ContactSort(SortKey.DATE, descending=key is not SortKey.DATE))
            table.row(f"Sorteren op {text}, {'aflopend' if descending else 'oplopend'}",
                      timed(sort, runs, before=reset), CHANGE_MS)

    def theme_then_sort() -> None:
        page.set_filter(ContactFilter(theme_id=big_theme), preset="all")
        page.background.wait()
        app.processEvents()

    table.row("Sorteren op buurt met een thema-filter",
              timed(lambda: (page.set_sort(ContactSort(SortKey.NEIGHBOURHOOD, False)), paint()),
                    runs, before=lambda: (page.set_sort(ContactSort()), theme_then_sort())),
              CHANGE_MS)

    page.clear_filters()
    page.set_sort(ContactSort())
    scroll = timed(lambda: [page.model.fetchMore() for _ in range(10)], runs,
                   before=page.model.reload)
    table.row("Scrollen: 10 pagina's bijladen in het model, per pagina",
              [t / 10 for t in scroll], FIRST_SCREEN_MS)
    page.deleteLater()
    app.processEvents()


def measure_paging(services, table: Table, runs: int) -> None:
    from sqlalchemy import text

    from db.services.contacts import ContactFilter, ContactSort

    keyset_sql = text("SELECT id FROM contact_moments WHERE occurred_on <= :d AND "
                      "(occurred_on < :d OR id < :i) ORDER BY occurred_on DESC, id DESC "
                      "LIMIT 200")
    offset_sql = text("SELECT id FROM contact_moments ORDER BY occurred_on DESC, id DESC "
                      "LIMIT 200 OFFSET :n")
    contacts = services.contacts
    total = contacts.count()
    # 10 and 1,000 pages deep; less on a small database (--tiny), so the code still runs
    for pages in sorted({min(depth, max(1, total // 200 - 1)) for depth in (10, 1000)}):
        key = None
        for _ in range(pages):  # walk there the way the model does
            key = contacts.page(ContactFilter(), ContactSort(), key, 200)[-1].key
        service = timed(lambda k=key: contacts.page(None, None, k, 200), runs)
        table.row(f"Pagina {pages + 1} via keyset, ContactService.page met namen",
                  service, FIRST_SCREEN_MS)
        with services.db.session() as s:
            ks = timed(lambda k=key: s.execute(keyset_sql, {"d": k.occurred_on, "i": k.id})
                       .all(), runs)
            off = timed(lambda n=200 * pages: s.execute(offset_sql, {"n": n}).all(), runs)
            same = s.execute(keyset_sql, {"d": key.occurred_on, "i": key.id}).all() == \
                s.execute(offset_sql, {"n": 200 * pages}).all()
        table.row(f"Pagina {pages + 1}, alleen de SQL: keyset (peer: OFFSET {dutch(200 * pages)})"
                  + ("" if same else " ANDERE RIJEN!"), ks, None, peer=off,
                  peer_name=f"OFFSET {dutch(200 * pages)} (× trager)")


# -- memory, each in its own process -----------------------------------------------------------
def child(kind: str, path: Path) -> None:
    """Open the list as the app does (windowed) or as a model that loads every row (naive);
    print the time to first paint and the process memory after."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([])
    start = time.perf_counter()
    if kind == "windowed":
        from PySide6.QtCore import QSettings

        from ui.context import AppContext
        from ui.main_window import MainWindow

        settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(), settings, "bench")
        window.resize(1200, 780)
        window.attach(open_services(path))
        start = time.perf_counter()
        window.show_page("contactmomenten")
        window.show()
        window.repaint()
        first = time.perf_counter() - start
        page = window.page("contactmomenten")
        for _ in range(10):
            page.model.fetchMore()
        rows = page.model.rowCount()
    else:
        con = sqlite3.connect(path)
        data = con.execute(
            "SELECT cm.occurred_on, cm.setting, cm.strategy, "
            "(SELECT group_concat(a.name, ', ') FROM contact_participants p JOIN actors a "
            " ON a.id = p.actor_id WHERE p.contact_moment_id = cm.id), n.name, "
            "(SELECT group_concat(t.name, ', ') FROM contact_themes ct JOIN themes t "
            " ON t.id = ct.theme_id WHERE ct.contact_moment_id = cm.id), "
            "CASE WHEN cm.sensitive THEN '' ELSE substr(cm.note, 1, 160) END "
            "FROM contact_moments cm LEFT JOIN neighbourhoods n ON n.id = cm.neighbourhood_id "
            "ORDER BY cm.occurred_on DESC, cm.id DESC").fetchall()

        class Everything(QAbstractTableModel):
            def rowCount(self, parent=QModelIndex()):  # noqa: N802
                return len(data)

            def columnCount(self, parent=QModelIndex()):  # noqa: N802
                return 7

            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                if role == Qt.ItemDataRole.DisplayRole:
                    return str(data[index.row()][index.column()] or "")
                return None

        view = QTableView()
        view.setModel(Everything())
        view.resize(1000, 700)
        view.show()
        view.repaint()
        first = time.perf_counter() - start
        rows = len(data)
    app.processEvents()
    print(json.dumps({"first_ms": first * 1000, "rss_mb": rss_mb(), "rows": rows}))


def run_child(kind: str, path: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "bench.lists", "--child", kind, "--db",
                          str(path)], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=900)
    if out.returncode:
        raise RuntimeError(f"{kind}: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_memory(path: Path, table: Table, runs: int) -> None:
    windowed = [run_child("windowed", path) for _ in range(runs)]
    naive = [run_child("naive", path) for _ in range(1 if runs > 1 else runs)]
    table.row(f"Geheugen (RSS): app met de lijst open, 10 pagina's gescrold "
              f"({dutch(windowed[0]['rows'])} rijen geladen; peer: alle rijen)",
              [w["rss_mb"] for w in windowed], APP_MB, "MB", peer=[n["rss_mb"] for n in naive],
              peer_name="model met alle rijen (× meer)")
    table.row(f"Eerste paint in een vers proces: venster met de lijst (peer: model met alle "
              f"{dutch(naive[0]['rows'])} rijen)",
              [w["first_ms"] for w in windowed], None, peer=[n["first_ms"] for n in naive],
              peer_name="model met alle rijen (× trager)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--tiny", action="store_true", help="one run on a 150-person demo")
    parser.add_argument("--child", choices=("windowed", "naive"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child:
        child(args.child, args.db)
        return 0
    scratch = Path(tempfile.mkdtemp(prefix="bb-lists-"))
    try:
        if args.tiny:
            path, notes, runs = tiny_database(scratch), [], 1
        else:
            path = args.db or demo_folder(100_000) / "buurtboek.sqlite"
            notes, runs = [], args.runs
        services = open_services(path)
        size = path.stat().st_size / 2**20
        print(f"Database: {path} ({dutch(round(size))} MB, "
              f"{dutch(services.contacts.count())} contactmomenten, {runs} runs)")
        for note in notes:
            print(f"- voorbereid: {note}")
        print()
        table = Table()
        measure_page(services, table, runs)
        measure_paging(services, table, runs)
        services.db.close()
        measure_memory(path, table, min(runs, 3))
        if table.missed:
            print(f"\nGemist: {', '.join(table.missed)}")
        return 1 if table.missed and not args.tiny else 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
