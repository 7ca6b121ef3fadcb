"""Optimistic concurrency: an edit made on an opened record names the version it read.

Every record a user edits from an opened view has a `version` column
(db.models.base.Versioned), bumped by every ORM flush that changes the row (the mapper's
version_id_col, which also adds `AND version = <loaded>` to the UPDATE) and by the Core
updates here. A service method that takes `expected_version`:

1. refuses with ConflictError when the row's version is not the one the view read
   (`check`), before anything is written;
2. lets the flush refuse too (StaleDataError → ConflictError, `guarded`): on a server two
   transactions may both pass step 1, the second UPDATE then finds no row of that version;
3. returns the version its write left (`Edited.version` on the dict of previous values,
   or `set_minutes`' return value), so the caller can pass it for its next edit or undo.

On a conflict nothing is written (the transaction rolls back), and the record is announced
as changed on the bus so every open view reloads it. `expected_version=None` keeps the old
behaviour (no check) for callers that do not know a version, e.g. imports and merges.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.events import Change, EventBus
from db.services.errors import ConflictError


class Edited(dict):
    """The previous values an edit replaced (a plain dict for undo), plus `version`: the
    version the edit left the record at (None when the row did not change)."""

    version: int | None = None


def edited(previous: dict[str, Any], version: int | None) -> Edited:
    result = Edited(previous)
    result.version = version
    return result


def check(found: int, expected: int | None, kind: str, record_id: int) -> None:
    """Refuse an edit made on version `expected` of a row that is now at `found`."""
    if expected is not None and found != expected:
        raise ConflictError(kind, record_id)


def after_flush(s: Session, record: Any) -> int:
    """Flush `record`'s changes now (refused with StaleDataError if the row moved on) and
    return the version it is at."""
    s.flush()
    return record.version


@contextmanager
def guarded(bus: EventBus, kind: str, record_id: int) -> Iterator[None]:
    """Around `with db.session.begin()`: a version conflict found at flush or commit becomes
    a ConflictError; after the rollback the record is announced, so open views reload."""
    try:
        yield
    except StaleDataError:
        error = ConflictError(kind, record_id)
    except ConflictError as conflict:
        error = conflict
    else:
        return
    bus.publish(Change(error.kind or kind, "updated", (error.record_id or record_id,)))
    raise error


def versioned_update(s: Session, statement: Update, table: Any, expected: int | None,
                     kind: str, record_id: int) -> int | None:
    """Run a Core `update(table).where(id == record_id)` that also bumps the version (and,
    with `expected`, only touches that version); returns the new version, or None when no
    row was found. Raises ConflictError when the row exists at another version."""
    statement = statement.values(version=table.c.version + 1)
    if expected is not None:
        statement = statement.where(table.c.version == expected)
    done = s.execute(statement.returning(table.c.version)).scalar()
    if done is not None:
        return done
    found = s.execute(table.select().with_only_columns(table.c.version)
                      .where(table.c.id == record_id)).scalar()
    if found is None:
        return None
    raise ConflictError(kind, record_id)
