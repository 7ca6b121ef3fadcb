"""One actor (person, group or place): its detail page and every edit to it.

Each edit is one transaction and returns what it replaced, so the interface can undo
it by calling the same service with the old values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select, update

from db.database import Database
from db.events import Change
from db.models import (
    ActionPoint, Actor, AuditEntry, Consent, Group, Membership, Neighbourhood,
    ParticipationStep, Person, PersonLanguage, Place, Talent, Theme, actor_themes, utcnow,
)
from db.services import validation, versions
from db.services.errors import ValidationError
from db.vocabulary import (
    ActorKind, GroupKind, LanguageProficiency, ParticipationLevel, TalentCategory,
)

# Editable fields per kind: field -> (Dutch label, max length). `name` is derived for persons.
PERSON_FIELDS = {
    "first_name": ("Voornaam", 100), "infix": ("Tussenvoegsel", 30),
    "last_name": ("Achternaam", 150), "phone": ("Telefoonnummer", 40),
    "email": ("E-mailadres", 254), "street": ("Straat", 200), "house_number": ("Huisnummer", 20),
    "postcode": ("Postcode", 10), "city": ("Plaats", 100),
}
GROUP_FIELDS = {"name": ("Naam", 300), "phone": ("Telefoonnummer", 40),
                "email": ("E-mailadres", 254), "website": ("Website", 300),
                "address": ("Adres", 300)}
PLACE_FIELDS = {"name": ("Naam", 300), "place_type": ("Soort plek", 100),
                "address": ("Adres", 300)}
COMMON_FIELDS = {"note": ("Notitie", 2_000_000)}
FIELDS = {ActorKind.PERSON: PERSON_FIELDS, ActorKind.GROUP: GROUP_FIELDS,
          ActorKind.PLACE: PLACE_FIELDS}
SPECIAL_FIELDS = ("neighbourhood_id", "note_sensitive", "birth_year", "group_kind")


@dataclass(frozen=True)
class MembershipRow:
    id: int
    person_id: int
    person: str
    group_id: int
    group: str
    role: str
    since: dt.date | None
    until: dt.date | None


@dataclass(frozen=True)
class ConsentRow:
    purpose: str
    given_on: dt.date
    withdrawn_on: dt.date | None


@dataclass(frozen=True)
class ActorDetail:
    id: int
    kind: ActorKind
    name: str
    neighbourhood_id: int | None
    neighbourhood: str
    note: str
    note_sensitive: bool
    archived: bool
    last_contact_on: dt.date | None
    fields: dict[str, str] = field(default_factory=dict)  # the kind's text fields
    version: int = 1  # pass to update(expected_version=...): see db.services.versions
    birth_year: int | None = None
    group_kind: GroupKind | None = None
    level: ParticipationLevel | None = None
    level_history: tuple[tuple[ParticipationLevel, dt.date], ...] = ()
    languages: tuple[tuple[str, LanguageProficiency | None], ...] = ()
    talents: tuple[tuple[TalentCategory, str], ...] = ()
    themes: tuple[str, ...] = ()
    memberships: tuple[MembershipRow, ...] = ()
    consents: tuple[ConsentRow, ...] = ()

    @property
    def has_consent(self) -> bool:
        return any(c.withdrawn_on is None for c in self.consents)


def person_name(first: str, infix: str, last: str) -> str:
    return " ".join(part for part in (first, infix, last) if part)


class ActorService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ---------------------------------------------------------------------------
    def detail(self, actor_id: int) -> ActorDetail | None:
        with self.db.session() as s:
            actor = s.get(Actor, actor_id)
            if actor is None:
                return None
            kind = ActorKind(actor.kind)
            fields = {name: getattr(actor, name) or "" for name in FIELDS[kind]}
            hood = actor.neighbourhood.name if actor.neighbourhood else ""
            themes = tuple(sorted(t.name for t in actor.themes))
            memberships = self._memberships(s, actor_id, kind)
            base = dict(id=actor.id, kind=kind, name=actor.name,
                        neighbourhood_id=actor.neighbourhood_id, neighbourhood=hood,
                        note=actor.note, note_sensitive=actor.note_sensitive,
                        archived=actor.archived_at is not None,
                        last_contact_on=actor.last_contact_on, fields=fields, themes=themes,
                        memberships=memberships, version=actor.version)
            if kind == ActorKind.GROUP:
                return ActorDetail(**base, group_kind=GroupKind(actor.group_kind))
            if kind == ActorKind.PLACE:
                return ActorDetail(**base)
            steps = s.execute(
                select(ParticipationStep.level, ParticipationStep.since)
                .where(ParticipationStep.person_id == actor_id)
                .order_by(ParticipationStep.since, ParticipationStep.id)).all()
            consents = s.execute(
                select(Consent.purpose, Consent.given_on, Consent.withdrawn_on)
                .where(Consent.person_id == actor_id).order_by(Consent.given_on)).all()
            return ActorDetail(
                **base, birth_year=actor.birth_year,
                level=ParticipationLevel(actor.participation_level)
                if actor.participation_level else None,
                level_history=tuple((ParticipationLevel(lv), since) for lv, since in steps),
                languages=tuple(sorted((lang.language, lang.proficiency)
                                       for lang in actor.languages)),
                talents=tuple((t.category, t.description) for t in actor.talents),
                consents=tuple(ConsentRow(*c) for c in consents))

    @staticmethod
    def _memberships(s, actor_id: int, kind: ActorKind) -> tuple[MembershipRow, ...]:
        if kind == ActorKind.PLACE:
            return ()
        people, groups = Actor.__table__.alias("p"), Actor.__table__.alias("g")
        column = Membership.person_id if kind == ActorKind.PERSON else Membership.group_id
        rows = s.execute(
            select(Membership.id, Membership.person_id, people.c.name, Membership.group_id,
                   groups.c.name, Membership.role, Membership.since, Membership.until)
            .join(people, people.c.id == Membership.person_id)
            .join(groups, groups.c.id == Membership.group_id)
            .where(column == actor_id).order_by(groups.c.name, people.c.name)).all()
        return tuple(MembershipRow(*row) for row in rows)

    def themes(self) -> list[str]:
        with self.db.session() as s:
            return list(s.scalars(select(Theme.name).order_by(Theme.name)))

    # -- creating --------------------------------------------------------------------------
    def create_group(self, name: str, group_kind: GroupKind, *,
                     neighbourhood_id: int | None = None, worker_id: int | None = None,
                     actor_id: int | None = None) -> int:
        name = validation.text(name, "Naam", field="name", max_length=300, required=True)
        kind = GroupKind(group_kind)
        with self.db.session.begin() as s:
            _check_neighbourhood(s, neighbourhood_id)
            group = Group(id=actor_id, name=name, group_kind=kind,
                          neighbourhood_id=neighbourhood_id,
                          worker_id=worker_id)
            s.add(group)
            s.flush()
            new_id = group.id
        self.db.bus.publish(Change("group", "created", (new_id,)))
        return new_id

    def create_place(self, name: str, place_type: str = "", *,
                     neighbourhood_id: int | None = None, worker_id: int | None = None,
                     actor_id: int | None = None) -> int:
        name = validation.text(name, "Naam", field="name", max_length=300, required=True)
        place_type = validation.text(place_type, "Soort plek", field="place_type",
                                     max_length=100)
        with self.db.session.begin() as s:
            _check_neighbourhood(s, neighbourhood_id)
            place = Place(id=actor_id, name=name, place_type=place_type,
                          neighbourhood_id=neighbourhood_id,
                          worker_id=worker_id)
            s.add(place)
            s.flush()
            new_id = place.id
        self.db.bus.publish(Change("place", "created", (new_id,)))
        return new_id

    def delete_new(self, actor_id: int) -> None:
        """Undo of a creation: remove an actor that nothing else refers to yet."""
        with self.db.session.begin() as s:
            actor = s.get(Actor, actor_id)
            if actor is None:
                return
            kind = ActorKind(actor.kind).value
            s.delete(actor)
        self.db.bus.publish(Change(kind, "deleted", (actor_id,)))

    def owned_action_points(self, actor_id: int) -> int:
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(ActionPoint)
                            .where(ActionPoint.owner_actor_id == actor_id))

    def delete(self, actor_id: int, *, reassign_to_worker: int | None = None,
               worker_id: int | None = None) -> None:
        """Delete an actor for good. Action points it owns are never lost silently: without
        `reassign_to_worker` the deletion is refused; with it they move to that worker.
        Contact moments and meetings keep their other participants. The audit log records
        that a record was deleted, not what it held."""
        with self.db.session.begin() as s:
            actor = s.get(Actor, actor_id)
            if actor is None:
                raise ValidationError("Deze persoon, groep of plek bestaat niet meer.")
            owned = s.scalar(select(func.count()).select_from(ActionPoint)
                             .where(ActionPoint.owner_actor_id == actor_id))
            if owned and reassign_to_worker is None:
                raise ValidationError(
                    f"{actor.name} is eigenaar van {owned} actiepunt(en). Kies wat daarmee "
                    "gebeurt voordat je verwijdert.", "action_points")
            if owned:
                s.execute(update(ActionPoint).where(ActionPoint.owner_actor_id == actor_id)
                          .values(owner_actor_id=None, owner_worker_id=reassign_to_worker))
            kind = ActorKind(actor.kind)
            s.delete(actor)
            s.add(AuditEntry(worker_id=worker_id, action="delete", object_kind=kind.value,
                             object_id=actor_id,
                             detail=f"{owned} actiepunt(en) overgedragen" if owned else ""))
        self.db.bus.publish(Change(kind.value, "deleted", (actor_id,)))
        if owned:
            self.db.bus.publish(Change("action_point", "updated"))

    # -- editing ---------------------------------------------------------------------------
    def update(self, actor_id: int, changes: dict[str, object], *,
               expected_version: int | None = None) -> versions.Edited:
        """Change some fields; returns their previous values (for undo) with the version the
        edit left. With `expected_version` (what the view read) a record someone else changed
        since is refused with ConflictError (db.services.versions)."""
        kind_name = "person"
        with versions.guarded(self.db.bus, kind_name, actor_id), self.db.session.begin() as s:
            actor = s.get(Actor, actor_id)
            if actor is None:
                raise ValidationError("Deze persoon, groep of plek bestaat niet meer.")
            kind = ActorKind(actor.kind)
            kind_name = kind.value
            versions.check(actor.version, expected_version, kind_name, actor_id)
            allowed = {**FIELDS[kind], **COMMON_FIELDS}
            old: dict[str, object] = {}
            for name, value in changes.items():
                if name in allowed:
                    label, limit = allowed[name]
                    if name == "email":
                        value = validation.email(value)
                    else:
                        value = validation.text(value, label, field=name, max_length=limit,
                                                required=name == "name")
                    if name == "phone" and value and not any(ch.isdigit() for ch in value):
                        raise ValidationError(f"Telefoonnummer '{value}' bevat geen cijfers.",
                                              "phone")
                elif name == "neighbourhood_id":
                    _check_neighbourhood(s, value)
                elif name == "note_sensitive":
                    value = bool(value)
                elif name == "birth_year" and kind == ActorKind.PERSON:
                    value = _birth_year(value)
                elif name == "group_kind" and kind == ActorKind.GROUP:
                    value = GroupKind(value)
                else:
                    raise ValidationError(f"Veld '{name}' kan hier niet gewijzigd worden.", name)
                old[name] = getattr(actor, name)
                setattr(actor, name, value)
            if kind == ActorKind.PERSON:
                actor.name = person_name(actor.first_name, actor.infix, actor.last_name)
                if not actor.name:
                    raise ValidationError("Vul een voornaam of achternaam in.", "first_name")
            version = versions.after_flush(s, actor)
        self.db.bus.publish(Change(kind.value, "updated", (actor_id,)))
        return versions.edited(old, version)

    def set_archived(self, actor_id: int, archived: bool) -> bool:
        """Archive (or bring back); returns whether it was archived before."""
        with self.db.session.begin() as s:
            actor = s.get(Actor, actor_id)
            if actor is None:
                raise ValidationError("Deze persoon, groep of plek bestaat niet meer.")
            was = actor.archived_at is not None
            actor.archived_at = utcnow() if archived else None
            kind = ActorKind(actor.kind).value
        self.db.bus.publish(Change(kind, "updated", (actor_id,)))
        return was

    def add_level_step(self, person_id: int, level: ParticipationLevel,
                       since: dt.date, step_id: int | None = None) -> int:
        """A new step on the participation ladder; returns the step's id (for undo)."""
        since = validation.date(since, "Datum", field="since")
        if since > dt.date.today():
            raise ValidationError("Een stap op de participatieladder kan niet in de toekomst "
                                  "liggen.", "since")
        with self.db.session.begin() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise ValidationError("Deze persoon bestaat niet meer.")
            step = ParticipationStep(id=step_id, person_id=person_id,
                                     level=ParticipationLevel(level),
                                     since=since, worker_id=person.worker_id)
            s.add(step)
            s.flush()
            _sync_level(s, person)
            step_id = step.id
        self.db.bus.publish(Change("person", "updated", (person_id,)))
        return step_id

    def remove_level_step(self, step_id: int) -> None:
        with self.db.session.begin() as s:
            step = s.get(ParticipationStep, step_id)
            if step is None:
                return
            person = s.get(Person, step.person_id)
            s.delete(step)
            s.flush()
            _sync_level(s, person)
            person_id = person.id
        self.db.bus.publish(Change("person", "updated", (person_id,)))

    def set_lists(self, actor_id: int, *, themes: list[str] | None = None,
                  languages: list[tuple[str, LanguageProficiency | None]] | None = None,
                  talents: list[tuple[TalentCategory, str]] | None = None) -> dict[str, list]:
        """Replace the themes, languages and/or talents; returns the previous lists."""
        old: dict[str, list] = {}
        with self.db.session.begin() as s:
            actor = s.get(Actor, actor_id)
            if actor is None:
                raise ValidationError("Deze persoon, groep of plek bestaat niet meer.")
            if themes is not None:
                names = _clean_names(themes, "Thema", 100)
                old["themes"] = sorted(t.name for t in actor.themes)
                s.execute(delete(actor_themes).where(actor_themes.c.actor_id == actor_id))
                for theme in theme_rows(s, names):
                    s.execute(actor_themes.insert().values(actor_id=actor_id, theme_id=theme.id))
            if languages is not None and isinstance(actor, Person):
                old["languages"] = sorted((lang.language, lang.proficiency)
                                          for lang in actor.languages)
                cleaned = {}
                for language, level in languages:
                    (name,) = _clean_names([language], "Taal", 60)
                    cleaned[name] = LanguageProficiency(level) if level else None
                actor.languages = [PersonLanguage(language=k, proficiency=v)
                                   for k, v in cleaned.items()]
            if talents is not None and isinstance(actor, Person):
                old["talents"] = [(t.category, t.description) for t in actor.talents]
                actor.talents = [
                    Talent(category=TalentCategory(category),
                           description=validation.text(text, "Talent", field="talents",
                                                       max_length=300, required=True))
                    for category, text in talents]
            kind = ActorKind(actor.kind).value
        self.db.bus.publish(Change(kind, "updated", (actor_id,)))
        return old


