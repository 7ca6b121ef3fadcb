"""Collective advocacy: signals and dossiers with their people, targets, actions and files."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean, CheckConstraint, Column, Date, DateTime, ForeignKey, Index, Integer, String, Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, MadeByWorker, Timestamps, Versioned, utcnow
from db.models.types import enum_type
from db.vocabulary import DossierActionKind, DossierPhase, InvolvementRole, Stance


class Signal(Versioned, Timestamps, MadeByWorker, Base):
    """An observation that "doesn't add up" (signalering).

    Several signals can be combined into one collective signal (`combined_into_id`),
    and a signal can grow into a dossier (`dossier_id`).
    """

    __tablename__ = "signals"
    __table_args__ = (
        CheckConstraint("households >= 0", name="households_positive"),
        Index("ix_signals_observed", "observed_on"),
        Index("ix_signals_theme_observed", "theme_id", "observed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    observed_on: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(String(300), default="")
    neighbourhood_id: Mapped[int | None] = mapped_column(
        ForeignKey("neighbourhoods.id", ondelete="SET NULL")
    )
    source_actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.id", ondelete="SET NULL"), index=True
    )
    anonymous_source: Mapped[bool] = mapped_column(Boolean, default=False)
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="SET NULL"))
    households: Mapped[int] = mapped_column(Integer, default=0)
    combined_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("signals.id", ondelete="SET NULL"), index=True
    )
    dossier_id: Mapped[int | None] = mapped_column(
        ForeignKey("dossiers.id", ondelete="SET NULL"), index=True
    )


dossier_meetings = Table(
    "dossier_meetings",
    Base.metadata,
    Column("dossier_id", ForeignKey("dossiers.id", ondelete="CASCADE"), primary_key=True),
    Column("meeting_id", ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_dossier_meetings_meeting", "meeting_id"),
)

dossier_contacts = Table(
    "dossier_contacts",
    Base.metadata,
    Column("dossier_id", ForeignKey("dossiers.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "contact_moment_id", ForeignKey("contact_moments.id", ondelete="CASCADE"), primary_key=True
    ),
    Index("ix_dossier_contacts_contact", "contact_moment_id"),
)


class Dossier(Versioned, Timestamps, MadeByWorker, Base):
    """A collective-advocacy dossier: a shared problem put on the agenda of who decides."""

    __tablename__ = "dossiers"
    __table_args__ = (Index("ix_dossiers_phase", "phase"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="SET NULL"))
    neighbourhood_id: Mapped[int | None] = mapped_column(
        ForeignKey("neighbourhoods.id", ondelete="SET NULL")
    )
    problem: Mapped[str] = mapped_column(Text, default="")
    desired: Mapped[str] = mapped_column(Text, default="")
    phase: Mapped[DossierPhase] = mapped_column(enum_type(DossierPhase))
    outcome: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    phase_history: Mapped[list[DossierPhaseStep]] = relationship(
        order_by="DossierPhaseStep.reached_on", cascade="all, delete-orphan"
    )


class DossierPhaseStep(Base):
    """The date a dossier reached a phase."""

    __tablename__ = "dossier_phase_steps"
    __table_args__ = (Index("ix_dossier_phase_steps_dossier", "dossier_id", "reached_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    phase: Mapped[DossierPhase] = mapped_column(enum_type(DossierPhase))
    reached_on: Mapped[dt.date] = mapped_column(Date)


class DossierInvolvement(Timestamps, Base):
    """A resident or group involved in a dossier, with their role."""

    __tablename__ = "dossier_involvements"
    __table_args__ = (Index("ix_dossier_involvements_actor", "actor_id"),)

    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.id", ondelete="CASCADE"), primary_key=True
    )
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[InvolvementRole] = mapped_column(enum_type(InvolvementRole))


class DossierTarget(Timestamps, Base):
    """Who decides (municipality, alderman, housing corporation), their stance and influence."""

    __tablename__ = "dossier_targets"
    __table_args__ = (CheckConstraint("influence BETWEEN 1 AND 5", name="influence_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.id", ondelete="CASCADE"), index=True
    )
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200), default="")
    stance: Mapped[Stance] = mapped_column(enum_type(Stance))
    influence: Mapped[int] = mapped_column(Integer, default=3)


class DossierAction(Timestamps, MadeByWorker, Base):
    """One step taken: a letter, a petition, speaking at the council, a talk with the alderman."""

    __tablename__ = "dossier_actions"
    __table_args__ = (Index("ix_dossier_actions_dossier_date", "dossier_id", "occurred_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[DossierActionKind] = mapped_column(enum_type(DossierActionKind))
    description: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")


class Attachment(Base):
    """A file kept in the data folder under its content hash; stored once however often attached."""

    __tablename__ = "attachments"
    __table_args__ = (Index("ix_attachments_hash", "content_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(300))
    content_hash: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
