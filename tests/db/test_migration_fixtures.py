"""Safe upgrades: a filled database of every schema revision upgrades to head with the same
rows; a failing migration leaves the database exactly as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

import db.migrate
from db import backups
from db.database import open_database
from db.engine import sqlite_url
from db.migrate import HEAD, KNOWN_REVISIONS, MigrationError, SchemaState, inspect_schema
from tests.fixtures.make_schema_fixture import fixture_path, plain_tables

MAKE = "python -m tests.fixtures.make_schema_fixture"


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in plain_tables(conn) if t != "alembic_version"}
    finally:
        conn.close()


def _fixture(revision: str, tmp_path: Path) -> Path:
    source = fixture_path(revision)
    if not source.exists():
        pytest.fail(f"Er is geen fixture-database voor schemarevisie {revision}. Maak hem met "
                    f"`{MAKE}` en voeg tests/fixtures/schema/{source.name} toe aan de "
                    "repository (één per revisie in db.migrate.KNOWN_REVISIONS).")
    target = tmp_path / "buurtboek.sqlite"
    shutil.copyfile(source, target)
    return target


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_a_filled_database_of_every_revision_upgrades_to_head(revision, tmp_path):
    path = _fixture(revision, tmp_path)
    before = _counts(path)
    assert before["persons"] > 0 and before["contact_moments"] > 0  # filled, not empty
    database = open_database(sqlite_url(path))
    try:
        assert inspect_schema(database.engine).state is SchemaState.CURRENT
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        database.close()
    after = _counts(path)
    assert {t: after.get(t) for t in before} == before
    snapshots = [b for b in backups.list_backups(path) if b.kind is backups.BackupKind.UPGRADE]
    assert len(snapshots) == (0 if revision == HEAD else 1)


FAILING = '''
import sqlalchemy as sa
from alembic import op

revision = "9999_fails"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("extra", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO extra (id) VALUES (1)")
    # NOT NULL without a default: copying the rows into _alembic_tmp_persons fails halfway
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("must_have", sa.Integer, nullable=False))


def downgrade():
    pass
'''


def _dump(path: Path) -> tuple:
    conn = sqlite3.connect(path)
    try:
        schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                              "ORDER BY type, name").fetchall()
        rows = {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()
                for t in plain_tables(conn)}
    finally:
        conn.close()
    return schema, rows


def test_a_failing_migration_leaves_the_database_exactly_as_before(tmp_path, monkeypatch):
    scripts = tmp_path / "migrations"
    shutil.copytree(db.migrate.MIGRATIONS_DIR, scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_fails.py").write_text(FAILING.format(head=HEAD))
    monkeypatch.setattr(db.migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(db.migrate, "KNOWN_REVISIONS", (*KNOWN_REVISIONS, "9999_fails"))
    monkeypatch.setattr(db.migrate, "HEAD", "9999_fails")
    path = _fixture(HEAD, tmp_path)
    before = _dump(path)
    with pytest.raises(MigrationError, match="mislukt; de database is precies zoals ze was") \
            as refused:
        open_database(sqlite_url(path))
    assert "NOT NULL" in str(refused.value.__cause__)  # it failed inside the batch copy
    after = _dump(path)
    assert not any("_alembic_tmp_" in name for _, name, _, _ in after[0])
    assert after == before
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]
    conn.close()
