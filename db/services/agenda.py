"""The agenda of a meeting (items in order, start times computed from the meeting's start),
minutes per item (saved as they are typed) and decisions; and the whole meeting as one
document for the Excel sheets and the e-mail text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update

from db.database import Database
from db.events import Change
from db.models import (
    ActionPoint, Actor, AgendaItem, Decision, Dossier, Meeting, Worker,
)
from db.services import validation, versions
from db.services.action_points import ActionPointService, ActionRow
from db.services.attendance import AttendanceRow, AttendanceService
from db.services.errors import ValidationError
from db.services.meetings import UNSET, MeetingDetail, MeetingService, check_duration
from db.services.snapshots import RowSnapshot, capture, put_back
from db.vocabulary import ActorKind

MINUTES_MAX = 100_000


@dataclass(frozen=True)
class AgendaItemRow:
    id: int
    number: int  # 1, 2, 3 ... in agenda order
    title: str
    duration_minutes: int
    starts_at: dt.datetime
    presenter: str
    description: str
    minutes: str
    is_action_list: bool
    dossier_id: int | None
    dossier: str
    actor_id: int | None
    actor: str
    version: int = 1  # pass to update_item/set_minutes(expected_version=...)

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class Agenda:
    meeting: MeetingDetail
    items: tuple[AgendaItemRow, ...]

    @property
    def ends_at(self) -> dt.datetime:
        return self.items[-1].ends_at if self.items else self.meeting.starts_at

    def item(self, item_id: int) -> AgendaItemRow | None:
        return next((i for i in self.items if i.id == item_id), None)


@dataclass(frozen=True)
class DecisionRow:
    id: int
    agenda_item_id: int | None
    text: str


@dataclass(frozen=True)
class ItemSnapshot:
    item: RowSnapshot
    decisions: tuple[int, ...]  # decisions that pointed at the item
    actions: tuple[int, ...]  # action points that pointed at the item


@dataclass(frozen=True)
class MeetingDocument:
    """Everything the agenda and minutes sheets (and the e-mail text) show."""

    agenda: Agenda
    decisions: tuple[DecisionRow, ...]
    actions: tuple[ActionRow, ...]  # made at this meeting
    carried: tuple[ActionRow, ...]  # still open from earlier meetings in the series
    attendance: tuple[AttendanceRow, ...]
    worker: str  # who "ikzelf" is

    def decisions_for(self, item_id: int | None) -> list[DecisionRow]:
        return [d for d in self.decisions if d.agenda_item_id == item_id]

    def actions_for(self, item_id: int | None) -> list[ActionRow]:
        return [a for a in self.actions if a.agenda_item_id == item_id]


def _times(start: dt.datetime, rows: list[Any]) -> list[dt.datetime]:
    times, at = [], start
    for row in rows:
        times.append(at)
        at += dt.timedelta(minutes=row.duration_minutes)
    return times


class AgendaService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading -----------------------------------------------------------------------------
    def agenda(self, meeting_id: int) -> Agenda | None:
        meeting = MeetingService(self.db).detail(meeting_id)
        if meeting is None:
            return None
        with self.db.session() as s:
            rows = s.execute(
                select(AgendaItem, Dossier.title, Actor.name)
                .outerjoin(Dossier, Dossier.id == AgendaItem.dossier_id)
                .outerjoin(Actor, Actor.id == AgendaItem.actor_id)
                .where(AgendaItem.meeting_id == meeting_id)
                .order_by(AgendaItem.position, AgendaItem.id)
            ).all()
        times = _times(meeting.starts_at, [r[0] for r in rows])
        items = tuple(
            AgendaItemRow(i.id, n, i.title, i.duration_minutes, at, i.presenter, i.description,
                          i.minutes, i.is_action_list, i.dossier_id, dossier or "", i.actor_id,
                          actor or "", i.version)
            for n, ((i, dossier, actor), at) in enumerate(zip(rows, times, strict=True), 1))
        return Agenda(meeting, items)

    def decisions(self, meeting_id: int) -> list[DecisionRow]:
        with self.db.session() as s:
            rows = s.execute(
                select(Decision.id, Decision.agenda_item_id, Decision.text)
                .outerjoin(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
                .where(Decision.meeting_id == meeting_id)
                .order_by(AgendaItem.position.is_(None), AgendaItem.position, Decision.id)
            ).all()
        return [DecisionRow(*r) for r in rows]

    def document(self, meeting_id: int) -> MeetingDocument:
        agenda = self.agenda(meeting_id)
        if agenda is None:
            raise ValidationError(f"Bijeenkomst {meeting_id} bestaat niet (meer).", "meeting_id")
        actions = ActionPointService(self.db)
        with self.db.session() as s:
            worker = s.scalar(select(Worker.name).where(Worker.id == select(
                Meeting.worker_id).where(Meeting.id == meeting_id).scalar_subquery())) or ""
        return MeetingDocument(agenda, tuple(self.decisions(meeting_id)),
                               tuple(actions.for_meeting(meeting_id)),
                               tuple(actions.carried(meeting_id)),
                               tuple(AttendanceService(self.db).list(meeting_id)), worker)

    # -- agenda items ------------------------------------------------------------------------
    def _fields(self, s, *, title: object = UNSET, duration_minutes: object = UNSET,
                presenter: object = UNSET, description: object = UNSET,
                dossier_id: object = UNSET, actor_id: object = UNSET) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if title is not UNSET:
            values["title"] = validation.text(title, "Onderwerp", field="title", max_length=300,
                                              required=True)
        if duration_minutes is not UNSET:
            values["duration_minutes"] = check_duration(duration_minutes)
        if presenter is not UNSET:
            values["presenter"] = validation.text(presenter, "Inleider", field="presenter",
                                                  max_length=200)
        if description is not UNSET:
            if description is not None and not isinstance(description, str):
                raise ValidationError("Toelichting: verwacht tekst.", "description")
            values["description"] = (description or "").strip()
            if len(values["description"]) > 20_000:
                raise ValidationError("Toelichting is te lang (hoogstens 20.000 tekens).",
                                      "description")
        if dossier_id is not UNSET:
            if dossier_id is not None and s.get(Dossier, dossier_id) is None:
                raise ValidationError("Dat dossier bestaat niet (meer).", "dossier_id")
            values["dossier_id"] = dossier_id
        if actor_id is not UNSET:
            if actor_id is not None:
                kind = s.scalar(select(Actor.kind).where(Actor.id == actor_id))
                if kind is None:
                    raise ValidationError("Die persoon of groep bestaat niet (meer).",
                                          "actor_id")
                if ActorKind(kind) == ActorKind.PLACE:
                    raise ValidationError("Koppel een persoon of groep, geen plek.", "actor_id")
            values["actor_id"] = actor_id
        return values

    def add_item(self, meeting_id: int, *, title: str, duration_minutes: object = 10,
                 presenter: str = "", description: str = "", dossier_id: int | None = None,
                 actor_id: int | None = None, is_action_list: bool = False,
                 index: int | None = None) -> int:
        """A new agenda item, at the end or before the item now at `index` (0-based)."""
        with self.db.session.begin() as s:
            if s.get(Meeting, meeting_id) is None:
                raise ValidationError("Deze bijeenkomst bestaat niet (meer).", "meeting_id")
            values = self._fields(s, title=title, duration_minutes=duration_minutes,
                                  presenter=presenter, description=description,
                                  dossier_id=dossier_id, actor_id=actor_id)
            ids = self._order(s, meeting_id)
            index = len(ids) if index is None else max(0, min(index, len(ids)))
            item = AgendaItem(meeting_id=meeting_id, position=index + 1,
                              is_action_list=is_action_list, **values)
            s.add(item)
            s.flush()
            ids.insert(index, item.id)
            self._renumber(s, ids)
            item_id = item.id
        self.db.bus.publish(Change("agenda_item", "created", (item_id,)))
        return item_id

    def update_item(self, item_id: int, *, expected_version: int | None = None,
                    **fields: object) -> versions.Edited:
        """Change title, duration_minutes, presenter, description, dossier_id or actor_id;
        returns the previous values so that `update_item(item_id, **previous)` undoes it,
        with the version the edit left. With `expected_version`: ConflictError when someone
        else changed the item (also its minutes) since it was read."""
        unknown = set(fields) - {"title", "duration_minutes", "presenter", "description",
                                 "dossier_id", "actor_id"}
        if unknown:
            raise TypeError(f"unknown agenda item fields: {sorted(unknown)}")
        with versions.guarded(self.db.bus, "agenda_item", item_id), \
                self.db.session.begin() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise ValidationError("Dit agendapunt bestaat niet (meer).", "item_id")
            versions.check(item.version, expected_version, "agenda_item", item_id)
            values = self._fields(s, **fields)
            previous = {key: getattr(item, key) for key in values}
            for key, value in values.items():
                setattr(item, key, value)
            version = versions.after_flush(s, item)
        self.db.bus.publish(Change("agenda_item", "updated", (item_id,)))
        return versions.edited(previous, version)

    def set_minutes(self, item_id: int, text: str, *,
                    expected_version: int | None = None) -> int:
        """Save the minutes of an item as they are typed (no undo step: the text field keeps
        its own undo history). Publishes kind "minutes", which lists do not reload on.
        Returns the item's new version: an autosave passes it as `expected_version` next
        time, so one worker's saves never conflict with each other while someone else's
        change in between is refused with ConflictError (db.services.versions)."""
        if not isinstance(text, str):
            raise ValidationError("Notulen: verwacht tekst.", "minutes")
        if len(text) > MINUTES_MAX:
            raise ValidationError("De notulen van dit punt zijn te lang (hoogstens 100.000 "
                                  "tekens).", "minutes")
        table = AgendaItem.__table__
        with versions.guarded(self.db.bus, "agenda_item", item_id), \
                self.db.session.begin() as s:
            version = versions.versioned_update(
                s, update(table).where(table.c.id == item_id).values(minutes=text), table,
                expected_version, "agenda_item", item_id)
        if version is None:
            raise ValidationError("Dit agendapunt bestaat niet (meer); de notulen konden niet "
                                  "bewaard worden.", "item_id")
        self.db.bus.publish(Change("minutes", "updated", (item_id,)))
        return version

    def remove_item(self, item_id: int) -> ItemSnapshot:
        with self.db.session.begin() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise ValidationError("Dit agendapunt bestaat niet (meer).", "item_id")
            snapshot = ItemSnapshot(
                capture(item),
                tuple(s.scalars(select(Decision.id).where(Decision.agenda_item_id == item_id))),
                tuple(s.scalars(select(ActionPoint.id)
                                .where(ActionPoint.agenda_item_id == item_id))))
            s.execute(delete(AgendaItem).where(AgendaItem.id == item_id))
        self.db.bus.publish(Change("agenda_item", "deleted", (item_id,)))
        return snapshot

    def restore_item(self, snapshot: ItemSnapshot) -> int:
        item_id = snapshot.item.id
        with self.db.session.begin() as s:
            meeting_id = snapshot.item.as_dict()["meeting_id"]
            if s.get(Meeting, meeting_id) is None:
                raise ValidationError("De bijeenkomst van dit agendapunt bestaat niet meer.",
                                      "meeting_id")
            put_back(s, snapshot.item)
            if snapshot.decisions:
                s.execute(update(Decision).where(Decision.id.in_(snapshot.decisions))
                          .values(agenda_item_id=item_id))
            if snapshot.actions:
                s.execute(update(ActionPoint).where(ActionPoint.id.in_(snapshot.actions))
                          .values(agenda_item_id=item_id))
            ids = self._order(s, meeting_id)
            self._renumber(s, ids)
        self.db.bus.publish(Change("agenda_item", "created", (item_id,)))
        return item_id

    def reorder(self, meeting_id: int, item_ids: list[int]) -> list[int]:
        """Put the items in this order; returns the old order (for undo)."""
        with self.db.session.begin() as s:
            old = self._order(s, meeting_id)
            if sorted(old) != sorted(item_ids):
                raise ValidationError("De agenda is intussen veranderd; probeer het opnieuw.",
                                      "item_ids")
            self._renumber(s, list(item_ids))
        self.db.bus.publish(Change("agenda_item", "updated", tuple(item_ids)))
        return old

    def move_item(self, item_id: int, index: int) -> list[int]:
        """Move one item to `index` (0-based); returns the old order (for undo)."""
        with self.db.session() as s:
            meeting_id = s.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id))
            if meeting_id is None:
                raise ValidationError("Dit agendapunt bestaat niet (meer).", "item_id")
            ids = self._order(s, meeting_id)
        ids.remove(item_id)
        ids.insert(max(0, min(index, len(ids))), item_id)
        return self.reorder(meeting_id, ids)

    @staticmethod
    def _order(s, meeting_id: int) -> list[int]:
        return list(s.scalars(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)
                              .order_by(AgendaItem.position, AgendaItem.id)))

    @staticmethod
    def _renumber(s, ids: list[int]) -> None:
        for position, item_id in enumerate(ids, 1):
            s.execute(update(AgendaItem).where(AgendaItem.id == item_id,
                                               AgendaItem.position != position)
                      .values(position=position))

    # -- decisions ---------------------------------------------------------------------------
    def add_decision(self, meeting_id: int, text: str, agenda_item_id: int | None = None) -> int:
        text = validation.text(text, "Besluit", field="text", max_length=5000, required=True)
        with self.db.session.begin() as s:
            if s.get(Meeting, meeting_id) is None:
                raise ValidationError("Deze bijeenkomst bestaat niet (meer).", "meeting_id")
            if agenda_item_id is not None and s.scalar(
                    select(func.count()).where(AgendaItem.id == agenda_item_id,
                                               AgendaItem.meeting_id == meeting_id)) == 0:
                raise ValidationError("Dat agendapunt hoort niet bij deze bijeenkomst.",
                                      "agenda_item_id")
            decision = Decision(meeting_id=meeting_id, agenda_item_id=agenda_item_id, text=text)
            s.add(decision)
            s.flush()
            decision_id = decision.id
        self.db.bus.publish(Change("decision", "created", (decision_id,)))
        return decision_id

    def update_decision(self, decision_id: int, text: str) -> str:
        """New wording; returns the old one."""
        text = validation.text(text, "Besluit", field="text", max_length=5000, required=True)
        with self.db.session.begin() as s:
            decision = s.get(Decision, decision_id)
            if decision is None:
                raise ValidationError("Dit besluit bestaat niet (meer).", "decision_id")
            old, decision.text = decision.text, text
        self.db.bus.publish(Change("decision", "updated", (decision_id,)))
        return old

    def remove_decision(self, decision_id: int) -> RowSnapshot:
        with self.db.session.begin() as s:
            decision = s.get(Decision, decision_id)
            if decision is None:
                raise ValidationError("Dit besluit bestaat niet (meer).", "decision_id")
            snapshot = capture(decision)
            s.delete(decision)
        self.db.bus.publish(Change("decision", "deleted", (decision_id,)))
        return snapshot

    def restore_decision(self, snapshot: RowSnapshot) -> int:
        with self.db.session.begin() as s:
            values = snapshot.as_dict()
            if s.get(Meeting, values["meeting_id"]) is None:
                raise ValidationError("De bijeenkomst van dit besluit bestaat niet meer.",
                                      "meeting_id")
            if values["agenda_item_id"] is not None and \
                    s.get(AgendaItem, values["agenda_item_id"]) is None:
                values["agenda_item_id"] = None
            put_back(s, RowSnapshot(snapshot.table, tuple(values.items())))
        self.db.bus.publish(Change("decision", "created", (snapshot.id,)))
        return snapshot.id
