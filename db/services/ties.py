"""Ties between actors: add one, end one (its history stays), and list an actor's ties."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select

from db.database import Database
from db.events import Change
from db.models import Actor, Group, Tie
from db.services import validation
from db.services.errors import ValidationError
from db.vocabulary import ActorKind, GroupKind, Strategy, default_strategy


@dataclass(frozen=True)
class TieRow:
    id: int
    other_id: int
    other_name: str
    other_kind: ActorKind
    strategy: Strategy
    strength: int
    since: dt.date | None
    until: dt.date | None
    via: str
    note: str

    def active_on(self, day: dt.date) -> bool:
        return (self.since is None or self.since <= day) and (
            self.until is None or self.until >= day)


@dataclass(frozen=True)
class TieInput:
    source_id: int
    target_id: int
    strategy: Strategy | None = None  # None: derived from the two ends
    strength: int = 2
    since: dt.date | None = None
    introduced_via_id: int | None = None
    note: str = ""


class TieService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def suggest_strategy(self, source_id: int, target_id: int) -> Strategy:
        with self.db.session() as s:
            ends = [self._kinds(s, source_id), self._kinds(s, target_id)]
        return default_strategy(*ends[0], *ends[1])

    @staticmethod
    def _kinds(s, actor_id: int) -> tuple[ActorKind, GroupKind | None]:
        row = s.execute(select(Actor.__table__.c.kind, Group.__table__.c.group_kind)
                        .outerjoin(Group.__table__, Group.__table__.c.id == actor_id)
                        .where(Actor.__table__.c.id == actor_id)).first()
        if row is None:
            raise ValidationError("Deze persoon, groep of plek bestaat niet meer.")
        return ActorKind(row[0]), GroupKind(row[1]) if row[1] else None

    def add(self, tie: TieInput, worker_id: int | None = None,
            tie_id: int | None = None) -> int:
        """Add a tie; `tie_id` reuses the id of a tie whose adding was undone (redo)."""
        if tie.source_id == tie.target_id:
            raise ValidationError("Een relatie verbindt twee verschillende mensen, groepen of "
                                  "plekken.", "target_id")
        if not 1 <= int(tie.strength) <= 5:
            raise ValidationError("De sterkte van een relatie is 1 tot en met 5.", "strength")
        since = validation.date(tie.since, "Sinds", field="since") if tie.since else None
        if since and since > dt.date.today():
            raise ValidationError("'Sinds' kan niet in de toekomst liggen.", "since")
        note = validation.text(tie.note, "Notitie", field="note", max_length=100_000)
        with self.db.session.begin() as s:
            a, b = self._kinds(s, tie.source_id), self._kinds(s, tie.target_id)
            if tie.introduced_via_id is not None and s.get(Actor, tie.introduced_via_id) is None:
                raise ValidationError("Via wie: die persoon of groep bestaat niet meer.",
                                      "introduced_via_id")
            duplicate = s.scalar(select(Tie.id).where(
                or_((Tie.source_id == tie.source_id) & (Tie.target_id == tie.target_id),
                    (Tie.source_id == tie.target_id) & (Tie.target_id == tie.source_id)),
                Tie.until.is_(None)))
            if duplicate is not None:
                raise ValidationError("Deze twee zijn al met elkaar verbonden; pas die relatie "
                                      "aan of beëindig haar eerst.", "target_id")
            row = Tie(id=tie_id, source_id=tie.source_id, target_id=tie.target_id,
                      strategy=Strategy(tie.strategy) if tie.strategy
                      else default_strategy(*a, *b),
                      strength=int(tie.strength), since=since,
                      introduced_via_id=tie.introduced_via_id, note=note, worker_id=worker_id)
            s.add(row)
            s.flush()
            tie_id = row.id
        self.db.bus.publish(Change("tie", "created", (tie_id, tie.source_id, tie.target_id)))
        return tie_id

    def delete(self, tie_id: int) -> None:
        """Undo of adding a tie (an ended tie keeps its history: use `end`)."""
        with self.db.session.begin() as s:
            tie = s.get(Tie, tie_id)
            if tie is None:
                return
            ids = (tie_id, tie.source_id, tie.target_id)
            s.delete(tie)
        self.db.bus.publish(Change("tie", "deleted", ids))

    def end(self, tie_id: int, until: dt.date | None) -> dt.date | None:
        """End a tie on `until` (None re-opens it); returns the previous end date."""
        until = validation.date(until, "Tot", field="until") if until else None
        with self.db.session.begin() as s:
            tie = s.get(Tie, tie_id)
            if tie is None:
                raise ValidationError("Deze relatie bestaat niet meer.")
            if until and tie.since and until < tie.since:
                raise ValidationError("Een relatie kan niet eindigen voordat ze begon.", "until")
            previous = tie.until
            tie.until = until
            ids = (tie_id, tie.source_id, tie.target_id)
        self.db.bus.publish(Change("tie", "updated", ids))
        return previous

    def of_actor(self, actor_id: int) -> list[TieRow]:
        """All ties of an actor, active first, then by strength."""
        other = Actor.__table__.alias("other")
        via = Actor.__table__.alias("via")
        other_id = (Tie.source_id + Tie.target_id - actor_id).label("other_id")
        with self.db.session() as s:
            rows = s.execute(
                select(Tie.id, other.c.id, other.c.name, other.c.kind, Tie.strategy,
                       Tie.strength, Tie.since, Tie.until, via.c.name, Tie.note)
                .join(other, other.c.id == other_id)
                .outerjoin(via, via.c.id == Tie.introduced_via_id)
                .where(or_(Tie.source_id == actor_id, Tie.target_id == actor_id))).all()
        result = [TieRow(i, oid, name, ActorKind(kind), Strategy(st), strength, since, until,
                         via_name or "", note or "")
                  for i, oid, name, kind, st, strength, since, until, via_name, note in rows]
        return sorted(result, key=lambda t: (t.until is not None, -t.strength, t.other_name))
