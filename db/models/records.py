"""Stories that show impact, AVG consent records and the audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean, Column, Date, DateTime, ForeignKey, Index, Integer, String, Table, Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, MadeByWorker, Timestamps, Versioned, utcnow
from db.models.types import enum_type
from db.vocabulary import ConsentMeans

story_actors = Table(
    "story_actors",
    Base.metadata,
    Column("story_id", ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_story_actors_actor", "actor_id"),
)


class Story(Versioned, Timestamps, MadeByWorker, Base):
    """A narrative that shows what changed (verhaal); selected stories go into reports."""

    __tablename__ = "stories"
    __table_args__ = (Index("ix_stories_told", "told_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    change: Mapped[str] = mapped_column(Text, default="")
    told_on: Mapped[dt.date] = mapped_column(Date)
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="SET NULL"))
    contact_moment_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_moments.id", ondelete="SET NULL"), index=True
    )
    selected_for_report: Mapped[bool] = mapped_column(Boolean, default=False)
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)


class Consent(Timestamps, MadeByWorker, Base):
    """Consent per person and purpose (AVG); withdrawal is dated, never a deletion."""

    __tablename__ = "consents"
    __table_args__ = (Index("ix_consents_person_purpose", "person_id", "purpose"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(200))
    given_on: Mapped[dt.date] = mapped_column(Date)
    means: Mapped[ConsentMeans] = mapped_column(enum_type(ConsentMeans))
    info_version: Mapped[str] = mapped_column(String(50), default="")
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)


class AuditEntry(Base):
    """Append-only log of exports, imports, deletions, erasures, consent changes and unlocks."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_object", "object_kind", "object_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(50))
    object_kind: Mapped[str] = mapped_column(String(50), default="")
    object_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")
    rows: Mapped[int | None] = mapped_column(Integer)
    file_hash: Mapped[str] = mapped_column(String(64), default="")
