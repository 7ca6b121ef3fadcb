"""Declarative base, naming convention and the mixins every record shares."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, MetaData, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names, so Alembic batch migrations on SQLite and PostgreSQL agree.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Naive UTC timestamp: SQLite has no time zones, so we store UTC everywhere."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, nullable=False
    )


class MadeByWorker:
    """Every record knows which worker made it, so team overviews can split by worker."""

    @declared_attr
    def worker_id(cls) -> Mapped[int | None]:  # noqa: N805 - SQLAlchemy's declared_attr
        return mapped_column(
            Integer, ForeignKey("workers.id", ondelete="SET NULL"), index=True, nullable=True
        )


class Versioned:
    """A record a user edits from an opened view: `version` counts its changes, so that an
    edit made on what someone else has changed since is refused (optimistic concurrency,
    db.services.versions). The server default fills existing rows and bulk Core inserts.
    The mapper's `version_id_col` (set on each class) makes every ORM flush check and bump it."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1,
                                         server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805 - SQLAlchemy's declared_attr
        return {"version_id_col": cls.__table__.c.version}
