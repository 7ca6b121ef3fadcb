"""A deterministic demo neighbourhood ("demowijk") for an empty, migrated database.

    summary = run(engine, DemoSize(people=1000), progress=..., cancelled=...)

Everything is written in one transaction with batched Core inserts and self-assigned
primary keys; cancelling (or any error) leaves the database as it was. The same seed and
`today` always give the same rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, func, select, text

from db.demo import advocacy, contacts, meetings, people, relations, stories
from db.demo.advocacy import DOSSIERS
from db.demo.world import World, build_areas
from db.demo.writer import Cancelled, Progress, Writer
from db.last_contact import refresh_last_contact

__all__ = ["MAX_PEOPLE", "MIN_PEOPLE", "Cancelled", "DemoSize", "DemoSummary", "run"]

MIN_PEOPLE = 10
MAX_PEOPLE = 1_000_000


@dataclass(frozen=True)
class DemoSize:
    people: int = 1000
    contacts: int | None = None  # None -> 10 contact moments per resident
    seed: int = 1

    @property
    def contact_moments(self) -> int:
        return 10 * self.people if self.contacts is None else self.contacts


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo wrote."""

    worker_id: int
    people: int
    groups: int
    places: int
    ties: int
    memberships: int
    contact_moments: int
    contact_participants: int
    meetings: int
    agenda_items: int
    action_points: int
    dossiers: int
    signals: int
    stories: int
    initiatives: int
    consents: int
    total_rows: int


def _plan(size: DemoSize) -> list[tuple[str, int, Callable[[World], None]]]:
    """The phases with their share of the (fixed) progress total."""
    n, c = size.people, size.contact_moments
    n_dossiers = len(DOSSIERS) + n // 25_000
    n_meetings = sum(meetings.meeting_count(s.every) for s in meetings.SERIES)
    return [
        ("Bewoners aanmaken", 5 * n, people.persons),
        ("Groepen en plekken", 5 * people.group_and_place_count(n), people.groups_and_places),
        ("Relaties en lidmaatschappen", 3 * (n + people.group_and_place_count(n)),
         relations.relations),
        ("Dossiers", 30 * n_dossiers, advocacy.dossiers),
        ("Contactmomenten", 4 * c, contacts.contacts),
        ("Bijeenkomsten", 40 * n_meetings, meetings.meetings),
        ("Signalen", 2 * (8 * n_dossiers + 20 + n // 100 * 2), advocacy.signals),
        ("Initiatieven", 10 * (10 + n // 2000), stories.initiatives),
        ("Verhalen", 10 * (12 + n // 1000), stories.stories),
    ]


def run(engine: Engine, size: DemoSize, progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None, worker_id: int | None = None,
        today: dt.date | None = None) -> DemoSummary:
    """Fill an empty database with a demo neighbourhood; see the module docstring.

    Raises ValueError (Dutch message) for a size out of range or a database that already
    has residents, groups or places, and Cancelled when `cancelled()` turns True.
    """
    if not MIN_PEOPLE <= size.people <= MAX_PEOPLE:
        raise ValueError(f"Een demowijk heeft tussen {MIN_PEOPLE} en {MAX_PEOPLE:,} bewoners "
                         f"(gevraagd: {size.people:,}).".replace(",", "."))
    if size.contact_moments < 0:
        raise ValueError("Het aantal contactmomenten kan niet negatief zijn.")
    today = today or dt.date.today()
    plan = _plan(size)
    setup_units = 100
    save_units = max(100, (5 * size.people + 4 * size.contact_moments) // 20)
    total = setup_units + sum(units for _, units, _ in plan) + save_units
    with engine.begin() as conn:
        world = World(conn, Writer(conn, total, progress, cancelled), size.seed, today,
                      size.people, size.contact_moments)
        actors = world.tables["actors"]
        if conn.execute(select(func.count()).select_from(actors)).scalar():
            raise ValueError("Deze database bevat al bewoners, groepen of plekken. Een demowijk "
                             "kan alleen in een lege database worden gemaakt.")
        writer = world.writer
        writer.phase("Buurten en thema's", setup_units)
        world.load_next_ids()
        people.themes_and_worker(world, worker_id)
        build_areas(world, world.rng("areas"))
        for label, units, generate in plan:
            writer.phase(label, units)
            generate(world)
        writer.phase("Opslaan", save_units)
        _write_meta(world, size)
        writer.flush()
        refresh_last_contact(conn)
        _sync_sequences(world)
    writer.finish("Klaar")
    counts = writer.counts
    return DemoSummary(
        worker_id=world.worker_id, people=counts["persons"], groups=counts["groups"],
        places=counts["places"], ties=counts["ties"], memberships=counts["memberships"],
        contact_moments=counts["contact_moments"],
        contact_participants=counts["contact_participants"], meetings=counts["meetings"],
        agenda_items=counts["agenda_items"], action_points=counts["action_points"],
        dossiers=counts["dossiers"], signals=counts["signals"], stories=counts["stories"],
        initiatives=counts["initiatives"], consents=counts["consents"],
        total_rows=sum(counts.values()))


def _write_meta(world: World, size: DemoSize) -> None:
    """app_meta demo_seed and demo_people (replacing earlier values)."""
    table = world.tables["app_meta"]
    for key, value in (("demo_seed", str(size.seed)), ("demo_people", str(size.people))):
        world.conn.execute(table.delete().where(table.c.key == key))
        world.add("app_meta", {"key": key, "value": value})


def _sync_sequences(world: World) -> None:
    """PostgreSQL hands out ids from sequences, which explicit ids do not advance; SQLite
    simply continues after the highest rowid."""
    if world.conn.dialect.name != "postgresql":
        return
    for name, next_id in world.next_ids.items():
        world.conn.execute(text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v, false)"),
                           {"t": name, "v": next_id})
