"""Consent (toestemming, AVG) per person and purpose: given and withdrawn, dated, by whom,
by which means and with which version of the information text.

A consent is never deleted: withdrawal is a date on the record (as easy as giving it).
A consent is *valid* on a day when it was given on or before that day and not withdrawn
on or before it. Every change is written to the audit log in the same transaction.

For exporters (no Qt, no ORM objects leave this module):
- `without_valid_consent(person_id_column, purpose)`: a SQL condition to put in a WHERE,
  true for persons who lack a valid consent for `purpose` (any purpose when None);
- `persons_without_consent(session, purpose)`: the same as a set of person ids;
- `has_valid_consent(session, person_id, purpose)`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, tuple_
from sqlalchemy.orm import Session

from db.database import Database
from db.events import Change
from db.models import Actor, AppMeta, Consent, Neighbourhood, Person, Worker
from db.services import validation
from db.services.audit import AuditAction, AuditService, _current_worker_id
from db.services.errors import ValidationError
from db.services.people import ActorRow, PageKey
from db.vocabulary import ActorKind, ConsentMeans, ParticipationLevel

#: The purposes the app offers; a worker may type another one.
CONTACT_DETAILS = "Contactgegevens bewaren"
PHOTOS = "Foto's gebruiken in nieuwsbrief"
STORIES = "Verhaal gebruiken in verantwoording"
PURPOSES: tuple[str, ...] = (CONTACT_DETAILS, PHOTOS, STORIES)
#: app_meta key of the current version of the information text shown to residents
INFO_VERSION_KEY = "privacy_info_version"


@dataclass(frozen=True)
class ConsentRecord:
    id: int
    person_id: int
    purpose: str
    given_on: dt.date
    means: ConsentMeans
    info_version: str
    withdrawn_on: dt.date | None
    worker: str

    def valid_on(self, day: dt.date) -> bool:
        return self.given_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)


def valid_consent(person_id_column, purpose: str | None = None,
                  on: dt.date | None = None) -> ColumnElement[bool]:
    """SQL: the person in `person_id_column` has a valid consent (for `purpose`) on `on`."""
    day = on or dt.date.today()
    condition = and_(Consent.person_id == person_id_column, Consent.given_on <= day,
                     or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > day))
    if purpose is not None:
        condition = and_(condition, Consent.purpose == purpose)
    return exists().where(condition)


def without_valid_consent(person_id_column, purpose: str | None = None,
                          on: dt.date | None = None) -> ColumnElement[bool]:
    """SQL: the person lacks a valid consent for `purpose` (for any purpose when None)."""
    return ~valid_consent(person_id_column, purpose, on)


def persons_without_consent(session: Session, purpose: str | None = None,
                            on: dt.date | None = None) -> set[int]:
    """Ids of the persons (archived ones too) without a valid consent for `purpose`."""
    return set(session.scalars(select(Person.id).where(
        without_valid_consent(Person.id, purpose, on))))


def has_valid_consent(session: Session, person_id: int, purpose: str | None = None,
                      on: dt.date | None = None) -> bool:
    return bool(session.scalar(select(valid_consent(person_id, purpose, on))))


class ConsentService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.audit = AuditService(db)

    # -- reading ---------------------------------------------------------------------------
    def of_person(self, person_id: int) -> list[ConsentRecord]:
        """A person's consents, newest first (withdrawn ones too)."""
        with self.db.session() as s:
            rows = s.execute(
                select(Consent.id, Consent.person_id, Consent.purpose, Consent.given_on,
                       Consent.means, Consent.info_version, Consent.withdrawn_on, Worker.name)
                .outerjoin(Worker, Worker.id == Consent.worker_id)
                .where(Consent.person_id == person_id)
                .order_by(Consent.given_on.desc(), Consent.id.desc())).all()
        return [ConsentRecord(i, p, purpose, given, ConsentMeans(means), version or "",
                              withdrawn, worker or "")
                for i, p, purpose, given, means, version, withdrawn, worker in rows]

    def has_valid(self, person_id: int, purpose: str | None = None) -> bool:
        with self.db.session() as s:
            return has_valid_consent(s, person_id, purpose)

    def purposes(self) -> list[str]:
        """The standard purposes, then any other purpose used in this database."""
        with self.db.session() as s:
            used = s.scalars(select(Consent.purpose).distinct().order_by(Consent.purpose))
            return list(dict.fromkeys([*PURPOSES, *used]))

    def info_version(self) -> str:
        """The version of the information text to record with a new consent."""
        with self.db.session() as s:
            meta = s.get(AppMeta, INFO_VERSION_KEY)
            if meta is not None and meta.value:
                return meta.value
            newest = s.scalar(select(Consent.info_version).where(Consent.info_version != "")
                              .order_by(Consent.given_on.desc(), Consent.id.desc()).limit(1))
            return newest or "1"

    def count_without(self, purpose: str | None = None) -> int:
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(Actor).where(
                Actor.kind == ActorKind.PERSON, Actor.archived_at.is_(None),
                without_valid_consent(Actor.id, purpose)))

    def page_without(self, after: PageKey | None = None, limit: int = 200,
                     purpose: str | None = None) -> list[ActorRow]:
        """Residents without a valid consent, alphabetical, in keyset pages (as
        PeopleService.page), for the filter "zonder toestemming" of the people list."""
        persons = Person.__table__
        query = (select(Actor.id, Actor.name, Neighbourhood.name, persons.c.phone,
                        persons.c.participation_level)
                 .select_from(Actor).join(persons, persons.c.id == Actor.id)
                 .outerjoin(Neighbourhood, Neighbourhood.id == Actor.neighbourhood_id)
                 .where(Actor.kind == ActorKind.PERSON, Actor.archived_at.is_(None),
                        without_valid_consent(Actor.id, purpose))
                 .order_by(Actor.name, Actor.id).limit(limit))
        if after is not None:
            query = query.where(tuple_(Actor.name, Actor.id) > tuple_(after.name, after.id))
        with self.db.session() as s:
            return [ActorRow(i, ActorKind.PERSON, name, hood or "", phone or "",
                             ParticipationLevel(level) if level else None)
                    for i, name, hood, phone, level in s.execute(query)]

    # -- writing ---------------------------------------------------------------------------
    def give(self, person_id: int, purpose: str, given_on: dt.date | str,
             means: ConsentMeans | str, info_version: str = "", *,
             worker_id: int | None = None) -> int:
        """Record a consent; refused while a valid consent for the same purpose exists."""
        purpose = validation.text(purpose, "Doel", field="purpose", max_length=200,
                                  required=True)
        given_on = validation.date(given_on, "Datum", field="given_on")
        if given_on > dt.date.today():
            raise ValidationError("Toestemming kan niet in de toekomst gegeven zijn.",
                                  "given_on")
        try:
            means = ConsentMeans(means)
        except ValueError:
            raise ValidationError("Kies hoe de toestemming is gegeven.", "means") from None
        info_version = validation.text(info_version, "Versie informatietekst",
                                       field="info_version", max_length=50)
        with self.db.session.begin() as s:
            if s.get(Person, person_id) is None:
                raise ValidationError("Deze bewoner bestaat niet (meer).")
            if has_valid_consent(s, person_id, purpose, given_on):
                raise ValidationError(
                    f"Er is al geldige toestemming voor '{purpose}'. Trek die eerst in als "
                    "er een nieuwe voor in de plaats komt.", "purpose")
            worker = worker_id if worker_id is not None else _current_worker_id(s)
            consent = Consent(person_id=person_id, purpose=purpose, given_on=given_on,
                              means=means, info_version=info_version, worker_id=worker)
            s.add(consent)
            s.flush()
            consent_id = consent.id
            self.audit.record(
                AuditAction.CONSENT, object_kind="person", object_id=person_id,
                detail=f"toestemming gegeven: {purpose} ({means.label.lower()}, "
                       f"informatietekst {info_version or '-'}, per {given_on:%d-%m-%Y})",
                session=s)
        self._announce(person_id)
        return consent_id

    def withdraw(self, consent_id: int, withdrawn_on: dt.date | str | None = None) -> None:
        """Withdraw a consent from `withdrawn_on` (today when None); the record stays."""
        day = validation.date(withdrawn_on or dt.date.today(), "Datum", field="withdrawn_on")
        if day > dt.date.today():
            raise ValidationError("Intrekken kan niet in de toekomst.", "withdrawn_on")
        with self.db.session.begin() as s:
            consent = s.get(Consent, consent_id)
            if consent is None:
                raise ValidationError("Deze toestemming bestaat niet (meer).")
            if consent.withdrawn_on is not None:
                raise ValidationError(
                    f"Deze toestemming is al ingetrokken op {consent.withdrawn_on:%d-%m-%Y}.")
            if day < consent.given_on:
                raise ValidationError("Intrekken kan niet vóór de datum waarop de "
                                      "toestemming is gegeven.", "withdrawn_on")
            consent.withdrawn_on = day
            person_id = consent.person_id
            self.audit.record(
                AuditAction.CONSENT, object_kind="person", object_id=person_id,
                detail=f"toestemming ingetrokken: {consent.purpose} (per {day:%d-%m-%Y})",
                session=s)
        self._announce(person_id)

    def _announce(self, person_id: int) -> None:
        self.db.bus.publish(Change("person", "updated", (person_id,)))
        self.db.bus.publish(Change("consent", "updated", (person_id,)))
        self.db.bus.publish(Change("audit", "created", ()))
