"""Engines and sessions: SQLite on the worker's laptop by default, any SQLAlchemy URL later."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DATABASE_FILENAME = "buurtboek.sqlite"
BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path)}"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Take transaction control away from the sqlite3 module so that BEGIN also
        # covers DDL: a failed migration then rolls back whole (see "begin" below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str, **kwargs) -> Engine:
    """Create an engine for `url` with the connection settings Buurtboek relies on."""
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def probe_engine(url: str) -> Engine:
    """An engine that changes nothing on connect (no WAL switch): for looking at a file
    that may turn out not to be ours, or to be from a newer version, before we touch it."""
    return create_engine(url)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: read models are built inside the session anyway, and
    # services may return ids of objects they just created after commit.
    return sessionmaker(engine, expire_on_commit=False)
