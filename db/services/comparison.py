"""Compare periods: this quarter against the previous one and the same quarter a year ago."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from db.database import Database
from db.models import (
    Actor, ContactMoment, Initiative, Meeting, ParticipationStep, Signal, Tie,
    contact_participants,
)
from db.reach import distinct_residents, month_slices, month_totals
from db.services.periods import Period, add_months, quarter_of
from db.vocabulary import ActorKind, ParticipationLevel, Strategy

#: (key, Dutch label) of the main indicators, in the order they are shown
MAIN_INDICATORS = (
    ("contacts", "Contactmomenten"),
    ("reach", "Bereikte bewoners (ook anoniem)"),
    ("ties", "Nieuwe relaties"),
    ("volunteers", "Nieuwe vrijwilligers"),
    ("meetings", "Bijeenkomsten"),
    ("signals", "Signalen"),
    ("initiatives", "Gestarte bewonersinitiatieven"),
)


@dataclass(frozen=True)
class Comparison:
    current: Period
    previous: Period
    year_ago: Period
    values: dict[str, tuple[int, int, int]]  # key -> (current, previous, year ago)

    @staticmethod
    def change(now: int, then: int) -> float | None:
        """Relative change (0.25 = +25 %), None when there is nothing to compare with."""
        return None if then == 0 else (now - then) / then


class ComparisonService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def indicators(self, period: Period, neighbourhood_id: int | None = None) -> dict[str, int]:
        """The main indicators over one period. Reach: distinct named residents in the whole
        period plus everyone met anonymously."""
        hood = neighbourhood_id
        start_at = dt.datetime.combine(period.start, dt.time())
        stop_at = dt.datetime.combine(period.stop, dt.time())
        with self.db.session() as s:
            contacts, anonymous, named = self._contact_figures(s, period, hood)
            ties = select(func.count()).select_from(Tie).where(
                Tie.since >= period.start, Tie.since < period.stop)
            if hood is None:
                # listing every strategy lets the planner seek the (strategy, since) index
                # per strategy instead of scanning all of it
                ties = ties.where(Tie.strategy.in_([str(x) for x in Strategy]))
            volunteers = select(func.count(func.distinct(ParticipationStep.person_id))).where(
                ParticipationStep.level == ParticipationLevel.VOLUNTEER.value,
                ParticipationStep.since >= period.start, ParticipationStep.since < period.stop)
            meetings = select(func.count()).select_from(Meeting).where(
                Meeting.starts_at >= start_at, Meeting.starts_at < stop_at)
            signals = select(func.count()).select_from(Signal).where(
                Signal.observed_on >= period.start, Signal.observed_on < period.stop,
                Signal.combined_into_id.is_(None))
            initiatives = select(func.count()).select_from(Initiative).where(
                Initiative.started_on >= period.start, Initiative.started_on < period.stop)
            if hood is not None:
                ties = ties.join(Actor, Actor.id == Tie.source_id).where(
                    Actor.neighbourhood_id == hood)
                volunteers = volunteers.join(
                    Actor, Actor.id == ParticipationStep.person_id).where(
                    Actor.neighbourhood_id == hood)
                meetings = meetings.where(Meeting.neighbourhood_id == hood)
                signals = signals.where(Signal.neighbourhood_id == hood)
                initiatives = initiatives.where(Initiative.neighbourhood_id == hood)
            return {
                "contacts": int(contacts),
                "reach": int(named or 0) + int(anonymous or 0),
                "ties": int(s.scalar(ties) or 0),
                "volunteers": int(s.scalar(volunteers) or 0),
                "meetings": int(s.scalar(meetings) or 0),
                "signals": int(s.scalar(signals) or 0),
                "initiatives": int(s.scalar(initiatives) or 0),
            }

    def quarters(self, today: dt.date | None = None,
                 neighbourhood_id: int | None = None) -> Comparison:
        """This (running) quarter, the previous quarter and the same quarter last year."""
        today = today or dt.date.today()
        current = quarter_of(today)
        previous = quarter_of(add_months(current.start, -3))
        year_ago = quarter_of(add_months(current.start, -12))
        figures = [self.indicators(p, neighbourhood_id) for p in (current, previous, year_ago)]
        values = {key: (figures[0][key], figures[1][key], figures[2][key])
                  for key, _ in MAIN_INDICATORS}
        return Comparison(current, previous, year_ago, values)

    @staticmethod
    def _contact_figures(s, period: Period, hood: int | None) -> tuple[int, int, int]:
        """(contact moments, anonymous, distinct named residents) in the period: from the
        derived reach tables when every month of the period is whole for them (always for
        a quarter), otherwise from the source rows."""
        slices = month_slices(s, period)
        months = [m.month for m in slices]
        if all(m.whole for m in slices):
            totals = month_totals(s, months, hood).values()
            return (sum(t[0] for t in totals), sum(t[1] for t in totals),
                    distinct_residents(s, months, hood))
        day = ContactMoment.occurred_on
        in_period = [day >= period.start, day < period.stop]
        if hood is not None:
            in_period.append(ContactMoment.neighbourhood_id == hood)
        cp = contact_participants
        contacts, anonymous = s.execute(select(
            func.count(), func.coalesce(func.sum(ContactMoment.anonymous_count), 0))
            .where(*in_period)).one()
        distinct = (select(cp.c.actor_id).select_from(ContactMoment)
                    .join(cp, cp.c.contact_moment_id == ContactMoment.id)
                    .where(*in_period, cp.c.actor_id.not_in(
                        select(Actor.id).where(Actor.kind != ActorKind.PERSON.value)))
                    .distinct().subquery())
        named = s.scalar(select(func.count()).select_from(distinct))
        return int(contacts), int(anonymous or 0), int(named or 0)
