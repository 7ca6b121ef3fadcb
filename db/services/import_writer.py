"""Fast inserts of many new persons inside the caller's transaction, with the search index
kept right.

On SQLite the rows go in as multi-row INSERT statements (a few hundred rows per statement;
values already in storage form, so no per-value conversion). Indexing: the FTS5 triggers of
migration 0002_search index one row at a time, and a person twice (the actor's insert
indexes the bare name, the persons row re-indexes it with the contact details): 8 s of a
100.000-row import. So, inside the same transaction, the two insert triggers are dropped,
the rows inserted, the new persons indexed with one INSERT ... SELECT taken from the
actors trigger's own statement (so it indexes exactly what the trigger would), and the
triggers created again from their stored SQL (measured 2.8 s instead of 8 s; see
bench/import_rows.py). SQLite's DDL is transactional: a rollback or cancel brings the
triggers back with everything else. Should the trigger not have the expected shape (a later
migration changed it), the rows go in with the triggers in place, persons before actors
with the foreign keys checked at commit, which indexes each person once.
Elsewhere (PostgreSQL): executemany, actors first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import chain

from sqlalchemy import Connection, Table

SQLITE_VARIABLES = 32_766
CHUNK = 5_000
INDEX_TRIGGER = "actors_search_ai"  # indexes a new actor (with its persons row)
DROPPED_TRIGGERS = (INDEX_TRIGGER, "persons_search_ai")
_ROW_CONDITION = re.compile(r"\ba\.id\s*=\s*new\.id\b")


def insert_people(conn: Connection, actors: Table, actor_columns: Sequence[str],
                  actor_rows: list[tuple], persons: Table, person_columns: Sequence[str],
                  person_rows: list[tuple], *, first_id: int, last_id: int,
                  progress: Callable[[int, int, str], None], cancelled: Callable[[], bool],
                  error: type[Exception]) -> None:
    """Insert actors and their persons rows (same order; ids first_id..last_id, `id` the
    first column of both), reporting progress and raising `error` when `cancelled()`."""
    sqlite = conn.dialect.name == "sqlite"
    saved = _take_triggers(conn, first_id, last_id) if sqlite else None
    if sqlite and saved is None:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        order = ((persons, person_columns, person_rows), (actors, actor_columns, actor_rows))
    else:
        order = ((actors, actor_columns, actor_rows), (persons, person_columns, person_rows))
    total = len(actor_rows)
    for start in range(0, total, CHUNK):
        if cancelled():
            raise error()
        progress(start, total, "Bewoners opslaan")
        for table, columns, rows in order:
            chunk = rows[start:start + CHUNK]
            if sqlite:
                _multi_row(conn, table.name, columns, chunk)
            else:
                conn.execute(table.insert(), [dict(zip(columns, row, strict=True))
                                              for row in chunk])
    if cancelled():
        raise error()
    if not sqlite:  # PostgreSQL: rows with explicit ids do not advance the id sequence
        from db.postgres import reset_sequences

        reset_sequences(conn, (actors,))
    if saved is not None:
        progress(total, total, "Zoekindex bijwerken")
        index_statement, triggers = saved
        conn.exec_driver_sql(index_statement)
        for sql in triggers:
            conn.exec_driver_sql(sql)
    progress(total, total, "Bewoners opslaan")


def _take_triggers(conn: Connection, first_id: int, last_id: int
                   ) -> tuple[str, list[str]] | None:
    """Drop the insert triggers and return (the statement that indexes the new range, the
    triggers' CREATE statements); None, dropping nothing, when their shape is unexpected."""
    found = dict(conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' * len(DROPPED_TRIGGERS))})", DROPPED_TRIGGERS).all())
    if set(found) != set(DROPPED_TRIGGERS):
        return None
    sql = found[INDEX_TRIGGER]
    begin, end = sql.upper().find(" BEGIN "), sql.upper().rfind("END")
    if begin < 0 or end < begin:
        return None
    body = sql[begin + len(" BEGIN "):end].strip().rstrip(";").strip()
    if body.count(";") or len(_ROW_CONDITION.findall(body)) != 1:
        return None
    statement = _ROW_CONDITION.sub(f"a.id BETWEEN {int(first_id)} AND {int(last_id)}", body)
    if "new." in statement.lower() or not statement.upper().startswith("INSERT INTO"):
        return None
    for name in DROPPED_TRIGGERS:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return statement, [found[name] for name in DROPPED_TRIGGERS]


def _multi_row(conn: Connection, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
    if not rows:
        return
    per_statement = max(1, min(500, SQLITE_VARIABLES // len(columns)))
    placeholders = "(" + ", ".join("?" * len(columns)) + ")"
    names = ", ".join(f'"{column}"' for column in columns)
    head = f'INSERT INTO "{table}" ({names}) VALUES '
    full = head + ", ".join([placeholders] * per_statement)
    for start in range(0, len(rows), per_statement):
        chunk = rows[start:start + per_statement]
        statement = full if len(chunk) == per_statement else head + ", ".join(
            [placeholders] * len(chunk))
        conn.exec_driver_sql(statement, tuple(chain.from_iterable(chunk)))
