"""One open database: engine, session factory and change bus, built at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db import listener
from db.engine import make_engine, make_session_factory, probe_engine
from db.events import EventBus
from db.migrate import inspect_schema, upgrade_to_head


@dataclass
class Database:
    engine: Engine
    session: sessionmaker[Session]
    bus: EventBus = field(default_factory=EventBus)
    # On a server: the thread that announces other workers' changes on `bus` (db.listener)
    listener: Any = None

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        if self.listener is not None:
            self.listener.stop()
        self.engine.dispose()


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (and by default migrate) the database at `url`.

    Raises db.migrate.SchemaError with a Dutch message when the file is from a newer
    version or not a Buurtboek database; the file is then left untouched.
    """
    probe = probe_engine(url)
    try:
        info = inspect_schema(probe)  # refuse a foreign or newer file before anything writes
        if probe.dialect.name == "postgresql":  # a team server: who signed in (db.team)
            from db.team import check_sign_in

            check_sign_in(probe, info, migrate=migrate)  # a worker's app never runs DDL
    finally:
        probe.dispose()
    name = listener.application_name(url)  # a server: our own writes are not echoed back
    engine = make_engine(url, **listener.engine_args(name))
    try:
        if migrate:
            upgrade_to_head(engine)
    except BaseException:
        engine.dispose()
        raise
    database = Database(engine, make_session_factory(engine))
    database.listener = listener.start(engine, name, database.bus)
    return database
