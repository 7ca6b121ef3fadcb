"""Team server (issue 13): ten workers at once on PostgreSQL with 1,000,000 contact moments.

    python -m bench.team_server [--url URL] [--workers 10] [--seconds 30] [--runs 3] [--tiny]

The server: --url, else BUURTBOEK_BENCH_PG_URL, else a throwaway cluster from Debian's
PostgreSQL binaries (bench/pg_cluster.py, as .ci/run does); without any of these the run is
recorded as skipped with the reason. The password comes from PGPASSWORD/PGPASSFILE.
The data: database `bench_team_1m` on that server, filled once by `migrate-to`
(db/transfer.py) from the cached 100,000-resident demo (1,000,000 contact moments) and
reused while its counts match; --tiny: a 60-resident demo in a fresh database, dropped after.

Each run: `--workers` processes (multiprocessing, each its own connection; each signs in as
its own database role when db/team.py offers `add_worker`, otherwise as the owner) for
`--seconds` alternately record a contact moment (RecordingService.record), search
(SearchService.search: their residents' names, streets, themes, names typed letter by
letter) and now and then edit one of their contact moments (RecordingService.update).
Reported: search latency median/p95/max per worker and overall, recordings per second, and
a check that every recording and edit whose call returned is in the database as written.
Peers, measured in the same run without load: the same searches on the idle server, and
on the local SQLite file with FTS5 (the same demo). Exit status 1 when a target is missed:
every worker's search median <= 100 ms, nothing lost or overwritten.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench import team_data
from bench.results import record

ENV = "BUURTBOEK_BENCH_PG_URL"
DATABASE = "bench_team_1m"
PEOPLE, CONTACTS = 100_000, 1_000_000
TARGET_MS = 100.0
PEER_TERMS = 15  # the peers (idle server, local file) search these many of worker 1's terms
LIMIT = ("Tien processen op een machine met 2 kernen die ook de server draait: de "
         "zoekopdrachten wachten op CPU naast het vastleggen. Een prefix van 2 letters laat "
         "PostgreSQL veel posting-lijsten samenvoegen.")


def n(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def spread(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def load(worker_plans) -> tuple[list, float]:
    """All workers at once (a barrier lets them start together); their reports."""
    import multiprocessing

    from bench.team_workers import entry

    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(worker_plans))
    queue = context.Queue()
    processes = [context.Process(target=entry, args=(plan, barrier, queue))
                 for plan in worker_plans]
    start = time.perf_counter()
    for process in processes:
        process.start()
    reports = [queue.get(timeout=max(p.seconds for p in worker_plans) + 300)
               for _ in processes]
    for process in processes:
        process.join(timeout=60)
    return sorted(reports, key=lambda r: r.number), time.perf_counter() - start


def idle_searches(url, terms: list[str], runs: int) -> list[float]:
    """The median of `runs` of each search, one user (signed in as `url`), nothing else
    running."""
    from db.database import open_database

    database = open_database(url, migrate=False)
    try:
        return searches(database, terms, runs)
    finally:
        database.close()


def searches(database, terms: list[str], runs: int) -> list[float]:
    from db.services.search import SearchService

    service = SearchService(database)
    medians = []
    for typed in terms:
        service.search(typed)
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            service.search(typed)
            times.append((time.perf_counter() - began) * 1000)
        medians.append(statistics.median(times))
    return medians


# -- the run ---------------------------------------------------------------------------------
def server_url(given: str | None):
    """The admin URL from --url or the environment, or None."""
    raw = given or os.environ.get(ENV)
    if not raw:
        return None
    from db.postgres import server_url as parse

    return parse(raw)


def skip(reason: str) -> int:
    print(f"Overgeslagen: {reason}")
    record("Teamserver: 10 medewerkers tegelijk (overgeslagen)", f"zoeken ≤ {TARGET_MS:.0f} ms",
           0.0, "ms", None, note=f"overgeslagen: {reason}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help=f"de server (anders {ENV} of een wegwerpcluster)")
    parser.add_argument("--database", default=DATABASE)
    parser.add_argument("--source", type=Path, help="het lokale bestand om de server mee te "
                        "vullen (standaard de gecachte demowijk van 100.000 bewoners)")
    parser.add_argument("--workers", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--runs", type=int, default=3, help="rondes met alle medewerkers")
    parser.add_argument("--pause", type=float, default=0.2,
                        help="gemiddelde pauze in s tussen twee handelingen (0: geen)")
    parser.add_argument("--as-owner", action="store_true",
                        help="alle medewerkers als eigenaar (zonder rijbeveiliging)")
    parser.add_argument("--tiny", action="store_true", help="kleine demo, kort (voor tests)")
    args = parser.parse_args(argv)
    if args.tiny:
        args.seconds, args.runs = min(args.seconds, 3.0), 1
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return skip("psycopg is niet geïnstalleerd (pip install -e .[server])")
    admin = server_url(args.url)
    if admin is not None:
        return run(admin, args)
    from bench.pg_cluster import throwaway_cluster

    with throwaway_cluster() as raw:
        if raw is None:
            return skip(f"geen server: --url en {ENV} ontbreken en PostgreSQL "
                        "(/usr/lib/postgresql/*/bin) is niet geïnstalleerd")
        print("Wegwerpcluster gestart (Debian's PostgreSQL)", flush=True)
        return run(server_url(raw), args)


def source_file(tiny: bool, folder: Path) -> Path:
    """The local demo the server's data comes from (and the SQLite peer searches)."""
    if tiny:
        from db import demo
        from db.database import open_database
        from db.engine import sqlite_url

        path = folder / "buurtboek.sqlite"
        database = open_database(sqlite_url(path))
        demo.run(database.engine, demo.DemoSize(people=60, seed=5))
        database.close()
        return path
    from bench.cache import demo_folder

    return demo_folder(PEOPLE) / "buurtboek.sqlite"  # built once, at head


