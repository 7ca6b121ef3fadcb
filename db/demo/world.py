"""What the generators share: the connection, ids handed out, dates and what exists so far."""

from __future__ import annotations

import datetime as dt
import random
from array import array
from dataclasses import dataclass, field
from itertools import accumulate

from sqlalchemy import Connection, Table, func, select

from db.demo.names import AREAS, POSTCODE_FIRST, POSTCODE_SECOND, Area
from db.demo.texts import BUURTHUIZEN
from db.demo.writer import Writer
from db.models import Base

# Clock times for created_at of dated rows: an entry is made the same day, at some hour.
ENTRY_TIMES = tuple(dt.time(h, m) for h in (9, 11, 13, 16, 17, 20, 21) for m in (5, 25, 40))

RECORDS_SINCE_DAYS = 730

DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")


def dutch_date(day: dt.date) -> str:
    return f"{day.day} {DUTCH_MONTHS[day.month - 1]}"


@dataclass
class Street:
    name: str
    postcode4: str
    letters: int  # index into the postcode letter pairs


@dataclass
class AreaInfo:
    id: int
    index: int
    area: Area
    streets: list[Street]
    buurthuis: str


@dataclass
class Node:
    """A group or place: what the generators need to know of it."""

    id: int
    name: str
    kind: str  # group kind ("informal", "formal", "institution") or "place"
    type: str  # template key, e.g. "weggeefwinkel" or a place type
    area: int | None  # area index, None for city-wide institutions


@dataclass
class DossierInfo:
    id: int
    title: str
    area: int
    theme: str
    started: dt.date
    topics: tuple[str, ...]
    phase: str


@dataclass
class World:
    conn: Connection
    writer: Writer
    seed: int
    today: dt.date
    people: int
    contacts: int
    worker_id: int = 0
    worker_name: str = ""
    tables: dict[str, Table] = field(default_factory=lambda: dict(Base.metadata.tables))
    next_ids: dict[str, int] = field(default_factory=dict)
    areas: list[AreaInfo] = field(default_factory=list)
    themes: dict[str, int] = field(default_factory=dict)
    # Persons, indexed by id - p0.
    p0: int = 0
    first: list[str] = field(default_factory=list)
    infix: list[str] = field(default_factory=list)
    last: list[str] = field(default_factory=list)
    female: bytearray = field(default_factory=bytearray)
    area_of: bytearray = field(default_factory=bytearray)
    street_of: bytearray = field(default_factory=bytearray)
    birth: array = field(default_factory=lambda: array("H"))
    level: list[str | None] = field(default_factory=list)
    by_area: list[list[int]] = field(default_factory=list)
    by_area_cw: list[list[float]] = field(default_factory=list)
    by_street: list[list[list[int]]] = field(default_factory=list)
    engaged: list[list[int]] = field(default_factory=list)  # any participation level
    active: list[list[int]] = field(default_factory=list)  # volunteers and organisers
    groups: list[Node] = field(default_factory=list)
    places: list[Node] = field(default_factory=list)
    dossiers: list[DossierInfo] = field(default_factory=list)
    signal_texts: dict[int, tuple[str, ...]] = field(default_factory=dict)
    story_contacts: list[tuple[int, dt.date, int | None, tuple[int, ...]]] = field(
        default_factory=list)

    # -- helpers ---------------------------------------------------------------------------

    def rng(self, name: str) -> random.Random:
        """One stream per phase, so changing one phase leaves the others as they were."""
        return random.Random(f"buurtboek-demo:{self.seed}:{name}")

    def load_next_ids(self) -> None:
        for name, table in self.tables.items():
            if "id" in table.c and table.c.id.primary_key:
                highest = self.conn.execute(select(func.max(table.c.id))).scalar()
                self.next_ids[name] = (highest or 0) + 1

    def ids(self, table: str, count: int = 1) -> int:
        """Reserve `count` consecutive ids; returns the first."""
        first = self.next_ids[table]
        self.next_ids[table] = first + count
        return first

    def add(self, table: str, row: dict) -> None:
        self.writer.add(self.tables[table], row)

    def days_ago(self, days: int) -> dt.date:
        return self.today - dt.timedelta(days=days)

    def stamp(self, day: dt.date | None, salt: int = 0) -> dt.datetime:
        """created_at for a row about `day`: entered that day, but not before the worker
        started keeping records (two years ago, when the actors were entered) nor after today."""
        start = self.days_ago(RECORDS_SINCE_DAYS)
        day = start if day is None or day < start else min(day, self.today)
        return dt.datetime.combine(day, ENTRY_TIMES[salt % len(ENTRY_TIMES)])

    def stamps(self, day: dt.date | None, salt: int = 0) -> dict:
        moment = self.stamp(day, salt)
        return {"created_at": moment, "updated_at": moment}

    # -- persons ---------------------------------------------------------------------------

    def person_name(self, pid: int) -> str:
        i = pid - self.p0
        return " ".join(p for p in (self.first[i], self.infix[i], self.last[i]) if p)

    def how_to_call(self, pid: int, rng: random.Random) -> str:
        """How a note names someone: the first name, or "mevrouw De Vries" for older residents."""
        i = pid - self.p0
        born = self.birth[i]
        if born and self.today.year - born >= 65 and rng.random() < 0.5:
            surname = " ".join(p for p in (self.infix[i], self.last[i]) if p)
            title = "mevrouw" if self.female[i] else "meneer"
            return f"{title} {surname[:1].upper()}{surname[1:]}"
        return self.first[i]

    def pick_resident(self, rng: random.Random, area: int) -> int:
        """A resident of `area`, the more active the likelier."""
        return rng.choices(self.by_area[area], cum_weights=self.by_area_cw[area])[0]

    def finish_people_index(self, weights: list[float]) -> None:
        self.by_area_cw = [list(accumulate(weights[pid - self.p0] for pid in ids))
                           for ids in self.by_area]

    def nodes_in(self, nodes: list[Node], area: int | None, kinds: tuple[str, ...]) -> list[Node]:
        return [n for n in nodes if n.kind in kinds and (area is None or n.area == area)]


def postcode(street: Street, house: int) -> str:
    k = street.letters + house // 16
    pair = POSTCODE_FIRST[(k // len(POSTCODE_SECOND)) % len(POSTCODE_FIRST)] + \
        POSTCODE_SECOND[k % len(POSTCODE_SECOND)]
    return f"{street.postcode4} {pair}"


def build_areas(world: World, rng: random.Random) -> None:
    """Neighbourhoods (reusing rows that already exist by name) with their streets."""
    table = world.tables["neighbourhoods"]
    existing = dict(world.conn.execute(select(table.c.name, table.c.id)).all())
    for index, area in enumerate(AREAS):
        area_id = existing.get(area.name)
        if area_id is None:
            area_id = world.ids("neighbourhoods")
            world.add("neighbourhoods", {"id": area_id, "name": area.name,
                                         "district": area.district, "municipality": "Rotterdam",
                                         **world.stamps(None)})
        streets = [Street(name, rng.choice(area.postcodes), rng.randrange(0, 200))
                   for name in area.streets]
        world.areas.append(AreaInfo(area_id, index, area, streets,
                                    BUURTHUIZEN[index % len(BUURTHUIZEN)]))
