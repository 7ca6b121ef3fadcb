"""Contact moments: a filtered, sorted list in keyset pages, its count and the filter options.

Every sort order pages on a key taken from the last row shown, so page 5,000 costs what
page 1 costs. Sorting by setting or neighbourhood walks the few values of that column in
their display order and reads each group newest first through its (value, date) index;
no sort ever runs over the whole table.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from typing import Any, ClassVar, Final, Literal

from sqlalchemy import String, and_, case, exists, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from db.database import Database
from db.models import (
    Actor, ContactMoment, Neighbourhood, Theme, Worker, contact_participants, contact_themes,
)
from db.vocabulary import ContactSetting, Strategy

NOTE_PREVIEW = 160
#: `ContactFilter.strategy` value for contact moments without a strategy ("geen strategie").
WITHOUT_STRATEGY: Final = "none"
#: Counts stop here; the list says "meer dan 10.000" (see `ContactCount`).
COUNT_CAP = 10_000


@dataclass(frozen=True)
class ContactRow:
    id: int
    occurred_on: dt.date
    setting: ContactSetting
    participants: str
    anonymous_count: int
    neighbourhood: str
    note: str  # a preview, "" for a sensitive note: its text never leaves the service here
    sensitive: bool
    strategy: Strategy | None = None
    themes: str = ""
    worker: str = ""
    neighbourhood_id: int | None = None
    worker_id: int | None = None

    @property
    def key(self) -> ContactKey:
        return ContactKey(self.occurred_on, self.id, self.setting, self.neighbourhood_id)


@dataclass(frozen=True)
class ContactKey:
    """Where the next page starts: the last row of the page before (see `ContactRow.key`)."""

    occurred_on: dt.date
    id: int
    setting: ContactSetting | None = None  # needed when sorting by setting
    neighbourhood_id: int | None = None  # needed when sorting by neighbourhood


@dataclass(frozen=True)
class ContactFilter:
    """What the list is narrowed to; every field left at its default means "all"."""

    date_from: dt.date | None = None  # inclusive
    date_to: dt.date | None = None  # inclusive
    settings: frozenset[ContactSetting] = frozenset()
    neighbourhood_id: int | None = None
    theme_id: int | None = None
    strategy: Strategy | Literal["none"] | None = None  # WITHOUT_STRATEGY: "geen strategie"
    worker_id: int | None = None

    #: the filters a user can loosen one at a time (the period counts as one)
    PARTS: ClassVar[tuple[str, ...]] = (
        "period", "settings", "neighbourhood_id", "theme_id", "strategy", "worker_id")

    def active(self) -> tuple[str, ...]:
        """The parts of `PARTS` that narrow the list."""
        on = []
        if self.date_from is not None or self.date_to is not None:
            on.append("period")
        on += [name for name in self.PARTS[1:] if getattr(self, name) not in (None, frozenset())]
        return tuple(on)

    @property
    def is_empty(self) -> bool:
        return not self.active()

    def without(self, part: str) -> ContactFilter:
        """This filter with one part (a name from `PARTS`) back at "all"."""
        if part == "period":
            return replace(self, date_from=None, date_to=None)
        default = {f.name: f.default for f in fields(self)}[part]
        return replace(self, **{part: default})


class SortKey(StrEnum):
    DATE = "date"
    SETTING = "setting"
    NEIGHBOURHOOD = "neighbourhood"


@dataclass(frozen=True)
class ContactSort:
    """The order of the list. By date: newest first by default, ties by id. By setting or
    neighbourhood: the groups in label order (A–Z, or Z–A when descending), each newest first;
    contact moments without a neighbourhood come last either way."""

    key: SortKey = SortKey.DATE
    descending: bool = True


@dataclass(frozen=True)
class ContactCount:
    """How many contact moments match; `capped` means "more than `value`"."""

    value: int
    capped: bool = False


@dataclass(frozen=True)
class FilterOptions:
    settings: tuple[ContactSetting, ...]
    strategies: tuple[Strategy, ...]
    neighbourhoods: tuple[tuple[int, str], ...]
    themes: tuple[tuple[int, str], ...]
    workers: tuple[tuple[int, str], ...]


CM = ContactMoment


#: filters on a column with a (column, date) index: one of them drives the index walk
EQUALITY_PARTS = ("settings", "neighbourhood_id", "strategy", "worker_id")


def _equality(f: ContactFilter, part: str, indexed: bool = True) -> Any:
    """The condition for one equality part; `indexed=False` writes it so that SQLite cannot
    use that column's index (`col || ''`, `col + 0`) and walks the driving index instead."""
    if part == "settings":
        column: Any = CM.setting if indexed else type_coerce(CM.setting, String()).concat("")
        values = sorted(str(v) for v in f.settings)
        return column == values[0] if len(values) == 1 else column.in_(values)
    if part == "strategy":
        column = CM.strategy if indexed else type_coerce(CM.strategy, String()).concat("")
        return column.is_(None) if f.strategy == WITHOUT_STRATEGY else column == str(f.strategy)
    column = getattr(CM, part)
    return (column if indexed else column + 0) == getattr(f, part)


