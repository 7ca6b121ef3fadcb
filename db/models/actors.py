"""Workers, neighbourhoods and the actors of the network: persons, groups and places."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer, String, Table, Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, MadeByWorker, Timestamps, Versioned
from db.models.types import enum_type
from db.vocabulary import (
    ActorKind, GroupKind, LanguageProficiency, ParticipationLevel, TalentCategory,
)


class Worker(Timestamps, Base):
    """The app's user: an opbouwwerker (or related role) and their organisation and team."""

    __tablename__ = "workers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    team: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(100), default="opbouwwerker")
    email: Mapped[str] = mapped_column(String(254), default="")
    # On a team server: the PostgreSQL login role this worker signs in with (db.team;
    # row-level security in migration 0007_team_access). None on a laptop.
    db_role: Mapped[str | None] = mapped_column(String(63), unique=True, index=True)


class AppMeta(Base):
    """Small key/value facts about this database (current worker, demo seed, ...)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Neighbourhood(Timestamps, Base):
    __tablename__ = "neighbourhoods"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    district: Mapped[str] = mapped_column(String(200), default="")
    municipality: Mapped[str] = mapped_column(String(200), default="")


class Theme(Base):
    __tablename__ = "themes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


actor_themes = Table(
    "actor_themes",
    Base.metadata,
    Column("actor_id", ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Actor(Versioned, Timestamps, MadeByWorker, Base):
    """A node of the neighbourhood network. Persons, groups and places share one id space,
    so ties, participants and the network analysis need no per-kind special cases."""

    __tablename__ = "actors"
    __table_args__ = (
        Index("ix_actors_kind_name", "kind", "name"),
        Index("ix_actors_neighbourhood_kind", "neighbourhood_id", "kind"),
        Index("ix_actors_kind_archived", "kind", "archived_at"),  # counts per kind, index only
        Index("ix_actors_kind_last_contact", "kind", "last_contact_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ActorKind] = mapped_column(enum_type(ActorKind))
    name: Mapped[str] = mapped_column(String(300))
    neighbourhood_id: Mapped[int | None] = mapped_column(
        ForeignKey("neighbourhoods.id", ondelete="SET NULL")
    )
    note: Mapped[str] = mapped_column(Text, default="")
    note_sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Date of the newest contact moment this actor took part in; derived (see
    # db/last_contact.py) so "uit beeld" need not scan a million contact moments.
    last_contact_on: Mapped[dt.date | None] = mapped_column(Date)

    neighbourhood: Mapped[Neighbourhood | None] = relationship()
    themes: Mapped[list[Theme]] = relationship(secondary=actor_themes)

    __mapper_args__ = {"polymorphic_on": "kind", "version_id_col": Versioned.version}


class Person(Actor):
    """A resident (bewoner), or anyone else the worker keeps notes about."""

    __tablename__ = "persons"
    __table_args__ = (
        Index("ix_persons_phone", "phone"),
        Index("ix_persons_email", "email"),
        Index("ix_persons_level", "participation_level"),
    )

    id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    infix: Mapped[str] = mapped_column(String(30), default="")
    last_name: Mapped[str] = mapped_column(String(150), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    house_number: Mapped[str] = mapped_column(String(20), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    participation_level: Mapped[ParticipationLevel | None] = mapped_column(
        enum_type(ParticipationLevel)
    )

    languages: Mapped[list[PersonLanguage]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    talents: Mapped[list[Talent]] = relationship(cascade="all, delete-orphan", passive_deletes=True)

    __mapper_args__ = {"polymorphic_identity": ActorKind.PERSON}


class Group(Actor):
    """An informal network, a formal organisation or an institution."""

    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True)
    group_kind: Mapped[GroupKind] = mapped_column(enum_type(GroupKind), index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(300), default="")

    __mapper_args__ = {"polymorphic_identity": ActorKind.GROUP}


class Place(Actor):
    """An everyday meeting place: buurthuis, playground, bus shelter, library, square."""

    __tablename__ = "places"

    id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True)
    place_type: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")

    __mapper_args__ = {"polymorphic_identity": ActorKind.PLACE}


class PersonLanguage(Base):
    """A language a person speaks, and how well: who needs an interpreter or easy Dutch
    is part of reaching the weakest voice."""

    __tablename__ = "person_languages"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(60), primary_key=True)
    proficiency: Mapped[LanguageProficiency | None] = mapped_column(
        enum_type(LanguageProficiency))


class Talent(Timestamps, Base):
    """What a resident can contribute (ABCD): head, hands or heart."""

    __tablename__ = "talents"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[TalentCategory] = mapped_column(enum_type(TalentCategory))
    description: Mapped[str] = mapped_column(String(300))


class ParticipationStep(Timestamps, MadeByWorker, Base):
    """One step on the participation ladder: from this date the person was at this level."""

    __tablename__ = "participation_steps"
    __table_args__ = (Index("ix_participation_steps_person_since", "person_id", "since"),
                      Index("ix_participation_steps_level_since", "level", "since"))

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    level: Mapped[ParticipationLevel] = mapped_column(enum_type(ParticipationLevel))
    since: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Membership(Timestamps, MadeByWorker, Base):
    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("person_id", "group_id", "since"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(100), default="lid")
    since: Mapped[dt.date | None] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date)


class ActorPosition(Base):
    """Where an actor sits on the network map; pinned positions survive a new layout."""

    __tablename__ = "actor_positions"

    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True
    )
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