def prepare(admin, name: str, tiny: bool, folder: Path, given: Path | None = None):
    """The open server database with the demo's counts, the local source (None when the
    server's data was reused) and the seconds migrate-to took (None when reused)."""
    from db.database import open_database

    url = admin.set(database=name)
    if not tiny and team_data.admin_database(admin, name):
        try:
            database = open_database(url)  # brings it to head when a migration came since
            found = team_data.reset(database)
            if team_data.migrations_changed(database):
                found = (-1, -1)
        except Exception as error:  # noqa: BLE001 - a kept database that cannot follow
            print(f"Database {name} kon niet bijgewerkt worden ({type(error).__name__})",
                  flush=True)
            database, found = None, (-1, -1)
        if found == (PEOPLE, CONTACTS):
            print(f"Database {name} hergebruikt: {n(PEOPLE)} bewoners, {n(CONTACTS)} "
                  "contactmomenten", flush=True)
            return database, None, None
        if database is not None:
            database.close()
        print(f"Database {name}: andere aantallen of een gewijzigde teamrevisie "
              f"(0006/0007): opnieuw vullen", flush=True)
        team_data.admin_database(admin, name, drop=True)
    team_data.admin_database(admin, name, create=True)
    digest = team_data.migrations_digest()
    source = given or source_file(tiny, folder)
    if given is not None:  # migrate-to wants the local file at the newest schema
        from db.engine import sqlite_url

        open_database(sqlite_url(given)).close()
    print(f"migrate-to van {source} naar {name} …", flush=True)
    seconds = team_data.fill(url, source)
    database = open_database(url)
    team_data.reset(database)
    team_data.mark_migrations(database, digest)
    return database, source, seconds


def run(admin, args) -> int:
    from db.postgres import shown

    folder = Path(tempfile.mkdtemp(prefix="bb-team-"))
    name = f"bench_team_tiny_{uuid.uuid4().hex[:8]}" if args.tiny else args.database
    url = admin.set(database=name)
    roles: list[str] = []
    try:
        database, source, migrated = prepare(admin, name, args.tiny, folder, args.source)
        try:
            print(f"Server: {shown(url)}", flush=True)
            if migrated is not None:
                print(f"migrate-to: {migrated:.0f} s")
                record(f"migrate-to naar de server ({'tiny' if args.tiny else '1.000.000'} "
                       "contactmomenten)", "", migrated, "s", None)
            worker_ids = team_data.team(database, args.workers)
            signed_in, roles, how = ({}, [], "als eigenaar (--as-owner)") if args.as_owner \
                else team_data.logins(url, worker_ids)
            people, moments = team_data.reset(database)
            print(f"{n(people)} bewoners, {n(moments)} contactmomenten; {args.workers} "
                  f"medewerkers {how}; {args.runs} ronde(s) van {args.seconds:.0f} s, "
                  f"pauze gemiddeld {args.pause:.2f} s tussen twee handelingen\n", flush=True)
            plans = team_data.plans(database, url, worker_ids, args.seconds, args.pause,
                                    signed_in)
            typed = [t for _, t in plans[0].terms][::2][:PEER_TERMS]
            idle = idle_searches(plans[0].url, typed, 1 if args.tiny else 3)
            local = local_searches(source, typed, args.tiny)
            rounds = []
            for number in range(1, args.runs + 1):
                reports, wall = load(plans)
                rounds.append(reports)
                recorded = sum(len(r.recorded) for r in reports)
                searches = [ms for r in reports for _, ms in r.searches]
                print(f"ronde {number}: {recorded} vastgelegd ({recorded / args.seconds:.1f}/s), "
                      f"{len(searches)} zoekopdrachten, mediaan "
                      f"{statistics.median(searches) if searches else 0:.1f} ms "
                      f"({wall:.0f} s met opstarten)", flush=True)
            verdict = team_data.verify(database, [r for rs in rounds for r in rs],
                                       [p.worker_id for p in plans])
            team_data.reset(database)  # the demo's counts again for the next run
        finally:
            database.close()
        missed = report(rounds, args, idle, local, verdict, how)
    finally:
        team_data.drop(url, roles)
        if args.tiny:
            team_data.admin_database(admin, name, drop=True)
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if missed and not args.tiny else 0