def _conditions(f: ContactFilter, driver: str | None = None) -> list[Any]:
    """The WHERE clause of `f`; with `driver`, only that equality part may use its index."""
    where: list[Any] = []
    if f.date_from is not None:
        where.append(CM.occurred_on >= f.date_from)
    if f.date_to is not None:
        where.append(CM.occurred_on <= f.date_to)
    for part in EQUALITY_PARTS:
        if getattr(f, part) not in (None, frozenset()):
            where.append(_equality(f, part, driver is None or part == driver))
    if f.theme_id is not None:
        # a probe of the (contact_moment, theme) primary key per row the index walk meets
        where.append(exists().where(contact_themes.c.contact_moment_id == CM.id,
                                    contact_themes.c.theme_id == f.theme_id))
    return where


def _after(key: ContactKey, descending: bool) -> Any:
    """Rows past `key` in (date, id) order, written so the date part is an index range."""
    day, ident = key.occurred_on, key.id
    if descending:
        return and_(CM.occurred_on <= day, or_(CM.occurred_on < day, CM.id < ident))
    return and_(CM.occurred_on >= day, or_(CM.occurred_on > day, CM.id > ident))


def _date_order(descending: bool) -> tuple[Any, Any]:
    if descending:
        return CM.occurred_on.desc(), CM.id.desc()
    return CM.occurred_on.asc(), CM.id.asc()


_COLUMNS = (CM.id, CM.occurred_on, CM.setting, CM.anonymous_count, CM.neighbourhood_id,
            case((CM.sensitive, ""), else_=func.substr(CM.note, 1, NOTE_PREVIEW)),
            CM.sensitive, CM.strategy, CM.worker_id)


