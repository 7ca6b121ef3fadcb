"""The figures behind the charts on the Rapportages page, for a period and a neighbourhood.

Every series is aggregated in SQL: a GROUP BY over a bucket expression
(db.services.periods.bucket), or a GROUP BY per day along a covering index whose few hundred
daily rows Python places in their week or month. No loop in Python over contact moments.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, or_, select

from db.database import Database
from db.reach import month_slices, month_totals
from db.models import (
    Actor, ContactMoment, Dossier, DossierPhaseStep, ParticipationStep, Tie, contact_participants,
)
from db.services.periods import Period, bucket, month_edges, week_edges
from db.vocabulary import ActorKind, ContactSetting, DossierPhase, ParticipationLevel, Strategy

#: key of contact moments without a strategy (a talk that builds the worker's own relationship)
NO_STRATEGY = "none"
#: "from" key of a first step on the ladder (the person had no level before)
NEW = "new"


@dataclass(frozen=True)
class Series:
    """Values per bucket (week or month) for each key, in the order of `keys`."""

    starts: tuple[dt.date, ...]  # first day of each bucket
    keys: tuple[str, ...]
    values: dict[str, tuple[int, ...]]

    def total(self, key: str) -> int:
        return sum(self.values[key])

    @property
    def is_empty(self) -> bool:
        return not any(any(v) for v in self.values.values())


@dataclass(frozen=True)
class LadderMove:
    source: str  # a ParticipationLevel code, or NEW
    target: str
    count: int


def _hood_filter(column, neighbourhood_id: int | None) -> list:
    return [] if neighbourhood_id is None else [column == neighbourhood_id]


def _fold(edges: list, keys: tuple[str, ...], rows) -> dict[str, tuple[int, ...]]:
    """(key, day, amount) rows aggregated per day in SQL, placed in their week or month."""
    return _fill(edges, keys, ((bisect.bisect_right(edges, day) - 1, key, amount)
                               for key, day, amount in rows))


def _fill(edges: list, keys: tuple[str, ...], rows) -> dict[str, tuple[int, ...]]:
    slots = {k: [0] * (len(edges) - 1) for k in keys}
    for index, key, amount in rows:
        key = NO_STRATEGY if key is None else str(key)
        if key in slots and index is not None:
            slots[key][index] += int(amount or 0)
    return {k: tuple(v) for k, v in slots.items()}


class IndicatorService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- contact moments ------------------------------------------------------------------
    def contacts_per_week(self, period: Period, neighbourhood_id: int | None = None,
                          by: str = "setting") -> Series:
        """Contact moments per week (Monday to Sunday), split by setting or by strategy.

        One GROUP BY (code, day) in SQL: listing every code (`IN`) lets the planner walk the
        covering (code, date) index once per code instead of visiting a million rows; the few
        hundred daily rows are then placed in their week."""
        edges = week_edges(period)
        day = ContactMoment.occurred_on
        where = [day >= max(edges[0], period.start), day < min(edges[-1], period.stop),
                 *_hood_filter(ContactMoment.neighbourhood_id, neighbourhood_id)]
        with self.db.session() as s:
            if by == "setting":
                keys = tuple(str(x) for x in ContactSetting)
                rows = s.execute(
                    select(ContactMoment.setting, day, func.count())
                    .where(ContactMoment.setting.in_(keys), *where)
                    .group_by(ContactMoment.setting, day)).all()
            else:
                keys = (*(str(x) for x in Strategy), NO_STRATEGY)
                rows = s.execute(
                    select(ContactMoment.strategy, day, func.count())
                    .where(ContactMoment.strategy.in_([str(x) for x in Strategy]), *where)
                    .group_by(ContactMoment.strategy, day)).all()
                # without a strategy: all contact moments of the day minus those with one
                totals = s.execute(select(day, func.count()).where(*where).group_by(day)).all()
                with_strategy: dict[dt.date, int] = {}
                for _, d, n in rows:
                    with_strategy[d] = with_strategy.get(d, 0) + n
                rows = [*rows, *((NO_STRATEGY, d, n - with_strategy.get(d, 0))
                                 for d, n in totals)]
        return Series(tuple(edges[:-1]), keys, _fold(edges, keys, rows))

    def reach_per_month(self, period: Period, neighbourhood_id: int | None = None) -> Series:
        """Residents reached per month: distinct named residents who took part in a contact
        moment that month ("named"), and people met without names ("anonymous", the sum of
        `anonymous_count`). Reach is their sum; a resident met twice in a month counts once.

        Read from the derived table reach_months (one primary-key range, kept by triggers,
        db/models/derived.py); a month only partly inside the period that has contact
        moments outside it is counted from the source rows instead."""
        edges = month_edges(period)
        named, anonymous = [], []
        with self.db.session() as s:
            slices = month_slices(s, period)
            totals = month_totals(s, [m.month for m in slices if m.whole], neighbourhood_id)
            for index, part in enumerate(slices):
                if part.whole:
                    _, anon, residents = totals.get(part.month, (0, 0, 0))
                else:
                    anon, residents = self._reach_from_source(s, part.lo, part.hi,
                                                              neighbourhood_id)
                named.append((index, "named", residents))
                anonymous.append((index, "anonymous", anon))
        values = _fill(edges, ("named",), named)
        values.update(_fill(edges, ("anonymous",), anonymous))
        values["reach"] = tuple(
            a + b for a, b in zip(values["named"], values["anonymous"], strict=True))
        return Series(tuple(edges[:-1]), ("reach", "named", "anonymous"), values)

    @staticmethod
    def _reach_from_source(s, start: dt.date, stop: dt.date,
                           neighbourhood_id: int | None) -> tuple[int, int]:
        """(anonymous, distinct named residents) between start and stop, from the source
        rows: DISTINCT along the covering indexes, groups and places left out with a short
        NOT IN list."""
        day = ContactMoment.occurred_on
        where = [day >= start, day < stop,
                 *_hood_filter(ContactMoment.neighbourhood_id, neighbourhood_id)]
        cp = contact_participants
        not_persons = select(Actor.id).where(Actor.kind != ActorKind.PERSON.value)
        distinct = (select(cp.c.actor_id).select_from(ContactMoment)
                    .join(cp, cp.c.contact_moment_id == ContactMoment.id)
                    .where(*where, cp.c.actor_id.not_in(not_persons)).distinct().subquery())
        named = s.scalar(select(func.count()).select_from(distinct))
        anonymous = s.scalar(select(func.coalesce(func.sum(ContactMoment.anonymous_count), 0))
                             .where(*where))
        return int(anonymous or 0), int(named or 0)

    # -- ties -----------------------------------------------------------------------------
    def new_ties_per_month(self, period: Period, neighbourhood_id: int | None = None) -> Series:
        """Ties that started (`since`) per month, by strategy; in a neighbourhood: ties whose
        first actor lives there."""
        edges = month_edges(period)
        b = bucket(Tie.since, edges).label("b")
        query = (select(b, Tie.strategy, func.count())
                 .where(Tie.since >= max(edges[0], period.start),
                        Tie.since < min(edges[-1], period.stop)))
        if neighbourhood_id is None:  # listing the strategies: seek (strategy, since) per one
            query = query.where(Tie.strategy.in_([str(x) for x in Strategy]))
        else:
            query = query.join(Actor, Actor.id == Tie.source_id).where(
                Actor.neighbourhood_id == neighbourhood_id)
        keys = tuple(str(s) for s in Strategy)
        with self.db.session() as s:
            values = _fill(edges, keys, s.execute(query.group_by(b, Tie.strategy)).all())
        return Series(tuple(edges[:-1]), keys, values)

    # -- participation ladder -------------------------------------------------------------
    def ladder_moves(self, period: Period,
                     neighbourhood_id: int | None = None) -> list[LadderMove]:
        """Steps on the participation ladder taken in the period, as (from, to, how many).

        "From" is the level of the person's previous step (any date before), or NEW for a
        first step. Steps to the same level again are left out. Largest flows first."""
        step, before = ParticipationStep.__table__, ParticipationStep.__table__.alias("before")
        previous = (select(before.c.level)
                    .where(before.c.person_id == step.c.person_id,
                           or_(before.c.since < step.c.since,
                               and_(before.c.since == step.c.since, before.c.id < step.c.id)))
                    .order_by(before.c.since.desc(), before.c.id.desc())
                    .limit(1).correlate(step).scalar_subquery().label("source"))
        inner = select(previous, step.c.level.label("target")).where(
            step.c.since >= period.start, step.c.since < period.stop)
        if neighbourhood_id is not None:
            inner = inner.join(Actor, Actor.id == step.c.person_id).where(
                Actor.neighbourhood_id == neighbourhood_id)
        inner = inner.subquery()
        query = select(inner.c.source, inner.c.target, func.count()).group_by(
            inner.c.source, inner.c.target)
        with self.db.session() as s:
            rows = s.execute(query).all()
        moves = [LadderMove(str(src) if src else NEW, str(dst), int(n))
                 for src, dst, n in rows if src != dst]
        order = [NEW, *(str(level) for level in ParticipationLevel)]
        moves.sort(key=lambda m: (-m.count, order.index(m.source), order.index(m.target)))
        return moves

    # -- dossiers -------------------------------------------------------------------------
    def dossiers_by_phase(self, period: Period, neighbourhood_id: int | None = None) -> Series:
        """Per month: how many dossiers were in each phase at the end of that month (the
        phase of their latest step on or before that day). One GROUP BY per month over the
        (small) dossier_phase_steps table."""
        edges = month_edges(period)
        keys = tuple(str(p) for p in DossierPhase)
        step, later = DossierPhaseStep.__table__, DossierPhaseStep.__table__.alias("later")
        rows = []
        with self.db.session() as s:
            for index, edge in enumerate(edges[1:]):
                newer = exists().where(later.c.dossier_id == step.c.dossier_id,
                                       later.c.reached_on < edge,
                                       or_(later.c.reached_on > step.c.reached_on,
                                           and_(later.c.reached_on == step.c.reached_on,
                                                later.c.id > step.c.id)))
                query = select(step.c.phase, func.count()).where(
                    step.c.reached_on < edge, ~newer)
                if neighbourhood_id is not None:
                    query = query.join(Dossier, Dossier.id == step.c.dossier_id).where(
                        Dossier.neighbourhood_id == neighbourhood_id)
                rows += [(index, phase, n)
                         for phase, n in s.execute(query.group_by(step.c.phase))]
        return Series(tuple(edges[:-1]), keys, _fill(edges, keys, rows))
