"""The figures of the period report (verantwoording): indicators per month and in total for a
period and a set of neighbourhoods, plus the stories selected for the report.

Every figure is counted in SQL (GROUP BY per day or per month, placed in its month here);
nothing loops in Python over contact moments. Reuses db.services.indicators where it fits
(participation-ladder moves, dossiers by phase), summed over the chosen neighbourhoods: a
person and a dossier belong to one neighbourhood, so those sums count nobody twice.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from db.database import Database
from db.models import (
    ActionPoint, Actor, Attendance, ContactMoment, DossierPhaseStep, Initiative, Meeting,
    Neighbourhood, ParticipationStep, Signal, Theme, Tie, contact_participants,
)
from db.services.indicators import IndicatorService, LadderMove
from db.services.periods import Period, month_edges
from db.services.profile import ProfileService, WorkerProfile
from db.vocabulary import (
    ActionStatus, ActorKind, AttendanceStatus, ContactSetting, DossierPhase, InitiativeStatus,
    ParticipationLevel, Strategy,
)

NO_STRATEGY_LABEL = "Geen strategie (eigen contact)"
NO_THEME_LABEL = "(geen thema)"


@dataclass(frozen=True)
class IndicatorRow:
    key: str  # stable, machine-readable: the team overview matches workers on it
    group: str  # the heading it sits under on the summary sheet
    label: str
    per_month: tuple[int, ...]
    total: int  # a sum, a count of distinct residents, or the state at the end

    @property
    def is_empty(self) -> bool:
        return not self.total and not any(self.per_month)


@dataclass(frozen=True)
class ReportScope:
    period: Period
    neighbourhood_ids: tuple[int, ...] = ()  # () = all neighbourhoods

    def hood(self, column) -> list:
        return [column.in_(self.neighbourhood_ids)] if self.neighbourhood_ids else []


@dataclass(frozen=True)
class PeriodFigures:
    scope: ReportScope
    months: tuple[dt.date, ...]  # first day of each month in the period
    rows: tuple[IndicatorRow, ...]
    ladder_moves: tuple[LadderMove, ...]
    worker: WorkerProfile | None
    neighbourhoods: tuple[str, ...]  # names; () = all

    def row(self, key: str) -> IndicatorRow:
        return next(r for r in self.rows if r.key == key)

    def group(self, name: str) -> list[IndicatorRow]:
        return [r for r in self.rows if r.group == name]


def _fold(edges: Sequence[dt.date], rows: Iterable[tuple[str, dt.date, int]],
          keys: Sequence[str]) -> dict[str, list[int]]:
    """(key, day, amount) placed in the month holding the day."""
    slots = {k: [0] * (len(edges) - 1) for k in keys}
    for key, day, amount in rows:
        if isinstance(day, dt.datetime):
            day = day.date()
        index = bisect.bisect_right(edges, day) - 1
        if key in slots and 0 <= index < len(edges) - 1:
            slots[key][index] += int(amount or 0)
    return slots


class PeriodReportService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.indicators = IndicatorService(db)

    def neighbourhood_names(self, ids: Sequence[int]) -> tuple[str, ...]:
        if not ids:
            return ()
        with self.db.session() as s:
            return tuple(s.scalars(select(Neighbourhood.name).where(Neighbourhood.id.in_(ids))
                                   .order_by(Neighbourhood.name)))

    def neighbourhood_ids(self, names: Sequence[str]) -> tuple[int, ...]:
        """Ids of neighbourhoods by name (case-insensitive); ValueError names an unknown one."""
        with self.db.session() as s:
            known = {n.lower(): i for i, n in s.execute(
                select(Neighbourhood.id, Neighbourhood.name))}
        missing = [n for n in names if n.strip().lower() not in known]
        if missing:
            raise ValueError(f"Onbekende wijk: {', '.join(missing)}")
        return tuple(known[n.strip().lower()] for n in names)

    def figures(self, scope: ReportScope) -> PeriodFigures:
        period = scope.period
        edges = month_edges(period)
        months = tuple(edges[:-1])
        rows: list[IndicatorRow] = []

        def add(group: str, key: str, label: str, values: Sequence[int],
                total: int | None = None) -> None:
            rows.append(IndicatorRow(key, group, label, tuple(values),
                                     sum(values) if total is None else total))

        day = ContactMoment.occurred_on
        in_period = [day >= period.start, day < period.stop, *scope.hood(
            ContactMoment.neighbourhood_id)]
        with self.db.session() as s:
            # -- contact moments: one GROUP BY (setting, strategy, day)
            counted = s.execute(
                select(ContactMoment.setting, ContactMoment.strategy, day, func.count(),
                       func.sum(ContactMoment.anonymous_count))
                .where(*in_period).group_by(ContactMoment.setting, ContactMoment.strategy, day)
            ).all()
            settings = [str(x) for x in ContactSetting]
            strategies = [*(str(x) for x in Strategy), "none"]
            total = _fold(edges, (("all", d, n) for _, _, d, n, _ in counted), ["all"])
            by_setting = _fold(edges, ((str(st), d, n) for st, _, d, n, _ in counted), settings)
            by_strategy = _fold(edges, ((str(sg) if sg else "none", d, n)
                                        for _, sg, d, n, _ in counted), strategies)
            anonymous = _fold(edges, (("a", d, a) for *_, d, _, a in counted), ["a"])["a"]
            group = "Contactmomenten"
            add(group, "contacts.total", "Alle contactmomenten", total["all"])
            for code in settings:
                add("Contactmomenten naar setting", f"contacts.setting.{code}",
                    ContactSetting(code).label, by_setting[code])
            for code in strategies:
                add("Contactmomenten naar strategie", f"contacts.strategy.{code}",
                    Strategy(code).label if code != "none" else NO_STRATEGY_LABEL,
                    by_strategy[code])

            # -- reach: distinct named residents per month and over the whole period
            named = [self._distinct_residents(s, scope, Period(max(a, period.start),
                                                               min(b, period.stop)
                                                               - dt.timedelta(days=1)))
                     for a, b in zip(edges, edges[1:], strict=False)]
            named_total = self._distinct_residents(s, scope, period)
            group = "Bereik"
            add(group, "reach.total", "Bereikte bewoners (bij naam en anoniem)",
                [a + b for a, b in zip(named, anonymous, strict=True)],
                named_total + sum(anonymous))
            add(group, "reach.named", "Bewoners bij naam (uniek)", named, named_total)
            add(group, "reach.anonymous", "Anoniem gesproken bewoners", anonymous)
            add(group, "reach.new", "Nieuwe contacten (voor het eerst gesproken)",
                self._new_contacts(s, scope, edges))

            # -- ties, participation ladder
            ties = s.execute(
                select(Tie.strategy, Tie.since).join(Actor, Actor.id == Tie.source_id)
                .where(Tie.since >= period.start, Tie.since < period.stop,
                       *scope.hood(Actor.neighbourhood_id))).all()
            codes = [str(x) for x in Strategy]
            folded = _fold(edges, ((str(st), d, 1) for st, d in ties), codes)
            for code in codes:
                add("Nieuwe relaties naar strategie", f"ties.{code}", Strategy(code).label,
                    folded[code])
            steps = s.execute(
                select(ParticipationStep.level, ParticipationStep.since)
                .join(Actor, Actor.id == ParticipationStep.person_id)
                .where(ParticipationStep.since >= period.start,
                       ParticipationStep.since < period.stop,
                       *scope.hood(Actor.neighbourhood_id))).all()
            levels = [str(x) for x in ParticipationLevel]
            folded = _fold(edges, ((str(lv), d, 1) for lv, d in steps), levels)
            for code in levels:
                add("Participatieladder (stappen naar)", f"ladder.{code}",
                    ParticipationLevel(code).label, folded[code])

            # -- initiatives, meetings, action points, signals
            add("Bewonersinitiatieven", "initiatives.active", "Ondersteunde initiatieven",
                *self._initiatives(s, scope, edges))
            started = s.execute(select(Initiative.started_on).where(
                Initiative.started_on >= period.start, Initiative.started_on < period.stop,
                *scope.hood(Initiative.neighbourhood_id))).scalars()
            add("Bewonersinitiatieven", "initiatives.started", "Gestarte initiatieven",
                _fold(edges, (("s", d, 1) for d in started), ["s"])["s"])
            starts = [dt.datetime.combine(period.start, dt.time()),
                      dt.datetime.combine(period.stop, dt.time())]
            meetings = s.execute(
                select(Meeting.starts_at, func.count(Attendance.actor_id))
                .outerjoin(Attendance, (Attendance.meeting_id == Meeting.id)
                           & (Attendance.status == AttendanceStatus.PRESENT.value))
                .where(Meeting.starts_at >= starts[0], Meeting.starts_at < starts[1],
                       *scope.hood(Meeting.neighbourhood_id))
                .group_by(Meeting.id)).all()
            add("Bijeenkomsten", "meetings.count", "Bijeenkomsten",
                _fold(edges, (("m", d, 1) for d, _ in meetings), ["m"])["m"])
            add("Bijeenkomsten", "meetings.present", "Aanwezigen (opgeteld)",
                _fold(edges, (("m", d, n) for d, n in meetings), ["m"])["m"])
            self._action_points(s, edges, period, add)
            signals = s.execute(
                select(Theme.name, Signal.observed_on)
                .outerjoin(Theme, Theme.id == Signal.theme_id)
                .where(Signal.observed_on >= period.start, Signal.observed_on < period.stop,
                       *scope.hood(Signal.neighbourhood_id))).all()
            themes = sorted({t or NO_THEME_LABEL for t, _ in signals}, key=str.lower)
            folded = _fold(edges, ((t or NO_THEME_LABEL, d, 1) for t, d in signals), themes)
            add("Signalen", "signals.total", "Signalen", [sum(v) for v in zip(
                *folded.values(), strict=True)] if themes else [0] * len(months))
            for theme in themes:
                add("Signalen naar thema", f"signals.theme.{theme.lower()}", theme,
                    folded[theme])

            # -- dossiers: phase at the end of each month, results reached in the period
            results = s.execute(
                select(DossierPhaseStep.reached_on)
                .where(DossierPhaseStep.phase == DossierPhase.RESULT.value,
                       DossierPhaseStep.reached_on >= period.start,
                       DossierPhaseStep.reached_on < period.stop)).scalars()
            results = list(results)
        phases = [self.indicators.dossiers_by_phase(period, hood)
                  for hood in (scope.neighbourhood_ids or (None,))]
        for phase in DossierPhase:
            values = [sum(v) for v in zip(*(p.values[str(phase)] for p in phases), strict=True)]
            add("Dossiers naar fase (eind van de maand)", f"dossiers.phase.{phase}",
                phase.label, values, values[-1] if values else 0)
        add("Dossiers naar fase (eind van de maand)", "dossiers.results",
            "Resultaat bereikt in de maand",
            _fold(edges, (("r", d, 1) for d in results), ["r"])["r"])
        moves: dict[tuple[str, str], int] = {}
        for hood in scope.neighbourhood_ids or (None,):
            for move in self.indicators.ladder_moves(period, hood):
                moves[move.source, move.target] = moves.get((move.source, move.target), 0) \
                    + move.count
        ladder = tuple(sorted((LadderMove(a, b, n) for (a, b), n in moves.items()),
                              key=lambda m: (-m.count, m.source, m.target)))
        return PeriodFigures(scope, months, tuple(rows), ladder,
                             ProfileService(self.db).current(),
                             self.neighbourhood_names(scope.neighbourhood_ids))

    # -- parts --------------------------------------------------------------------------------
    @staticmethod
    def _persons_in(s, scope: ReportScope, period: Period):
        cp = contact_participants
        not_persons = select(Actor.id).where(Actor.kind != ActorKind.PERSON.value)
        return (select(cp.c.actor_id).select_from(ContactMoment)
                .join(cp, cp.c.contact_moment_id == ContactMoment.id)
                .where(ContactMoment.occurred_on >= period.start,
                       ContactMoment.occurred_on < period.stop,
                       *scope.hood(ContactMoment.neighbourhood_id),
                       cp.c.actor_id.not_in(not_persons)).distinct())

    def _distinct_residents(self, s, scope: ReportScope, period: Period) -> int:
        inner = self._persons_in(s, scope, period).subquery()
        return int(s.scalar(select(func.count()).select_from(inner)) or 0)

    def _new_contacts(self, s, scope: ReportScope, edges: list[dt.date]) -> list[int]:
        """Residents met in the period who had no contact moment before it, in the month of
        their first contact moment in the period. The check for an earlier contact stops at
        the first one found (most residents have one), so this stays a walk over the period."""
        period = scope.period
        cp, earlier = contact_participants, contact_participants.alias("earlier")
        cm, cm_before = ContactMoment, ContactMoment.__table__.alias("cm_before")
        not_persons = select(Actor.id).where(Actor.kind != ActorKind.PERSON.value)
        met = (select(cp.c.actor_id, func.min(cm.occurred_on).label("first"))
               .select_from(cm).join(cp, cp.c.contact_moment_id == cm.id)
               .where(cm.occurred_on >= period.start, cm.occurred_on < period.stop,
                      *scope.hood(cm.neighbourhood_id), cp.c.actor_id.not_in(not_persons))
               .group_by(cp.c.actor_id).subquery())
        before = (select(earlier.c.actor_id)
                  .join(cm_before, cm_before.c.id == earlier.c.contact_moment_id)
                  .where(earlier.c.actor_id == met.c.actor_id,
                         cm_before.c.occurred_on < period.start).exists())
        rows = s.execute(select(met.c.first, func.count()).where(~before)
                         .group_by(met.c.first)).all()
        return _fold(edges, (("n", d, n) for d, n in rows), ["n"])["n"]

    @staticmethod
    def _initiatives(s, scope: ReportScope, edges: list[dt.date]) -> tuple[list[int], int]:
        """Initiatives running (not an idea) at some time in each month, and in the period."""
        period = scope.period
        rows = s.execute(select(Initiative.started_on, Initiative.ended_on).where(
            Initiative.status != InitiativeStatus.IDEA.value,
            Initiative.started_on < period.stop,
            (Initiative.ended_on.is_(None)) | (Initiative.ended_on >= period.start),
            *scope.hood(Initiative.neighbourhood_id))).all()
        per_month = [sum(1 for start, end in rows if (start or a) < b and (end is None or
                                                                          end >= a))
                     for a, b in zip(edges, edges[1:], strict=False)]
        return per_month, len(rows)

    @staticmethod
    def _action_points(s, edges: list[dt.date], period: Period, add) -> None:
        rows = s.execute(select(ActionPoint.created_at, ActionPoint.done_on,
                                ActionPoint.status)).all()
        done = [d for _, d, st in rows if st == ActionStatus.DONE and d is not None]
        made = [c for c, _, _ in rows if c is not None]
        group = "Actiepunten"
        add(group, "actions.new", "Nieuwe actiepunten",
            _fold(edges, (("n", c, 1) for c in made), ["n"])["n"])
        add(group, "actions.done", "Afgerond",
            _fold(edges, (("d", d, 1) for d in done), ["d"])["d"])

        def open_at(edge: dt.date) -> int:
            return sum(1 for c, d, st in rows if c is not None and c.date() < edge
                       and st != ActionStatus.CANCELLED and (d is None or d >= edge))

        values = [open_at(min(b, period.stop)) for b in edges[1:]]
        add(group, "actions.open", "Open aan het eind van de maand", values,
            values[-1] if values else 0)
