"""Migrations: empty to head, schema equals the models, unknown files are refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.database import open_database
from db.engine import make_engine, sqlite_url
from db.migrate import (
    HEAD, KNOWN_REVISIONS, SchemaError, SchemaState, alembic_config, include_name,
    inspect_schema, upgrade_to_head,
)
from db.models import Base


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_known_revisions_match_the_alembic_scripts():
    script = ScriptDirectory.from_config(alembic_config())
    ordered = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(ordered) == KNOWN_REVISIONS
    assert script.get_current_head() == HEAD


def test_empty_database_migrates_to_head_and_equals_the_models(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "a.sqlite"))
    before = upgrade_to_head(engine)
    assert before.state is SchemaState.EMPTY
    assert inspect_schema(engine).state is SchemaState.CURRENT
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_name})
        assert compare_metadata(context, Base.metadata) == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    engine.dispose()


def test_connections_use_wal_foreign_keys_full_sync_and_a_busy_timeout(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "a.sqlite"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    engine.dispose()


def test_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    engine = make_engine(sqlite_url(path))
    upgrade_to_head(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    engine.dispose()
    digest = _digest(path)
    with pytest.raises(SchemaError, match="nieuwere versie"):
        open_database(sqlite_url(path))
    assert _digest(path) == digest


def test_a_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Ans')")
    digest = _digest(path)
    with pytest.raises(SchemaError, match="geen Buurtboek-database"):
        open_database(sqlite_url(path))
    assert _digest(path) == digest
    assert not (tmp_path / "other.sqlite-wal").exists()


def test_migrating_twice_changes_nothing(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "a.sqlite"))
    upgrade_to_head(engine)
    assert upgrade_to_head(engine).state is SchemaState.CURRENT
    engine.dispose()


def test_snapshot_before_an_upgrade_is_a_complete_copy(tmp_path, database):
    from db.migrate import snapshot_before_upgrade
    from db.services.people import PeopleService

    PeopleService(database).create_person(first_name="Ans", last_name="Jansen")
    copy = snapshot_before_upgrade(database.engine, HEAD)
    assert copy is not None and copy.parent == tmp_path and "voor-upgrade" in copy.name
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT name FROM actors").fetchall() == [("Ans Jansen",)]
