"""Is this person already in Buurtboek? And merging two records of the same person."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select, update

from db.database import Database
from db.events import Change
from db.last_contact import refresh_last_contact
from db.models import (
    ActionPoint, Actor, AgendaItem, Attendance, AuditEntry, Consent, DossierInvolvement,
    DossierTarget, Membership, Neighbourhood, ParticipationStep, Person, PersonLanguage, Signal,
    Talent, Tie,
    actor_themes, contact_participants, initiative_people, story_actors,
)
from db.services.actors import person_name
from db.services.errors import ValidationError

NAME_SIMILARITY = 0.85


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    phone: str
    email: str
    neighbourhood: str
    reasons: tuple[str, ...]  # Dutch: "zelfde telefoonnummer", "lijkt op de naam", ...


def normalise(text: str) -> str:
    """Lower case without accents or punctuation: "Zoë  de Vries" -> "zoe de vries"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", plain).split())


def phone_digits(phone: str) -> str:
    digits = re.sub(r"\D", "", phone or "")
    if digits.startswith("0031"):
        digits = "0" + digits[4:]
    elif digits.startswith("31") and len(digits) == 11:
        digits = "0" + digits[2:]
    return digits


class DuplicateService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def candidates(self, first_name: str = "", last_name: str = "", infix: str = "",
                   phone: str = "", email: str = "", exclude_id: int | None = None,
                   limit: int = 5) -> list[Candidate]:
        """Persons who may be the same as the one being added, best match first."""
        full = normalise(person_name(first_name, infix, last_name))
        digits = phone_digits(phone)
        mail = (email or "").strip().lower()
        if not full and len(digits) < 6 and not mail:
            return []
        p = Person.__table__
        a = Actor.__table__
        conditions = []
        if mail:
            conditions.append(func.lower(p.c.email) == mail)
        if len(digits) >= 6:
            conditions.append(p.c.phone.like(f"%{digits[-4:]}"))
        last = normalise(last_name)
        first = normalise(first_name)
        # a cheap SQL pre-filter on the start of the names; similarity is judged below
        for word in (last.split()[-1:] if last else []) + first.split()[:1]:
            if len(word) >= 2:
                conditions.append(func.lower(a.c.name).like(f"%{word[:3]}%"))
        if not conditions:
            return []
        with self.db.session() as s:
            rows = s.execute(
                select(a.c.id, a.c.name, p.c.phone, p.c.email, Neighbourhood.name)
                .join(p, p.c.id == a.c.id)
                .outerjoin(Neighbourhood, Neighbourhood.id == a.c.neighbourhood_id)
                .where(or_(*conditions), a.c.archived_at.is_(None),
                       a.c.id != (exclude_id or -1))
                .limit(2000)).all()
        scored = []
        for actor_id, name, their_phone, their_email, hood in rows:
            reasons, score = [], 0.0
            if mail and (their_email or "").strip().lower() == mail:
                reasons.append("zelfde e-mailadres")
                score += 2
            if len(digits) >= 6 and phone_digits(their_phone) == digits:
                reasons.append("zelfde telefoonnummer")
                score += 2
            if full:
                similarity = difflib.SequenceMatcher(None, full, normalise(name)).ratio()
                if similarity >= NAME_SIMILARITY:
                    reasons.append("zelfde naam" if similarity == 1 else "lijkt op de naam")
                    score += similarity
            if reasons:
                scored.append((score, Candidate(actor_id, name, their_phone or "",
                                                their_email or "", hood or "", tuple(reasons))))
        scored.sort(key=lambda item: (-item[0], item[1].name))
        return [candidate for _, candidate in scored[:limit]]

    def merge(self, keep_id: int, drop_id: int, worker_id: int | None = None) -> None:
        """Make `drop_id` part of `keep_id`: every link moves, empty fields are filled, the
        notes are joined, and `drop_id` is removed. Logged in the audit log."""
        if keep_id == drop_id:
            raise ValidationError("Kies twee verschillende personen om samen te voegen.")
        with self.db.session.begin() as s:
            keep, drop = s.get(Person, keep_id), s.get(Person, drop_id)
            if keep is None or drop is None:
                raise ValidationError("Een van beide personen bestaat niet meer.")
            for column in ("first_name", "infix", "last_name", "phone", "email", "street",
                           "house_number", "postcode", "city", "birth_year",
                           "participation_level", "neighbourhood_id"):
                if not getattr(keep, column) and getattr(drop, column):
                    setattr(keep, column, getattr(drop, column))
            if drop.note:
                keep.note = f"{keep.note}\n\n{drop.note}".strip()
            keep.note_sensitive = keep.note_sensitive or drop.note_sensitive
            keep.name = person_name(keep.first_name, keep.infix, keep.last_name)
            self._move_links(s, keep_id, drop_id)
            s.flush()
            s.delete(drop)
            s.flush()
            refresh_last_contact(s, [keep_id])
            s.add(AuditEntry(worker_id=worker_id, action="merge", object_kind="person",
                             object_id=keep_id,
                             detail=f"Persoon {drop_id} samengevoegd met {keep_id}"))
        self.db.bus.publish(Change("person", "deleted", (drop_id,)))
        self.db.bus.publish(Change("*", "updated", (keep_id,)))

    @staticmethod
    def _move_links(s, keep: int, drop: int) -> None:
        def move_pair(table, key, other):
            """Re-point a link table row; where `keep` already has the pair, drop the copy."""
            already = select(table.c[other]).where(table.c[key] == keep).scalar_subquery()
            s.execute(delete(table).where(table.c[key] == drop, table.c[other].in_(already)))
            s.execute(update(table).where(table.c[key] == drop).values({key: keep}))

        move_pair(contact_participants, "actor_id", "contact_moment_id")
        move_pair(story_actors, "actor_id", "story_id")
        move_pair(actor_themes, "actor_id", "theme_id")
        move_pair(initiative_people, "person_id", "initiative_id")
        for model, key, other in ((Attendance, "actor_id", "meeting_id"),
                                  (DossierInvolvement, "actor_id", "dossier_id"),
                                  (PersonLanguage, "person_id", "language")):
            move_pair(model.__table__, key, other)
        for model, column in ((ActionPoint, "owner_actor_id"), (Signal, "source_actor_id"),
                              (AgendaItem, "actor_id"), (DossierTarget, "actor_id"),
                              (Talent, "person_id"), (ParticipationStep, "person_id"),
                              (Consent, "person_id"), (Membership, "person_id"),
                              (Tie, "introduced_via_id")):
            table = model.__table__
            s.execute(update(table).where(table.c[column] == drop).values({column: keep}))
        # ties between the two disappear; the others move over
        s.execute(delete(Tie).where(or_((Tie.source_id == keep) & (Tie.target_id == drop),
                                        (Tie.source_id == drop) & (Tie.target_id == keep))))
        s.execute(update(Tie).where(Tie.source_id == drop).values(source_id=keep))
        s.execute(update(Tie).where(Tie.target_id == drop).values(target_id=keep))
