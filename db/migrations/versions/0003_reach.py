"""Reach: residents reached per month and neighbourhood, kept by triggers.

Revision ID: 0003_reach
Revises: 0002_search
Create Date: 2026-11-24 10:30:00

Two derived tables (db/models/derived.py) so the charts need not count distinct residents
over a million contact moments:

- reach_residents(neighbourhood_id, month, person_id, moments): a resident who took part in
  at least one contact moment that month (in how many);
- reach_months(neighbourhood_id, month, contact_moments, anonymous, residents): the totals
  of a month.

neighbourhood_id 0 stands for the whole working area (every contact moment counts there,
also one without a neighbourhood); a contact moment in a neighbourhood counts there too.
Only actors of kind 'person' are residents.

Why triggers (and not upkeep calls in the services, like actors.last_contact_on): every
path that writes contact moments or their participants keeps the tables right without
knowing about them, inside its own transaction: recording, editing and deleting a contact
moment, merging two persons (UPDATE of contact_participants.actor_id), deleting an actor
(FK cascade), the demo's bulk inserts, an AVG erasure or anonymisation written later by
someone else. The triggers count up and down; tests/db/test_reach.py checks after a mix
of writes that the tables equal a recomputation from the source rows
(db.reach.computed_reach).

Deletes: FK cascades may run after the parent row is gone, so a BEFORE DELETE trigger on
contact_moments and on actors first deletes their contact_participants rows (whose own
trigger still finds the contact moment and its month), then the cascade finds nothing.

PostgreSQL: the same triggers, each a plpgsql function made from the SQLite trigger's
statements (`_pg_triggers`): date_trunc('month', ...) instead of date(..., 'start of
month'), and ON CONFLICT's SET qualified by table name (PostgreSQL calls a bare
`moments = moments + 1` ambiguous). A BEFORE DELETE function returns OLD, so the row is
still deleted. tests/postgres/test_pg_services.py checks them against db.reach.

A later *batch* migration that recreates contact_moments, contact_participants or actors
drops their triggers: such a migration must create them again (`_triggers`), and
tests/db/test_reach.py checks that every trigger exists at head.

Measured on 1,000,000 contact moments / 1,422,082 participants: see the closing note of
issue 10 (the backfill is three GROUP BY statements).
"""
from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = '0003_reach'
down_revision = '0002_search'
branch_labels = None
depends_on = None

MONTH = "date({}.occurred_on, 'start of month')"


def _cm(column: str, cm_id: str) -> str:
    """A column of the contact moment `cm_id`, as a scalar subquery."""
    expression = MONTH.format("c") if column == "month" else f"c.{column}"
    return f"(SELECT {expression} FROM contact_moments c WHERE c.id = {cm_id})"


def _keys(hood: str, month: str) -> list[tuple[str, str]]:
    return [("0", month), (hood, month)]


def _add(persons: str, hood: str, month: str) -> str:
    """+1 moment for each person in `persons` (a subquery or value list) in both keys."""
    out = []
    for key, m in _keys(hood, month):
        match = f"neighbourhood_id = {key} AND month = {m}"
        out.append(
            "INSERT INTO reach_residents (neighbourhood_id, month, person_id, moments) "
            f"SELECT {key}, {m}, a.id, 1 FROM actors a WHERE a.id IN {persons} "
            f"AND a.kind = 'person' AND {key} IS NOT NULL "
            "ON CONFLICT (neighbourhood_id, month, person_id) DO UPDATE SET moments = moments + 1;")
        out.append(
            "UPDATE reach_months SET residents = residents + (SELECT count(*) FROM "
            f"reach_residents r WHERE r.neighbourhood_id = {key} AND r.month = {m} "
            f"AND r.person_id IN {persons} AND r.moments = 1) WHERE {match};")
    return " ".join(out)


