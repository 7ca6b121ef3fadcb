"""Recording a contact moment: the worker's most frequent action, one transaction.

New persons typed into the participants field, the follow-up action point and the
story are created in the same transaction, so nothing is ever half-saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import delete, select

from db.database import Database
from db.events import Change
from db.last_contact import refresh_last_contact
from db.models import (
    ActionPoint, Actor, ContactMoment, Neighbourhood, Person, Place, Story, contact_participants,
    contact_themes, story_actors,
)
from db.services import validation, versions
from db.services.actors import person_name, theme_rows
from db.services.errors import ValidationError
from db.vocabulary import ActionStatus, ContactSetting, Strategy

NOTE_LIMIT = 2_000_000  # characters: a long note is stored intact, a runaway paste is refused
EARLIEST = dt.date(1990, 1, 1)


@dataclass(frozen=True)
class NewPerson:
    """A participant typed by name who is not in Buurtboek yet."""

    first_name: str
    last_name: str = ""
    infix: str = ""


@dataclass(frozen=True)
class ContactInput:
    occurred_on: dt.date
    setting: ContactSetting
    participant_ids: tuple[int, ...] = ()
    new_people: tuple[NewPerson, ...] = ()
    anonymous_count: int = 0
    place_id: int | None = None
    neighbourhood_id: int | None = None
    strategy: Strategy | None = None
    themes: tuple[str, ...] = ()
    note: str = ""
    sensitive: bool = False
    follow_up: str = ""
    follow_up_due: dt.date | None = None
    is_story: bool = False
    # The contact moment's version this input was read at (detail) or an edit left it at
    # (update's return value): see db.services.versions. Not part of equality.
    version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Recorded:
    contact_moment_id: int
    new_person_ids: tuple[int, ...] = ()
    action_point_id: int | None = None
    story_id: int | None = None


@dataclass(frozen=True)
class ContactDetail:
    id: int
    input: ContactInput
    participants: tuple[tuple[int, str], ...] = field(default_factory=tuple)

    @property
    def version(self) -> int | None:
        return self.input.version


class RecordingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _validate(self, data: ContactInput) -> ContactInput:
        day = validation.date(data.occurred_on, "Datum", field="occurred_on")
        if day > dt.date.today():
            raise ValidationError("Een contactmoment kan niet in de toekomst liggen.",
                                  "occurred_on")
        if day < EARLIEST:
            raise ValidationError(f"De datum {day:%d-%m-%Y} kan niet kloppen.", "occurred_on")
        try:
            setting = ContactSetting(data.setting)
        except ValueError:
            raise ValidationError("Kies waar het gesprek was (setting).", "setting") from None
        anonymous = int(data.anonymous_count or 0)
        if anonymous < 0 or anonymous > 100_000:
            raise ValidationError("Het aantal anoniem gesproken bewoners moet tussen 0 en "
                                  "100.000 liggen.", "anonymous_count")
        if not data.participant_ids and not data.new_people and anonymous == 0:
            raise ValidationError("Met wie was het contact? Kies deelnemers of vul in hoeveel "
                                  "bewoners je anoniem sprak.", "participants")
        note = validation.text(data.note, "Notitie", field="note", max_length=NOTE_LIMIT)
        follow_up = validation.text(data.follow_up, "Vervolg", field="follow_up",
                                    max_length=10_000)
        due = None
        if data.follow_up_due is not None:
            due = validation.date(data.follow_up_due, "Vervolg uiterlijk", field="follow_up_due")
            if not follow_up:
                raise ValidationError("Een vervolgdatum hoort bij een vervolgactie: beschrijf "
                                      "wat er moet gebeuren.", "follow_up")
        if data.is_story and not note:
            raise ValidationError("Een verhaal heeft een notitie nodig: wat is er gebeurd?",
                                  "note")
        new_people = tuple(
            NewPerson(validation.text(p.first_name, "Voornaam", field="participants",
                                      max_length=100),
                      validation.text(p.last_name, "Achternaam", field="participants",
                                      max_length=150),
                      validation.text(p.infix, "Tussenvoegsel", field="participants",
                                      max_length=30))
            for p in data.new_people)
        if any(not (p.first_name or p.last_name) for p in new_people):
            raise ValidationError("Een nieuwe deelnemer heeft een naam nodig.", "participants")
        themes = tuple(validation.text(t, "Thema", field="themes", max_length=100)
                       for t in data.themes if t and t.strip())
        return replace(data, occurred_on=day, setting=setting, anonymous_count=anonymous,
                       note=note, follow_up=follow_up, follow_up_due=due, new_people=new_people,
                       themes=themes,
                       participant_ids=tuple(dict.fromkeys(data.participant_ids)),
                       strategy=Strategy(data.strategy) if data.strategy else None)

    def _check_links(self, s, data: ContactInput) -> None:
        if data.participant_ids:
            found = set(s.scalars(select(Actor.id).where(Actor.id.in_(data.participant_ids))))
            if found != set(data.participant_ids):
                raise ValidationError("Een van de deelnemers bestaat niet meer.", "participants")
        if data.place_id is not None and s.get(Place, data.place_id) is None:
            raise ValidationError("Die plek bestaat niet meer.", "place_id")
        if data.neighbourhood_id is not None and s.get(Neighbourhood, data.neighbourhood_id) \
                is None:
            raise ValidationError("Die buurt bestaat niet meer.", "neighbourhood_id")

    def record(self, data: ContactInput, worker_id: int | None = None,
               reuse: Recorded | None = None) -> Recorded:
        """Record a contact moment; `reuse` gives the ids of an undone recording back (redo),
        so later undo steps that refer to them keep working."""
        data = self._validate(data)
        reused_people = list(reuse.new_person_ids) if reuse else []
        with self.db.session.begin() as s:
            self._check_links(s, data)
            new_ids = []
            for person in data.new_people:
                row = Person(id=reused_people.pop(0) if reused_people else None,
                             name=person_name(person.first_name, person.infix, person.last_name),
                             first_name=person.first_name, infix=person.infix,
                             last_name=person.last_name, neighbourhood_id=data.neighbourhood_id,
                             worker_id=worker_id)
                s.add(row)
                s.flush()
                new_ids.append(row.id)
            moment = ContactMoment(id=reuse.contact_moment_id if reuse else None,
                                   worker_id=worker_id)
            s.add(moment)
            participants = (*data.participant_ids, *new_ids)
            self._write(s, moment, data, participants)
            point_id = story_id = None
            if data.follow_up:
                point = ActionPoint(id=reuse.action_point_id if reuse else None,
                                    description=data.follow_up, due_on=data.follow_up_due,
                                    status=ActionStatus.OPEN, owner_worker_id=worker_id,
                                    contact_moment_id=moment.id, worker_id=worker_id)
                s.add(point)
                s.flush()
                point_id = point.id
            if data.is_story:
                story_id = self._story(s, moment, data, participants, worker_id,
                                       reuse.story_id if reuse else None)
            refresh_last_contact(s, participants)
            recorded = Recorded(moment.id, tuple(new_ids), point_id, story_id)
        self._announce("created", recorded, participants)
        return recorded

    @staticmethod
    def _write(s, moment: ContactMoment, data: ContactInput, participants) -> None:
        moment.occurred_on, moment.setting = data.occurred_on, data.setting
        moment.anonymous_count, moment.place_id = data.anonymous_count, data.place_id
        moment.neighbourhood_id, moment.strategy = data.neighbourhood_id, data.strategy
        moment.note, moment.sensitive = data.note, bool(data.sensitive)
        moment.follow_up, moment.is_story = data.follow_up, bool(data.is_story)
        s.flush()
        s.execute(delete(contact_participants)
                  .where(contact_participants.c.contact_moment_id == moment.id))
        s.execute(delete(contact_themes).where(contact_themes.c.contact_moment_id == moment.id))
        for actor_id in participants:
            s.execute(contact_participants.insert().values(contact_moment_id=moment.id,
                                                           actor_id=actor_id))
        for theme in theme_rows(s, list(dict.fromkeys(data.themes))):
            s.execute(contact_themes.insert().values(contact_moment_id=moment.id,
                                                     theme_id=theme.id))

    @staticmethod
    def _story(s, moment, data: ContactInput, participants, worker_id, story_id) -> int:
        title = data.note.split("\n", 1)[0][:80].rstrip()
        story = Story(id=story_id, title=title or "Verhaal", body=data.note,
                      told_on=data.occurred_on, contact_moment_id=moment.id,
                      sensitive=bool(data.sensitive), worker_id=worker_id)
        s.add(story)
        s.flush()
        for actor_id in participants:
            s.execute(story_actors.insert().values(story_id=story.id, actor_id=actor_id))
        return story.id

    def detail(self, contact_moment_id: int) -> ContactDetail | None:
        with self.db.session() as s:
            moment = s.get(ContactMoment, contact_moment_id)
            if moment is None:
                return None
            people = tuple(sorted(((a.id, a.name) for a in moment.participants),
                                  key=lambda p: p[1]))
            due = s.scalar(select(ActionPoint.due_on)
                           .where(ActionPoint.contact_moment_id == contact_moment_id)
                           .order_by(ActionPoint.id).limit(1))
            data = ContactInput(
                occurred_on=moment.occurred_on, setting=ContactSetting(moment.setting),
                participant_ids=tuple(p[0] for p in people),
                anonymous_count=moment.anonymous_count, place_id=moment.place_id,
                neighbourhood_id=moment.neighbourhood_id,
                strategy=Strategy(moment.strategy) if moment.strategy else None,
                themes=tuple(sorted(t.name for t in moment.themes)), note=moment.note,
                sensitive=moment.sensitive, follow_up=moment.follow_up, follow_up_due=due,
                is_story=moment.is_story, version=moment.version)
            return ContactDetail(contact_moment_id, data, people)

    def update(self, contact_moment_id: int, data: ContactInput, *,
               expected_version: int | None = None) -> ContactInput:
        """Replace what was recorded (participants must exist); returns the previous input,
        its `version` the one this edit left. With `expected_version` (what the view read)
        a contact moment someone else changed since is refused with ConflictError."""
        if data.new_people:
            raise ValidationError("Nieuwe deelnemers voeg je toe bij het vastleggen.")
        previous = self.detail(contact_moment_id)
        if previous is None:
            raise ValidationError("Dit contactmoment bestaat niet meer.")
        data = self._validate(data)
        with versions.guarded(self.db.bus, "contact_moment", contact_moment_id), \
                self.db.session.begin() as s:
            self._check_links(s, data)
            moment = s.get(ContactMoment, contact_moment_id)
            if moment is None:
                raise ValidationError("Dit contactmoment bestaat niet meer.")
            start = moment.version
            versions.check(start, expected_version, "contact_moment", contact_moment_id)
            if start != previous.version:  # changed since `previous` was read: read it again
                raise versions.ConflictError("contact_moment", contact_moment_id)
            self._write(s, moment, data, data.participant_ids)
            if moment.version == start:  # only participants or themes changed: still a change
                moment.version = start + 1
            version = versions.after_flush(s, moment)
            refresh_last_contact(s, {*data.participant_ids, *previous.input.participant_ids})
        self._announce("updated", Recorded(contact_moment_id),
                       {*data.participant_ids, *previous.input.participant_ids})
        return replace(previous.input, version=version)

    def delete(self, recorded: Recorded) -> None:
        """Undo of recording: remove the contact moment with what was created with it."""
        with self.db.session.begin() as s:
            moment = s.get(ContactMoment, recorded.contact_moment_id)
            if moment is None:
                return
            participants = [a.id for a in moment.participants]
            if recorded.story_id is not None:
                s.execute(delete(Story).where(Story.id == recorded.story_id))
            if recorded.action_point_id is not None:
                s.execute(delete(ActionPoint).where(ActionPoint.id == recorded.action_point_id))
            s.delete(moment)
            s.flush()
            for person_id in recorded.new_person_ids:
                person = s.get(Person, person_id)
                if person is not None:
                    s.delete(person)
            refresh_last_contact(s, [p for p in participants
                                     if p not in recorded.new_person_ids])
        self._announce("deleted", recorded, participants)

    def _announce(self, action: str, recorded: Recorded, participants) -> None:
        bus = self.db.bus
        bus.publish(Change("contact_moment", action, (recorded.contact_moment_id,)))
        if recorded.new_person_ids:
            bus.publish(Change("person", action if action != "updated" else "updated",
                               recorded.new_person_ids))
        if recorded.action_point_id is not None:
            bus.publish(Change("action_point", action, (recorded.action_point_id,)))
        if recorded.story_id is not None:
            bus.publish(Change("story", action, (recorded.story_id,)))
        bus.publish(Change("person", "updated", tuple(participants)))
