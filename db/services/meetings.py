"""Meetings grouped by series: the list with filters, one meeting's details, creating a
meeting from its series' agenda template, editing, deleting (with undo) and templates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update

from db.database import Database
from db.events import Change
from db.models import (
    ActionPoint, AgendaItem, Attendance, Decision, Meeting, MeetingSeries, Neighbourhood,
    SeriesTemplateItem,
)
from db.services import validation, versions
from db.services.errors import ValidationError
from db.services.snapshots import RowSnapshot, capture, put_back
from db.vocabulary import ActionStatus, AttendanceStatus

OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")
#: The agenda a series starts with when it has no template of its own.
DEFAULT_AGENDA = (("Opening en mededelingen", 5, False), ("Actielijst", 10, True),
                  ("Rondvraag en sluiting", 5, False))
LOOSE_AGENDA = (("Opening en mededelingen", 5, False), ("Rondvraag en sluiting", 5, False))
_TIME = re.compile(r"^\s*(\d{1,2})[:.]?(\d{2})\s*$")


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset()  # "leave this field as it is" in update methods


@dataclass(frozen=True)
class MeetingRow:
    id: int
    title: str
    series: str
    starts_at: dt.datetime
    location: str
    present: int
    invited: int
    open_actions: int
    series_id: int | None = None
    neighbourhood: str = ""

    def is_upcoming(self, now: dt.datetime) -> bool:
        return self.starts_at >= now


@dataclass(frozen=True)
class TemplateItem:
    title: str
    duration_minutes: int
    is_action_list: bool = False


@dataclass(frozen=True)
class SeriesRow:
    id: int
    name: str
    neighbourhood_id: int | None
    neighbourhood: str
    default_location: str
    default_duration_minutes: int
    meetings: int
    template: tuple[TemplateItem, ...]


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    title: str
    series_id: int | None
    series: str
    starts_at: dt.datetime
    location: str
    neighbourhood_id: int | None
    neighbourhood: str
    chair: str
    minute_taker: str
    notes: str
    version: int = 1  # pass to update_meeting(expected_version=...): db.services.versions


@dataclass(frozen=True)
class MeetingDraft:
    """What a new meeting in a series is proposed to be (the dialog's starting values)."""

    series_id: int | None
    title: str
    day: dt.date
    start_time: dt.time
    location: str
    neighbourhood_id: int | None


@dataclass(frozen=True)
class MeetingSnapshot:
    """A deleted meeting with everything that went with it, for undo."""

    meeting: RowSnapshot
    children: tuple[RowSnapshot, ...]  # agenda items, attendance, decisions (in that order)
    action_links: tuple[tuple[int, int | None], ...]  # (action point id, agenda item id)
    series: RowSnapshot | None = None
    template: tuple[RowSnapshot, ...] = ()


def dutch_day(day: dt.date) -> str:
    return f"{day.day} {DUTCH_MONTHS[day.month - 1]} {day.year}"


def parse_time(value: object) -> dt.time:
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str) and (match := _TIME.match(value)):
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError("Vul een begintijd in (uu:mm).", "start_time")
    raise ValidationError(f"Begintijd '{value}' is geen geldige tijd (uu:mm).", "start_time")


def parse_day(value: object) -> dt.date:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError("Een bijeenkomst heeft een datum nodig (dd-mm-jjjj).", "day")
    day = validation.date(value, "Datum", field="day")
    if not 1900 <= day.year <= 2200:
        raise ValidationError(f"Datum {day:%d-%m-%Y} ligt buiten het bereik.", "day")
    return day


class MeetingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading -----------------------------------------------------------------------------
    def list(self, limit: int = 500, *, series_id: int | None = None,
             neighbourhood_id: int | None = None, start: dt.date | None = None,
             end: dt.date | None = None) -> list[MeetingRow]:
        """Upcoming meetings soonest first, then past ones newest first; optionally only one
        series, one neighbourhood (of the meeting, else of its series) or days start..end."""
        now = dt.datetime.now()
        present = (
            select(func.count()).where(Attendance.meeting_id == Meeting.id,
                                       Attendance.status == AttendanceStatus.PRESENT)
            .scalar_subquery()
        )
        invited = (select(func.count()).where(Attendance.meeting_id == Meeting.id)
                   .scalar_subquery())
        open_actions = (
            select(func.count()).where(
                ActionPoint.meeting_id == Meeting.id, ActionPoint.status.in_(OPEN_STATUSES),
            ).scalar_subquery()
        )
        hood = func.coalesce(Meeting.neighbourhood_id, MeetingSeries.neighbourhood_id)
        base = (
            select(Meeting.id, Meeting.title, MeetingSeries.name, Meeting.starts_at,
                   Meeting.location, present, invited, open_actions, Meeting.series_id,
                   Neighbourhood.name)
            .outerjoin(MeetingSeries, MeetingSeries.id == Meeting.series_id)
            .outerjoin(Neighbourhood, Neighbourhood.id == hood)
        )
        if series_id is not None:
            base = base.where(Meeting.series_id == series_id)
        if neighbourhood_id is not None:
            base = base.where(hood == neighbourhood_id)
        if start is not None:
            base = base.where(Meeting.starts_at >= dt.datetime.combine(start, dt.time()))
        if end is not None:
            base = base.where(Meeting.starts_at < dt.datetime.combine(
                end + dt.timedelta(days=1), dt.time()))
        with self.db.session() as s:
            upcoming = s.execute(
                base.where(Meeting.starts_at >= now).order_by(Meeting.starts_at).limit(limit)
            ).all()
            past = s.execute(
                base.where(Meeting.starts_at < now).order_by(Meeting.starts_at.desc())
                .limit(limit)
            ).all()
        return [MeetingRow(i, t, sr or "", at, loc or "", p, inv, o, sid, hd or "")
                for i, t, sr, at, loc, p, inv, o, sid, hd in [*upcoming, *past]]

    def series(self) -> list[SeriesRow]:
        """Every series, alphabetical, with its agenda template and number of meetings."""
        count = select(func.count()).where(Meeting.series_id == MeetingSeries.id)
        with self.db.session() as s:
            rows = s.execute(
                select(MeetingSeries.id, MeetingSeries.name, MeetingSeries.neighbourhood_id,
                       Neighbourhood.name, MeetingSeries.default_location,
                       MeetingSeries.default_duration_minutes, count.scalar_subquery())
                .outerjoin(Neighbourhood, Neighbourhood.id == MeetingSeries.neighbourhood_id)
                .order_by(MeetingSeries.name)
            ).all()
            templates: dict[int, list[TemplateItem]] = {}
            for sid, title, minutes, is_list in s.execute(
                select(SeriesTemplateItem.series_id, SeriesTemplateItem.title,
                       SeriesTemplateItem.duration_minutes, SeriesTemplateItem.is_action_list)
                .order_by(SeriesTemplateItem.series_id, SeriesTemplateItem.position)
            ):
                templates.setdefault(sid, []).append(TemplateItem(title, minutes, is_list))
        return [SeriesRow(i, n, nb, nbn or "", loc or "", dur, c, tuple(templates.get(i, ())))
                for i, n, nb, nbn, loc, dur, c in rows]

    def detail(self, meeting_id: int) -> MeetingDetail | None:
        with self.db.session() as s:
            row = s.execute(
                select(Meeting, MeetingSeries.name, Neighbourhood.name)
                .outerjoin(MeetingSeries, MeetingSeries.id == Meeting.series_id)
                .outerjoin(Neighbourhood, Neighbourhood.id == Meeting.neighbourhood_id)
                .where(Meeting.id == meeting_id)
            ).first()
            if row is None:
                return None
            m, series, hood = row
            return MeetingDetail(m.id, m.title, m.series_id, series or "", m.starts_at,
                                 m.location, m.neighbourhood_id, hood or "", m.chair,
                                 m.minute_taker, m.notes, m.version)

    def draft(self, series_id: int | None = None, today: dt.date | None = None) -> MeetingDraft:
        """Proposed values for a new meeting: in a series, the usual interval after its last
        meeting (never before today), at the usual time and place."""
        today = today or dt.date.today()
        if series_id is None:
            return MeetingDraft(None, "", today + dt.timedelta(days=7), dt.time(19, 30), "",
                                None)
        with self.db.session() as s:
            series = s.get(MeetingSeries, series_id)
            if series is None:
                raise ValidationError("Die reeks bestaat niet (meer).", "series_id")
            last = s.scalars(select(Meeting.starts_at).where(Meeting.series_id == series_id)
                             .order_by(Meeting.starts_at.desc()).limit(3)).all()
            name, location, hood = series.name, series.default_location, series.neighbourhood_id
        every = 28
        if len(last) >= 2:
            gaps = sorted((a - b).days for a, b in zip(last, last[1:], strict=False))
            every = max(7, round(gaps[len(gaps) // 2] / 7) * 7)
        day = last[0].date() + dt.timedelta(days=every) if last else today + dt.timedelta(days=7)
        while day < today:
            day += dt.timedelta(days=every)
        start = last[0].time() if last else dt.time(19, 30)
        return MeetingDraft(series_id, f"{name} {dutch_day(day)}", day, start, location, hood)

    # -- writing -----------------------------------------------------------------------------
    def create_meeting(self, *, day: object, start_time: object, title: str = "",
                       series_id: int | None = None, new_series: str = "", location: str = "",
                       neighbourhood_id: int | None = None, chair: str = "",
                       minute_taker: str = "", worker_id: int | None = None) -> int:
        """A new meeting. In a series (an existing one, or `new_series` made here) its agenda
        starts from the series' template, with the standing action list."""
        day, start = parse_day(day), parse_time(start_time)
        title = validation.text(title, "Titel", field="title", max_length=300)
        new_series = validation.text(new_series, "Nieuwe reeks", field="series",
                                     max_length=200)
        location = validation.text(location, "Plaats", field="location", max_length=300)
        chair = validation.text(chair, "Voorzitter", field="chair", max_length=200)
        minute_taker = validation.text(minute_taker, "Notulist", field="minute_taker",
                                       max_length=200)
        with self.db.session.begin() as s:
            series = None
            if new_series:
                if s.scalar(select(MeetingSeries.id).where(MeetingSeries.name == new_series)):
                    raise ValidationError(f"Er is al een reeks '{new_series}'.", "series")
                series = MeetingSeries(name=new_series, neighbourhood_id=neighbourhood_id,
                                       default_location=location, worker_id=worker_id)
                s.add(series)
                s.flush()
                s.add_all(SeriesTemplateItem(series_id=series.id, position=i, title=t,
                                             duration_minutes=m, is_action_list=a)
                          for i, (t, m, a) in enumerate(DEFAULT_AGENDA, 1))
            elif series_id is not None:
                series = s.get(MeetingSeries, series_id)
                if series is None:
                    raise ValidationError("Die reeks bestaat niet (meer).", "series_id")
            if neighbourhood_id is not None and s.get(Neighbourhood, neighbourhood_id) is None:
                raise ValidationError("Die buurt bestaat niet (meer).", "neighbourhood_id")
            if not title:
                if series is None:
                    raise ValidationError("Geef de bijeenkomst een titel.", "title")
                title = f"{series.name} {dutch_day(day)}"
            meeting = Meeting(
                series_id=series.id if series else None, title=title,
                starts_at=dt.datetime.combine(day, start),
                location=location or (series.default_location if series else ""),
                neighbourhood_id=neighbourhood_id if neighbourhood_id is not None
                else (series.neighbourhood_id if series else None),
                chair=chair, minute_taker=minute_taker, worker_id=worker_id)
            s.add(meeting)
            s.flush()
            if series is not None:
                s.flush()
                template = [(t.title, t.duration_minutes, t.is_action_list) for t in s.scalars(
                    select(SeriesTemplateItem).where(SeriesTemplateItem.series_id == series.id)
                    .order_by(SeriesTemplateItem.position))] or list(DEFAULT_AGENDA)
            else:
                template = list(LOOSE_AGENDA)
            s.add_all(AgendaItem(meeting_id=meeting.id, position=i, title=t,
                                 duration_minutes=m, is_action_list=a)
                      for i, (t, m, a) in enumerate(template, 1))
            meeting_id, created_series = meeting.id, (series.id if new_series else None)
        if created_series is not None:
            self.db.bus.publish(Change("meeting_series", "created", (created_series,)))
        self.db.bus.publish(Change("meeting", "created", (meeting_id,)))
        return meeting_id

    def update_meeting(self, meeting_id: int, *, title: object = UNSET, day: object = UNSET,
                       start_time: object = UNSET, location: object = UNSET,
                       chair: object = UNSET, minute_taker: object = UNSET,
                       notes: object = UNSET,
                       expected_version: int | None = None) -> versions.Edited:
        """Change the fields given (the agenda's times follow a new start); returns their
        previous values, so that `update_meeting(meeting_id, **previous)` undoes it, with the
        version the edit left. With `expected_version`: ConflictError when someone else
        changed the meeting since it was read (db.services.versions)."""
        with versions.guarded(self.db.bus, "meeting", meeting_id), \
                self.db.session.begin() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise ValidationError("Deze bijeenkomst bestaat niet (meer).", "meeting_id")
            versions.check(meeting.version, expected_version, "meeting", meeting_id)
            previous: dict[str, object] = {}
            if title is not UNSET:
                previous["title"] = meeting.title
                meeting.title = validation.text(title, "Titel", field="title", max_length=300,
                                                required=True)
            if day is not UNSET or start_time is not UNSET:
                new_day = meeting.starts_at.date() if day is UNSET else parse_day(day)
                new_time = meeting.starts_at.time() if start_time is UNSET else \
                    parse_time(start_time)
                if day is not UNSET:
                    previous["day"] = meeting.starts_at.date()
                if start_time is not UNSET:
                    previous["start_time"] = meeting.starts_at.time()
                meeting.starts_at = dt.datetime.combine(new_day, new_time)
            for name, value, label, length in (
                    ("location", location, "Plaats", 300), ("chair", chair, "Voorzitter", 200),
                    ("minute_taker", minute_taker, "Notulist", 200),
                    ("notes", notes, "Opmerkingen", 20_000)):
                if value is not UNSET:
                    previous[name] = getattr(meeting, name)
                    setattr(meeting, name, validation.text(value, label, field=name,
                                                           max_length=length))
            version = versions.after_flush(s, meeting)
        self.db.bus.publish(Change("meeting", "updated", (meeting_id,)))
        return versions.edited(previous, version)

    def remove_meeting(self, meeting_id: int, *, with_series: bool = False) -> MeetingSnapshot:
        """Delete a meeting with its agenda, attendance and decisions; its action points stay
        (unlinked). With `with_series`, an otherwise empty series goes too."""
        with self.db.session.begin() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise ValidationError("Deze bijeenkomst bestaat niet (meer).", "meeting_id")
            children = [capture(r) for model in (AgendaItem, Attendance, Decision)
                        for r in s.scalars(select(model).where(model.meeting_id == meeting_id))]
            links = tuple((i, item) for i, item in s.execute(
                select(ActionPoint.id, ActionPoint.agenda_item_id)
                .where(ActionPoint.meeting_id == meeting_id)))
            series_snap, template = None, ()
            if with_series and meeting.series_id is not None and s.scalar(
                    select(func.count()).where(Meeting.series_id == meeting.series_id)) == 1:
                series = s.get(MeetingSeries, meeting.series_id)
                series_snap = capture(series)
                template = tuple(capture(t) for t in series.template_items)
            snapshot = MeetingSnapshot(capture(meeting), tuple(children), links, series_snap,
                                       template)
            s.execute(delete(Meeting).where(Meeting.id == meeting_id))
            if series_snap is not None:
                s.execute(delete(MeetingSeries).where(MeetingSeries.id == series_snap.id))
        self.db.bus.publish(Change("meeting", "deleted", (meeting_id,)))
        if snapshot.action_links:
            self.db.bus.publish(Change("action_point", "updated",
                                       tuple(i for i, _ in snapshot.action_links)))
        return snapshot

    def restore_meeting(self, snapshot: MeetingSnapshot) -> int:
        """Undo `remove_meeting`: the same rows with the same ids."""
        with self.db.session.begin() as s:
            if snapshot.series is not None:
                put_back(s, snapshot.series)
                for row in snapshot.template:
                    put_back(s, row)
            put_back(s, snapshot.meeting)
            for row in snapshot.children:
                put_back(s, row)
            for action_id, item_id in snapshot.action_links:
                s.execute(update(ActionPoint).where(ActionPoint.id == action_id)
                          .values(meeting_id=snapshot.meeting.id, agenda_item_id=item_id))
        self.db.bus.publish(Change("meeting", "created", (snapshot.meeting.id,)))
        if snapshot.action_links:
            self.db.bus.publish(Change("action_point", "updated",
                                       tuple(i for i, _ in snapshot.action_links)))
        return snapshot.meeting.id

    def set_template(self, series_id: int,
                     items: list[TemplateItem] | tuple[TemplateItem, ...]) -> tuple[TemplateItem,
                                                                                    ...]:
        """Replace a series' agenda template; returns the old one (for undo)."""
        cleaned = []
        for item in items:
            title = validation.text(item.title, "Titel agendapunt", field="title",
                                    max_length=300, required=True)
            cleaned.append(TemplateItem(title, check_duration(item.duration_minutes),
                                        bool(item.is_action_list)))
        with self.db.session.begin() as s:
            series = s.get(MeetingSeries, series_id)
            if series is None:
                raise ValidationError("Die reeks bestaat niet (meer).", "series_id")
            old = tuple(TemplateItem(t.title, t.duration_minutes, t.is_action_list)
                        for t in series.template_items)
            s.execute(delete(SeriesTemplateItem)
                      .where(SeriesTemplateItem.series_id == series_id))
            s.add_all(SeriesTemplateItem(series_id=series_id, position=i, title=t.title,
                                         duration_minutes=t.duration_minutes,
                                         is_action_list=t.is_action_list)
                      for i, t in enumerate(cleaned, 1))
        self.db.bus.publish(Change("meeting_series", "updated", (series_id,)))
        return old


def check_duration(value: object) -> int:
    """Minutes of an agenda item: a whole number from 0 to 24 hours."""
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise ValidationError(f"Duur '{value}' is geen aantal minuten.",
                                  "duration_minutes") from None
    if value < 0:
        raise ValidationError(f"Duur kan niet negatief zijn ({value} minuten).",
                              "duration_minutes")
    if value > 24 * 60:
        raise ValidationError(f"Duur van {value} minuten is langer dan een dag.",
                              "duration_minutes")
    return value