def _remove(persons: str, hood: str, month: str) -> str:
    """-1 moment for each person in `persons` in both keys; rows at 0 are deleted."""
    out = []
    for key, m in _keys(hood, month):
        match = f"neighbourhood_id = {key} AND month = {m}"
        rows = f"{match} AND person_id IN {persons}"
        out += [
            f"UPDATE reach_residents SET moments = moments - 1 WHERE {rows};",
            "UPDATE reach_months SET residents = residents - (SELECT count(*) FROM "
            f"reach_residents WHERE {rows} AND moments <= 0) WHERE {match};",
            f"DELETE FROM reach_residents WHERE {rows} AND moments <= 0;",
        ]
    return " ".join(out)


def _totals(sign: str, row: str) -> str:
    """Count a contact moment (`row` = new or old) in or out of its months' totals."""
    month = MONTH.format(row)
    out = []
    for key in ("0", f"{row}.neighbourhood_id"):
        if sign == "+":
            out.append(
                "INSERT INTO reach_months (neighbourhood_id, month, contact_moments, anonymous, "
                f"residents) SELECT {key}, {month}, 1, {row}.anonymous_count, 0 "
                f"WHERE {key} IS NOT NULL ON CONFLICT (neighbourhood_id, month) DO UPDATE SET "
                "contact_moments = contact_moments + 1, anonymous = anonymous + "
                "excluded.anonymous;")
        else:
            out.append(
                "UPDATE reach_months SET contact_moments = contact_moments - 1, anonymous = "
                f"anonymous - {row}.anonymous_count WHERE neighbourhood_id = {key} "
                f"AND month = {month};")
    return " ".join(out)


def _drop_empty(row: str) -> str:
    return (f"DELETE FROM reach_months WHERE neighbourhood_id IN (0, {row}.neighbourhood_id) "
            f"AND month = {MONTH.format(row)} AND contact_moments <= 0;")


