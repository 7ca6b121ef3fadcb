"""Anonymising a record past its retention period: the counts stay, the identity and the
free text go. Each function works inside the caller's transaction.

- a person becomes "Geanonimiseerde bewoner" (archived): no name, contact details, note,
  birth year, languages, talents or consents. Ties, memberships, ladder levels,
  attendance and dossier roles stay as counts. Their contact moments stay but lose the
  link to them (counted as one more resident met without a name) and, where they were the
  only named participant, the note and follow-up text;
- a contact moment loses its named residents (counted anonymously instead), its note and
  its follow-up text; groups and places stay;
- a dossier keeps title, phase, dates and actions, and loses the residents involved and
  its free text (problem, wish, outcome, lessons, action descriptions).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from db.last_contact import refresh_last_contact
from db.models import (
    Actor, Consent, ContactMoment, Dossier, DossierAction, DossierInvolvement,
    ParticipationStep, Person, PersonLanguage, RetentionDecision, Signal, Talent, Tie,
    contact_participants, story_actors, utcnow,
)
from db.vocabulary import ActorKind

ANONYMOUS_NAME = "Geanonimiseerde bewoner"
ANONYMISED = "anonymised"
_PERSON_TEXT = ("first_name", "infix", "last_name", "phone", "email", "street",
                "house_number", "postcode", "city")


def mark(s: Session, kind: str, record_id: int, worker_id: int | None) -> None:
    s.merge(RetentionDecision(record_kind=kind, record_id=record_id, decision=ANONYMISED,
                              reason="", keep_until=None, decided_on=dt.date.today(),
                              worker_id=worker_id))


def _person_ids(s: Session, ids: list[int]) -> set[int]:
    return set(s.scalars(select(Actor.id).where(Actor.id.in_(ids),
                                                Actor.kind == ActorKind.PERSON)))


def anonymise_contact_moments(s: Session, ids: list[int], worker_id: int | None) -> int:
    cp = contact_participants
    done = 0
    for moment_id in ids:
        moment = s.get(ContactMoment, moment_id)
        if moment is None:
            continue
        named = list(s.scalars(select(cp.c.actor_id).where(cp.c.contact_moment_id == moment_id)))
        people = _person_ids(s, named) if named else set()
        if people:
            s.execute(delete(cp).where(cp.c.contact_moment_id == moment_id,
                                       cp.c.actor_id.in_(people)))
        moment.anonymous_count = (moment.anonymous_count or 0) + len(people)
        moment.note, moment.follow_up, moment.sensitive = "", "", False
        s.flush()
        refresh_last_contact(s, people)
        mark(s, "contact_moment", moment_id, worker_id)
        done += 1
    return done


def anonymise_persons(s: Session, ids: list[int], worker_id: int | None) -> int:
    cp = contact_participants
    done = 0
    for person_id in ids:
        person = s.get(Person, person_id)
        if person is None:
            continue
        moments = list(s.scalars(select(cp.c.contact_moment_id)
                                 .where(cp.c.actor_id == person_id)))
        for moment_id in moments:
            others = s.scalar(select(func.count()).select_from(cp).where(
                cp.c.contact_moment_id == moment_id, cp.c.actor_id != person_id))
            values = {"anonymous_count": ContactMoment.anonymous_count + 1}
            if not others:  # the note is about them alone
                values.update(note="", follow_up="", sensitive=False)
            s.execute(update(ContactMoment).where(ContactMoment.id == moment_id)
                      .values(**values))
        s.execute(delete(cp).where(cp.c.actor_id == person_id))
        s.execute(delete(PersonLanguage).where(PersonLanguage.person_id == person_id))
        s.execute(delete(Talent).where(Talent.person_id == person_id))
        s.execute(delete(Consent).where(Consent.person_id == person_id))
        s.execute(delete(story_actors).where(story_actors.c.actor_id == person_id))
        s.execute(update(Tie).where((Tie.source_id == person_id) | (Tie.target_id == person_id))
                  .values(note=""))
        s.execute(update(ParticipationStep).where(ParticipationStep.person_id == person_id)
                  .values(note=""))
        s.execute(update(Signal).where(Signal.source_actor_id == person_id)
                  .values(source_actor_id=None))
        s.expire(person)
        for name in _PERSON_TEXT:
            setattr(person, name, "")
        person.name, person.note, person.note_sensitive = ANONYMOUS_NAME, "", False
        person.birth_year, person.last_contact_on = None, None
        if person.archived_at is None:
            person.archived_at = utcnow()
        mark(s, "person", person_id, worker_id)
        done += 1
    return done


def anonymise_dossiers(s: Session, ids: list[int], worker_id: int | None) -> int:
    done = 0
    for dossier_id in ids:
        dossier = s.get(Dossier, dossier_id)
        if dossier is None:
            continue
        people = select(Actor.id).where(Actor.kind == ActorKind.PERSON).scalar_subquery()
        s.execute(delete(DossierInvolvement).where(DossierInvolvement.dossier_id == dossier_id,
                                                   DossierInvolvement.actor_id.in_(people)))
        s.execute(update(DossierAction).where(DossierAction.dossier_id == dossier_id)
                  .values(description="", result=""))
        dossier.problem = dossier.desired = dossier.outcome = dossier.lessons = ""
        mark(s, "dossier", dossier_id, worker_id)
        done += 1
    return done


ANONYMISERS = {"person": anonymise_persons, "contact_moment": anonymise_contact_moments,
               "dossier": anonymise_dossiers}
