"""Search (Ctrl+K): the FTS5 index against LIKE '%…%' over the same columns, same run.

    python -m bench.search [--db PATH] [--runs 9] [--tiny]

By default on the demo neighbourhood of 100,000 residents and 1,000,000 contact moments:
a copy of the cached 100,000-resident demo (bench/cache.py), migrated to head once (that
migration fills the index; its time is printed). Each query is the whole search of the
dialog (every kind, 5 per kind, newest first, with snippets), run `--runs` times with the
index and without it (db.services.search with use_index=False: the portable LIKE query),
interleaved so both see the same machine load. Exit status 1 when a target is missed:
search median <= 30 ms and at least 10x faster than LIKE, for every query.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.results import record

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
DEFAULT_DB = CACHE / "search-100000" / "buurtboek.sqlite"
TARGET_MS = 30.0
TARGET_RATIO = 10.0
LIMIT = ("Per soort een FTS5-query (rowid-bereik: nieuwste eerst zonder sortering) met "
         "snippet(); een veelvoorkomend woord of een korte prefix laat FTS5 lange lijsten "
         "samenvoegen (twee woorden: hun doorsnede), en soorten zonder datum in de rowid "
         "worden na afloop gesorteerd. Voor de verhouding telt ook de peer: LIKE stopt "
         "vroeg bij een woord dat in de nieuwste rijen al vaak voorkomt.")


def n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def prepare(path: Path, tiny: bool) -> float | None:
    """Make sure `path` is a database at head; returns the migration's seconds if one ran."""
    from db.engine import make_engine, sqlite_url
    from alembic import command

    from db.migrate import SchemaState, alembic_config, inspect_schema

    if tiny:  # the demo needs every table of head, so the index is filled again instead
        from db import demo
        from db.database import open_database

        database = open_database(sqlite_url(path))
        demo.run(database.engine, demo.DemoSize(people=60, seed=5))
        database.close()
        return refill_index(path)
    if not path.exists():
        from bench.cache import demo_folder

        source = demo_folder(100_000) / "buurtboek.sqlite"  # built once, at head
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"Kopie van {source} naar {path}", flush=True)
        shutil.copyfile(source, path)
    engine = make_engine(sqlite_url(path))
    try:
        if inspect_schema(engine).state is SchemaState.CURRENT:
            return None
        start = time.perf_counter()
        with engine.begin() as conn:  # what upgrade_to_head does, minus the snapshot copy
            command.upgrade(alembic_config(conn), "head")
        return time.perf_counter() - start
    finally:
        engine.dispose()


def refill_index(path: Path) -> float:
    """Seconds to empty the search index and fill it again with the statements of the
    migration that made it (what that migration costs on an existing database)."""
    import importlib.util

    from db.engine import make_engine, sqlite_url

    source = ROOT / "db" / "migrations" / "versions" / "0002_search.py"
    spec = importlib.util.spec_from_file_location("bench_search_migration", source)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    engine = make_engine(sqlite_url(path))
    try:
        start = time.perf_counter()
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DELETE FROM {migration.INDEX}")
            for statement in migration._backfill():
                conn.exec_driver_sql(statement)
            conn.exec_driver_sql(f"INSERT INTO {migration.INDEX}({migration.INDEX}) "
                                 "VALUES ('optimize')")
        return time.perf_counter() - start
    finally:
        engine.dispose()


def queries(database) -> list[tuple[str, str]]:
    """(what, typed): realistic searches, names and streets taken from the data."""
    from sqlalchemy import func, select

    from db.models import Person

    with database.session() as s:
        middle = s.scalar(select(func.max(Person.id))) // 2
        first, last, street = s.execute(
            select(Person.first_name, Person.last_name, Person.street)
            .where(Person.id >= middle, Person.street != "", Person.first_name != "")
            .order_by(Person.id).limit(1)).one()
    return [
        ("voornaam van een bewoner", first),
        ("straat", street),
        ("themawoord", "schimmel"),
        ("twee woorden", "schimmel badkamer"),
        ("prefix tijdens het typen", "voed"),
        ("voor- en achternaam", f"{first} {last}"),
    ]


def spread(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def measure(database, typed: str, runs: int, limit: int = 5) -> dict[str, object]:
    from db.services.search import SearchService

    fts, like = SearchService(database), SearchService(database, use_index=False)
    assert fts.using_index(), "deze database heeft geen zoekindex"
    found = fts.search(typed, limit)
    like.search(typed, limit)  # warm both once
    times: dict[str, list[float]] = {"fts": [], "like": []}
    for _ in range(runs):
        for name, service in (("fts", fts), ("like", like)):
            start = time.perf_counter()
            service.search(typed, limit)
            times[name].append((time.perf_counter() - start) * 1000)
    return {"fts": spread(times["fts"]), "like": spread(times["like"]),
            "ratio": statistics.median(times["like"]) / statistics.median(times["fts"]),
            "hits": len(found.hits)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--tiny", action="store_true", help="small demo, one run (for tests)")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bb-search-")) if args.tiny else None
    path = folder / "buurtboek.sqlite" if folder else args.db
    runs = 1 if args.tiny else args.runs
    try:
        migrated = prepare(path, args.tiny)
        from sqlalchemy import func, select

        from db.database import open_database
        from db.engine import sqlite_url
        from db.models import ContactMoment, Person

        database = open_database(sqlite_url(path))
        try:
            with database.session() as s:
                people = s.scalar(select(func.count()).select_from(Person))
                moments = s.scalar(select(func.count()).select_from(ContactMoment))
            print(f"Database: {path} — {n(people)} bewoners, {n(moments)} contactmomenten")
            if migrated is not None:
                print(f"Migratie naar de zoekindex (vullen van de index): {migrated:.1f} s")
                record("Migratie van de zoekdatabase naar de nieuwste versie (index vullen)",
                       "", migrated, "s", None)
            print(f"\n{runs} runs per zoekopdracht; elke run is de hele zoekopdracht van de "
                  "dialoog (alle soorten, 5 per soort, nieuwste eerst, met fragmenten).\n")
            print(f"| zoekopdracht | getypt | treffers | FTS5 mediaan (min–max) "
                  f"| LIKE mediaan (min–max) | verhouding | doel ≤ {TARGET_MS:.0f} ms "
                  f"en ≥ {TARGET_RATIO:.0f}× |")
            print("|---|---|---|---|---|---|---|")
            missed = 0
            medians = []
            for what, typed in queries(database):
                r = measure(database, typed, runs)
                (fm, fmin, fmax), (lm, lmin, lmax) = r["fts"], r["like"]
                ok = fm <= TARGET_MS and r["ratio"] >= TARGET_RATIO
                missed += not ok
                medians.append(fm)
                record(f"Zoeken (Ctrl+K), {what}: \"{typed}\"",
                       f"≤ {TARGET_MS:.0f} ms en ≥ {TARGET_RATIO:.0f}× sneller dan LIKE", fm,
                       "ms", ok, peer="LIKE '%…%' (× trager)", peer_value=lm,
                       ratio=r["ratio"], note=LIMIT)
                print(f"| {what} | {typed} | {r['hits']} | {fm:.1f} ms ({fmin:.1f}–{fmax:.1f}) "
                      f"| {lm:.0f} ms ({lmin:.0f}–{lmax:.0f}) | {r['ratio']:.0f}× "
                      f"| {'gehaald' if ok else 'GEMIST'} |", flush=True)
            print(f"\nMediaan over de zoekopdrachten: {statistics.median(medians):.1f} ms")
        finally:
            database.close()
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    return 1 if missed and not args.tiny else 0


if __name__ == "__main__":
    sys.exit(main())
