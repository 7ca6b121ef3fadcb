"""One simulated worker of bench/team_server.py, in its own process with its own connection.

For `seconds` it alternates, as a worker at a desk would: record a contact moment with
some of their residents (RecordingService.record, what the quick-entry dialog calls),
search (SearchService.search, what Ctrl+K calls) with what they would type — a resident's
name, a street, a theme, a name letter by letter — and now and then edit one of their
earlier contact moments (RecordingService.update). Every call that returned is reported
back, so the parent can check that nothing was lost or overwritten.
"""

from __future__ import annotations

import datetime as dt
import random
import time
import traceback
from dataclasses import dataclass, field


@dataclass
class Plan:
    number: int  # 1..n
    url: str  # rendered with the password when the worker signs in with its own role
    worker_id: int
    residents: list[int]
    shared: list[int]  # groups and places every worker records with now and then
    terms: list[tuple[str, str]]  # (what, typed)
    themes: list[str]
    seconds: float
    seed: int
    search_every: int = 1  # searches per recording
    pause: float = 0.0  # mean seconds between two actions (reading, typing); 0: none


@dataclass
class Report:
    number: int
    searches: list[tuple[str, float]] = field(default_factory=list)  # (what, ms)
    recorded: list[tuple[int, tuple[int, ...]]] = field(default_factory=list)
    record_ms: list[float] = field(default_factory=list)
    edits: dict[int, str] = field(default_factory=dict)  # id -> the note written last
    edit_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _input(plan: Plan, rng: random.Random, count: int):
    from db.services.recording import ContactInput
    from db.vocabulary import ContactSetting

    people = rng.sample(plan.residents, k=min(len(plan.residents), rng.choice((1, 1, 2, 3))))
    if plan.shared and rng.random() < 0.2:  # the community centre's group: shared rows
        people.append(rng.choice(plan.shared))
    day = dt.date.today() - dt.timedelta(days=rng.randrange(0, 30))
    theme = rng.choice(plan.themes) if plan.themes else ""
    return ContactInput(
        occurred_on=day, setting=rng.choice(list(ContactSetting)),
        participant_ids=tuple(dict.fromkeys(people)), themes=(theme,) if theme else (),
        note=f"Bench-medewerker {plan.number}, gesprek {count}: over {theme or 'de buurt'}, "
             "vervolg afgesproken.")


def run(plan: Plan, barrier) -> Report:
    """The worker's loop; `barrier` (multiprocessing) lets all start at once."""
    from db.database import open_database
    from db.services.recording import RecordingService
    from db.services.search import SearchService

    report = Report(plan.number)
    rng = random.Random(plan.seed)
    database = open_database(plan.url, migrate=False)
    try:
        recording, search = RecordingService(database), SearchService(database)
        search.search("warm")  # the connection, the index check and the plans
        barrier.wait()
        start = time.perf_counter()
        deadline = start + plan.seconds
        count = 0
        while time.perf_counter() < deadline:
            count += 1
            try:
                if count % 10 == 0 and report.recorded:
                    _edit(plan, rng, recording, report, count)
                elif count % (plan.search_every + 1) == 0:
                    data = _input(plan, rng, count)
                    began = time.perf_counter()
                    done = recording.record(data, worker_id=plan.worker_id)
                    report.record_ms.append((time.perf_counter() - began) * 1000)
                    report.recorded.append((done.contact_moment_id, data.participant_ids))
                else:
                    what, typed = rng.choice(plan.terms)
                    began = time.perf_counter()
                    search.search(typed)
                    report.searches.append((what, (time.perf_counter() - began) * 1000))
            except Exception:  # noqa: BLE001 - counted and shown; the run goes on
                report.errors.append(traceback.format_exc(limit=3))
            if plan.pause:
                time.sleep(min(rng.expovariate(1 / plan.pause), 5 * plan.pause,
                               max(0.0, deadline - time.perf_counter())))
        report.seconds = time.perf_counter() - start
    finally:
        database.close()
    return report


def _edit(plan: Plan, rng: random.Random, recording, report: Report, count: int) -> None:
    from dataclasses import replace

    moment_id, _ = rng.choice(report.recorded)
    began = time.perf_counter()
    detail = recording.detail(moment_id)
    note = f"{detail.input.note.split(' | ')[0]} | bewerkt bij stap {count}"
    recording.update(moment_id, replace(detail.input, note=note))
    report.edit_ms.append((time.perf_counter() - began) * 1000)
    report.edits[moment_id] = note


def entry(plan: Plan, barrier, results) -> None:
    """multiprocessing target: the report (or the crash) goes on the `results` queue."""
    try:
        results.put(run(plan, barrier))
    except BaseException:  # noqa: BLE001 - the parent shows it
        try:
            barrier.abort()
        except Exception:  # noqa: BLE001
            pass
        report = Report(plan.number)
        report.errors.append(traceback.format_exc())
        results.put(report)
