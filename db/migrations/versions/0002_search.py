"""Search: one SQLite FTS5 index over names, notes, meetings, dossiers, signals and stories.

Revision ID: 0002_search
Revises: 0001_initial
Create Date: 2026-11-24 09:00:00

The index `search_index(title, body)` is filled and kept in sync by SQLite triggers, so
every write, by any service, the ORM or a Core bulk insert, updates it inside that same
transaction (a rollback undoes both). Tokenizer `unicode61 remove_diacritics 2`: "Zoë"
and "zoe" are the same word. Prefix indexes for 2 to 6 characters: what is being typed
is read like a whole word (0.05 ms instead of 0.5-1.5 ms for each of the ~10 queries of
one search, measured on 1,000,000 contact moments). `detail=column`: we only ever ask
"all these word prefixes occur", never phrases, and positions would add ~60% to the index.
`search_index_vocab` (fts5vocab) lists the indexed words, so the service can turn a long
typed word into the few words it begins, once per search.

The rowid says what a row is, and orders it by date:

    rowid = kind << 56 | day << 32 | id      (day = Julian day number, 0 without a date)

(ids stay below 2**32), so "the newest contact moments that mention schimmel" is
`rowid BETWEEN` the kind's range `ORDER BY rowid DESC LIMIT n`, which FTS5 answers from
the index without a sort, instead of joining every match to its table (measured on
1,000,000 contact moments: 0.1-1 ms against 10-460 ms; see bench/search.py). The
mapping is a pure function of the row's own columns, so each trigger computes the old key
from `old.*` and deletes exactly that row.
Agenda items, dossiers and actors carry no date in their key (their date lives elsewhere
or does not exist); db.services.search orders those few rows itself.

The index keeps its own copy of the text (not contentless), so a trigger removes a row by
rowid alone, whatever happened to the source row, and an actor can be re-indexed from
actors + persons/groups/places in any order of statements. Archived actors are left out.
At 1,000,000 contact moments the index takes ~390 MB (text copy 141, index 233, sizes
19) and this migration ~28 s.

PostgreSQL (`_pg_statements`): the same table `search_index(key, title, body)` with the
same keys (day = the Julian day of to_char(..., 'J')), plus a stored generated tsvector
`document` (title weighted A, so names can be searched alone) under a GIN index, in the text
search configuration `buurtboek_nl`: Dutch stemming and stop words after `unaccent`, so
"Ozturk" finds "Öztürk"; `@./:_-+` count as spaces (`_pg_words`). plpgsql trigger functions
keep it in sync, one per source table (`<table>_search`), as the SQLite triggers do. The
extension unaccent is trusted (PostgreSQL 13 and later): the database's owner may create it.
Any other database: nothing; db.services.search falls back to a portable LIKE query.

A later *batch* migration that recreates one of the source tables drops its triggers with
it: such a migration must create them again (see `_triggers`), and
tests/db/test_search.py checks that every trigger exists at head.
"""
from __future__ import annotations

from alembic import op

revision = '0002_search'
down_revision = '0001_initial'
branch_labels = None
depends_on = None

INDEX = "search_index"
VOCABULARY = "search_index_vocab"
KINDS = {"person": 1, "group": 2, "place": 3, "contact_moment": 4, "meeting": 5,
         "agenda_item": 6, "dossier": 7, "signal": 8, "story": 9}
NL = " || char(10) || "


def _day(column: str) -> str:
    return f"COALESCE(CAST(julianday(date({column})) AS INTEGER), 0)"


def _key(code: int, day_sql: str | None, id_sql: str) -> str:
    day = f" | ({day_sql} << 32)" if day_sql else ""
    return f"(({code} << 56){day} | {id_sql})"


def _text(*columns: str, row: str) -> str:
    return NL.join(f"COALESCE({row}.{c}, '')" for c in columns) if columns else "''"


