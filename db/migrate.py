"""Bring a database to the current schema, or refuse it.

Start-up must stay fast, so the common case (schema already current) is decided by
reading `alembic_version` with SQLAlchemy Core; Alembic itself is imported only when
there is something to migrate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine, inspect, text

# Every revision this version of Buurtboek knows, oldest first; the last is the head.
# tests/db/test_migrations.py checks this list against the Alembic scripts.
KNOWN_REVISIONS: tuple[str, ...] = ("0001_initial", "0002_search", "0003_reach",
                                    "0004_privacy", "0005_setting_index",
                                    "0006_versions", "0007_team_access")
HEAD = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The FTS5 search index (revision 0002_search) and its shadow tables are SQL-only: the
# SQLAlchemy models do not describe them, so schema comparisons leave them out.
SEARCH_INDEX = "search_index"


def include_name(name: str | None, type_: str, parent_names: object = None) -> bool:
    """Alembic `include_name` filter: everything except the search index and its shadow
    tables (search_index_data, _idx, _content, _docsize, _config). Used by
    db/migrations/env.py and the schema test, so both compare the same things."""
    if type_ == "table" and name is not None:
        return not (name == SEARCH_INDEX or name.startswith(SEARCH_INDEX + "_"))
    return True


class SchemaError(Exception):
    """The database cannot be used by this version; the message is for the user (Dutch)."""


class MigrationError(SchemaError):
    """Bringing the database to the current schema failed; nothing was changed."""


class SchemaState(Enum):
    EMPTY = "empty"
    CURRENT = "current"
    BEHIND = "behind"


@dataclass(frozen=True)
class SchemaInfo:
    state: SchemaState
    revision: str | None


def inspect_schema(engine: Engine) -> SchemaInfo:
    """Tell whether the database is empty, current or behind; raise SchemaError otherwise."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables:
            if tables:
                raise SchemaError(
                    "Dit bestand is geen Buurtboek-database (of een beschadigde): "
                    "er ontbreekt een schemaversie. Het bestand is niet aangeraakt."
                )
            return SchemaInfo(SchemaState.EMPTY, None)
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) != 1:
        raise SchemaError(
            "De schemaversie van deze database is onleesbaar. Het bestand is niet aangeraakt."
        )
    revision = rows[0]
    if revision not in KNOWN_REVISIONS:
        raise SchemaError(
            f"Deze database is gemaakt met een nieuwere versie van Buurtboek (schema {revision}). "
            "Werk Buurtboek bij om haar te openen; het bestand is niet aangeraakt."
        )
    state = SchemaState.CURRENT if revision == HEAD else SchemaState.BEHIND
    return SchemaInfo(state, revision)


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def snapshot_before_upgrade(engine: Engine, revision: str | None) -> Path | None:
    """Copy a SQLite database aside before migrating it; returns the copy's path.

    Through db.backups.snapshot: VACUUM INTO a hidden temporary name, checked, then
    renamed, so a crash never leaves a damaged copy under a real name. db.backups lists
    these copies with the other back-ups; raises MigrationError when no good copy could
    be made (the database is then not touched)."""
    from db.backups import BackupError, snapshot

    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    source = Path(database)
    target = source.with_name(f"{source.stem}.voor-upgrade-{revision}-{stamp}.sqlite")
    try:
        return snapshot(source, target)
    except BackupError as error:
        raise MigrationError(
            "Buurtboek moet de database bijwerken naar een nieuwe versie, maar kon er eerst "
            f"geen goede veiligheidskopie van maken: {error.message} De database is niet "
            "veranderd.") from error


def upgrade_to_head(engine: Engine) -> SchemaInfo:
    """Migrate to the newest schema in one transaction; returns the state before."""
    info = inspect_schema(engine)
    if info.state is SchemaState.CURRENT:
        return info
    copy = None
    if info.state is SchemaState.BEHIND:
        copy = snapshot_before_upgrade(engine, info.revision)
    from alembic import command

    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
    except Exception as error:  # one transaction: rolled back whole, the file is as before
        kept = f" Er staat een kopie van vóór het bijwerken in {copy}." if copy else ""
        raise MigrationError(
            "Het bijwerken van de database naar de nieuwe versie is mislukt; de database is "
            f"precies zoals ze was.{kept} Meld dit aan de beheerder van Buurtboek "
            f"(fout: {type(error).__name__}: {error}).") from error
    return info