def theme_rows(s, names: list[str]) -> list[Theme]:
    """The Theme rows for `names`, creating the ones that do not exist yet."""
    existing = {t.name.lower(): t for t in s.scalars(select(Theme))}
    rows = []
    for name in names:
        theme = existing.get(name.lower())
        if theme is None:
            theme = Theme(name=name)
            s.add(theme)
            s.flush()
            existing[name.lower()] = theme
        rows.append(theme)
    return rows


def _clean_names(values: list[str], label: str, limit: int) -> list[str]:
    seen, result = set(), []
    for value in values:
        name = validation.text(value, label, field=label.lower(), max_length=limit)
        if name and name.lower() not in seen:
            seen.add(name.lower())
            result.append(name)
    return result


def _check_neighbourhood(s, neighbourhood_id) -> None:
    if neighbourhood_id is not None and s.get(Neighbourhood, neighbourhood_id) is None:
        raise ValidationError("Die buurt bestaat niet (meer).", "neighbourhood_id")


def _birth_year(value) -> int | None:
    if value in (None, ""):
        return None
    try:
        year = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"Geboortejaar '{value}' is geen jaartal.", "birth_year") from None
    if not 1900 <= year <= dt.date.today().year:
        raise ValidationError(f"Geboortejaar {year} kan niet kloppen.", "birth_year")
    return year


def _sync_level(s, person: Person) -> None:
    """The current level is the newest step's level."""
    newest = s.execute(
        select(ParticipationStep.level).where(ParticipationStep.person_id == person.id)
        .order_by(ParticipationStep.since.desc(), ParticipationStep.id.desc()).limit(1)
    ).scalar()
    person.participation_level = newest
