"""Make deleted data really gone from the database file, not just from the tables.

SQLite keeps deleted rows in free pages and in the write-ahead log, and FTS5 keeps a
deleted row's words in its older index segments (a deletion only adds a "delete marker")
until the segments are merged. After an erasure or a deletion for the retention periods:

1. `optimize` the search index: all segments merged into one, deleted words dropped;
2. `PRAGMA wal_checkpoint(TRUNCATE)`: the log written into the file, the log emptied;
3. `VACUUM`: the file rebuilt from the live rows only (free pages are gone);
4. checkpoint (TRUNCATE) again, since VACUUM itself went through the log.

Slow on a large database (the optimize and the VACUUM rewrite everything: about a minute
at 1,000,000 contact moments), so the interface runs it as a task. Back-ups made before
still hold the data until they are rotated away; the interface says so.
"""

from __future__ import annotations

from collections.abc import Callable

from db.database import Database

INDEX = "search_index"

Progress = Callable[[int, int, str], None]


class PurgeIncomplete(RuntimeError):
    """Another connection kept the log busy; the caller may try again later."""


def purge_deleted_data(db: Database, progress: Progress | None = None,
                       cancelled: Callable[[], bool] | None = None) -> None:
    """Steps 1–4 above (SQLite only; on another database nothing to do here)."""
    engine = db.engine
    if engine.dialect.name != "sqlite":
        return
    report = progress or (lambda done, total, label: None)
    engine.pool.dispose()  # idle pooled connections may hold nothing open during VACUUM
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection  # autocommit: no BEGIN around VACUUM
        has_index = raw.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (INDEX,)
        ).fetchone()
        if has_index:
            report(0, 4, "Zoekindex opschonen")
            raw.execute(f"INSERT INTO {INDEX}({INDEX}) VALUES ('optimize')")
        if cancelled is not None and cancelled():
            return  # safe to stop here: nothing is half-done, the file is merely not compact
        report(1, 4, "Logbestand wegschrijven")
        _checkpoint(raw)
        report(2, 4, "Databasebestand opnieuw opbouwen")
        raw.execute("VACUUM")
        report(3, 4, "Logbestand legen")
        _checkpoint(raw)
    report(4, 4, "Klaar")


def _checkpoint(raw) -> None:
    busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        raise PurgeIncomplete("Het logbestand van de database is bezet; probeer het zo "
                              "nog eens (sluit andere vensters van Buurtboek).")