class ContactService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._sizes: dict[tuple[str, Any], int] = {}

    def _where(self, s: Session, f: ContactFilter) -> list[Any]:
        """The conditions of `f`, with the index walk chosen here rather than by SQLite.

        Without statistics SQLite picks one of several equality indexes blindly (setting and
        neighbourhood: 140 ms on the neighbourhood index, 40 ms on the setting index, for the
        same 6,565 rows). With two or more equality filters, the one matching the fewest rows
        drives; each size is an index-only count, capped, remembered per value (it only
        steers the plan, so a stale size costs speed, never correctness).
        """
        active = [p for p in EQUALITY_PARTS if getattr(f, p) not in (None, frozenset())]
        if len(active) < 2:
            return _conditions(f)
        sizes = {}
        for part in active:
            memo = (part, getattr(f, part))
            if memo not in self._sizes:
                inner = select(CM.id).where(_equality(f, part)).limit(COUNT_CAP + 1)
                self._sizes[memo] = s.scalar(select(func.count()).select_from(inner.subquery()))
            sizes[part] = self._sizes[memo]
        return _conditions(f, min(active, key=sizes.__getitem__))

    # -- the list ------------------------------------------------------------------------------
    def page(self, filter: ContactFilter | None = None, sort: ContactSort | None = None,
             after: ContactKey | ContactRow | None = None, limit: int = 200) -> list[ContactRow]:
        """One page of the list: the `limit` rows that follow `after` (None: the first page)."""
        f, order = filter or ContactFilter(), sort or ContactSort()
        key = after.key if isinstance(after, ContactRow) else after
        with self.db.session() as s:
            if order.key is SortKey.DATE:
                query = (select(*_COLUMNS).where(*self._where(s, f))
                         .order_by(*_date_order(order.descending)))
                if key is not None:
                    query = query.where(_after(key, order.descending))
                rows = list(s.execute(query.limit(limit)))
            else:
                rows = self._grouped_page(s, f, order, key, limit)
            return self._rows(s, rows)

    def _groups(self, s: Session, f: ContactFilter, order: ContactSort) -> list[Any]:
        """The values of the sort column in display order (only those the filter allows)."""
        if order.key is SortKey.SETTING:
            values: list[Any] = sorted(f.settings or ContactSetting, key=lambda m: m.label.lower())
            return values[::-1] if order.descending else values
        if f.neighbourhood_id is not None:
            return [f.neighbourhood_id]
        names = s.execute(select(Neighbourhood.id, Neighbourhood.name)).all()
        ids: list[Any] = [i for i, _ in sorted(names, key=lambda r: (r[1].lower(), r[0]),
                                                reverse=order.descending)]
        return ids + [None]  # no neighbourhood: last

    def _grouped_page(self, s: Session, f: ContactFilter, order: ContactSort,
                      key: ContactKey | None, limit: int) -> list[Any]:
        by_setting = order.key is SortKey.SETTING
        groups = self._groups(s, f, order)
        start = 0
        if key is not None:
            current = key.setting if by_setting else key.neighbourhood_id
            if current not in groups:
                return []
            start = groups.index(current)
        rows: list[Any] = []
        for position in range(start, len(groups)):
            value = groups[position]
            if by_setting:
                where = self._where(s, replace(f, settings=frozenset({value})))
            elif value is None:
                where = [*self._where(s, f), CM.neighbourhood_id.is_(None)]
            else:
                where = self._where(s, replace(f, neighbourhood_id=value))
            query = (select(*_COLUMNS).where(*where)
                     .order_by(*_date_order(True)).limit(limit - len(rows)))
            if key is not None and position == start:
                query = query.where(_after(key, True))
            rows += s.execute(query)
            if len(rows) >= limit:
                break
        return rows

    def _rows(self, s: Session, rows: Sequence[Any]) -> list[ContactRow]:
        ids = [r[0] for r in rows]
        if not ids:
            return []
        people: dict[int, list[str]] = defaultdict(list)
        for cm_id, name in s.execute(
            select(contact_participants.c.contact_moment_id, Actor.name)
            .join(Actor, Actor.id == contact_participants.c.actor_id)
            .where(contact_participants.c.contact_moment_id.in_(ids)).order_by(Actor.name)
        ):
            people[cm_id].append(name)
        themes: dict[int, list[str]] = defaultdict(list)
        for cm_id, name in s.execute(
            select(contact_themes.c.contact_moment_id, Theme.name)
            .join(Theme, Theme.id == contact_themes.c.theme_id)
            .where(contact_themes.c.contact_moment_id.in_(ids)).order_by(Theme.name)
        ):
            themes[cm_id].append(name)
        hoods = dict(s.execute(select(Neighbourhood.id, Neighbourhood.name).where(
            Neighbourhood.id.in_({r[4] for r in rows if r[4] is not None}))).all())
        workers = dict(s.execute(select(Worker.id, Worker.name).where(
            Worker.id.in_({r[8] for r in rows if r[8] is not None}))).all())
        return [
            ContactRow(i, day, setting, ", ".join(people[i]), anon, hoods.get(hood, ""),
                       "" if sensitive else (note or "").replace("\n", " "), bool(sensitive),
                       strategy, ", ".join(themes[i]), workers.get(worker, ""), hood, worker)
            for i, day, setting, anon, hood, note, sensitive, strategy, worker in rows
        ]

    # -- counts ----------------------------------------------------------------------------------
    def count(self, filter: ContactFilter | None = None, cap: int | None = None) -> int:
        """How many contact moments match; with `cap`, counting stops at `cap`."""
        f = filter or ContactFilter()
        with self.db.session() as s:
            if f.is_empty and cap is None:
                return s.scalar(select(func.count()).select_from(CM))
            if f.active() == ("theme_id",):  # index-only on contact_themes: 8 ms, not 340
                inner = select(contact_themes.c.contact_moment_id).where(
                    contact_themes.c.theme_id == f.theme_id)
                if cap is not None:
                    inner = inner.limit(cap)
                return s.scalar(select(func.count()).select_from(inner.subquery()))
            inner = select(CM.id).where(*self._where(s, f))
            if cap is not None:
                inner = inner.limit(cap)
            return s.scalar(select(func.count()).select_from(inner.subquery()))

    def count_capped(self, filter: ContactFilter | None = None,
                     cap: int = COUNT_CAP) -> ContactCount:
        """The count the list shows: exact up to `cap`, "more than `cap`" beyond; exact anyway
        where an index-only count is cheap (no filter, or a theme alone: 4 ms on 1,000,000)."""
        f = filter or ContactFilter()
        if f.active() in ((), ("theme_id",)):
            return ContactCount(self.count(f))
        value = self.count(f, cap + 1)
        return ContactCount(cap, True) if value > cap else ContactCount(value)

    @staticmethod
    def count_is_cheap(filter: ContactFilter) -> bool:
        """Whether `count_capped` is an index-only count (a few ms on 1,000,000 rows): no
        filter, a theme alone, or a period with at most one of setting, neighbourhood,
        strategy and worker. Other combinations visit table rows (up to 250 ms there)."""
        active = filter.active()
        if active == ("theme_id",) or not active:
            return True
        return "theme_id" not in active and len([p for p in active if p != "period"]) <= 1

    def matches(self, filter: ContactFilter, contact_id: int) -> bool:
        with self.db.session() as s:
            return s.scalar(select(exists().where(CM.id == contact_id,
                                                  *_conditions(filter)))) or False

    def loosen(self, filter: ContactFilter) -> tuple[str, ...]:
        """The parts of `filter` whose removal alone brings back contact moments (for an empty
        list that says which filter to loosen), in `ContactFilter.PARTS` order."""
        return tuple(part for part in filter.active() if self.count(filter.without(part), 1))

    def row(self, contact_id: int) -> ContactRow | None:
        """One contact moment as the list shows it, or None when it does not exist."""
        with self.db.session() as s:
            rows = list(s.execute(select(*_COLUMNS).where(CM.id == contact_id)))
            found = self._rows(s, rows)
        return found[0] if found else None

    # -- filter widgets ---------------------------------------------------------------------------
    def filter_options(self) -> FilterOptions:
        with self.db.session() as s:
            hoods = s.execute(select(Neighbourhood.id, Neighbourhood.name)).all()
            themes = s.execute(select(Theme.id, Theme.name)).all()
            workers = s.execute(select(Worker.id, Worker.name)).all()

        def by_name(pairs: Sequence[Any]) -> tuple[tuple[int, str], ...]:
            return tuple((i, n) for i, n in sorted(pairs, key=lambda r: (r[1].lower(), r[0])))

        return FilterOptions(
            settings=tuple(sorted(ContactSetting, key=lambda m: m.label.lower())),
            strategies=tuple(Strategy), neighbourhoods=by_name(hoods), themes=by_name(themes),
            workers=by_name(workers))
