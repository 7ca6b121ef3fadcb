"""One open database: engine, session factory and change bus, built at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, make_session_factory, probe_engine
from db.events import EventBus
from db.migrate import inspect_schema, upgrade_to_head


@dataclass
class Database:
    engine: Engine
    session: sessionmaker[Session]
    bus: EventBus = field(default_factory=EventBus)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (and by default migrate) the database at `url`.

    Raises db.migrate.SchemaError with a Dutch message when the file is from a newer
    version or not a Buurtboek database; the file is then left untouched.
    """
    probe = probe_engine(url)
    try:
        inspect_schema(probe)  # refuse a foreign or newer file before anything writes to it
    finally:
        probe.dispose()
    engine = make_engine(url)
    try:
        if migrate:
            upgrade_to_head(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, make_session_factory(engine))
