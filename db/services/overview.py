"""What the Overzicht page shows: today's work and the state of the neighbourhood."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, or_, select

from db.database import Database
from db.models import (
    ActionPoint, Actor, ContactMoment, Dossier, DossierPhaseStep, Meeting, MeetingSeries, Signal,
    Tie, contact_participants,
)
from db.services.out_of_sight import OutOfSightRow, OutOfSightService
from db.vocabulary import ActionStatus, ActorKind, DossierPhase, Strategy

OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
#: a dossier that has been in one phase this long shows on the Overzicht page
STALLED_AFTER = dt.timedelta(days=90)


@dataclass(frozen=True)
class ActionPointRow:
    id: int
    description: str
    due_on: dt.date | None
    owner: str
    overdue: bool


@dataclass(frozen=True)
class UpcomingMeeting:
    id: int
    title: str
    series: str
    starts_at: dt.datetime
    location: str


@dataclass(frozen=True)
class SignalRow:
    id: int
    observed_on: dt.date
    description: str
    households: int


@dataclass(frozen=True)
class StalledDossier:
    id: int
    title: str
    phase: DossierPhase
    since: dt.date  # the day it reached its current phase


@dataclass(frozen=True)
class OverviewFigures:
    today: dt.date
    persons: int
    groups: int
    places: int
    contacts_30_days: int
    reached_30_days: int
    open_action_points: int
    overdue_action_points: int
    ties_by_strategy: dict[Strategy, int]
    dossiers_by_phase: dict[DossierPhase, int]
    action_points: tuple[ActionPointRow, ...]
    upcoming_meetings: tuple[UpcomingMeeting, ...]
    recent_signals: tuple[SignalRow, ...]
    due_this_week: int = 0  # open action points due today up to Sunday (not the overdue ones)
    out_of_sight: tuple[OutOfSightRow, ...] = ()  # the few that matter most
    out_of_sight_count: int = 0
    stalled_dossiers: tuple[StalledDossier, ...] = ()

    @property
    def is_empty(self) -> bool:
        return self.persons == 0 and self.groups == 0 and self.contacts_30_days == 0


class OverviewService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def out_of_sight(self, today: dt.date | None = None, limit: int = 5
                     ) -> tuple[tuple[OutOfSightRow, ...], int]:
        """The few out of sight that matter most, and how many are out of sight in all."""
        gone = OutOfSightService(self.db).list(today or dt.date.today(), limit=1_000_000)
        return tuple(gone[:limit]), len(gone)

    def figures(self, today: dt.date | None = None, *, list_limit: int = 8,
                out_of_sight: bool = True) -> OverviewFigures:
        """Everything the Overzicht page shows. `out_of_sight=False` leaves "uit beeld" empty
        (the page fills it a moment later: at 100.000 residents it is the slowest part)."""
        today = today or dt.date.today()
        since = today - dt.timedelta(days=30)
        sunday = today + dt.timedelta(days=6 - today.weekday())
        with self.db.session() as s:
            kinds = dict(
                s.execute(
                    select(Actor.kind, func.count())
                    .where(Actor.archived_at.is_(None))
                    .group_by(Actor.kind)
                ).all()
            )
            recent = (ContactMoment.occurred_on > since) & (ContactMoment.occurred_on <= today)
            contacts, anonymous = s.execute(
                select(func.count(), func.coalesce(func.sum(ContactMoment.anonymous_count), 0))
                .where(recent)
            ).one()
            named = s.scalar(
                select(func.count(func.distinct(contact_participants.c.actor_id)))
                .join(ContactMoment, ContactMoment.id == contact_participants.c.contact_moment_id)
                .where(recent)
            )
            open_count, overdue_count, week_count = s.execute(
                select(
                    func.count(),
                    func.coalesce(func.sum(case((ActionPoint.due_on < today, 1), else_=0)), 0),
                    func.coalesce(func.sum(case(
                        ((ActionPoint.due_on >= today) & (ActionPoint.due_on <= sunday), 1),
                        else_=0)), 0),
                ).where(ActionPoint.status.in_(OPEN_STATUSES))
            ).one()
            active = or_(Tie.until.is_(None), Tie.until >= today)
            ties = dict(s.execute(
                select(Tie.strategy, func.count()).where(active).group_by(Tie.strategy)
            ).all())
            phases = dict(s.execute(
                select(Dossier.phase, func.count()).group_by(Dossier.phase)
            ).all())
            owner = Actor.__table__.alias("owner")
            points = s.execute(
                select(ActionPoint.id, ActionPoint.description, ActionPoint.due_on, owner.c.name)
                .outerjoin(owner, owner.c.id == ActionPoint.owner_actor_id)
                .where(ActionPoint.status.in_(OPEN_STATUSES))
                .order_by(ActionPoint.due_on.is_(None), ActionPoint.due_on, ActionPoint.id)
                .limit(list_limit)
            ).all()
            meetings = s.execute(
                select(Meeting.id, Meeting.title, MeetingSeries.name, Meeting.starts_at,
                       Meeting.location)
                .outerjoin(MeetingSeries, MeetingSeries.id == Meeting.series_id)
                .where(Meeting.starts_at >= dt.datetime.combine(today, dt.time()))
                .order_by(Meeting.starts_at)
                .limit(list_limit)
            ).all()
            signals = s.execute(
                select(Signal.id, Signal.observed_on, Signal.description, Signal.households)
                .where(Signal.combined_into_id.is_(None))
                .order_by(Signal.observed_on.desc(), Signal.id.desc())
                .limit(list_limit)
            ).all()
            reached = func.max(DossierPhaseStep.reached_on)
            stalled = s.execute(
                select(Dossier.id, Dossier.title, Dossier.phase, reached)
                .join(DossierPhaseStep, DossierPhaseStep.dossier_id == Dossier.id)
                .where(Dossier.closed_on.is_(None), Dossier.phase != DossierPhase.EVALUATION)
                .group_by(Dossier.id, Dossier.title, Dossier.phase)
                .having(reached <= today - STALLED_AFTER)
                .order_by(reached, Dossier.id).limit(list_limit)
            ).all()
        gone, gone_count = self.out_of_sight(today) if out_of_sight else ((), 0)
        return OverviewFigures(
            today=today,
            persons=kinds.get(ActorKind.PERSON, 0),
            groups=kinds.get(ActorKind.GROUP, 0),
            places=kinds.get(ActorKind.PLACE, 0),
            contacts_30_days=contacts,
            reached_30_days=int(named or 0) + int(anonymous or 0),
            open_action_points=open_count,
            overdue_action_points=int(overdue_count),
            ties_by_strategy={st: ties.get(st, 0) for st in Strategy},
            dossiers_by_phase={ph: phases.get(ph, 0) for ph in DossierPhase},
            action_points=tuple(
                ActionPointRow(i, d, due, o or "ikzelf", due is not None and due < today)
                for i, d, due, o in points
            ),
            upcoming_meetings=tuple(
                UpcomingMeeting(i, t, sr or "", at, loc) for i, t, sr, at, loc in meetings
            ),
            recent_signals=tuple(SignalRow(*row) for row in signals),
            due_this_week=int(week_count),
            out_of_sight=gone,
            out_of_sight_count=gone_count,
            stalled_dossiers=tuple(StalledDossier(i, t, DossierPhase(p), d)
                                   for i, t, p, d in stalled),
        )
