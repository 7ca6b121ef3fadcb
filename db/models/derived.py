"""Derived data: figures kept up to date from the source rows, so charts need not count a
million contact moments each time they are drawn.

Both tables are filled by migration 0003_reach and kept right by SQLite triggers on
contact_moments, contact_participants and actors (see that migration): every write, by
any service, the ORM or a Core bulk insert, updates them in the same transaction.
db.reach.computed_reach recomputes them from the source rows (the consistency tests
compare the two) and db.reach.rebuild_reach rewrites them from it.

`neighbourhood_id` is the contact moment's neighbourhood, or ALL_NEIGHBOURHOODS (0) for
the whole working area, which also holds contact moments without a neighbourhood.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Integer
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base

#: neighbourhood_id of the rows that cover every neighbourhood (and none)
ALL_NEIGHBOURHOODS = 0


class ReachResident(Base):
    """A resident (an actor of kind person) reached in a month: took part in at least one
    contact moment that month, in that neighbourhood. `moments` says in how many, so a
    row disappears when the last one is deleted or moved."""

    __tablename__ = "reach_residents"

    neighbourhood_id: Mapped[int] = mapped_column(Integer, primary_key=True,
                                                  autoincrement=False)
    month: Mapped[dt.date] = mapped_column(Date, primary_key=True)  # first day of the month
    person_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    moments: Mapped[int] = mapped_column(Integer)


class ReachMonth(Base):
    """Per neighbourhood and month: contact moments, people met anonymously (the sum of
    `anonymous_count`) and distinct residents reached (the ReachResident rows)."""

    __tablename__ = "reach_months"

    neighbourhood_id: Mapped[int] = mapped_column(Integer, primary_key=True,
                                                  autoincrement=False)
    month: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    contact_moments: Mapped[int] = mapped_column(Integer)
    anonymous: Mapped[int] = mapped_column(Integer)
    residents: Mapped[int] = mapped_column(Integer)
