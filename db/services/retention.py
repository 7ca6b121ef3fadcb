"""Volunteer retention: of those who became volunteer in a month, how many are still active.

Definitions (also shown on the Rapportages page):
- Cohort: the persons with a participation step to level "vrijwilliger" dated in that month
  (a person counts once per cohort month).
- Active after k months: in the calendar month k months after the cohort month, the person
  took part in at least one contact moment or was present ("aanwezig") at a meeting.
- A figure is None while that month has not ended yet (not known).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, exists, func, select

from db.database import Database
from db.models import Actor, Attendance, Meeting, ParticipationStep
from db.reach import reached_in_month
from db.services.periods import Period, add_months, month_edges
from db.vocabulary import AttendanceStatus, ParticipationLevel

OFFSETS = (3, 6, 12)


@dataclass(frozen=True)
class Cohort:
    month: dt.date  # first day of the month they became volunteer
    size: int
    active: dict[int, int | None]  # months after -> still active (None: not known yet)

    def share(self, offset: int) -> float | None:
        value = self.active.get(offset)
        return None if value is None or not self.size else value / self.size


def _active_in(person_id, start: dt.date, stop: dt.date):
    """SQL condition: this person was active in the calendar month [start, stop): reached
    in a contact moment (one primary-key lookup in the derived reach_residents table) or
    present at a meeting."""
    present = (exists().select_from(Attendance)
               .where(Attendance.actor_id == person_id,
                      Attendance.status == AttendanceStatus.PRESENT.value,
                      Attendance.meeting_id == Meeting.id,
                      Meeting.starts_at >= dt.datetime.combine(start, dt.time()),
                      Meeting.starts_at < dt.datetime.combine(stop, dt.time())))
    return reached_in_month(person_id, start) | present


class RetentionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def cohorts(self, period: Period, neighbourhood_id: int | None = None,
                today: dt.date | None = None) -> list[Cohort]:
        """One cohort per month of the period (oldest first). One aggregate query per month:
        the cohort's distinct persons, each checked with indexed EXISTS lookups."""
        today = today or dt.date.today()
        edges = month_edges(period)
        result = []
        with self.db.session() as s:
            for start, stop in zip(edges, edges[1:], strict=False):
                cohort = (select(ParticipationStep.person_id.label("pid"))
                          .where(ParticipationStep.level == ParticipationLevel.VOLUNTEER.value,
                                 ParticipationStep.since >= start,
                                 ParticipationStep.since < stop).distinct())
                if neighbourhood_id is not None:
                    cohort = cohort.join(Actor, Actor.id == ParticipationStep.person_id).where(
                        Actor.neighbourhood_id == neighbourhood_id)
                cohort = cohort.subquery()
                known = [k for k in OFFSETS if add_months(start, k + 1) <= today]
                columns = [func.count()] + [
                    func.coalesce(func.sum(case(
                        (_active_in(cohort.c.pid, add_months(start, k), add_months(start, k + 1)),
                         1), else_=0)), 0)
                    for k in known]
                row = s.execute(select(*columns).select_from(cohort)).one()
                active: dict[int, int | None] = {k: None for k in OFFSETS}
                active.update({k: int(v) for k, v in zip(known, row[1:], strict=True)})
                result.append(Cohort(start, int(row[0]), active))
        return result
