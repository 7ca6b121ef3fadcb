"""Uit beeld: who has the worker not seen for a while, and which groups have no link to
any institution. Who falls "tussen wal en schip"?"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, exists, func, literal, or_, select

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
        """Persons and groups past their threshold, weighted by the strength of their ties."""
        today = today or dt.date.today()
        weeks = self.thresholds()
        a, p, g = Actor.__table__, Person.__table__, Group.__table__
        level_weeks = case(
            *[(p.c.participation_level == level.value, weeks[level])
              for level in ParticipationLevel],
            else_=case((a.c.kind == ActorKind.GROUP.value, weeks[GROUP_KEY]),
                       else_=weeks[None]))
        # compare dates as days since the threshold date; computed in Python per level
        cutoffs = {w: today - dt.timedelta(weeks=w) for w in set(weeks.values())}
        cutoff = case(*[(level_weeks == w, literal(day)) for w, day in cutoffs.items()])
        active = and_(or_(Tie.until.is_(None), Tie.until >= today),
                      or_(Tie.since.is_(None), Tie.since <= today))
        strength = (select(func.coalesce(func.sum(Tie.strength), 0))
                    .where(active, or_(Tie.source_id == a.c.id, Tie.target_id == a.c.id))
                    .scalar_subquery())
        candidates = (
            select(a.c.id, a.c.kind, a.c.name, Neighbourhood.name, p.c.participation_level,
                   a.c.last_contact_on, strength.label("strength"))
            .outerjoin(p, p.c.id == a.c.id)
            .outerjoin(g, g.c.id == a.c.id)
            .outerjoin(Neighbourhood, Neighbourhood.id == a.c.neighbourhood_id)
            .where(a.c.kind.in_((ActorKind.PERSON.value, ActorKind.GROUP.value)),
                   a.c.archived_at.is_(None),
                   or_(g.c.group_kind.is_(None), g.c.group_kind != GroupKind.INSTITUTION.value),
                   a.c.last_contact_on.is_not(None), a.c.last_contact_on < cutoff)
        )
        with self.db.session() as s:
            rows = s.execute(candidates).all()
        result = []
        for actor_id, kind, name, hood, level, last, tie_strength in rows:
            gone = (today - last).days // 7
            result.append(OutOfSightRow(
                actor_id, ActorKind(kind), name, hood or "",
                ParticipationLevel(level) if level else None, last, gone, int(tie_strength),
                round(gone * (1 + int(tie_strength)) ** 0.5, 1)))
        result.sort(key=lambda r: (-r.weight, r.name))
        return result[:limit]

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
