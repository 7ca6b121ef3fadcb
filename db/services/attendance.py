"""Who is invited to a meeting and who came: persons and groups, present / absent / afgemeld."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from db.database import Database
from db.events import Change
from db.models import Actor, Attendance, Meeting, Membership, Person
from db.services.errors import ValidationError
from db.vocabulary import ActorKind, AttendanceStatus


@dataclass(frozen=True)
class AttendanceRow:
    actor_id: int
    name: str
    kind: ActorKind
    status: AttendanceStatus


@dataclass(frozen=True)
class AttendanceCounts:
    invited: int  # everyone on the list, whatever their status
    present: int
    absent: int
    excused: int

    @property
    def unmarked(self) -> int:
        return self.invited - self.present - self.absent - self.excused


@dataclass(frozen=True)
class ActorChoice:
    """A person or group found by name, for invite lists, owners and agenda links."""

    id: int
    name: str
    kind: ActorKind


def counts_of(rows: list[AttendanceRow] | tuple[AttendanceRow, ...]) -> AttendanceCounts:
    by = Counter(r.status for r in rows)
    return AttendanceCounts(len(rows), by[AttendanceStatus.PRESENT], by[AttendanceStatus.ABSENT],
                            by[AttendanceStatus.EXCUSED])


class AttendanceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, meeting_id: int) -> list[AttendanceRow]:
        """The attendance list: persons first, then groups, alphabetical."""
        with self.db.session() as s:
            rows = s.execute(
                select(Actor.id, Actor.name, Actor.kind, Attendance.status)
                .join(Actor, Actor.id == Attendance.actor_id)
                .where(Attendance.meeting_id == meeting_id)
                .order_by(Actor.kind.desc(), Actor.name, Actor.id)
            ).all()
        return [AttendanceRow(i, n, ActorKind(k), AttendanceStatus(st)) for i, n, k, st in rows]

    def counts(self, meeting_id: int) -> AttendanceCounts:
        return counts_of(self.list(meeting_id))

    def totals(self, start: dt.date, end: dt.date) -> AttendanceCounts:
        """Attendance summed over the meetings from `start` to `end` (for reports)."""
        with self.db.session() as s:
            by = dict(s.execute(
                select(Attendance.status, func.count())
                .join(Meeting, Meeting.id == Attendance.meeting_id)
                .where(Meeting.starts_at >= dt.datetime.combine(start, dt.time()),
                       Meeting.starts_at < dt.datetime.combine(end + dt.timedelta(days=1),
                                                               dt.time()))
                .group_by(Attendance.status)
            ).all())
        return AttendanceCounts(sum(by.values()), by.get(AttendanceStatus.PRESENT, 0),
                                by.get(AttendanceStatus.ABSENT, 0),
                                by.get(AttendanceStatus.EXCUSED, 0))

    def find_actors(self, text: str, kinds: tuple[ActorKind, ...] = (ActorKind.PERSON,
                                                                      ActorKind.GROUP),
                    limit: int = 20) -> list[ActorChoice]:
        """Persons and groups whose name starts with, or else contains, `text`."""
        text = text.strip()
        if not text:
            return []
        base = (select(Actor.id, Actor.name, Actor.kind)
                .where(Actor.kind.in_(kinds), Actor.archived_at.is_(None)))
        with self.db.session() as s:
            rows = s.execute(base.where(Actor.name.ilike(f"{text}%"))
                             .order_by(Actor.name).limit(limit)).all()
            if len(rows) < limit:
                seen = {r[0] for r in rows}
                rows += [r for r in s.execute(
                    base.where(Actor.name.ilike(f"%{text}%")).order_by(Actor.name)
                    .limit(limit)).all() if r[0] not in seen][:limit - len(rows)]
        return [ActorChoice(i, n, ActorKind(k)) for i, n, k in rows]

    def members(self, group_id: int, today: dt.date | None = None) -> list[int]:
        """Current members of a group (persons), to invite them with their group."""
        today = today or dt.date.today()
        with self.db.session() as s:
            return list(s.scalars(
                select(Membership.person_id).join(Person, Person.id == Membership.person_id)
                .where(Membership.group_id == group_id,
                       (Membership.until.is_(None)) | (Membership.until >= today))
                .distinct()))

    # -- writing -----------------------------------------------------------------------------
    def invite(self, meeting_id: int, actor_ids: list[int] | tuple[int, ...]) -> list[int]:
        """Put persons or groups on the list as invited; returns those newly added
        (someone already on the list keeps their status)."""
        with self.db.session.begin() as s:
            if s.get(Meeting, meeting_id) is None:
                raise ValidationError("Deze bijeenkomst bestaat niet (meer).", "meeting_id")
            wanted = list(dict.fromkeys(actor_ids))
            known = dict(s.execute(select(Actor.id, Actor.kind)
                                   .where(Actor.id.in_(wanted))).all())
            missing = [a for a in wanted if a not in known]
            if missing:
                raise ValidationError("Iemand op de lijst bestaat niet (meer).", "actor_id")
            if any(ActorKind(k) == ActorKind.PLACE for k in known.values()):
                raise ValidationError("Een plek kan niet uitgenodigd worden; kies een persoon "
                                      "of groep.", "actor_id")
            already = set(s.scalars(select(Attendance.actor_id).where(
                Attendance.meeting_id == meeting_id, Attendance.actor_id.in_(wanted))))
            added = [a for a in wanted if a not in already]
            s.add_all(Attendance(meeting_id=meeting_id, actor_id=a,
                                 status=AttendanceStatus.INVITED) for a in added)
        if added:
            self.db.bus.publish(Change("attendance", "created", (meeting_id,)))
        return added

    def set_status(self, meeting_id: int, actor_ids: list[int] | tuple[int, ...],
                   status: AttendanceStatus | str) -> dict[int, AttendanceStatus]:
        """Mark people on the list; returns their previous status (for undo)."""
        try:
            status = AttendanceStatus(status)
        except ValueError:
            raise ValidationError(f"Onbekende aanwezigheid '{status}'.", "status") from None
        with self.db.session.begin() as s:
            rows = s.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                                      Attendance.actor_id.in_(actor_ids))).all()
            if len(rows) != len(set(actor_ids)):
                raise ValidationError("Niet iedereen staat (nog) op de aanwezigheidslijst.",
                                      "actor_id")
            before = {r.actor_id: AttendanceStatus(r.status) for r in rows}
            for row in rows:
                row.status = status
        self.db.bus.publish(Change("attendance", "updated", (meeting_id,)))
        return before

    def restore_statuses(self, meeting_id: int, statuses: dict[int, AttendanceStatus]) -> None:
        """Put back statuses (undo of `set_status`, `remove`); re-adds removed people."""
        with self.db.session.begin() as s:
            if s.get(Meeting, meeting_id) is None:
                raise ValidationError("Deze bijeenkomst bestaat niet (meer).", "meeting_id")
            for actor_id, status in statuses.items():
                row = s.get(Attendance, (meeting_id, actor_id))
                if row is None:
                    s.add(Attendance(meeting_id=meeting_id, actor_id=actor_id, status=status))
                else:
                    row.status = status
        self.db.bus.publish(Change("attendance", "updated", (meeting_id,)))

    def remove(self, meeting_id: int,
               actor_ids: list[int] | tuple[int, ...]) -> dict[int, AttendanceStatus]:
        """Take people off the list; returns what they had (for undo)."""
        with self.db.session.begin() as s:
            before = {a: AttendanceStatus(st) for a, st in s.execute(
                select(Attendance.actor_id, Attendance.status)
                .where(Attendance.meeting_id == meeting_id, Attendance.actor_id.in_(actor_ids)))}
            s.execute(delete(Attendance).where(Attendance.meeting_id == meeting_id,
                                               Attendance.actor_id.in_(actor_ids)))
        if before:
            self.db.bus.publish(Change("attendance", "deleted", (meeting_id,)))
        return before
