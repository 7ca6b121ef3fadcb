"""Turn the indicator read models into chart figures with Dutch labels."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from db.services.indicators import NEW, NO_STRATEGY
from db.services.retention import OFFSETS
from db.vocabulary import ContactSetting, DossierPhase, ParticipationLevel, Strategy
from ui.charts.chart import Figures
from ui.text import label, tr

if TYPE_CHECKING:
    from db.services.indicators import LadderMove, Series
    from db.services.retention import Cohort

MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def month_label(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year % 100:02d}"


def week_label(day: dt.date) -> str:
    return tr("wk {week}").format(week=day.isocalendar().week)


def key_label(key: str) -> str:
    for vocabulary in (ContactSetting, Strategy, DossierPhase, ParticipationLevel):
        if key in vocabulary._value2member_map_:
            return label(vocabulary(key))
    return {NO_STRATEGY: tr("Eigen contact (geen strategie)"), NEW: tr("Nieuw"),
            "reach": tr("Bereik"), "named": tr("Bij naam"),
            "anonymous": tr("Anoniem")}.get(key, key)


def series_figures(series: Series, weekly: bool = False, keys: tuple[str, ...] | None = None,
                   drop_empty: bool = True) -> Figures:
    names = tuple(week_label(d) if weekly else month_label(d) for d in series.starts)
    chosen = [k for k in (keys or series.keys) if not drop_empty or any(series.values[k])]
    return Figures(names, tuple((key_label(k), series.values[k]) for k in chosen))


def ladder_figures(moves: list[LadderMove]) -> Figures:
    """One bar per move on the ladder, from the lowest rung up: "Nieuw → Bezoeker"."""
    order = [NEW, *(str(level) for level in ParticipationLevel)]
    moves = sorted(moves, key=lambda m: (order.index(m.source), order.index(m.target)))
    names = tuple(f"{key_label(m.source)} → {key_label(m.target)}" for m in moves)
    up = tuple(m.count if order.index(m.target) > order.index(m.source) else 0 for m in moves)
    down = tuple(m.count if order.index(m.target) < order.index(m.source) else 0 for m in moves)
    return Figures(names, ((tr("Omhoog"), up), (tr("Omlaag"), down)))


def retention_figures(cohorts: list[Cohort]) -> Figures:
    """Per cohort month: the share still active after 3, 6 and 12 months (percent)."""
    kept = [c for c in cohorts if c.size]
    names = tuple(f"{month_label(c.month)} ({c.size})" for c in kept)
    series = tuple(
        (tr("na {n} maanden").format(n=k),
         tuple(None if c.share(k) is None else 100 * c.share(k) for c in kept))
        for k in OFFSETS)
    return Figures(names, series, unit="%")
