"""The Overzicht page and every chart at scale: the figures behind each, for a period.

    python -m bench.overview [--runs 7] [--tiny] [--cpu]

Default database: a copy of the cached 100.000-resident demo (bench.cache.demo_folder,
1.000.000 contact moments), copied because opening it may migrate. --tiny: a 200-resident
demo, 2 runs, so the script cannot rot. Each figure is the median of the runs in
milliseconds, with min and max, for the last 12 months and for this quarter, for all
neighbourhoods and for one. The peer, measured in the same run, is the monthly table the
Rapportages page has shown since before (ReportService.monthly, 8 indexed GROUP BYs).
The budget is 300 ms per page or chart.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BUDGET_MS = 300


#: what a measurement counts: wall-clock time, or (--cpu) this thread's CPU time, which a
#: shared, busy machine inflates far less (SQLite runs in the calling thread)
TIMER = time.perf_counter


def clock(fn: Callable[[], object]) -> float:
    start = TIMER()
    fn()
    return (TIMER() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--tiny", action="store_true", help="a 200-person demo, 2 runs")
    parser.add_argument("--cpu", action="store_true",
                        help="CPU-tijd van de thread meten in plaats van wandkloktijd")
    args = parser.parse_args(argv)
    global TIMER
    TIMER = time.thread_time if args.cpu else time.perf_counter
    runs = 2 if args.tiny else args.runs

    from bench.cache import demo_folder
    from bench.results import record
    from db.database import open_database
    from db.engine import sqlite_url
    from db.services import Services
    from db.services.periods import Period, add_months, quarter_of

    source = demo_folder(200 if args.tiny else 100_000) / "buurtboek.sqlite"
    folder = Path(tempfile.mkdtemp(prefix="bb-overview-"))
    try:
        target = folder / "buurtboek.sqlite"
        shutil.copy(source, target)
        database = open_database(sqlite_url(target))
        services = Services.for_database(database)
        today = dt.date.today()
        year = Period(add_months(today, -11), today)
        quarter = quarter_of(today)
        hood = services.people.neighbourhoods()[0][0]
        with database.session() as s:
            from sqlalchemy import func, select

            from db.models import ContactMoment
            contacts = s.scalar(select(func.count()).select_from(ContactMoment))
        what = "CPU-tijd" if args.cpu else "wandklok"
        print(f"{contacts:,} contactmomenten; mediaan van {runs} runs, in ms {what} (min, max)")
        ind, ret, cmp = (services.reports.indicators, services.reports.retention,
                         services.reports.comparison)
        cases: list[tuple[str, Callable[[], object]]] = [
            ("peer: maandtabel (12 maanden)", lambda: services.reports.monthly(today)),
            ("Overzicht-pagina (eerste beeld)",
             lambda: services.overview.figures(today, out_of_sight=False)),
            ("Overzicht: uit beeld (direct daarna)", lambda: services.overview.out_of_sight(today)),
        ]
        for name, period in (("12 mnd", year), ("kwartaal", quarter)):
            for where, nb in (("alle wijken", None), ("één wijk", hood)):
                tag = f"{name}, {where}"
                cases += [
                    (f"Contact/week setting   [{tag}]",
                     lambda p=period, n=nb: ind.contacts_per_week(p, n, by="setting")),
                    (f"Contact/week strategie [{tag}]",
                     lambda p=period, n=nb: ind.contacts_per_week(p, n, by="strategy")),
                    (f"Nieuwe relaties/maand  [{tag}]",
                     lambda p=period, n=nb: ind.new_ties_per_month(p, n)),
                    (f"Bereik/maand           [{tag}]",
                     lambda p=period, n=nb: ind.reach_per_month(p, n)),
                    (f"Participatieladder     [{tag}]",
                     lambda p=period, n=nb: ind.ladder_moves(p, n)),
                    (f"Vrijwilligersbehoud    [{tag}]",
                     lambda p=period, n=nb: ret.cohorts(p, n, today)),
                    (f"Dossiers per fase      [{tag}]",
                     lambda p=period, n=nb: ind.dossiers_by_phase(p, n)),
                ]
            cases.append((f"Verhalen               [{name}]",
                          lambda p=period: services.stories.list(p)))
        cases += [("Kwartalen vergelijken  [alle wijken]", lambda: cmp.quarters(today)),
                  ("Kwartalen vergelijken  [één wijk]", lambda: cmp.quarters(today, hood))]
        timings: dict[str, list[float]] = {name: [] for name, _ in cases}
        for _ in range(runs):  # interleaved: every case once per round
            for name, fn in cases:
                timings[name].append(clock(fn))
        peer = statistics.median(timings[cases[0][0]])
        over = 0
        for name, _ in cases:
            values = timings[name]
            median = statistics.median(values)
            flag = "" if median <= BUDGET_MS else "  > 300 ms"
            over += bool(flag)
            print(f"{name:45s} {median:8.1f}  ({min(values):.1f}, {max(values):.1f})"
                  f"  x{median / peer if peer else 0:.2f} peer{flag}")
            if name != cases[0][0]:
                record(f"Overzicht/grafiek: {' '.join(name.split())} ({what}, "
                       f"{contacts:,} contactmomenten)", f"≤ {BUDGET_MS} ms", median, "ms",
                       median <= BUDGET_MS, peer="maandtabel", peer_value=peer,
                       ratio=median / peer if peer else None,
                       note="" if median <= BUDGET_MS else
                       "telt contactmomenten per week uit de bron; een dekkende index "
                       "(neighbourhood_id, setting, occurred_on) is de volgende stap")
        print(f"{over} van {len(cases)} boven {BUDGET_MS} ms")
        database.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