def _triggers() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER body) of every trigger that keeps the reach tables right."""
    def participant(row: str) -> tuple[str, str, str]:
        cm = f"{row}.contact_moment_id"
        return f"({row}.actor_id)", _cm("neighbourhood_id", cm), _cm("month", cm)

    moment_people = "(SELECT actor_id FROM contact_participants WHERE contact_moment_id = {}.id)"
    new_month, old_month = MONTH.format("new"), MONTH.format("old")
    return [
        ("reach_participants_ai", "AFTER INSERT ON contact_participants BEGIN "
         f"{_add(*participant('new'))} END"),
        ("reach_participants_ad", "AFTER DELETE ON contact_participants BEGIN "
         f"{_remove(*participant('old'))} END"),
        ("reach_participants_au",
         "AFTER UPDATE OF actor_id, contact_moment_id ON contact_participants BEGIN "
         f"{_remove(*participant('old'))} {_add(*participant('new'))} END"),
        ("reach_moments_ai", f"AFTER INSERT ON contact_moments BEGIN {_totals('+', 'new')} END"),
        ("reach_moments_bd", "BEFORE DELETE ON contact_moments BEGIN "
         "DELETE FROM contact_participants WHERE contact_moment_id = old.id; END"),
        ("reach_moments_ad", "AFTER DELETE ON contact_moments BEGIN "
         f"{_totals('-', 'old')} {_drop_empty('old')} END"),
        ("reach_moments_au",
         "AFTER UPDATE OF occurred_on, neighbourhood_id, anonymous_count ON contact_moments "
         f"BEGIN {_totals('+', 'new')} {_totals('-', 'old')} "
         f"{_remove(moment_people.format('old'), 'old.neighbourhood_id', old_month)} "
         f"{_add(moment_people.format('new'), 'new.neighbourhood_id', new_month)} "
         f"{_drop_empty('old')} END"),
        ("reach_actors_bd", "BEFORE DELETE ON actors BEGIN "
         "DELETE FROM contact_participants WHERE actor_id = old.id; END"),
    ]


def _backfill(month: str) -> list[str]:
    """Fill both tables from the source rows (also used on PostgreSQL)."""
    people = ("FROM contact_participants cp JOIN contact_moments c ON c.id = cp.contact_moment_id "
              "JOIN actors a ON a.id = cp.actor_id AND a.kind = 'person'")
    return [
        "INSERT INTO reach_months (neighbourhood_id, month, contact_moments, anonymous, "
        f"residents) SELECT 0, {month}, count(*), sum(c.anonymous_count), 0 "
        f"FROM contact_moments c GROUP BY {month}",
        "INSERT INTO reach_months (neighbourhood_id, month, contact_moments, anonymous, "
        f"residents) SELECT c.neighbourhood_id, {month}, count(*), sum(c.anonymous_count), 0 "
        f"FROM contact_moments c WHERE c.neighbourhood_id IS NOT NULL "
        f"GROUP BY c.neighbourhood_id, {month}",
        "INSERT INTO reach_residents (neighbourhood_id, month, person_id, moments) "
        f"SELECT 0, {month}, cp.actor_id, count(*) {people} GROUP BY {month}, cp.actor_id",
        "INSERT INTO reach_residents (neighbourhood_id, month, person_id, moments) "
        f"SELECT c.neighbourhood_id, {month}, cp.actor_id, count(*) {people} "
        f"WHERE c.neighbourhood_id IS NOT NULL GROUP BY c.neighbourhood_id, {month}, cp.actor_id",
        "UPDATE reach_months SET residents = (SELECT count(*) FROM reach_residents r "
        "WHERE r.neighbourhood_id = reach_months.neighbourhood_id "
        "AND r.month = reach_months.month)",
    ]


_PG_HEADER = re.compile(r"(?P<when>AFTER|BEFORE) (?P<event>INSERT|DELETE|UPDATE OF [\w, ]+?) "
                        r"ON (?P<table>\w+) BEGIN (?P<body>.*) END$", re.S)
_PG_MONTH = re.compile(r"date\((\w+)\.occurred_on, 'start of month'\)")
_PG_QUALIFY = (("SET moments = moments + 1", "SET moments = reach_residents.moments + 1"),
               ("contact_moments = contact_moments + 1, anonymous = anonymous + ",
                "contact_moments = reach_months.contact_moments + 1, "
                "anonymous = reach_months.anonymous + "))


def _pg_triggers() -> list[str]:
    """The SQLite triggers as PostgreSQL statements: per trigger a plpgsql function (the
    same statements, in the same order) and a FOR EACH ROW trigger calling it."""
    statements = []
    for name, sqlite_body in _triggers():
        parts = _PG_HEADER.match(sqlite_body)
        body = _PG_MONTH.sub(r"CAST(date_trunc('month', \1.occurred_on) AS date)",
                             parts.group("body"))
        for bare, qualified in _PG_QUALIFY:
            body = body.replace(bare, qualified)
        result = "OLD" if parts.group("when") == "BEFORE" else "NULL"
        statements += [
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {body} RETURN {result}; END $$",
            f"CREATE TRIGGER {name} {parts.group('when')} {parts.group('event')} "
            f"ON {parts.group('table')} FOR EACH ROW EXECUTE FUNCTION {name}()",
        ]
    return statements


def upgrade() -> None:
    op.create_table(
        'reach_months',
        sa.Column('neighbourhood_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('contact_moments', sa.Integer(), nullable=False),
        sa.Column('anonymous', sa.Integer(), nullable=False),
        sa.Column('residents', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('neighbourhood_id', 'month', name=op.f('pk_reach_months')),
    )
    op.create_table(
        'reach_residents',
        sa.Column('neighbourhood_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('person_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('moments', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('neighbourhood_id', 'month', 'person_id',
                                name=op.f('pk_reach_residents')),
    )
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    month = MONTH.format("c") if sqlite else "CAST(date_trunc('month', c.occurred_on) AS date)"
    for statement in _backfill(month):
        bind.exec_driver_sql(statement)
    if sqlite:
        for name, body in _triggers():
            bind.exec_driver_sql(f"CREATE TRIGGER {name} {body}")
    elif bind.dialect.name == "postgresql":
        for statement in _pg_triggers():
            bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name, _body in _triggers():
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    elif bind.dialect.name == "postgresql":
        for name, body in _triggers():
            table = _PG_HEADER.match(body).group("table")
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_table('reach_residents')
    op.drop_table('reach_months')
