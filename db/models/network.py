"""Ties between actors, contact moments and residents' initiatives."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean, CheckConstraint, Column, Date, ForeignKey, Index, Integer, String, Table, Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.actors import Actor, Theme
from db.models.base import Base, MadeByWorker, Timestamps, Versioned
from db.models.types import enum_type
from db.vocabulary import ContactSetting, InitiativeStatus, Strategy


class Tie(Versioned, Timestamps, MadeByWorker, Base):
    """A connection the worker knows of or helped build, typed by Putnam's strategy.

    A tie is ended by setting `until`, never deleted, so the network can be shown as
    it was on any date.
    """

    __tablename__ = "ties"
    __table_args__ = (
        CheckConstraint("source_id <> target_id", name="not_self"),
        CheckConstraint("strength BETWEEN 1 AND 5", name="strength_range"),
        Index("ix_ties_source", "source_id"),
        Index("ix_ties_target", "target_id"),
        Index("ix_ties_strategy_since", "strategy", "since"),
        Index("ix_ties_strategy_until", "strategy", "until"),  # active ties per strategy
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"))
    target_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"))
    strategy: Mapped[Strategy] = mapped_column(enum_type(Strategy))
    strength: Mapped[int] = mapped_column(Integer, default=2)
    since: Mapped[dt.date | None] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date)
    introduced_via_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.id", ondelete="SET NULL")
    )
    note: Mapped[str] = mapped_column(Text, default="")

    source: Mapped[Actor] = relationship(foreign_keys=[source_id])
    target: Mapped[Actor] = relationship(foreign_keys=[target_id])
    introduced_via: Mapped[Actor | None] = relationship(foreign_keys=[introduced_via_id])


contact_participants = Table(
    "contact_participants",
    Base.metadata,
    Column(
        "contact_moment_id", ForeignKey("contact_moments.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("actor_id", ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_contact_participants_actor", "actor_id", "contact_moment_id"),
)

contact_themes = Table(
    "contact_themes",
    Base.metadata,
    Column(
        "contact_moment_id", ForeignKey("contact_moments.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("theme_id", ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_contact_themes_theme", "theme_id", "contact_moment_id"),
)


class ContactMoment(Versioned, Timestamps, MadeByWorker, Base):
    """One encounter: at the door, in the stairwell, on a walk, at the school gate.

    `anonymous_count` records people met without names ("12 bewoners gesproken"),
    so reach can be reported without registering everyone. `strategy` says what kind of
    connecting work it was (verbinden / overbruggen / koppelen), or None for a talk that
    builds the worker's own relationship with a resident.
    """

    __tablename__ = "contact_moments"
    __table_args__ = (
        CheckConstraint("anonymous_count >= 0", name="anonymous_count_positive"),
        Index("ix_contact_moments_date_id", "occurred_on", "id"),
        Index("ix_contact_moments_setting_date", "setting", "occurred_on"),
        Index("ix_contact_moments_neighbourhood_date", "neighbourhood_id", "occurred_on"),
        Index("ix_contact_moments_neighbourhood_setting_date", "neighbourhood_id", "setting",
              "occurred_on"),  # Overzicht: per week by setting in one neighbourhood (0005)
        Index("ix_contact_moments_worker_date", "worker_id", "occurred_on"),
        Index("ix_contact_moments_strategy_date", "strategy", "occurred_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    setting: Mapped[ContactSetting] = mapped_column(enum_type(ContactSetting))
    strategy: Mapped[Strategy | None] = mapped_column(enum_type(Strategy))
    place_id: Mapped[int | None] = mapped_column(
        ForeignKey("places.id", ondelete="SET NULL"), index=True
    )
    neighbourhood_id: Mapped[int | None] = mapped_column(
        ForeignKey("neighbourhoods.id", ondelete="SET NULL")
    )
    note: Mapped[str] = mapped_column(Text, default="")
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up: Mapped[str] = mapped_column(Text, default="")
    anonymous_count: Mapped[int] = mapped_column(Integer, default=0)
    is_story: Mapped[bool] = mapped_column(Boolean, default=False)

    participants: Mapped[list[Actor]] = relationship(secondary=contact_participants)
    themes: Mapped[list[Theme]] = relationship(secondary=contact_themes)


initiative_people = Table(
    "initiative_people",
    Base.metadata,
    Column("initiative_id", ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(100), nullable=False, default="deelnemer"),
    Index("ix_initiative_people_person", "person_id"),
)


class Initiative(Versioned, Timestamps, MadeByWorker, Base):
    """A residents' own project (bewonersinitiatief) the worker supports."""

    __tablename__ = "initiatives"
    __table_args__ = (Index("ix_initiatives_status_started", "status", "started_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[InitiativeStatus] = mapped_column(enum_type(InitiativeStatus))
    neighbourhood_id: Mapped[int | None] = mapped_column(
        ForeignKey("neighbourhoods.id", ondelete="SET NULL")
    )
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"))
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="SET NULL"))
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
