"""The databases the list benchmark runs on: the cached demo neighbourhood (bench/cache.py,
rebuilt whenever the models or the demo generator change), or a tiny one."""

from __future__ import annotations

from pathlib import Path


def tiny_database(folder: Path) -> Path:
    from db import demo
    from db.database import open_database
    from db.engine import sqlite_url

    path = folder / "buurtboek.sqlite"
    database = open_database(sqlite_url(path))
    demo.run(database.engine, demo.DemoSize(people=150, seed=7))
    database.close()
    return path


def open_services(path: Path):
    """Services on `path` as the app builds them, without the start-up schema check (the copy
    may be behind or ahead of this checkout's migrations; the list needs only its tables)."""
    from db.database import Database
    from db.engine import make_engine, make_session_factory, sqlite_url
    from db.services import Services

    engine = make_engine(sqlite_url(path))
    return Services.for_database(Database(engine, make_session_factory(engine)))
