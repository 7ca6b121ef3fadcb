"""Periods and time buckets for the charts: dialect-neutral bucketing in SQL.

A date column is mapped to the index of its bucket with a *balanced* nested CASE on the
bucket edges (about log2(n) comparisons per row instead of n), so a year of weeks over a
million contact moments stays one indexed scan with a GROUP BY, in SQLite and elsewhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, literal


@dataclass(frozen=True)
class Period:
    """From `start` up to and including `end`."""

    start: dt.date
    end: dt.date

    @property
    def stop(self) -> dt.date:
        """The first day after the period (exclusive upper bound)."""
        return self.end + dt.timedelta(days=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month `months` after the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def quarter_of(day: dt.date) -> Period:
    start = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return Period(start, add_months(start, 3) - dt.timedelta(days=1))


def month_edges(period: Period) -> list[dt.date]:
    """First days of the months that touch the period, plus the first day after the last."""
    edges = [period.start.replace(day=1)]
    while edges[-1] <= period.end:
        edges.append(add_months(edges[-1], 1))
    return edges


def week_edges(period: Period) -> list[dt.date]:
    """Mondays from the week holding `start`, plus the Monday after the last week."""
    edges = [period.start - dt.timedelta(days=period.start.weekday())]
    while edges[-1] <= period.end:
        edges.append(edges[-1] + dt.timedelta(days=7))
    return edges


def bucket(column, edges: Sequence, lo: int = 0, hi: int | None = None):
    """SQL expression: the index i with edges[i] <= column < edges[i + 1].

    Rows must already be limited to edges[0] <= column < edges[-1] by the WHERE clause."""
    hi = len(edges) - 1 if hi is None else hi
    if hi - lo == 1:
        return literal(lo)
    mid = (lo + hi) // 2
    return case((column < edges[mid], bucket(column, edges, lo, mid)),
                else_=bucket(column, edges, mid, hi))