# (table, kind, title columns, body columns, date column) of the sources that index one
# row of their own table each.
SIMPLE = (
    ("contact_moments", "contact_moment", (), ("note", "follow_up"), "occurred_on"),
    ("meetings", "meeting", ("title",), ("notes", "location"), "starts_at"),
    ("agenda_items", "agenda_item", ("title",), ("description", "minutes"), None),
    ("dossiers", "dossier", ("title",), ("problem", "desired", "outcome", "lessons"), None),
    ("signals", "signal", ("location",), ("description",), "observed_on"),
    ("stories", "story", ("title",), ("body", "change"), "told_on"),
)

ACTOR_CODE = ("(CASE {k} WHEN 'person' THEN 1 WHEN 'group' THEN 2 WHEN 'place' THEN 3 END)")
# Persons, groups and places: name, note and the contact details of their own table.
ACTOR_SELECT = (
    "SELECT (" + ACTOR_CODE.format(k="a.kind") + " << 56) | a.id, a.name, "
    "COALESCE(a.note, '')" + NL
    + "COALESCE(trim(p.street || ' ' || p.house_number), g.address, pl.address, '')" + NL
    + "COALESCE(p.email, g.email, '')" + NL + "COALESCE(p.phone, g.phone, '') "
    "FROM actors a LEFT JOIN persons p ON p.id = a.id LEFT JOIN groups g ON g.id = a.id "
    "LEFT JOIN places pl ON pl.id = a.id "
    "WHERE a.archived_at IS NULL AND a.kind IN ('person', 'group', 'place')"
)
ACTOR_DETAILS = {"persons": ("street", "house_number", "email", "phone"),
                 "groups": ("address", "email", "phone"), "places": ("address",)}


def _simple_parts(table, kind, title, body, day, row):
    key = _key(KINDS[kind], _day(f"{row}.{day}") if day else None, f"{row}.id")
    return key, _text(*title, row=row), _text(*body, row=row)