def local_searches(source: Path | None, typed: list[str], tiny: bool) -> list[float]:
    """The same searches on the local SQLite file (FTS5), read only; empty without it."""
    from bench.cache import CACHE

    if source is None:  # reused server data: the cached demo it came from, if still there
        found = sorted(CACHE.glob(f"demo-{PEOPLE}-s1-*/buurtboek.sqlite"),
                       key=lambda p: p.stat().st_mtime)
        source = found[-1] if found else None
    if source is None:
        return []
    from db.database import open_database
    from db.engine import sqlite_url

    database = open_database(sqlite_url(source), migrate=False)
    try:
        return searches(database, typed, 1 if tiny else 3)
    finally:
        database.close()


def report(rounds, args, idle: list[float], local: list[float], verdict, how: str) -> bool:
    """Print the tables and record the figures; True when a target was missed."""
    reports = [r for reports in rounds for r in reports]
    print(f"\n| medewerker | zoekopdrachten | mediaan | p95 | max | vastgelegd | "
          f"bewerkt | fouten | doel mediaan ≤ {TARGET_MS:.0f} ms |")
    print("|---|---|---|---|---|---|---|---|---|")
    worst, errors = 0.0, 0
    for number in range(1, args.workers + 1):
        mine = [r for r in reports if r.number == number]
        times = [ms for r in mine for _, ms in r.searches]
        errors += sum(len(r.errors) for r in mine)
        if not times:
            print(f"| {number} | 0 | – | – | – | – | – | {sum(len(r.errors) for r in mine)} "
                  "| GEMIST |")
            worst = float("inf")
            continue
        median = statistics.median(times)
        worst = max(worst, median)
        print(f"| {number} | {len(times)} | {median:.1f} ms | {p95(times):.1f} ms | "
              f"{max(times):.0f} ms | {sum(len(r.recorded) for r in mine)} | "
              f"{sum(len(r.edits) for r in mine)} | {sum(len(r.errors) for r in mine)} | "
              f"{'gehaald' if median <= TARGET_MS else 'GEMIST'} |")
    times = [ms for r in reports for _, ms in r.searches] or [0.0]
    per_round = [sum(len(r.recorded) for r in rs) / args.seconds for rs in rounds]
    record_ms = [ms for r in reports for ms in r.record_ms] or [0.0]
    overall = statistics.median(times)
    lost, wrong, extra = verdict
    print(f"\nZoeken, alle medewerkers: mediaan {overall:.1f} ms, p95 {p95(times):.1f} ms, "
          f"max {max(times):.0f} ms ({len(times)} zoekopdrachten)")
    if idle:
        print(f"Dezelfde zoekopdrachten zonder belasting op de server: mediaan "
              f"{statistics.median(idle):.1f} ms")
    if local:
        print(f"Dezelfde zoekopdrachten lokaal (SQLite FTS5): mediaan "
              f"{statistics.median(local):.1f} ms")
    rate = spread(per_round)
    print(f"Vastleggen: {rate[0]:.1f} per seconde (min {rate[1]:.1f}, max {rate[2]:.1f} over "
          f"{len(per_round)} ronde(s)); per contactmoment mediaan "
          f"{statistics.median(record_ms):.0f} ms, p95 {p95(record_ms):.0f} ms")
    print(f"Controle: {lost} vastleggingen kwijt of met andere deelnemers, {wrong} bewerkingen "
          f"niet zoals geschreven, {extra:+d} rijen verschil; {errors} fouten")
    for r in reports:
        for error in r.errors[:1]:
            print(f"\nFout bij medewerker {r.number}:\n{error}")
    peer_local = statistics.median(local) if local else None
    record(f"Zoeken tijdens {args.workers} medewerkers tegelijk, mediaan (slechtste "
           "medewerker)", f"≤ {TARGET_MS:.0f} ms", worst, "ms", worst <= TARGET_MS,
           peer="dezelfde zoekopdrachten lokaal, SQLite FTS5, één gebruiker (× sneller)"
           if local else "", peer_value=peer_local,
           ratio=worst / peer_local if peer_local else None,
           note=f"Medewerkers {how}, pauze gemiddeld {args.pause:.2f} s. {LIMIT}")
    record(f"Zoeken tijdens {args.workers} medewerkers, mediaan alle zoekopdrachten", "",
           overall, "ms", None, peer="zelfde zoekopdrachten op de server zonder belasting",
           peer_value=statistics.median(idle) if idle else None)
    record(f"Zoeken tijdens {args.workers} medewerkers, p95", "", p95(times), "ms", None)
    record(f"Zoeken tijdens {args.workers} medewerkers, max", "", max(times), "ms", None)
    record(f"Vastleggen met {args.workers} medewerkers tegelijk (samen, mediaan per ronde)",
           "", rate[0], "per s", None)
    record("Vastleggen, tijd per contactmoment (mediaan)", "", statistics.median(record_ms),
           "ms", None)
    ok = lost == 0 and wrong == 0 and extra == 0 and errors == 0
    record("Verloren of overschreven vastleggingen en bewerkingen", "0", lost + wrong + abs(extra),
           "", ok, note=f"{errors} fouten tijdens de run" if errors else "")
    return worst > TARGET_MS or not ok


if __name__ == "__main__":
    sys.exit(main())
