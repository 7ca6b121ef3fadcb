"""Uit beeld: who has the worker not seen for a while, and which groups have no link to
any institution. Who falls "tussen wal en schip"?"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, or_, select

from db.database import Database
from db.events import Change
from db.models import Actor, AppMeta, Group, Neighbourhood, Person, Tie
from db.services.errors import ValidationError
from db.vocabulary import ActorKind, GroupKind, ParticipationLevel, Strategy

# Weeks without contact after which someone is "uit beeld", per participation level;
# the people most involved are missed soonest.
DEFAULT_WEEKS: dict[ParticipationLevel | None, int] = {
    ParticipationLevel.ORGANISER: 4,
    ParticipationLevel.VOLUNTEER: 6,
    ParticipationLevel.PARTICIPANT: 8,
    ParticipationLevel.VISITOR: 12,
    None: 26,
}
GROUP_KEY = "groups"
DEFAULT_GROUP_WEEKS = 12


def _key(level: ParticipationLevel | None | str) -> str:
    name = level.value if isinstance(level, ParticipationLevel) else (level or "none")
    return f"out_of_sight_weeks.{name}"


@dataclass(frozen=True)
class OutOfSightRow:
    id: int
    kind: ActorKind
    name: str
    neighbourhood: str
    level: ParticipationLevel | None
    last_contact_on: dt.date | None
    weeks: int | None  # weeks since the last contact (None: never)
    tie_strength: int  # sum of the strengths of active ties
    weight: float  # how much this one matters: longer and stronger-tied first


@dataclass(frozen=True)
class UnlinkedGroup:
    id: int
    name: str
    group_kind: GroupKind
    neighbourhood: str


class OutOfSightService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def thresholds(self) -> dict[ParticipationLevel | str | None, int]:
        """Weeks per participation level (None: no level), and for groups."""
        with self.db.session() as s:
            stored = dict(s.execute(select(AppMeta.key, AppMeta.value)
                                    .where(AppMeta.key.like("out_of_sight_weeks.%"))).all())
        result: dict = {}
        for level, weeks in DEFAULT_WEEKS.items():
            value = stored.get(_key(level))
            result[level] = int(value) if value and value.isdigit() else weeks
        value = stored.get(_key(GROUP_KEY))
        result[GROUP_KEY] = int(value) if value and value.isdigit() else DEFAULT_GROUP_WEEKS
        return result

    def set_threshold(self, level: ParticipationLevel | str | None, weeks: int) -> int:
        """Change one threshold; returns the previous value."""
        if not isinstance(weeks, int) or not 1 <= weeks <= 520:
            raise ValidationError("Kies een aantal weken tussen 1 en 520.", "weeks")
        previous = self.thresholds()[level]
        with self.db.session.begin() as s:
            s.merge(AppMeta(key=_key(level), value=str(weeks)))
        self.db.bus.publish(Change("settings", "updated"))
        return previous

    def list(self, today: dt.date | None = None, limit: int = 500) -> list[OutOfSightRow]:
        """Persons and groups past their threshold, weighted by the strength of their ties.

        One index-driven query per participation level (and one for groups), then the tie
        strengths of just those actors: no scan over all residents or all ties.
        """
        today = today or dt.date.today()
        weeks = self.thresholds()
        a, p, g = Actor.__table__, Person.__table__, Group.__table__
        columns = (a.c.id, a.c.kind, a.c.name, Neighbourhood.name, p.c.participation_level,
                   a.c.last_contact_on)
        hood = (Neighbourhood, Neighbourhood.id == a.c.neighbourhood_id)
        # Per level, start from the (small) set of persons at that level; coalesce() keeps
        # the planner from walking every resident by date instead.
        unindexed_last = func.coalesce(a.c.last_contact_on, a.c.last_contact_on)
        queries = [
            select(*columns).select_from(p).join(a, a.c.id == p.c.id).outerjoin(*hood)
            .where(p.c.participation_level == lv.value, a.c.archived_at.is_(None),
                   unindexed_last < today - dt.timedelta(weeks=weeks[lv]))
            for lv in ParticipationLevel]
        # Without a level (most residents) and groups: walk the (kind, last contact) index.
        by_date = (select(*columns).outerjoin(p, p.c.id == a.c.id).outerjoin(*hood)
                   .where(a.c.archived_at.is_(None), a.c.last_contact_on.is_not(None)))
        queries.append(by_date.where(
            a.c.kind == ActorKind.PERSON.value, p.c.participation_level.is_(None),
            a.c.last_contact_on < today - dt.timedelta(weeks=weeks[None])))
        queries.append(by_date.join(g, g.c.id == a.c.id).where(
            a.c.kind == ActorKind.GROUP.value, g.c.group_kind != GroupKind.INSTITUTION.value,
            a.c.last_contact_on < today - dt.timedelta(weeks=weeks[GROUP_KEY])))
        with self.db.session() as s:
            rows = [row for query in queries for row in s.execute(query)]
            strengths = self._strengths(s, [row[0] for row in rows], today)
        result = []
        for actor_id, kind, name, hood, level, last in rows:
            gone = (today - last).days // 7
            strength = strengths.get(actor_id, 0)
            result.append(OutOfSightRow(
                actor_id, ActorKind(kind), name, hood or "",
                ParticipationLevel(level) if level else None, last, gone, strength,
                round(gone * (1 + strength) ** 0.5, 1)))
        result.sort(key=lambda r: (-r.weight, r.name))
        return result[:limit]

    @staticmethod
    def _strengths(s, actor_ids: list[int], today: dt.date) -> dict[int, int]:
        """Sum of the strengths of each actor's active ties, through the end indexes."""
        active = and_(or_(Tie.until.is_(None), Tie.until >= today),
                      or_(Tie.since.is_(None), Tie.since <= today))
        totals: dict[int, int] = {}
        for start in range(0, len(actor_ids), 500):
            chunk = actor_ids[start:start + 500]
            for end in (Tie.source_id, Tie.target_id):
                for actor_id, total in s.execute(
                        select(end, func.sum(Tie.strength))
                        .where(end.in_(chunk), active).group_by(end)):
                    totals[actor_id] = totals.get(actor_id, 0) + int(total)
        return totals

    def groups_without_linking(self) -> list[UnlinkedGroup]:
        """Informal and formal groups with no active linking tie to any institution."""
        today = dt.date.today()
        a, g = Actor.__table__, Group.__table__
        inst = Group.__table__.alias("inst")
        linked = exists(
            select(Tie.id).join(inst, or_(inst.c.id == Tie.source_id, inst.c.id == Tie.target_id))
            .where(or_(Tie.source_id == a.c.id, Tie.target_id == a.c.id),
                   inst.c.id != a.c.id, inst.c.group_kind == GroupKind.INSTITUTION.value,
                   Tie.strategy == Strategy.LINKING.value,
                   or_(Tie.until.is_(None), Tie.until >= today)))
        with self.db.session() as s:
            rows = s.execute(
                select(a.c.id, a.c.name, g.c.group_kind, Neighbourhood.name)
                .join(g, g.c.id == a.c.id)
                .outerjoin(Neighbourhood, Neighbourhood.id == a.c.neighbourhood_id)
                .where(g.c.group_kind != GroupKind.INSTITUTION.value, a.c.archived_at.is_(None),
                       ~linked)
                .order_by(a.c.name)).all()
        return [UnlinkedGroup(i, n, GroupKind(k), h or "") for i, n, k, h in rows]