def _triggers() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) for every trigger that keeps the index in sync."""
    triggers = []
    for table, kind, title, body, day in SIMPLE:
        new_key, new_title, new_body = _simple_parts(table, kind, title, body, day, "new")
        old_key = _simple_parts(table, kind, title, body, day, "old")[0]
        insert = (f"INSERT INTO {INDEX}(rowid, title, body) "
                  f"VALUES ({new_key}, {new_title}, {new_body});")
        delete = f"DELETE FROM {INDEX} WHERE rowid = {old_key};"
        watched = ", ".join((*title, *body, *((day,) if day else ())))
        triggers += [
            (f"{table}_search_ai", f"AFTER INSERT ON {table} BEGIN {insert} END"),
            (f"{table}_search_au",
             f"AFTER UPDATE OF {watched} ON {table} BEGIN {delete} {insert} END"),
            (f"{table}_search_ad", f"AFTER DELETE ON {table} BEGIN {delete} END"),
        ]

    def reindex_actor(row: str) -> str:
        return (f"DELETE FROM {INDEX} WHERE rowid = (SELECT ("
                + ACTOR_CODE.format(k="kind") + f" << 56) | id FROM actors WHERE id = {row}.id);"
                f" INSERT INTO {INDEX}(rowid, title, body) {ACTOR_SELECT} AND a.id = {row}.id;")

    old_actor = f"DELETE FROM {INDEX} WHERE rowid = (" + ACTOR_CODE.format(k="old.kind") + \
        " << 56) | old.id;"
    insert_actor = f"INSERT INTO {INDEX}(rowid, title, body) {ACTOR_SELECT} AND a.id = new.id;"
    triggers += [
        ("actors_search_ai", f"AFTER INSERT ON actors BEGIN {insert_actor} END"),
        ("actors_search_au", "AFTER UPDATE OF name, note, kind, archived_at ON actors "
                             f"BEGIN {old_actor} {insert_actor} END"),
        ("actors_search_ad", f"AFTER DELETE ON actors BEGIN {old_actor} END"),
    ]
    for table, columns in ACTOR_DETAILS.items():
        triggers += [
            (f"{table}_search_ai", f"AFTER INSERT ON {table} BEGIN {reindex_actor('new')} END"),
            (f"{table}_search_au", f"AFTER UPDATE OF {', '.join(columns)} ON {table} "
                                   f"BEGIN {reindex_actor('new')} END"),
            (f"{table}_search_ad", f"AFTER DELETE ON {table} BEGIN {reindex_actor('old')} END"),
        ]
    return triggers


def _backfill() -> list[str]:
    statements = [f"INSERT INTO {INDEX}(rowid, title, body) {ACTOR_SELECT}"]
    for table, kind, title, body, day in SIMPLE:
        key, title_sql, body_sql = _simple_parts(table, kind, title, body, day, "t")
        statements.append(f"INSERT INTO {INDEX}(rowid, title, body) "
                          f"SELECT {key}, {title_sql}, {body_sql} FROM {table} t")
    return statements


PG_CONFIG = "buurtboek_nl"
PG_NL = " || chr(10) || "
PG_ACTOR_CODE = ACTOR_CODE.replace(" END)", " END)::bigint")
PG_ACTOR_SELECT = (
    f"SELECT ({PG_ACTOR_CODE.format(k='a.kind')} << 56) | a.id, a.name, COALESCE(a.note, '')"
    + PG_NL + "COALESCE(trim(p.street || ' ' || p.house_number), g.address, pl.address, '')"
    + PG_NL + "COALESCE(p.email, g.email, '')" + PG_NL + "COALESCE(p.phone, g.phone, '') "
    + ACTOR_SELECT[ACTOR_SELECT.index("FROM actors"):])


def _pg_words(column: str) -> str:
    """The text with the characters that join words into one token for PostgreSQL's parser
    (e-mail addresses, host names, paths, signed numbers) made spaces: "rene@example.nl"
    and "06-12345678" are found by each part, as with FTS5's unicode61."""
    joiners = "@./:_-+"
    return f"translate({column}, '{joiners}', '{' ' * len(joiners)}')"


def _pg_parts(kind: str, title, body, day, row: str) -> tuple[str, str, str]:
    day_sql = (f" | (COALESCE(to_char({row}.{day}, 'J')::bigint, 0) << 32)" if day else "")
    key = f"(({KINDS[kind]}::bigint << 56){day_sql} | {row}.id)"
    return key, _text(*title, row=row).replace(NL, PG_NL), _text(*body, row=row).replace(NL, PG_NL)


def _pg_function(name: str, table: str, events: str, body: str) -> list[str]:
    return [f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} "
            "RETURN NULL; END $$",
            f"CREATE TRIGGER {name} AFTER {events} ON {table} FOR EACH ROW "
            f"EXECUTE FUNCTION {name}()"]


