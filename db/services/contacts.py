"""Contact moments: the newest first, in pages, with their participants."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select, tuple_

from db.database import Database
from db.models import Actor, ContactMoment, Neighbourhood, contact_participants
from db.vocabulary import ContactSetting


@dataclass(frozen=True)
class ContactRow:
    id: int
    occurred_on: dt.date
    setting: ContactSetting
    participants: str
    anonymous_count: int
    neighbourhood: str
    note: str
    sensitive: bool


@dataclass(frozen=True)
class ContactKey:
    occurred_on: dt.date
    id: int


NOTE_PREVIEW = 160


class ContactService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self) -> int:
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(ContactMoment))

    def page(self, after: ContactKey | None = None, limit: int = 200) -> list[ContactRow]:
        """One page, newest first, keyset-paged on (date, id) so page 5,000 is as fast as page 1."""
        query = (
            select(ContactMoment.id, ContactMoment.occurred_on, ContactMoment.setting,
                   ContactMoment.anonymous_count, Neighbourhood.name,
                   func.substr(ContactMoment.note, 1, NOTE_PREVIEW), ContactMoment.sensitive)
            .outerjoin(Neighbourhood, Neighbourhood.id == ContactMoment.neighbourhood_id)
            .order_by(ContactMoment.occurred_on.desc(), ContactMoment.id.desc())
            .limit(limit)
        )
        if after is not None:
            query = query.where(
                tuple_(ContactMoment.occurred_on, ContactMoment.id)
                < tuple_(after.occurred_on, after.id)
            )
        with self.db.session() as s:
            rows = s.execute(query).all()
            names: dict[int, list[str]] = defaultdict(list)
            ids = [r[0] for r in rows]
            if ids:
                for cm_id, name in s.execute(
                    select(contact_participants.c.contact_moment_id, Actor.name)
                    .join(Actor, Actor.id == contact_participants.c.actor_id)
                    .where(contact_participants.c.contact_moment_id.in_(ids))
                    .order_by(Actor.name)
                ):
                    names[cm_id].append(name)
        return [
            ContactRow(i, day, setting, ", ".join(names[i]), anon, hood or "",
                       (note or "").replace("\n", " "), bool(sensitive))
            for i, day, setting, anon, hood, note, sensitive in rows
        ]
