"""Relationship notes at scale: a person's timeline, type-ahead, duplicate check, uit beeld
and recording a contact moment, on the demo neighbourhood.

    python -m bench.relationship_notes [--people 100000] [--runs 15] [--tiny]

Medians with min and max over several persons/queries; exits non-zero when the timeline
misses its target (50 ms at 100,000 residents and 1,000,000 contact moments).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.cache import demo_folder
from bench.results import record

TIMELINE_TARGET_MS = 50
TIMELINE_LIMIT = ("Acht losse queries (contactmomenten, bijeenkomsten, actiepunten, dossiers, "
                  "verhalen, signalen, relaties, ladderstappen), elk via een index op de actor "
                  "en met LIMIT 200, daarna in Python samengevoegd en gesorteerd; de drukste "
                  "bewoners vullen elke LIMIT.")


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - start) * 1000


def row(name: str, samples: list[float], target: float | None = None,
        note: str = "") -> tuple[str, bool]:
    median = statistics.median(samples)
    met = target is None or median <= target
    record(name, f"≤ {target:.0f} ms" if target is not None else "", median, "ms",
           None if target is None else met, note=note)
    goal = f"≤ {target:.0f} ms" if target is not None else "–"
    verdict = "–" if target is None else ("gehaald" if met else "GEMIST")
    return (f"| {name} | {goal} | {median:.1f} ms | {min(samples):.1f}–{max(samples):.1f} ms "
            f"| {verdict} |", met)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--tiny", action="store_true")
    args = parser.parse_args(argv)
    people, runs = (200, 3) if args.tiny else (args.people, args.runs)
    from db.database import open_database
    from db.engine import sqlite_url
    from db.services import Services
    from db.services.recording import ContactInput
    from db.vocabulary import ContactSetting

    work = Path(tempfile.mkdtemp(prefix="bb-notes-"))
    try:
        shutil.copy(demo_folder(people) / "buurtboek.sqlite", work / "buurtboek.sqlite")
        services = Services.for_database(open_database(sqlite_url(work / "buurtboek.sqlite")))
        engine = services.db.engine
        with engine.connect() as conn:
            busiest = [r[0] for r in conn.exec_driver_sql(
                "SELECT actor_id FROM contact_participants GROUP BY actor_id "
                f"ORDER BY count(*) DESC LIMIT {runs}")]
            everyone = [r[0] for r in conn.exec_driver_sql("SELECT id FROM persons")]
            names = [r[0] for r in conn.exec_driver_sql(
                f"SELECT first_name, last_name FROM persons LIMIT {runs}")]
        rng = random.Random(4)
        sample = busiest + rng.sample(everyone, min(runs, len(everyone)))
        services.timeline.of_actor(sample[0])  # compile the statements once
        lines = []
        ok = True
        line, met = row("Tijdlijn van een bewoner (drukste en willekeurige)",
                        [timed(services.timeline.of_actor, a) for a in sample],
                        TIMELINE_TARGET_MS, TIMELINE_LIMIT)
        lines.append(line)
        ok &= met
        lines.append(row("Typ-vooruit op naam (3 letters)",
                         [timed(services.people.suggest, n[:3]) for n in names])[0])
        lines.append(row("Dubbelcheck bij nieuwe bewoner",
                         [timed(lambda n: services.duplicates.candidates(first_name=n,
                                                                        last_name="Jansen"), n)
                          for n in names])[0])
        lines.append(row("Uit beeld-lijst", [timed(services.out_of_sight.list)
                                             for _ in range(max(3, runs // 3))])[0])
        record = [timed(services.recording.record, ContactInput(
            occurred_on=dt.date.today(), setting=ContactSetting.STREET,
            participant_ids=(a,), note="Benchmark"), None) for a in sample[:runs]]
        lines.append(row("Contactmoment vastleggen (één transactie)", record)[0])
        services.db.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    def n(value: int) -> str:
        return f"{value:,}".replace(",", ".")

    with_contacts = f"{n(people)} bewoners, {n(10 * people)} contactmomenten"
    print(f"Demowijk: {with_contacts}\n")
    print("| meting | doel | mediaan | min–max | oordeel |")
    print("|---|---|---|---|---|")
    print("\n".join(lines))
    return 0 if ok or args.tiny else 1


if __name__ == "__main__":
    sys.exit(main())
