"""Engines and sessions: SQLite on the worker's laptop by default, any SQLAlchemy URL later."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
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


def _keyed(url: str, kwargs: dict) -> dict:
    """For a SQLite file in a data folder unlocked in this process (db.encryption): the
    engine arguments that open it through SQLCipher with its key. The key goes into each
    new connection first (`PRAGMA key`), never into the URL or a log."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database \
            or parsed.database == ":memory:" or "creator" in kwargs:
        return kwargs
    from db import encryption

    path = Path(parsed.database)
    key = encryption.keyed_for(path)
    if key is None:
        return kwargs
    import sqlcipher3.dbapi2 as sqlcipher

    def create():
        conn = sqlcipher.connect(str(path), check_same_thread=False)
        encryption.apply_key(conn, key)
        return conn

    return {**kwargs, "module": sqlcipher, "creator": create}


def make_engine(url: str, **kwargs) -> Engine:
    """Create an engine for `url` with the connection settings Buurtboek relies on
    (encrypted with SQLCipher when its data folder is unlocked: see db.encryption).
    `hide_parameters`: an error message (and so the log file) never holds the values of a
    statement, which are residents' names and notes."""
    kwargs.setdefault("hide_parameters", True)
    engine = create_engine(url, **_keyed(url, kwargs))
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def probe_engine(url: str) -> Engine:
    """An engine that changes nothing on connect (no WAL switch): for looking at a file
    that may turn out not to be ours, or to be from a newer version, before we touch it."""
    return create_engine(url, **_keyed(url, {"hide_parameters": True}))


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: read models are built inside the session anyway, and
    # services may return ids of objects they just created after commit.
    return sessionmaker(engine, expire_on_commit=False)