def _pg_triggers() -> list[tuple[str, str, list[str]]]:
    """(function and trigger name, table, statements) of every PostgreSQL trigger."""
    out = []
    for table, kind, title, body, day in SIMPLE:
        new_key, new_title, new_body = _pg_parts(kind, title, body, day, "new")
        old_key = _pg_parts(kind, title, body, day, "old")[0]
        watched = ", ".join((*title, *body, *((day,) if day else ())))
        code = (f"IF TG_OP <> 'INSERT' THEN DELETE FROM {INDEX} WHERE key = {old_key}; END IF; "
                f"IF TG_OP <> 'DELETE' THEN INSERT INTO {INDEX} (key, title, body) "
                f"VALUES ({new_key}, {new_title}, {new_body}); END IF;")
        name = f"{table}_search"
        out.append((name, table, _pg_function(
            name, table, f"INSERT OR DELETE OR UPDATE OF {watched}", code)))
    actor_key = f"({PG_ACTOR_CODE.format(k='{row}.kind')} << 56) | {{row}}.id"
    code = (f"IF TG_OP <> 'INSERT' THEN DELETE FROM {INDEX} WHERE key = "
            f"{actor_key.format(row='old')}; END IF; IF TG_OP <> 'DELETE' THEN "
            f"INSERT INTO {INDEX} (key, title, body) {PG_ACTOR_SELECT} AND a.id = new.id; END IF;")
    out.append(("actors_search", "actors", _pg_function(
        "actors_search", "actors", "INSERT OR DELETE OR UPDATE OF name, note, kind, archived_at",
        code)))
    for table, columns in ACTOR_DETAILS.items():
        code = ("DELETE FROM search_index WHERE key = (SELECT ("
                + PG_ACTOR_CODE.format(k="kind") + f" << 56) | id FROM actors WHERE id = "
                "CASE TG_OP WHEN 'DELETE' THEN old.id ELSE new.id END); "
                f"IF TG_OP <> 'DELETE' THEN INSERT INTO {INDEX} (key, title, body) "
                f"{PG_ACTOR_SELECT} AND a.id = new.id; ELSE INSERT INTO {INDEX} (key, title, "
                f"body) {PG_ACTOR_SELECT} AND a.id = old.id; END IF;")
        name = f"{table}_search"
        out.append((name, table, _pg_function(
            name, table, f"INSERT OR DELETE OR UPDATE OF {', '.join(columns)}", code)))
    return out


def pg_backfill() -> list[str]:
    """Fill the PostgreSQL index from the source rows (also db.transfer, after a bulk copy
    with the triggers off)."""
    statements = [f"INSERT INTO {INDEX} (key, title, body) {PG_ACTOR_SELECT}"]
    for table, kind, title, body, day in SIMPLE:
        key, title_sql, body_sql = _pg_parts(kind, title, body, day, "t")
        statements.append(f"INSERT INTO {INDEX} (key, title, body) "
                          f"SELECT {key}, {title_sql}, {body_sql} FROM {table} t")
    return statements


def _pg_statements() -> list[str]:
    statements = [
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        f"CREATE TEXT SEARCH CONFIGURATION {PG_CONFIG} (COPY = pg_catalog.dutch)",
        f"ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG} ALTER MAPPING FOR hword, hword_part, "
        "word WITH unaccent, dutch_stem",
        f"CREATE TABLE {INDEX} (key bigint PRIMARY KEY, title text NOT NULL, "
        "body text NOT NULL, document tsvector GENERATED ALWAYS AS (setweight(to_tsvector("
        f"'{PG_CONFIG}'::regconfig, {_pg_words('title')}), 'A') || "
        f"to_tsvector('{PG_CONFIG}'::regconfig, {_pg_words('body')})) STORED)",
        f"CREATE INDEX {INDEX}_document ON {INDEX} USING gin (document)",
        *pg_backfill(),
    ]
    for _name, _table, created in _pg_triggers():
        statements += created
    return statements


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in _pg_statements():
            bind.exec_driver_sql(statement)
        return
    if bind.dialect.name != "sqlite":
        return  # another database: db.services.search uses its portable LIKE query
    bind.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5(title, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6', detail = column)")
    for statement in _backfill():
        bind.exec_driver_sql(statement)
    bind.exec_driver_sql(f"INSERT INTO {INDEX}({INDEX}) VALUES ('optimize')")
    # The index's words, for expanding a long typed prefix once per search.
    bind.exec_driver_sql(f"CREATE VIRTUAL TABLE {VOCABULARY} USING fts5vocab({INDEX}, 'row')")
    for name, body in _triggers():
        bind.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for name, table, _statements in _pg_triggers():
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}()")
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {INDEX}")
        bind.exec_driver_sql(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PG_CONFIG}")
        return  # unaccent stays: other databases' objects may use it
    if bind.dialect.name != "sqlite":
        return
    for name, _body in _triggers():
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {VOCABULARY}")
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {INDEX}")
