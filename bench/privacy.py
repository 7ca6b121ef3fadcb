"""AVG work on the 100,000-resident / 1,000,000-contact database.

    python -m bench.privacy [--runs 3] [--people 100000] [--tiny]

1. The retention review list (db.services.storage_periods.due, first 500 contact moments
   past an 11-month period, skipping decided ones) against the peer, the same range
   query without the decisions check; and its count.
2. Vergeetrecht of one resident (db.services.erasure.erase: plan with the name search, then
   one transaction) against the peer, a plain delete of another resident
   (ActorService.delete).
3. The purge that makes deleted data gone from the file (search index optimize, WAL
   checkpoint, VACUUM) against the peer, a plain VACUUM.

Medians of several runs (min-max), on a copy; the cached database is never written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.results import record

ROOT = Path(__file__).resolve().parent.parent


def spread(values: list[float], unit: str = "ms") -> str:
    scale = 1000 if unit == "ms" else 1
    return (f"{statistics.median(values) * scale:.1f} {unit} "
            f"({min(values) * scale:.1f}–{max(values) * scale:.1f})")


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


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def measure(path: Path, runs: int) -> dict[str, list[float]]:
    from sqlalchemy import select

    from db.database import open_database
    from db.engine import sqlite_url
    from db.models import Actor, ContactMoment
    from db.services import Services
    from db.services.purge import purge_deleted_data
    from db.services.storage_periods import months_before
    from db.vocabulary import ActorKind

    db = open_database(sqlite_url(path))
    services = Services.for_database(db)
    periods = services.storage_periods
    periods.set_period("contact_moment", 11)
    profile = services.profile.current()
    worker = profile.id if profile else None
    with db.session() as s:
        people = list(s.scalars(select(Actor.id).where(Actor.kind == ActorKind.PERSON)
                                .order_by(Actor.last_contact_on.desc()).limit(2 * runs)))
    cutoff = months_before(dt.date.today(), 11)
    plain = (select(ContactMoment.id, ContactMoment.occurred_on)
             .where(ContactMoment.occurred_on < cutoff)
             .order_by(ContactMoment.occurred_on, ContactMoment.id).limit(500))
    times: dict[str, list[float]] = {k: [] for k in (
        "due", "due_peer", "count", "erase", "delete", "purge", "vacuum")}
    for run in range(runs):
        times["due"].append(timed(lambda: periods.due("contact_moment")))

        def peer() -> None:
            with db.session() as s:
                s.execute(plain).all()

        times["due_peer"].append(timed(peer))
        times["count"].append(timed(lambda: periods.count_due("contact_moment")))
        erased, deleted = people[2 * run], people[2 * run + 1]
        times["erase"].append(timed(lambda e=erased: services.erasure.erase(e)))
        owner = worker if services.actors.owned_action_points(deleted) else None
        times["delete"].append(timed(lambda d=deleted, o=owner: services.actors.delete(
            d, reassign_to_worker=o)))
        times["purge"].append(timed(lambda: purge_deleted_data(db)))

        def vacuum() -> None:
            with db.engine.connect() as connection:
                connection.connection.dbapi_connection.execute("VACUUM")

        times["vacuum"].append(timed(vacuum))
    db.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--tiny", action="store_true", help="200 bewoners, 1 keer")
    args = parser.parse_args(argv)
    people, runs = (200, 1) if args.tiny else (args.people, args.runs)
    with tempfile.TemporaryDirectory() as work:
        path = prepare(people, Path(work), args.tiny)
        size = path.stat().st_size / 1e6
        times = measure(path, runs)
    med = {k: statistics.median(v) for k, v in times.items()}
    count = f"{people:,}".replace(",", ".")
    print(f"AVG-werk op {count} bewoners ({size:.0f} MB), {runs} run(s)")
    print("| meting | Buurtboek | peer | verhouding |")
    rows = [
        ("Bewaarlijst, eerste 500 contactmomenten", "due", "due_peer", "ms",
         "zelfde query zonder besluiten"),
        ("Vergeetrecht één bewoner (plan + transactie)", "erase", "delete", "ms",
         "gewoon verwijderen"),
        ("Bestand opschonen (optimize + VACUUM)", "purge", "vacuum", "s", "alleen VACUUM"),
    ]
    for title, ours, theirs, unit, peer in rows:
        ratio = med[ours] / med[theirs] if med[theirs] else float("nan")
        print(f"| {title} | {spread(times[ours], unit)} | {peer}: "
              f"{spread(times[theirs], unit)} | {ratio:.1f}× |")
        record(title, "", med[ours] * (1000 if unit == "ms" else 1), unit, None, peer=peer,
               peer_value=med[theirs] * (1000 if unit == "ms" else 1), ratio=ratio,
               note="ours ÷ peer")
    print(f"Telling van de bewaarlijst: {spread(times['count'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
