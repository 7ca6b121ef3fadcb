"""Every revision runs on PostgreSQL: empty to head, the schema equals the models, the search
and reach triggers exist, and the PostgreSQL parts go down and up again."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from db.engine import make_engine
from db.migrate import HEAD, SchemaState, alembic_config, include_name, inspect_schema
from db.migrate import upgrade_to_head
from db.models import Base

SEARCH_TRIGGERS = {f"{t}_search" for t in (
    "contact_moments", "meetings", "agenda_items", "dossiers", "signals", "stories", "actors",
    "persons", "groups", "places")}
REACH_TRIGGERS = {"reach_participants_ai", "reach_participants_ad", "reach_participants_au",
                  "reach_moments_ai", "reach_moments_bd", "reach_moments_ad", "reach_moments_au",
                  "reach_actors_bd"}


def _triggers(conn) -> set[str]:
    return set(conn.execute(text(
        "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars())


def test_empty_server_database_migrates_to_head_and_equals_the_models(pg_url):
    engine = make_engine(pg_url)
    try:
        assert upgrade_to_head(engine).state is SchemaState.EMPTY
        assert inspect_schema(engine).revision == HEAD
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": include_name})
            assert compare_metadata(context, Base.metadata) == []
            assert _triggers(conn) >= SEARCH_TRIGGERS | REACH_TRIGGERS
            # the Dutch, accent-free configuration the search service asks for
            assert conn.execute(text(
                "SELECT to_tsvector('buurtboek_nl', 'Öztürk woningen')::text")).scalar() \
                == "'ozturk':1 'woning':2"
    finally:
        engine.dispose()


def test_the_postgresql_parts_go_down_and_up_again(fresh_pg_url):
    engine = make_engine(fresh_pg_url)
    try:
        upgrade_to_head(engine)
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0001_initial")
        with engine.connect() as conn:
            left = _triggers(conn)
            assert not left & (SEARCH_TRIGGERS | REACH_TRIGGERS)
            assert conn.execute(text("SELECT to_regclass('search_index')")).scalar() is None
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        with engine.connect() as conn:
            assert _triggers(conn) >= SEARCH_TRIGGERS | REACH_TRIGGERS
    finally:
        engine.dispose()
