"""The reach tables (db/models/derived.py) recomputed from the source rows.

The tables are kept by SQLite triggers (migration 0003_reach), so no service needs to call
anything after a write. This module is the reference those triggers are tested against
(`computed_reach`) and a repair (`rebuild_reach`: rewrite both tables from the source, e.g.
on a database whose triggers were lost, or on PostgreSQL until it has its own triggers).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import (
    Date, and_, cast, delete, exists, func, insert, literal, or_, select, union_all,
)

from db.models import (
    ALL_NEIGHBOURHOODS, Actor, ContactMoment, ReachMonth, ReachResident, contact_participants,
)
from db.vocabulary import ActorKind

if TYPE_CHECKING:
    from db.services.periods import Period

MonthKey = tuple[int, dt.date]


def _month(connection, column):
    dialect = (connection.get_bind() if hasattr(connection, "get_bind")
               else connection).dialect.name
    if dialect == "sqlite":
        return func.date(column, "start of month")
    return cast(func.date_trunc("month", column), Date)


def _sources(connection):
    """(residents select, totals select) over the source rows, both neighbourhood keys."""
    cm, cp = ContactMoment.__table__, contact_participants
    month = _month(connection, cm.c.occurred_on)
    people = (cp.join(cm, cm.c.id == cp.c.contact_moment_id)
              .join(Actor.__table__, (Actor.id == cp.c.actor_id)
                    & (Actor.kind == ActorKind.PERSON.value)))
    residents = union_all(
        select(literal(ALL_NEIGHBOURHOODS).label("n"), month.label("m"), cp.c.actor_id,
               func.count()).select_from(people).group_by(month, cp.c.actor_id),
        select(cm.c.neighbourhood_id, month, cp.c.actor_id, func.count()).select_from(people)
        .where(cm.c.neighbourhood_id.is_not(None))
        .group_by(cm.c.neighbourhood_id, month, cp.c.actor_id))
    totals = union_all(
        select(literal(ALL_NEIGHBOURHOODS).label("n"), month.label("m"), func.count(),
               func.sum(cm.c.anonymous_count)).group_by(month),
        select(cm.c.neighbourhood_id, month, func.count(), func.sum(cm.c.anonymous_count))
        .where(cm.c.neighbourhood_id.is_not(None)).group_by(cm.c.neighbourhood_id, month))
    return residents, totals


def _day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def computed_reach(connection) -> tuple[dict[tuple[int, dt.date, int], int],
                                        dict[MonthKey, tuple[int, int, int]]]:
    """From the source rows: {(neighbourhood, month, person): moments} and
    {(neighbourhood, month): (contact moments, anonymous, residents)}."""
    residents_q, totals_q = _sources(connection)
    residents = {(int(n), _day(m), int(p)): int(k)
                 for n, m, p, k in connection.execute(residents_q)}
    per_month: dict[MonthKey, int] = {}
    for n, m, _p in residents:
        per_month[(n, m)] = per_month.get((n, m), 0) + 1
    totals = {(int(n), _day(m)): (int(c), int(a or 0), per_month.get((int(n), _day(m)), 0))
              for n, m, c, a in connection.execute(totals_q)}
    return residents, totals


def stored_reach(connection) -> tuple[dict[tuple[int, dt.date, int], int],
                                      dict[MonthKey, tuple[int, int, int]]]:
    """What the reach tables hold, in the shape of `computed_reach`."""
    r, t = ReachResident.__table__, ReachMonth.__table__
    residents = {(int(n), _day(m), int(p)): int(k) for n, m, p, k in connection.execute(
        select(r.c.neighbourhood_id, r.c.month, r.c.person_id, r.c.moments))}
    totals = {(int(n), _day(m)): (int(c), int(a), int(k)) for n, m, c, a, k in connection.execute(
        select(t.c.neighbourhood_id, t.c.month, t.c.contact_moments, t.c.anonymous,
               t.c.residents))}
    return residents, totals


def rebuild_reach(connection) -> None:
    """Rewrite both reach tables from the source rows, in the caller's transaction."""
    r, t = ReachResident.__table__, ReachMonth.__table__
    residents_q, totals_q = _sources(connection)
    connection.execute(delete(r))
    connection.execute(delete(t))
    connection.execute(insert(r).from_select(
        ["neighbourhood_id", "month", "person_id", "moments"], residents_q))
    sums = totals_q.subquery()
    connection.execute(insert(t).from_select(
        ["neighbourhood_id", "month", "contact_moments", "anonymous", "residents"],
        select(*sums.c, literal(0))))
    counted = (select(func.count()).select_from(r)
               .where(r.c.neighbourhood_id == t.c.neighbourhood_id, r.c.month == t.c.month)
               .scalar_subquery())
    connection.execute(t.update().values(residents=counted))


# -- reading: which months of a period the tables can answer --------------------------------
@dataclass(frozen=True)
class MonthSlice:
    """One month of a period: [lo, hi) is the part inside the period; `whole` says the
    reach tables answer it (the month lies wholly inside the period, or no contact moment
    of that month falls outside it, e.g. a period that ends today)."""

    month: dt.date
    lo: dt.date
    hi: dt.date
    whole: bool


def month_slices(session, period: Period) -> list[MonthSlice]:
    """The months that touch `period`; at most the first and the last are partial, each
    settled with one indexed EXISTS on the contact moments' date."""
    from db.services.periods import month_edges  # db.services imports this module

    edges = month_edges(period)
    day = ContactMoment.occurred_on
    slices = []
    for month, after in zip(edges, edges[1:], strict=False):
        lo, hi = max(month, period.start), min(after, period.stop)
        whole = (lo, hi) == (month, after)
        if not whole:
            outside = or_(and_(day >= month, day < lo), and_(day >= hi, day < after))
            whole = not session.scalar(select(exists().where(outside)))
        slices.append(MonthSlice(month, lo, hi, whole))
    return slices


def hood_key(neighbourhood_id: int | None) -> int:
    return ALL_NEIGHBOURHOODS if neighbourhood_id is None else neighbourhood_id


def month_totals(session, months: list[dt.date], neighbourhood_id: int | None
                 ) -> dict[dt.date, tuple[int, int, int]]:
    """{month: (contact moments, anonymous, residents)} from reach_months (missing months:
    nothing recorded). One primary-key range read."""
    if not months:
        return {}
    t = ReachMonth.__table__
    rows = session.execute(select(t.c.month, t.c.contact_moments, t.c.anonymous, t.c.residents)
                           .where(t.c.neighbourhood_id == hood_key(neighbourhood_id),
                                  t.c.month >= min(months), t.c.month <= max(months)))
    wanted = set(months)
    return {_day(m): (int(c), int(a), int(r)) for m, c, a, r in rows if _day(m) in wanted}


def distinct_residents(session, months: list[dt.date], neighbourhood_id: int | None) -> int:
    """Residents reached in any of `months` (each counted once), from reach_residents."""
    if not months:
        return 0
    r = ReachResident.__table__
    return int(session.scalar(
        select(func.count(func.distinct(r.c.person_id)))
        .where(r.c.neighbourhood_id == hood_key(neighbourhood_id), r.c.month.in_(months))) or 0)


def reached_in_month(person_id, month: dt.date):
    """SQL condition: this person took part in a contact moment in `month` (first day)."""
    r = ReachResident.__table__
    return exists().where(r.c.neighbourhood_id == ALL_NEIGHBOURHOODS, r.c.month == month,
                          r.c.person_id == person_id)
