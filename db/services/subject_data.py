"""Everything stored about one person, for an inzageverzoek (AVG right of access).

Plain sections (a title, column titles and rows of values) so that the Excel writer
(exports/access_request.py) needs no knowledge of the schema. Sensitive notes are
included: they are the person's own data. Other residents are not named: a contact
moment says how many others took part, not who.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.database import Database
from db.models import (
    ActionPoint, Actor, Attendance, AuditEntry, Consent, ContactMoment, Dossier,
    DossierInvolvement, Group, Meeting, Membership, Neighbourhood, ParticipationStep, Person,
    Signal, Story, Tie, Worker, contact_participants, story_actors,
)
from db.services.audit import AuditAction
from db.services.errors import ValidationError
from db.services.erasure import find_mentions
from db.vocabulary import (
    ActionStatus, AttendanceStatus, ConsentMeans, ContactSetting, DossierPhase,
    InvolvementRole, ParticipationLevel, Strategy,
)


@dataclass(frozen=True)
class Section:
    title: str  # Dutch, also the sheet name
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class SubjectData:
    person_id: int
    name: str
    sections: tuple[Section, ...]

    @property
    def rows(self) -> int:
        return sum(len(section.rows) for section in self.sections)


def _label(enum, value) -> str:
    return enum(value).label if value else ""


def _person(s: Session, person: Person) -> Section:
    hood = s.get(Neighbourhood, person.neighbourhood_id) if person.neighbourhood_id else None
    rows: list[tuple[str, Any]] = [
        ("Naam", person.name), ("Voornaam", person.first_name),
        ("Tussenvoegsel", person.infix), ("Achternaam", person.last_name),
        ("Telefoonnummer", person.phone), ("E-mailadres", person.email),
        ("Straat", person.street), ("Huisnummer", person.house_number),
        ("Postcode", person.postcode), ("Plaats", person.city),
        ("Geboortejaar", person.birth_year), ("Buurt", hood.name if hood else ""),
        ("Participatie", _label(ParticipationLevel, person.participation_level)),
        ("Notitie", person.note), ("Notitie is gevoelig", "ja" if person.note_sensitive
                                   else "nee"),
        ("Thema's", ", ".join(sorted(t.name for t in person.themes))),
        ("Talen", ", ".join(lang.language + (f" ({lang.proficiency.label.lower()})"
                                             if lang.proficiency else "")
                            for lang in person.languages)),
        ("Talenten", "; ".join(f"{t.category.label.lower()}: {t.description}"
                               for t in person.talents)),
        ("Laatste contact", person.last_contact_on),
        ("Gearchiveerd", person.archived_at), ("Vastgelegd op", person.created_at),
        ("Laatst gewijzigd", person.updated_at)]
    for level, since, note in s.execute(
            select(ParticipationStep.level, ParticipationStep.since, ParticipationStep.note)
            .where(ParticipationStep.person_id == person.id).order_by(ParticipationStep.since)):
        rows.append((f"Participatieladder vanaf {since:%d-%m-%Y}",
                     ParticipationLevel(level).label + (f" — {note}" if note else "")))
    return Section("Persoon", ("Gegeven", "Waarde"), tuple(rows))


def _ties(s: Session, pid: int) -> Section:
    other, via = Actor.__table__.alias("other"), Actor.__table__.alias("via")
    rows = s.execute(
        select(other.c.name, Tie.strategy, Tie.strength, Tie.since, Tie.until, via.c.name,
               Tie.note)
        .join(other, other.c.id == Tie.source_id + Tie.target_id - pid)
        .outerjoin(via, via.c.id == Tie.introduced_via_id)
        .where(or_(Tie.source_id == pid, Tie.target_id == pid)).order_by(Tie.since)).all()
    return Section("Relaties", ("Met", "Strategie", "Sterkte", "Sinds", "Tot", "Via",
                                "Notitie"),
                   tuple((n, _label(Strategy, st), k, a, b, v or "", note or "")
                         for n, st, k, a, b, v, note in rows))


def _memberships(s: Session, pid: int) -> Section:
    groups = Group.__table__
    rows = s.execute(select(Actor.name, Membership.role, Membership.since, Membership.until)
                     .join(groups, groups.c.id == Membership.group_id)
                     .join(Actor, Actor.id == groups.c.id)
                     .where(Membership.person_id == pid).order_by(Actor.name)).all()
    return Section("Lidmaatschappen", ("Groep", "Rol", "Sinds", "Tot"),
                   tuple(tuple(r) for r in rows))


def _contacts(s: Session, pid: int) -> Section:
    cp, other = contact_participants, contact_participants.alias("other")
    others = (select(func.count()).select_from(other)
              .where(other.c.contact_moment_id == ContactMoment.id,
                     other.c.actor_id != pid).scalar_subquery())
    rows = s.execute(
        select(ContactMoment.occurred_on, ContactMoment.setting, ContactMoment.strategy, others,
               ContactMoment.anonymous_count, ContactMoment.note, ContactMoment.sensitive,
               ContactMoment.follow_up)
        .join(cp, cp.c.contact_moment_id == ContactMoment.id).where(cp.c.actor_id == pid)
        .order_by(ContactMoment.occurred_on.desc(), ContactMoment.id.desc())).all()
    return Section("Contactmomenten", ("Datum", "Setting", "Strategie",
                                       "Andere deelnemers (aantal)", "Notitie", "Gevoelig",
                                       "Vervolg"),
                   tuple((day, _label(ContactSetting, st), _label(Strategy, strat),
                          n + (anon or 0), note or "", "ja" if sens else "nee", fu or "")
                         for day, st, strat, n, anon, note, sens, fu in rows))


def _meetings(s: Session, pid: int) -> Section:
    rows = s.execute(select(Meeting.starts_at, Meeting.title, Attendance.status)
                     .join(Attendance, Attendance.meeting_id == Meeting.id)
                     .where(Attendance.actor_id == pid).order_by(Meeting.starts_at)).all()
    return Section("Bijeenkomsten", ("Datum", "Bijeenkomst", "Aanwezigheid"),
                   tuple((at, title, _label(AttendanceStatus, st)) for at, title, st in rows))


def _dossiers(s: Session, pid: int) -> Section:
    rows = s.execute(select(Dossier.title, DossierInvolvement.role, Dossier.phase,
                            Dossier.closed_on)
                     .join(DossierInvolvement, DossierInvolvement.dossier_id == Dossier.id)
                     .where(DossierInvolvement.actor_id == pid).order_by(Dossier.title)).all()
    return Section("Dossiers", ("Dossier", "Rol", "Fase", "Afgesloten"),
                   tuple((t, _label(InvolvementRole, r), _label(DossierPhase, p), c)
                         for t, r, p, c in rows))


def _others(s: Session, pid: int) -> list[Section]:
    stories = s.execute(select(Story.told_on, Story.title, Story.body, Story.change)
                        .join(story_actors, story_actors.c.story_id == Story.id)
                        .where(story_actors.c.actor_id == pid).order_by(Story.told_on)).all()
    actions = s.execute(select(ActionPoint.created_at, ActionPoint.description,
                               ActionPoint.status, ActionPoint.due_on)
                        .where(ActionPoint.owner_actor_id == pid)
                        .order_by(ActionPoint.created_at)).all()
    signals = s.execute(select(Signal.observed_on, Signal.description)
                        .where(Signal.source_actor_id == pid)
                        .order_by(Signal.observed_on)).all()
    consents = s.execute(select(Consent.purpose, Consent.given_on, Consent.means,
                                Consent.info_version, Consent.withdrawn_on, Worker.name)
                         .outerjoin(Worker, Worker.id == Consent.worker_id)
                         .where(Consent.person_id == pid).order_by(Consent.given_on)).all()
    audit = s.execute(select(AuditEntry.at, AuditEntry.action, Worker.name, AuditEntry.detail,
                             AuditEntry.rows)
                      .outerjoin(Worker, Worker.id == AuditEntry.worker_id)
                      .where(AuditEntry.object_kind == "person", AuditEntry.object_id == pid)
                      .order_by(AuditEntry.at)).all()
    def action_label(code: str) -> str:
        try:
            return AuditAction(code).label
        except ValueError:
            return code

    return [
        Section("Verhalen", ("Datum", "Titel", "Verhaal", "Wat veranderde"),
                tuple(tuple(r) for r in stories)),
        Section("Actiepunten", ("Gemaakt", "Actiepunt", "Status", "Uiterlijk"),
                tuple((made, d, _label(ActionStatus, st), due)
                      for made, d, st, due in actions)),
        Section("Signalen", ("Datum", "Signaal"), tuple(tuple(r) for r in signals)),
        Section("Toestemming", ("Doel", "Gegeven op", "Hoe", "Versie informatietekst",
                                "Ingetrokken op", "Vastgelegd door"),
                tuple((p, g, _label(ConsentMeans, m), v, w, who or "")
                      for p, g, m, v, w, who in consents)),
        Section("Auditlog", ("Wanneer", "Actie", "Door", "Wat", "Rijen"),
                tuple((at, action_label(a), who or "", d, n) for at, a, who, d, n in audit)),
    ]


class SubjectDataService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def collect(self, person_id: int) -> SubjectData:
        with self.db.session() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise ValidationError(f"Bewoner {person_id} bestaat niet (meer).")
            name = person.name
            names = (person.first_name, person.last_name, name)
            sections = [_person(s, person), _ties(s, person_id), _memberships(s, person_id),
                        _contacts(s, person_id), _meetings(s, person_id),
                        _dossiers(s, person_id), *_others(s, person_id)]
            linked = {("contact_moment", i) for i in s.scalars(
                select(contact_participants.c.contact_moment_id)
                .where(contact_participants.c.actor_id == person_id))}
            linked |= {("story", i) for i in s.scalars(
                select(story_actors.c.story_id).where(story_actors.c.actor_id == person_id))}
        sections.insert(4, self._mentions(names, person_id, linked))
        return SubjectData(person_id, name, tuple(sections))

    def _mentions(self, names: tuple[str, str, str], person_id: int,
                  linked: set[tuple[str, int]]) -> Section:
        """Notes elsewhere (not linked to the person) whose text names them."""
        skip = {("person", person_id), *linked}
        mentions, _more = find_mentions(self.db, *names, skip=skip, limit=200)
        kinds = {"contact_moment": "Contactmoment", "meeting": "Bijeenkomst",
                 "agenda_item": "Agendapunt", "dossier": "Dossier", "signal": "Signaal",
                 "story": "Verhaal", "person": "Bewoner", "group": "Groep", "place": "Plek"}
        rows = tuple((m.date, kinds.get(m.kind, m.kind), m.title,
                      m.snippet or "(gevoelig: open het in Buurtboek)") for m in mentions)
        return Section("Notities met de naam", ("Datum", "Soort", "Titel", "Tekst"), rows)
