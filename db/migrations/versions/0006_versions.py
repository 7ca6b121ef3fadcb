"""Version columns for optimistic concurrency, and change notifications on a server
(issue 13, working together).

Revision ID: 0006_versions
Revises: 0005_setting_index
Create Date: 2026-11-24 13:00:00

Both dialects: `version INTEGER NOT NULL DEFAULT 1` on every table a user edits from an
opened record (db.models.base.Versioned; the mapper's version_id_col checks and bumps it
on every ORM flush, db.services.versions does the same for Core updates). A plain ADD
COLUMN with a constant default: on SQLite no table is recreated, so the search (0002) and
reach (0003) triggers stay; existing rows read 1 without being rewritten.

PostgreSQL only: after every INSERT, UPDATE or DELETE statement on the tables the open
views show, a trigger function sends `pg_notify('buurtboek', json)` with the table, the
action, the ids (from the statement's transition table; left out above MAX_IDS, so the
payload stays far under PostgreSQL's 8000 bytes: no ids means "reload everything of this
kind"), the actor kinds for `actors`, and the sender's application_name, so that
db.listener can skip its own process's writes. One notification per statement, not per
row (though a driver that sends many rows as one statement each, like psycopg's
executemany, fires it per row; db.listener merges what arrives together). One function
per key column, `buurtboek_notify_<column>()` (`_actors()` also sends the kinds), in static SQL (no EXECUTE). SECURITY
DEFINER with a fixed search_path: it works for a worker's role without any special right
(reading a transition table and pg_notify need none). Three triggers per table because
PostgreSQL allows transition tables only on single-event triggers.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_versions'
down_revision = '0005_setting_index'
branch_labels = None
depends_on = None

VERSIONED = ("actors", "contact_moments", "meetings", "agenda_items", "action_points",
             "signals", "dossiers", "ties", "initiatives", "stories")

# Table -> the column whose values are sent as ids (the record the views know).
NOTIFIED = {
    "actors": "id", "contact_moments": "id", "ties": "id", "meetings": "id",
    "meeting_series": "id", "agenda_items": "id", "attendance": "meeting_id",
    "decisions": "id", "action_points": "id", "signals": "id", "dossiers": "id",
    "dossier_phase_steps": "dossier_id", "dossier_involvements": "dossier_id",
    "dossier_targets": "dossier_id", "dossier_actions": "dossier_id",
    "stories": "id", "initiatives": "id", "workers": "id", "neighbourhoods": "id",
    "themes": "id", "consents": "person_id", "participation_steps": "person_id",
    "memberships": "person_id", "actor_positions": "actor_id",
}
MAX_IDS = 400  # 400 ids of up to 11 characters: under 5,000 bytes with the rest
EVENTS = (("INSERT", "NEW TABLE AS changed_rows", "ins"),
          ("UPDATE", "NEW TABLE AS changed_rows", "upd"),
          ("DELETE", "OLD TABLE AS changed_rows", "del"))

# The trigger functions: one per key column, and one for actors that also sends their kinds.
FUNCTIONS = {**{key: key for key in sorted(set(NOTIFIED.values()))}, "actors": "id"}


def _function_of(table: str) -> str:
    return "buurtboek_notify_" + ("actors" if table == "actors" else NOTIFIED[table])


def _function(name: str, key: str) -> str:
    """`buurtboek_notify_<name>()`: static SQL on the key column (plans cached per session:
    a statement-level trigger may fire once per row when a driver sends rows one by one)."""
    kinds = ("(SELECT array_agg(DISTINCT kind::text) FROM changed_rows)" if name == "actors"
             else "NULL::text[]")
    return f"""
CREATE OR REPLACE FUNCTION buurtboek_notify_{name}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    ids bigint[];
BEGIN
    SELECT array_agg(DISTINCT {key}) INTO ids
    FROM (SELECT {key} FROM changed_rows LIMIT {MAX_IDS + 1}) s;
    IF ids IS NULL THEN
        RETURN NULL;  -- the statement touched no row
    END IF;
    IF cardinality(ids) > {MAX_IDS} THEN
        ids := '{{}}';
    END IF;
    PERFORM pg_notify('buurtboek', json_build_object(
        'table', TG_TABLE_NAME,
        'action', CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'DELETE' THEN 'deleted'
                  ELSE 'updated' END,
        'ids', ids,
        'kinds', {kinds},
        'app', current_setting('application_name', true))::text);
    RETURN NULL;
END $$
"""


def _pg_upgrade() -> None:
    for name, key in FUNCTIONS.items():
        op.execute(_function(name, key))
    for table in NOTIFIED:
        for event, referencing, suffix in EVENTS:
            op.execute(f'CREATE TRIGGER "{table}_notify_{suffix}" AFTER {event} ON "{table}" '
                       f"REFERENCING {referencing} FOR EACH STATEMENT "
                       f"EXECUTE FUNCTION {_function_of(table)}()")


def _pg_downgrade() -> None:
    for table in NOTIFIED:
        for _event, _referencing, suffix in EVENTS:
            op.execute(f'DROP TRIGGER IF EXISTS "{table}_notify_{suffix}" ON "{table}"')
    for name in FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS buurtboek_notify_{name}()")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column('version', sa.Integer(), nullable=False,
                                       server_default=sa.text('1')))
    if op.get_bind().dialect.name == "postgresql":
        _pg_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _pg_downgrade()
    for table in VERSIONED:
        op.drop_column(table, 'version')
