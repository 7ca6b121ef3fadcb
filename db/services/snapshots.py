"""Frozen copies of rows, so that an undone deletion brings back the very same records.

A service that deletes returns a snapshot; its `restore_*` twin puts the rows back with
their original ids and timestamps, so links made to them (and undo commands that still
hold those ids) keep working.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class RowSnapshot:
    """One row: the values of its own columns (no relationships)."""

    table: str
    values: tuple[tuple[str, Any], ...]

    def as_dict(self) -> dict[str, Any]:
        return dict(self.values)

    @property
    def id(self) -> Any:
        return self.as_dict().get("id")


def capture(record: Any) -> RowSnapshot:
    """Copy the column values of an ORM object (columns of its own table only)."""
    table = record.__table__
    return RowSnapshot(table.name, tuple((c.key, getattr(record, c.key)) for c in table.columns))


def put_back(session: Session, snapshot: RowSnapshot) -> None:
    """Insert the row again exactly as it was (Core insert: no defaults, no onupdate)."""
    from db.models import Base

    table = Base.metadata.tables[snapshot.table]
    session.execute(table.insert().values(**snapshot.as_dict()))
