"""Action points: who does what before when. The standing action list of a meeting is a
query (open points of earlier meetings in its series), never a copy: marking a point done
takes it off every later agenda at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select

from db.database import Database
from db.events import Change
from db.models import (
    ActionPoint, Actor, AgendaItem, ContactMoment, Dossier, Meeting, Person, Worker,
)
from db.services import validation, versions
from db.services.errors import ValidationError
from db.services.meetings import OPEN_STATUSES, UNSET
from db.services.snapshots import RowSnapshot, capture, put_back
from db.vocabulary import ActionStatus


@dataclass(frozen=True)
class ActionRow:
    id: int
    description: str
    owner_actor_id: int | None
    owner: str  # the person's name, or the worker's
    owner_is_worker: bool
    due_on: dt.date | None
    status: ActionStatus
    done_on: dt.date | None
    meeting_id: int | None
    meeting: str
    meeting_starts_at: dt.datetime | None
    agenda_item_id: int | None
    agenda_item: str
    source: str  # where it came from: the meeting, a dossier or a contact moment
    version: int = 1  # pass to update(expected_version=...): see db.services.versions

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def overdue(self, today: dt.date | None = None) -> bool:
        return self.is_open and self.due_on is not None and \
            self.due_on < (today or dt.date.today())


_owner = Actor.__table__.alias("owner")
_COLUMNS = (ActionPoint.id, ActionPoint.description, ActionPoint.owner_actor_id, _owner.c.name,
            ActionPoint.owner_worker_id, Worker.name, ActionPoint.due_on, ActionPoint.status,
            ActionPoint.done_on, ActionPoint.meeting_id, Meeting.title, Meeting.starts_at,
            ActionPoint.agenda_item_id, AgendaItem.title, Dossier.title,
            ActionPoint.contact_moment_id, ContactMoment.occurred_on, ActionPoint.version)


def _select():
    return (select(*_COLUMNS)
            .outerjoin(_owner, _owner.c.id == ActionPoint.owner_actor_id)
            .outerjoin(Worker, Worker.id == ActionPoint.owner_worker_id)
            .outerjoin(Meeting, Meeting.id == ActionPoint.meeting_id)
            .outerjoin(AgendaItem, AgendaItem.id == ActionPoint.agenda_item_id)
            .outerjoin(Dossier, Dossier.id == ActionPoint.dossier_id)
            .outerjoin(ContactMoment, ContactMoment.id == ActionPoint.contact_moment_id))


def _row(r: Any) -> ActionRow:
    (i, text, owner_id, owner, worker_id, worker, due, status, done, mid, mtitle, mstart,
     item_id, item, dossier, contact_id, contact_day, version) = r
    if mtitle:
        source = mtitle
    elif dossier:
        source = f"Dossier: {dossier}"
    elif contact_id is not None:
        source = f"Contactmoment {contact_day:%d-%m-%Y}" if contact_day else "Contactmoment"
    else:
        source = ""
    return ActionRow(i, text, owner_id, owner or worker or "", owner_id is None, due,
                     ActionStatus(status), done, mid, mtitle or "", mstart, item_id, item or "",
                     source, version)


def _closed_on(status: ActionStatus, today: dt.date) -> dt.date | None:
    return today if status in (ActionStatus.DONE, ActionStatus.CANCELLED) else None


class ActionPointService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading -----------------------------------------------------------------------------
    def get(self, action_id: int) -> ActionRow | None:
        with self.db.session() as s:
            row = s.execute(_select().where(ActionPoint.id == action_id)).first()
        return _row(row) if row else None

    def for_meeting(self, meeting_id: int) -> list[ActionRow]:
        """The points made at a meeting, in agenda order, whatever their status."""
        with self.db.session() as s:
            rows = s.execute(_select().where(ActionPoint.meeting_id == meeting_id)
                             .order_by(AgendaItem.position.is_(None), AgendaItem.position,
                                       ActionPoint.id)).all()
        return [_row(r) for r in rows]

    def carried(self, meeting_id: int) -> list[ActionRow]:
        """The standing action list of a meeting: open points of earlier meetings in the same
        series, oldest due date first. A meeting outside a series carries nothing."""
        with self.db.session() as s:
            meeting = s.execute(select(Meeting.series_id, Meeting.starts_at)
                                .where(Meeting.id == meeting_id)).first()
            if meeting is None or meeting.series_id is None:
                return []
            rows = s.execute(
                _select().where(Meeting.series_id == meeting.series_id,
                                Meeting.starts_at < meeting.starts_at,
                                ActionPoint.status.in_(OPEN_STATUSES))
                .order_by(ActionPoint.due_on.is_(None), ActionPoint.due_on, Meeting.starts_at,
                          ActionPoint.id)
            ).all()
        return [_row(r) for r in rows]

    def count_open(self, today: dt.date | None = None) -> tuple[int, int]:
        """(open, of which overdue)."""
        today = today or dt.date.today()
        with self.db.session() as s:
            total, late = s.execute(
                select(func.count(), func.count(ActionPoint.id).filter(ActionPoint.due_on < today))
                .where(ActionPoint.status.in_(OPEN_STATUSES))).one()
        return int(total), int(late)

    def open_page(self, after: ActionRow | None = None, limit: int = 200) -> list[ActionRow]:
        """All open points, overdue first (by due date; no date last), keyset-paged."""
        query = (_select().where(ActionPoint.status.in_(OPEN_STATUSES))
                 .order_by(ActionPoint.due_on.is_(None), ActionPoint.due_on, ActionPoint.id)
                 .limit(limit))
        if after is not None:
            if after.due_on is None:
                query = query.where(ActionPoint.due_on.is_(None), ActionPoint.id > after.id)
            else:
                query = query.where(or_(
                    ActionPoint.due_on.is_(None), ActionPoint.due_on > after.due_on,
                    and_(ActionPoint.due_on == after.due_on, ActionPoint.id > after.id)))
        with self.db.session() as s:
            return [_row(r) for r in s.execute(query).all()]

    # -- writing -----------------------------------------------------------------------------
    def _check(self, s, *, description: object = UNSET, owner_actor_id: object = UNSET,
               due_on: object = UNSET, status: object = UNSET, meeting_id: int | None = None,
               agenda_item_id: object = UNSET) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if description is not UNSET:
            values["description"] = validation.text(
                description, "Omschrijving", field="description", max_length=2000,
                required=True)
        if owner_actor_id is not UNSET:
            if owner_actor_id is not None and s.get(Person, owner_actor_id) is None:
                raise ValidationError("Kies als eigenaar een bewoner, of laat het bij jezelf.",
                                      "owner_actor_id")
            values["owner_actor_id"] = owner_actor_id
        if due_on is not UNSET:
            empty = due_on is None or (isinstance(due_on, str) and not due_on.strip())
            values["due_on"] = None if empty else validation.date(due_on, "Vóór",
                                                                  field="due_on")
        if status is not UNSET:
            try:
                values["status"] = ActionStatus(status)
            except ValueError:
                raise ValidationError(f"Onbekende status '{status}'.", "status") from None
        if agenda_item_id is not UNSET and agenda_item_id is not None:
            item_meeting = s.scalar(select(AgendaItem.meeting_id)
                                    .where(AgendaItem.id == agenda_item_id))
            if item_meeting is None or (meeting_id is not None and item_meeting != meeting_id):
                raise ValidationError("Dat agendapunt hoort niet bij deze bijeenkomst.",
                                      "agenda_item_id")
            values["agenda_item_id"] = agenda_item_id
        elif agenda_item_id is None:
            values["agenda_item_id"] = None
        return values

    def create(self, *, description: str, owner_actor_id: int | None = None,
               due_on: object = None, status: ActionStatus = ActionStatus.OPEN,
               meeting_id: int | None = None, agenda_item_id: int | None = None,
               dossier_id: int | None = None, worker_id: int | None = None,
               today: dt.date | None = None) -> int:
        """A new action point; without an owner it is the worker's own."""
        with self.db.session.begin() as s:
            if meeting_id is not None and s.get(Meeting, meeting_id) is None:
                raise ValidationError("Deze bijeenkomst bestaat niet (meer).", "meeting_id")
            values = self._check(s, description=description, owner_actor_id=owner_actor_id,
                                 due_on=due_on, status=status, meeting_id=meeting_id,
                                 agenda_item_id=agenda_item_id)
            if meeting_id is None and values.get("agenda_item_id") is not None:
                meeting_id = s.get(AgendaItem, values["agenda_item_id"]).meeting_id
            point = ActionPoint(
                **values, owner_worker_id=None if owner_actor_id is not None else worker_id,
                done_on=_closed_on(values["status"], today or dt.date.today()),
                meeting_id=meeting_id, dossier_id=dossier_id, worker_id=worker_id)
            s.add(point)
            s.flush()
            action_id = point.id
        self.db.bus.publish(Change("action_point", "created", (action_id,)))
        return action_id

    def update(self, action_id: int, *, description: object = UNSET,
               owner_actor_id: object = UNSET, owner_worker_id: object = UNSET,
               due_on: object = UNSET, status: object = UNSET, done_on: object = UNSET,
               agenda_item_id: object = UNSET, today: dt.date | None = None,
               expected_version: int | None = None) -> versions.Edited:
        """Change the fields given; returns their previous values, so that
        `update(action_id, **previous)` undoes it, with the version the edit left. Done or
        cancelled gets today's date. With `expected_version`: ConflictError when someone
        else changed the action point since it was read (db.services.versions)."""
        with versions.guarded(self.db.bus, "action_point", action_id), \
                self.db.session.begin() as s:
            point = s.get(ActionPoint, action_id)
            if point is None:
                raise ValidationError("Dit actiepunt bestaat niet (meer).", "action_id")
            versions.check(point.version, expected_version, "action_point", action_id)
            values = self._check(s, description=description, owner_actor_id=owner_actor_id,
                                 due_on=due_on, status=status, meeting_id=point.meeting_id,
                                 agenda_item_id=agenda_item_id)
            if "owner_actor_id" in values and owner_worker_id is UNSET:
                owner_worker_id = ((point.owner_worker_id or point.worker_id)
                                   if values["owner_actor_id"] is None else None)
            if owner_worker_id is not UNSET:
                values["owner_worker_id"] = owner_worker_id
            if "status" in values:
                if done_on is UNSET:
                    done_on = (None if values["status"] in OPEN_STATUSES else
                               (point.done_on or _closed_on(values["status"],
                                                            today or dt.date.today())))
                values["done_on"] = done_on
            previous = {key: getattr(point, key) for key in values}
            for key, value in values.items():
                setattr(point, key, value)
            version = versions.after_flush(s, point)
        self.db.bus.publish(Change("action_point", "updated", (action_id,)))
        return versions.edited(previous, version)

    def set_status(self, action_id: int, status: ActionStatus | str,
                   today: dt.date | None = None, *,
                   expected_version: int | None = None) -> versions.Edited:
        return self.update(action_id, status=status, today=today,
                           expected_version=expected_version)

    def delete(self, action_id: int) -> RowSnapshot:
        with self.db.session.begin() as s:
            point = s.get(ActionPoint, action_id)
            if point is None:
                raise ValidationError("Dit actiepunt bestaat niet (meer).", "action_id")
            snapshot = capture(point)
            s.delete(point)
        self.db.bus.publish(Change("action_point", "deleted", (action_id,)))
        return snapshot

    def restore(self, snapshot: RowSnapshot) -> int:
        with self.db.session.begin() as s:
            values = snapshot.as_dict()
            # links to records deleted in the meantime are dropped rather than failing
            for key, model in (("meeting_id", Meeting), ("agenda_item_id", AgendaItem),
                               ("dossier_id", Dossier), ("contact_moment_id", ContactMoment),
                               ("owner_worker_id", Worker), ("worker_id", Worker)):
                if values.get(key) is not None and s.get(model, values[key]) is None:
                    values[key] = None
            if values.get("owner_actor_id") is not None and \
                    s.get(Person, values["owner_actor_id"]) is None:
                values["owner_actor_id"] = None  # the owner was deleted: back to the worker
                values["owner_worker_id"] = values.get("worker_id")
            put_back(s, RowSnapshot(snapshot.table, tuple(values.items())))
        self.db.bus.publish(Change("action_point", "created", (snapshot.id,)))
        return snapshot.id
