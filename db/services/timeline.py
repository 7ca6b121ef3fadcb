"""Everything that involves one actor, newest first: the timeline of a detail page.

One small indexed query per kind of record, each limited, merged in Python: a person's
timeline costs the same with ten contact moments in the database or a million.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from db.database import Database
from db.models import (
    ActionPoint, Actor, Attendance, ContactMoment, Dossier, DossierInvolvement, Meeting,
    ParticipationStep, Signal, Story, Tie, contact_participants, story_actors,
)
from db.vocabulary import (
    ActionStatus, AttendanceStatus, ContactSetting, DossierPhase, InvolvementRole,
    ParticipationLevel, Strategy,
)

PREVIEW = 200


@dataclass(frozen=True)
class TimelineEntry:
    day: dt.date
    kind: str  # the record kind ("contact_moment", "meeting", ...), for opening it
    record_id: int
    title: str  # Dutch, short: "Portiekgesprek", "Regiegroep maart (aanwezig)"
    detail: str  # a preview of the note or description
    sensitive: bool = False


def _day(value) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


class TimelineService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def of_actor(self, actor_id: int, limit: int = 200) -> list[TimelineEntry]:
        entries: list[TimelineEntry] = []
        cp = contact_participants
        with self.db.session() as s:
            for i, day, setting, note, sensitive, story in s.execute(
                select(ContactMoment.id, ContactMoment.occurred_on, ContactMoment.setting,
                       func.substr(ContactMoment.note, 1, PREVIEW), ContactMoment.sensitive,
                       ContactMoment.is_story)
                .join(cp, cp.c.contact_moment_id == ContactMoment.id)
                .where(cp.c.actor_id == actor_id)
                .order_by(ContactMoment.occurred_on.desc(), ContactMoment.id.desc())
                .limit(limit)):
                title = ContactSetting(setting).label + (" · verhaal" if story else "")
                entries.append(TimelineEntry(day, "contact_moment", i, title, note or "",
                                             bool(sensitive)))
            for i, at, title, status in s.execute(
                select(Meeting.id, Meeting.starts_at, Meeting.title, Attendance.status)
                .join(Attendance, Attendance.meeting_id == Meeting.id)
                .where(Attendance.actor_id == actor_id)
                .order_by(Meeting.starts_at.desc()).limit(limit)):
                entries.append(TimelineEntry(_day(at), "meeting", i, title,
                                             AttendanceStatus(status).label))
            for i, due, made, text, status in s.execute(
                select(ActionPoint.id, ActionPoint.due_on, ActionPoint.created_at,
                       ActionPoint.description, ActionPoint.status)
                .where(ActionPoint.owner_actor_id == actor_id)
                .order_by(ActionPoint.created_at.desc()).limit(limit)):
                entries.append(TimelineEntry(
                    _day(made), "action_point", i,
                    f"Actiepunt ({ActionStatus(status).label.lower()})",
                    text + (f" — uiterlijk {due:%d-%m-%Y}" if due else "")))
            for i, title, phase, role, created in s.execute(
                select(Dossier.id, Dossier.title, Dossier.phase, DossierInvolvement.role,
                       DossierInvolvement.created_at)
                .join(DossierInvolvement, DossierInvolvement.dossier_id == Dossier.id)
                .where(DossierInvolvement.actor_id == actor_id).limit(limit)):
                entries.append(TimelineEntry(
                    _day(created), "dossier", i, f"Dossier: {title}",
                    f"{InvolvementRole(role).label} · fase {DossierPhase(phase).label.lower()}"))
            for i, day, title, body, sensitive in s.execute(
                select(Story.id, Story.told_on, Story.title, func.substr(Story.body, 1, PREVIEW),
                       Story.sensitive)
                .join(story_actors, story_actors.c.story_id == Story.id)
                .where(story_actors.c.actor_id == actor_id, Story.contact_moment_id.is_(None))
                .order_by(Story.told_on.desc()).limit(limit)):
                entries.append(TimelineEntry(day, "story", i, f"Verhaal: {title}", body or "",
                                             bool(sensitive)))
            for i, day, text in s.execute(
                select(Signal.id, Signal.observed_on, Signal.description)
                .where(Signal.source_actor_id == actor_id, Signal.anonymous_source.is_(False))
                .order_by(Signal.observed_on.desc()).limit(limit)):
                entries.append(TimelineEntry(day, "signal", i, "Signaal", text))
            other = Actor.__table__.alias("other")
            for i, since, until, strategy, name in s.execute(
                select(Tie.id, Tie.since, Tie.until, Tie.strategy, other.c.name)
                .join(other, other.c.id == Tie.source_id + Tie.target_id - actor_id)
                .where(or_(Tie.source_id == actor_id, Tie.target_id == actor_id))
                .limit(limit)):
                label = Strategy(strategy).label.lower()
                if since:
                    entries.append(TimelineEntry(since, "tie", i, f"Nieuwe relatie: {name}",
                                                 label))
                if until:
                    entries.append(TimelineEntry(until, "tie", i, f"Relatie beëindigd: {name}",
                                                 label))
            for i, day, level in s.execute(
                select(ParticipationStep.id, ParticipationStep.since, ParticipationStep.level)
                .where(ParticipationStep.person_id == actor_id).limit(limit)):
                entries.append(TimelineEntry(day, "participation", i,
                                             f"Werd {ParticipationLevel(level).label.lower()}",
                                             ""))
        entries.sort(key=lambda e: (e.day, e.record_id), reverse=True)
        return entries[:limit]
