"""Meetings grouped by series, with attendance and open action points."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from db.database import Database
from db.models import ActionPoint, Attendance, Meeting, MeetingSeries
from db.vocabulary import ActionStatus, AttendanceStatus


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

    def is_upcoming(self, now: dt.datetime) -> bool:
        return self.starts_at >= now


class MeetingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, limit: int = 500) -> list[MeetingRow]:
        """Upcoming meetings soonest first, then past ones newest first."""
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
                ActionPoint.meeting_id == Meeting.id,
                ActionPoint.status.in_((ActionStatus.OPEN, ActionStatus.IN_PROGRESS)),
            ).scalar_subquery()
        )
        base = (
            select(Meeting.id, Meeting.title, MeetingSeries.name, Meeting.starts_at,
                   Meeting.location, present, invited, open_actions)
            .outerjoin(MeetingSeries, MeetingSeries.id == Meeting.series_id)
        )
        with self.db.session() as s:
            upcoming = s.execute(
                base.where(Meeting.starts_at >= now).order_by(Meeting.starts_at).limit(limit)
            ).all()
            past = s.execute(
                base.where(Meeting.starts_at < now).order_by(Meeting.starts_at.desc())
                .limit(limit)
            ).all()
        return [MeetingRow(i, t, sr or "", at, loc or "", p, inv, o)
                for i, t, sr, at, loc, p, inv, o in [*upcoming, *past]]
