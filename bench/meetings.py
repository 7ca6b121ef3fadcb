"""Meetings at scale: the meeting list, one meeting's whole document (agenda, minutes,
attendance, the carried action list), open action points (keyset against OFFSET paging),
the minutes autosave and the Excel export (the safe writer against bare openpyxl).

    python -m bench.meetings [--db PATH] [--runs 7] [--tiny]

Default database: a copy of the cached 100.000-person demo (bench/cache.py), copied
because the autosave and the export write. --tiny:
a fresh 200-person demo, so the script cannot rot. Each figure is the median of the runs in
milliseconds, with min and max; a peer is measured in the same run, interleaved.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.results import record

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"


def big_database() -> Path | None:
    """The cached 100.000-person demo (built on first use, see bench/cache.py)."""
    from bench.cache import demo_folder

    return demo_folder(100_000) / "buurtboek.sqlite"


def clock(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):8.1f} ms  (min {min(values):.1f}, max {max(values):.1f})"


def prepare(args: argparse.Namespace, folder: Path) -> Path:
    target = folder / "buurtboek.sqlite"
    if args.tiny:
        subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(folder), "demo",
                        "--people", "200"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    else:
        source = Path(args.db) if args.db else big_database()
        if source is None or not source.exists():
            raise SystemExit(f"Geen database {source}: maak hem met `python -m bench.startup "
                             f"--people 100000`, of geef --db of --tiny.")
        shutil.copy(source, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="database to copy (default: the 100.000-person demo)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--tiny", action="store_true", help="a 200-person demo, 2 runs")
    args = parser.parse_args(argv)
    runs = 2 if args.tiny else args.runs

    from sqlalchemy import func, select

    import exports.workbook as workbook
    from db.database import open_database
    from db.engine import sqlite_url
    from db.models import ActionPoint, Meeting, Person
    from db.services import Services
    from db.services.action_points import _row, _select
    from db.services.meetings import OPEN_STATUSES
    from exports.agenda import build_workbook, export_agenda

    folder = Path(tempfile.mkdtemp(prefix="bb-meetings-"))
    try:
        database = open_database(sqlite_url(prepare(args, folder)))
        services = Services.for_database(database)
        with database.session() as s:
            people = s.scalar(select(func.count()).select_from(Person))
            meetings = s.scalar(select(func.count()).select_from(Meeting))
            open_points = s.scalar(select(func.count()).where(
                ActionPoint.status.in_(OPEN_STATUSES)))
        # the meeting whose standing action list is longest: the worst case for the editor
        latest = {}
        for row in services.meetings.list(limit=10_000):
            if row.series_id is not None and (row.series_id not in latest or
                                              row.starts_at > latest[row.series_id].starts_at):
                latest[row.series_id] = row
        meeting = max(latest.values(), key=lambda r: len(services.action_points.carried(r.id)))
        carried = len(services.action_points.carried(meeting.id))
        item = services.agenda.agenda(meeting.id).items[0]
        pages, last = 0, None
        while True:  # walk to the last page once: the key of the deepest page
            page = services.action_points.open_page(last, 200)
            if len(page) < 200:
                break
            pages, last = pages + 1, page[-1]
        offset = pages * 200

        def offset_page() -> list:
            query = (_select().where(ActionPoint.status.in_(OPEN_STATUSES))
                     .order_by(ActionPoint.due_on.is_(None), ActionPoint.due_on, ActionPoint.id)
                     .offset(offset).limit(200))
            with database.session() as s:
                return [_row(r) for r in s.execute(query).all()]

        document = services.agenda.document(meeting.id)
        safe_write = workbook.write_text

        def bare_write(cell, text):  # the peer: what openpyxl does with a plain assignment
            cell.value = text
            return cell

        def build(writer) -> float:
            workbook.write_text = writer
            try:
                return clock(lambda: build_workbook(document).save(folder / "peer.xlsx"))
            finally:
                workbook.write_text = safe_write

        figures: dict[str, list[float]] = {k: [] for k in (
            "list", "document", "carried", "first", "keyset", "offset", "minutes", "export",
            "safe", "bare")}
        for n in range(runs):
            figures["list"].append(clock(services.meetings.list))
            figures["document"].append(clock(lambda: services.agenda.document(meeting.id)))
            figures["carried"].append(clock(lambda: services.action_points.carried(meeting.id)))
            figures["first"].append(clock(lambda: services.action_points.open_page(None, 200)))
            if n % 2:  # interleave the paging peers
                figures["offset"].append(clock(offset_page))
                figures["keyset"].append(clock(
                    lambda: services.action_points.open_page(last, 200)))
            else:
                figures["keyset"].append(clock(
                    lambda: services.action_points.open_page(last, 200)))
                figures["offset"].append(clock(offset_page))
            figures["minutes"].append(clock(
                lambda n=n: services.agenda.set_minutes(item.id, f"Notulen, versie {n}")))
            figures["export"].append(clock(
                lambda: export_agenda(database, meeting.id, folder / "agenda.xlsx")))
            figures["safe"].append(build(safe_write))
            figures["bare"].append(build(bare_write))
        database.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    def ratio(a: str, b: str) -> float:
        return statistics.median(figures[a]) / statistics.median(figures[b])

    def n(value: int) -> str:
        return f"{value:,}".replace(",", ".")

    print(f"Bijeenkomsten: {n(people)} bewoners, {n(meetings)} bijeenkomsten, "
          f"{n(open_points)} open actiepunten; {runs} runs")
    for label, key in (
            ("meetings.list()", "list"),
            (f"agenda.document(), {carried} op de actielijst", "document"),
            ("action_points.carried()", "carried"),
            ("open actiepunten, eerste 200", "first"),
            (f"open actiepunten, pagina {pages + 1} (keyset)", "keyset"),
            (f"peer: dezelfde pagina met OFFSET {offset}", "offset"),
            ("notulen bewaren (set_minutes, autosave)", "minutes"),
            ("agenda + notulen naar .xlsx (alles)", "export"),
            ("werkmap bouwen en bewaren, veilige schrijver", "safe"),
            ("peer: idem, kale openpyxl-toekenning", "bare")):
        print(f"| {label:<46} | {spread(figures[key])} |")
        peer = {"keyset": ("offset", "OFFSET-paging (peer ÷ keyset)"),
                "safe": ("bare", "kale openpyxl-toekenning (peer ÷ veilig)")}.get(key)
        if key not in ("offset", "bare"):  # a peer is recorded with what it is the peer of
            record(label, "", statistics.median(figures[key]), "ms", None,
                   peer=peer[1] if peer else "",
                   peer_value=statistics.median(figures[peer[0]]) if peer else None,
                   ratio=ratio(peer[0], key) if peer else None)
    print(f"verhouding keyset/OFFSET: {ratio('keyset', 'offset'):.2f}; "
          f"veilig/kaal: {ratio('safe', 'bare'):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
