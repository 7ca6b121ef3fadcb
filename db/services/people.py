"""Persons, groups and places: lists in pages (keyset, never the whole table) and creation."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, tuple_

from db.database import Database
from db.events import Change
from db.models import Actor, Group, Neighbourhood, Person, Place
from db.services import validation
from db.services.errors import ValidationError
from db.vocabulary import ActorKind, GroupKind, ParticipationLevel


@dataclass(frozen=True)
class ActorRow:
    id: int
    kind: ActorKind
    name: str
    neighbourhood: str
    detail: str  # phone for persons, kind of group, type of place
    level: ParticipationLevel | None = None


@dataclass(frozen=True)
class PageKey:
    """Where the next page starts (keyset paging on name, id)."""

    name: str
    id: int


def display_name(first_name: str, infix: str, last_name: str) -> str:
    return " ".join(part for part in (first_name, infix, last_name) if part)


class PeopleService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self, kind: ActorKind) -> int:
        with self.db.session() as s:
            return s.scalar(
                select(func.count()).select_from(Actor)
                .where(Actor.kind == kind, Actor.archived_at.is_(None))
            )

    def page(self, kind: ActorKind, after: PageKey | None = None,
             limit: int = 200) -> list[ActorRow]:
        """One page of actors of `kind`, alphabetical, starting after `after`."""
        detail = {
            ActorKind.PERSON: Person.phone,
            ActorKind.GROUP: Group.group_kind,
            ActorKind.PLACE: Place.place_type,
        }[kind]
        sub = {ActorKind.PERSON: Person, ActorKind.GROUP: Group, ActorKind.PLACE: Place}[kind]
        level = Person.participation_level if kind == ActorKind.PERSON else None
        columns = [Actor.id, Actor.name, Neighbourhood.name, detail]
        if level is not None:
            columns.append(level)
        query = (
            select(*columns)
            .select_from(Actor)
            .join(sub.__table__, sub.__table__.c.id == Actor.id)
            .outerjoin(Neighbourhood, Neighbourhood.id == Actor.neighbourhood_id)
            .where(Actor.kind == kind, Actor.archived_at.is_(None))
            .order_by(Actor.name, Actor.id)
            .limit(limit)
        )
        if after is not None:
            query = query.where(tuple_(Actor.name, Actor.id) > tuple_(after.name, after.id))
        with self.db.session() as s:
            rows = s.execute(query).all()
        result = []
        for row in rows:
            value = row[3]
            text = GroupKind(value).label if kind == ActorKind.GROUP and value else (value or "")
            lvl = ParticipationLevel(row[4]) if level is not None and row[4] else None
            result.append(ActorRow(row[0], kind, row[1], row[2] or "", text, lvl))
        return result

    def suggest(self, text: str, kinds: tuple[ActorKind, ...] = (ActorKind.PERSON,
                                                                 ActorKind.GROUP),
                limit: int = 12) -> list[ActorRow]:
        """Type-ahead: actors whose name (any word of it) starts with what was typed."""
        typed = " ".join((text or "").split()).lower()
        if not typed:
            return []
        escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        name = func.lower(Actor.name)
        starts = name.like(f"{escaped}%", escape="\\")
        query = (
            select(Actor.id, Actor.kind, Actor.name, Neighbourhood.name)
            .outerjoin(Neighbourhood, Neighbourhood.id == Actor.neighbourhood_id)
            .where(Actor.kind.in_(kinds), Actor.archived_at.is_(None),
                   starts | name.like(f"% {escaped}%", escape="\\"))
            .order_by(starts.desc(), Actor.name, Actor.id).limit(limit))
        with self.db.session() as s:
            rows = s.execute(query).all()
        return [ActorRow(i, ActorKind(k), n, hood or "", "") for i, k, n, hood in rows]

    def neighbourhoods(self) -> list[tuple[int, str]]:
        with self.db.session() as s:
            return [tuple(r) for r in s.execute(
                select(Neighbourhood.id, Neighbourhood.name).order_by(Neighbourhood.name))]

    def create_person(self, *, first_name: str, last_name: str = "", infix: str = "",
                      phone: str = "", email: str = "", neighbourhood_id: int | None = None,
                      worker_id: int | None = None, actor_id: int | None = None) -> int:
        """Add a resident. At least a first or last name is needed. `actor_id` gives the
        id back to a person whose creation was undone and is now redone."""
        first = validation.text(first_name, "Voornaam", field="first_name", max_length=100)
        infix = validation.text(infix, "Tussenvoegsel", field="infix", max_length=30)
        last = validation.text(last_name, "Achternaam", field="last_name", max_length=150)
        if not first and not last:
            raise ValidationError("Vul een voornaam of achternaam in.", "first_name")
        phone = validation.text(phone, "Telefoonnummer", field="phone", max_length=40)
        if phone and not any(ch.isdigit() for ch in phone):
            raise ValidationError(f"Telefoonnummer '{phone}' bevat geen cijfers.", "phone")
        mail = validation.email(email)
        with self.db.session.begin() as s:
            if neighbourhood_id is not None and s.get(Neighbourhood, neighbourhood_id) is None:
                raise ValidationError("Die buurt bestaat niet (meer).", "neighbourhood_id")
            person = Person(
                id=actor_id, name=display_name(first, infix, last), first_name=first, infix=infix,
                last_name=last, phone=phone, email=mail, neighbourhood_id=neighbourhood_id,
                worker_id=worker_id,
            )
            s.add(person)
            s.flush()
            person_id = person.id
        self.db.bus.publish(Change("person", "created", (person_id,)))
        return person_id
