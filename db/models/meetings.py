"""Meeting series, meetings, agenda items, attendance, decisions and action points."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, MadeByWorker, Timestamps, Versioned
from db.models.types import enum_type
from db.vocabulary import ActionStatus, AttendanceStatus


class MeetingSeries(Timestamps, MadeByWorker, Base):
    """A recurring meeting: "Regiegroep huiskamers", "Bewonersavond", "Overleg gemeente"."""

    __tablename__ = "meeting_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    neighbourhood_id: Mapped[int | None] = mapped_column(
        ForeignKey("neighbourhoods.id", ondelete="SET NULL")
    )
    default_location: Mapped[str] = mapped_column(String(300), default="")
    default_duration_minutes: Mapped[int] = mapped_column(Integer, default=90)

    template_items: Mapped[list[SeriesTemplateItem]] = relationship(
        order_by="SeriesTemplateItem.position", cascade="all, delete-orphan"
    )


class SeriesTemplateItem(Base):
    """The agenda template of a series: a new meeting in the series starts from it."""

    __tablename__ = "series_template_items"
    __table_args__ = (CheckConstraint("duration_minutes >= 0", name="duration_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=10)
    is_action_list: Mapped[bool] = mapped_column(default=False)


class Meeting(Versioned, Timestamps, MadeByWorker, Base):
    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_series_starts", "series_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    location: Mapped[str] = mapped_column(String(300), default="")
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id", ondelete="SET NULL"))
    neighbourhood_id: Mapped[int | None] = mapped_column(
        ForeignKey("neighbourhoods.id", ondelete="SET NULL")
    )
    chair: Mapped[str] = mapped_column(String(200), default="")
    minute_taker: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    series: Mapped[MeetingSeries | None] = relationship()
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        order_by="AgendaItem.position", cascade="all, delete-orphan", passive_deletes=True
    )


class AgendaItem(Versioned, Timestamps, Base):
    __tablename__ = "agenda_items"
    __table_args__ = (
        CheckConstraint("duration_minutes >= 0", name="duration_positive"),
        Index("ix_agenda_items_meeting_position", "meeting_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=10)
    presenter: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    is_action_list: Mapped[bool] = mapped_column(default=False)
    dossier_id: Mapped[int | None] = mapped_column(
        ForeignKey("dossiers.id", ondelete="SET NULL"), index=True
    )
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.id", ondelete="SET NULL"), index=True
    )


class Attendance(Timestamps, Base):
    __tablename__ = "attendance"
    __table_args__ = (Index("ix_attendance_actor", "actor_id"),)

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[AttendanceStatus] = mapped_column(enum_type(AttendanceStatus))


class Decision(Timestamps, Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)


class ActionPoint(Versioned, Timestamps, MadeByWorker, Base):
    """Something someone will do: owned by a person (`owner_actor_id`) or by a worker
    (`owner_worker_id`). A person who owns action points cannot be deleted until the
    service has asked what happens to them (RESTRICT): nothing is lost silently."""

    __tablename__ = "action_points"
    __table_args__ = (
        Index("ix_action_points_status_due", "status", "due_on"),
        Index("ix_action_points_owner", "owner_actor_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    description: Mapped[str] = mapped_column(Text)
    owner_actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.id", ondelete="RESTRICT")
    )
    owner_worker_id: Mapped[int | None] = mapped_column(
        ForeignKey("workers.id", ondelete="SET NULL")
    )
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(enum_type(ActionStatus))
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    contact_moment_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_moments.id", ondelete="SET NULL"), index=True
    )
    dossier_id: Mapped[int | None] = mapped_column(
        ForeignKey("dossiers.id", ondelete="SET NULL"), index=True
    )
