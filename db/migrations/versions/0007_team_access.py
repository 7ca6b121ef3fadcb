"""Team access: who sees what on a team server, enforced by PostgreSQL (issue 13, point 2).

Revision ID: 0007_team_access
Revises: 0006_versions
Create Date: 2026-11-24 13:30:00

Both dialects: `workers.db_role` (nullable, unique index) links a PostgreSQL login role to a
worker. A plain column and index, so SQLite needs no table rebuild (its search and reach
triggers stay as they are).

PostgreSQL only (`_pg_statements`):
- group roles `buurtboek_worker` and `buurtboek_lead` (cluster-wide: created when missing,
  never dropped by the downgrade); db.team makes login roles members of them;
- `buurtboek_worker_id()` (STABLE, SECURITY DEFINER): workers.id WHERE db_role =
  session_user, NULL for anyone else; `buurtboek_is_admin()`: the session's role is a member
  of the owner of `actors` (or a superuser); `buurtboek_is_lead()`: member of
  buurtboek_lead. They look at session_user, so inside a SECURITY DEFINER trigger function
  the worker's own view still applies;
- row-level security (ENABLE + FORCE) on every table with residents' personal data, one
  policy per table for the worker (`TEAM_RULES`: what a worker may see, change, add and
  delete), one for the admin (everything) and one for the lead (SELECT, but the lead has no
  grant on those tables: only the `team_*` views below reach them). The rule in one line:
  a resident (actor of kind person) is their worker's (actors.worker_id); every row about a
  resident follows that resident; the worker's own contact moments, stories and audit
  entries are theirs; groups, institutions, places, meetings, dossiers and initiatives are
  shared by the team. Policies on derived tables (`search_index`, `reach_residents`) are
  ENABLE without FORCE: the SECURITY DEFINER trigger functions that maintain them run as
  the owner and must see every row to keep team-wide totals right;
- sensitive notes: a note marked sensitive can only live on a resident (owner-only rows:
  actors of kind person, contact moments, stories); `actors_sensitive_note` refuses
  note_sensitive on a group or place with a Dutch message (SQLSTATE 23514);
- `team_own_row()`: BEFORE INSERT on every table with worker_id: a worker's new row is
  theirs (worker_id := buurtboek_worker_id()), whatever the app passed;
- the trigger functions of 0002 (search) and 0003 (reach) become SECURITY DEFINER: workers
  have only SELECT on search_index and the reach tables, the triggers write them;
- search under row-level security (`_search_statements`): `search_index.owner_id` holds
  whose row it is, as the policies decide (`buurtboek_search_owner(key)`): the worker of
  the resident, contact moment or story, or of a signal's source resident; 0 for what the
  team shares (groups, places, meetings, agenda items, dossiers, signals without a
  resident as source); NULL for nobody (a resident without a worker: only the admin). A
  BEFORE INSERT trigger on search_index fills it on every insert (the 0002 triggers, the
  bulk rebuild of db.transfer), `<table>_search_owner` triggers follow a change of owner
  (actors.worker_id/kind, contact_moments/stories.worker_id, signals.source_actor_id; a
  merge moves signals that way). The policy on search_index and `buurtboek_search()` read
  only that column. search_index becomes a table partitioned by kind (key ranges,
  `search_index_kind<n>`; the rows are copied over once): each kind has its own GIN index
  and its own statistics, so a search for groups no longer gathers every contact moment
  that says "buurthuis", and the planner knows a word common in notes may be absent from
  names. A later revision that adds a kind must add its partition;
- grants: buurtboek_worker may read and write the base tables (RLS decides which rows),
  only read the derived tables, alembic_version and workers (and update its own worker
  row), only append to audit_log; buurtboek_lead may read workers, neighbourhoods, themes
  and the views `team_persons`, `team_contact_moments` and `team_figures`: a pseudonym per
  resident/contact moment (md5 of a random per-database salt in the schema
  `buurtboek_private`, which no team role can read, and the id), worker and figures, never
  a name, address, note or text.
A later migration that adds a table with personal data must add its policy and grants here
in the same style (no ALTER DEFAULT PRIVILEGES on purpose: a new table is closed until
someone decided who sees it).
"""
from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

revision = '0007_team_access'
down_revision = '0006_versions'
branch_labels = None
depends_on = None

WORKER_ROLE = "buurtboek_worker"
LEAD_ROLE = "buurtboek_lead"
PRIVATE = "buurtboek_private"
ME = "(SELECT buurtboek_worker_id())"


def _person(column: str) -> str:
    """The actor in `column` is visible (the actors policy applies inside the subquery)."""
    return f"EXISTS (SELECT 1 FROM actors a WHERE a.id = {column})"


def _maybe_person(column: str) -> str:
    return f"({column} IS NULL OR {_person(column)})"


def _moment(column: str) -> str:
    return f"EXISTS (SELECT 1 FROM contact_moments c WHERE c.id = {column})"


def _search_owner() -> str:
    """search_index: the row follows its source, through `owner_id` (0: the team's)."""
    return f"@.owner_id = {ME} OR (@.owner_id = 0 AND {ME} IS NOT NULL)"


OWNER = f"@.worker_id = {ME}"
# table -> the worker's rule (USING and WITH CHECK; @ is the table, so a column is never
# read as the subquery's own). Every other table is shared by the team.
TEAM_RULES: dict[str, str] = {
    "actors": f"(@.kind <> 'person' AND {ME} IS NOT NULL) OR @.worker_id = {ME}",
    "persons": _person("@.id"),
    "person_languages": _person("@.person_id"),
    "talents": _person("@.person_id"),
    "participation_steps": _person("@.person_id"),
    "memberships": _person("@.person_id"),
    "consents": _person("@.person_id"),
    "initiative_people": _person("@.person_id"),
    "actor_themes": _person("@.actor_id"),
    "actor_positions": _person("@.actor_id"),
    "attendance": _person("@.actor_id"),
    "dossier_involvements": _person("@.actor_id"),
    "dossier_targets": _maybe_person("@.actor_id"),
    "ties": f"{_person('@.source_id')} AND {_person('@.target_id')} "
            f"AND {_maybe_person('@.introduced_via_id')}",
    "contact_moments": OWNER,
    "contact_participants": f"{_moment('@.contact_moment_id')} AND {_person('@.actor_id')}",
    "contact_themes": _moment("@.contact_moment_id"),
    "dossier_contacts": _moment("@.contact_moment_id"),
    "stories": OWNER,
    "story_actors": f"EXISTS (SELECT 1 FROM stories s WHERE s.id = @.story_id) "
                    f"AND {_person('@.actor_id')}",
    "signals": _maybe_person("@.source_actor_id"),
    "action_points": f"{_maybe_person('@.owner_actor_id')} "
                     f"AND (@.contact_moment_id IS NULL OR {_moment('@.contact_moment_id')})",
    "retention_decisions": f"CASE @.record_kind WHEN 'person' THEN {_person('@.record_id')} "
                           f"WHEN 'contact_moment' THEN {_moment('@.record_id')} "
                           f"ELSE {ME} IS NOT NULL END",
    "audit_log": OWNER,
}
# Derived tables: a worker reads them (through the policy), only the triggers write.
DERIVED_RULES: dict[str, str] = {
    "search_index": _search_owner(),
    "reach_residents": _person("@.person_id"),
}
READ_ONLY = ("search_index", "reach_residents", "reach_months", "alembic_version")
OWN_ROW_TABLES = ("actors", "audit_log", "dossiers", "meeting_series", "retention_decisions",
                  "dossier_actions", "signals", "ties", "consents", "contact_moments",
                  "initiatives", "meetings", "memberships", "participation_steps", "stories",
                  "action_points")
LEAD_TABLES = ("workers", "neighbourhoods", "themes", "alembic_version")


def _derived_functions() -> list[str]:
    """The trigger functions of 0002_search and 0003_reach (they write derived tables)."""
    search = importlib.import_module("db.migrations.versions.0002_search")
    reach = importlib.import_module("db.migrations.versions.0003_reach")
    return [name for name, _table, _sql in search._pg_triggers()] + \
        [name for name, _sql in reach._triggers()]


def _pseudonym(kind: str, column: str) -> str:
    return (f"upper(substr(md5(salt.value || ':{kind}:' || {column}::text), 1, 10))")


VIEWS = {
    "team_persons": (
        f"SELECT 'P' || {_pseudonym('person', 'a.id')} AS pseudonym, a.worker_id, "
        "a.neighbourhood_id, p.participation_level, (p.birth_year / 10) * 10 AS birth_decade, "
        "a.created_at::date AS created_on, a.last_contact_on, a.archived_at IS NOT NULL "
        f"AS archived FROM actors a JOIN persons p ON p.id = a.id CROSS JOIN {PRIVATE}.salt"),
    "team_contact_moments": (
        f"SELECT 'C' || {_pseudonym('contact_moment', 'c.id')} AS pseudonym, c.worker_id, "
        "c.occurred_on, c.setting, c.strategy, c.neighbourhood_id, c.anonymous_count, "
        "(SELECT count(*) FROM contact_participants cp JOIN actors a ON a.id = cp.actor_id "
        "AND a.kind = 'person' WHERE cp.contact_moment_id = c.id) AS residents "
        f"FROM contact_moments c CROSS JOIN {PRIVATE}.salt"),
    "team_figures": (
        "SELECT w.id AS worker_id, w.name AS worker, "
        "(SELECT count(*) FROM actors a WHERE a.kind = 'person' AND a.worker_id = w.id "
        "AND a.archived_at IS NULL) AS residents, "
        "(SELECT count(*) FROM contact_moments c WHERE c.worker_id = w.id) AS contact_moments, "
        "(SELECT max(c.occurred_on) FROM contact_moments c WHERE c.worker_id = w.id) "
        "AS last_contact_on, "
        "(SELECT count(DISTINCT cp.actor_id) FROM contact_moments c JOIN contact_participants "
        "cp ON cp.contact_moment_id = c.id JOIN actors a ON a.id = cp.actor_id AND a.kind = "
        "'person' WHERE c.worker_id = w.id) AS residents_met FROM workers w"),
}


def _create_role(role: str) -> str:
    return (f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
            f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$")


def _search_function(schema: str) -> str:
    """`buurtboek_search(tsquery, low, high, limit)`: what db.services.search asks on a
    server. Row-level security on search_index cannot use its GIN index (the @@ operator is
    not leakproof, so every row of the key range would be checked against the policy
    first: 0.8 s instead of 20 ms for a word that occurs nowhere, on 20,000 contact moments).
    This SECURITY DEFINER function searches as the owner and keeps only the rows the
    policies let this worker see, by `owner_id` (theirs or the team's): a cheap filter on
    the rows the kind's GIN index found, never a lookup per row. The admin sees
    everything, anyone else (the lead) nothing. The query runs through EXECUTE: planned for
    these very words each time (a plan cached for "any word" read all 1,000,000 keys for a
    word that occurs nowhere: 7.9 s instead of 25 ms)."""
    return (
        "CREATE FUNCTION buurtboek_search(query text, low bigint, high bigint, lim integer) "
        "RETURNS TABLE (key bigint, title text, body text) LANGUAGE plpgsql STABLE "
        f"SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$ DECLARE "
        "me integer := buurtboek_worker_id(); admin boolean := buurtboek_is_admin(); BEGIN "
        "IF me IS NULL AND NOT admin THEN RETURN; END IF; "
        "RETURN QUERY EXECUTE 'SELECT s.key, s.title, s.body FROM search_index s "
        "WHERE s.document @@ to_tsquery(''buurtboek_nl'', $1) AND s.key BETWEEN $2 AND $3' "
        "|| CASE WHEN admin THEN '' ELSE ' AND s.owner_id IN (0, $5)' END "
        "|| ' ORDER BY s.key DESC LIMIT $4' USING query, low, high, lim, me; END $$")


def _search_owner_function() -> str:
    """`buurtboek_search_owner(key)`: whose search_index row this is, as TEAM_RULES decide
    for its source (keep them in step): the worker of the resident (1), contact moment (4)
    or story (9); a signal (8) about a resident is that resident's worker's, any other
    signal the team's; every other kind the team's (0). NULL: nobody's (no worker, or the
    source is gone or out of sight), so only the admin finds it. Not for the team roles
    (no EXECUTE): it would tell whose a record is."""
    row_id = "($1 & 4294967295)"
    return (
        "CREATE FUNCTION buurtboek_search_owner(bigint) RETURNS integer LANGUAGE sql STABLE "
        "AS $$ SELECT CASE $1 >> 56 "
        f"WHEN 1 THEN (SELECT a.worker_id FROM actors a WHERE a.id = {row_id}) "
        f"WHEN 4 THEN (SELECT c.worker_id FROM contact_moments c WHERE c.id = {row_id}) "
        f"WHEN 9 THEN (SELECT t.worker_id FROM stories t WHERE t.id = {row_id}) "
        "WHEN 8 THEN (SELECT CASE WHEN a.kind = 'person' THEN a.worker_id "
        "WHEN g.source_actor_id IS NOT NULL AND a.id IS NULL THEN NULL ELSE 0 END "
        f"FROM signals g LEFT JOIN actors a ON a.id = g.source_actor_id WHERE g.id = {row_id}) "
        "ELSE 0 END $$")


def _owner_follows(schema: str) -> list[str]:
    """Triggers that move search_index.owner_id along when a source changes hands."""
    search = importlib.import_module("db.migrations.versions.0002_search")
    simple = {table: (kind, title, body, day) for table, kind, title, body, day in search.SIMPLE}

    def key(table: str, row: str) -> str:
        return search._pg_parts(*simple[table], row)[0]

    refresh = "UPDATE search_index SET owner_id = buurtboek_search_owner(key) WHERE key = "
    actor_key = f"({search.PG_ACTOR_CODE.format(k='new.kind')} << 56) | new.id"
    follows = {
        "actors": ("worker_id, kind", "old.worker_id IS DISTINCT FROM new.worker_id "
                   "OR old.kind IS DISTINCT FROM new.kind",
                   f"{refresh}{actor_key}; {refresh}ANY (ARRAY(SELECT {key('signals', 'g')} "
                   "FROM signals g WHERE g.source_actor_id = new.id));"),
        "contact_moments": ("worker_id", "old.worker_id IS DISTINCT FROM new.worker_id",
                            f"{refresh}{key('contact_moments', 'new')};"),
        "stories": ("worker_id", "old.worker_id IS DISTINCT FROM new.worker_id",
                    f"{refresh}{key('stories', 'new')};"),
        "signals": ("source_actor_id", "old.source_actor_id IS DISTINCT FROM "
                    "new.source_actor_id", f"{refresh}{key('signals', 'new')};"),
    }
    statements = []
    for table, (columns, changed, code) in follows.items():
        statements += [
            f"CREATE FUNCTION {table}_search_owner() RETURNS trigger LANGUAGE plpgsql "
            f"SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$ BEGIN {code} "
            "RETURN NULL; END $$",
            f"CREATE TRIGGER {table}_search_owner AFTER UPDATE OF {columns} ON {table} "
            f"FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION {table}_search_owner()"]
    return statements


SEARCH_KINDS = range(1, 10)  # 0002_search KINDS: person .. story
SEARCH_COPY = "search_index_copy"  # the table while it changes shape (up and down)


def _plain_search_table() -> str:
    """0002's CREATE TABLE search_index (…) statement, so both shapes define `document`
    the same way."""
    search = importlib.import_module("db.migrations.versions.0002_search")
    return next(s for s in search._pg_statements() if s.startswith("CREATE TABLE search_index "))


def _reshape(create: list[str]) -> list[str]:
    """search_index renamed away, `create` made in its place and the rows copied into it
    (`document` is generated again, `owner_id` by the BEFORE INSERT trigger when present)."""
    return [
        f"ALTER TABLE search_index RENAME TO {SEARCH_COPY}",
        f"ALTER INDEX search_index_pkey RENAME TO {SEARCH_COPY}_pkey",
        f"ALTER INDEX search_index_document RENAME TO {SEARCH_COPY}_document",
        *create,
        "CREATE INDEX search_index_document ON search_index USING gin (document)",
        f"INSERT INTO search_index (key, title, body) SELECT key, title, body FROM {SEARCH_COPY}",
        f"DROP TABLE {SEARCH_COPY}",
    ]


def _search_statements(schema: str) -> list[str]:
    """search_index becomes partitioned by kind (`search_index_kind<n>`, one per key range:
    each kind its own GIN index and its own statistics, so the planner knows that
    "buurthuis" is common in contact moments but absent from names) and gets `owner_id`,
    filled for the rows already there and kept by triggers (see the module docstring)."""
    plain = _plain_search_table()
    assert plain.endswith(" STORED)")
    parted = plain[:-1] + ", owner_id integer) PARTITION BY RANGE (key)"
    partitions = [f"CREATE TABLE search_index_kind{code} PARTITION OF search_index "
                  f"FOR VALUES FROM ({code << 56}) TO ({(code + 1) << 56})"
                  for code in SEARCH_KINDS]
    owner = [
        _search_owner_function(),
        "REVOKE EXECUTE ON FUNCTION buurtboek_search_owner(bigint) FROM PUBLIC",
        "CREATE FUNCTION search_index_owner() RETURNS trigger LANGUAGE plpgsql "
        f"SET search_path = {schema}, pg_temp AS $$ BEGIN "
        "NEW.owner_id := buurtboek_search_owner(NEW.key); RETURN NEW; END $$",
        "CREATE TRIGGER search_index_owner BEFORE INSERT ON search_index FOR EACH ROW "
        "EXECUTE FUNCTION search_index_owner()",
    ]
    return [
        *_reshape([parted, *partitions, *owner]),
        *_owner_follows(schema),
    ]


def _search_downgrade() -> list[str]:
    tables = ("actors", "contact_moments", "stories", "signals")
    return [
        *(f"DROP TRIGGER IF EXISTS {table}_search_owner ON {table}" for table in tables),
        *(f"DROP FUNCTION IF EXISTS {table}_search_owner()" for table in tables),
        *_reshape([_plain_search_table()]),
        "DROP FUNCTION IF EXISTS search_index_owner()",
        "DROP FUNCTION IF EXISTS buurtboek_search_owner(bigint)",
    ]


def _function(name: str, returns: str, body: str, schema: str) -> str:
    return (f"CREATE FUNCTION {name}() RETURNS {returns} LANGUAGE sql STABLE SECURITY DEFINER "
            f"SET search_path = {schema}, pg_temp AS $$ {body} $$")


def _policies(table: str, rule: str, force: bool) -> list[str]:
    rule = rule.replace("@.", f"{table}.")
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        *([f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"] if force else []),
        f"CREATE POLICY team_worker ON {table} USING ({rule}) WITH CHECK ({rule})",
        f"CREATE POLICY team_admin ON {table} USING ((SELECT buurtboek_is_admin())) "
        "WITH CHECK ((SELECT buurtboek_is_admin()))",
        f"CREATE POLICY team_lead ON {table} FOR SELECT USING ((SELECT buurtboek_is_lead()))",
    ]


def _pg_statements(schema: str, tables: list[str], profile: list[str]) -> list[str]:
    """`profile`: the columns of workers a worker may change in their own row (not id or
    db_role)."""
    quoted = f'"{schema}"'
    statements = [
        _create_role(WORKER_ROLE), _create_role(LEAD_ROLE),
        _function("buurtboek_worker_id", "integer",
                  "SELECT id FROM workers WHERE db_role = session_user", quoted),
        _function("buurtboek_is_admin", "boolean",
                  "SELECT pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class c "
                  f"WHERE c.oid = '{quoted}.actors'::regclass", quoted),
        _function("buurtboek_is_lead", "boolean",
                  f"SELECT pg_has_role(session_user, '{LEAD_ROLE}', 'MEMBER')", quoted),
        _search_function(quoted),
        *_search_statements(quoted),
        "CREATE FUNCTION team_own_row() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "DECLARE me integer := buurtboek_worker_id(); BEGIN "
        "IF me IS NOT NULL THEN NEW.worker_id := me; END IF; RETURN NEW; END $$",
        "CREATE FUNCTION actors_sensitive_note() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.note_sensitive AND NEW.kind <> 'person' THEN RAISE EXCEPTION USING "
        "ERRCODE = 'check_violation', MESSAGE = 'Een gevoelige notitie kan alleen bij een "
        "bewoner staan: groepen, instellingen en plekken deelt het hele team. Zet de "
        "gevoelige tekst bij de bewoner of in een eigen contactmoment.'; END IF; "
        "RETURN NEW; END $$",
        "CREATE TRIGGER actors_sensitive_note BEFORE INSERT OR UPDATE OF note_sensitive, kind "
        "ON actors FOR EACH ROW EXECUTE FUNCTION actors_sensitive_note()",
    ]
    statements += [f"CREATE TRIGGER {table}_own_row BEFORE INSERT ON {table} FOR EACH ROW "
                   "EXECUTE FUNCTION team_own_row()" for table in OWN_ROW_TABLES]
    statements += [f"ALTER FUNCTION {name}() SECURITY DEFINER SET search_path = {quoted}, "
                   "pg_temp" for name in _derived_functions()]
    for table, rule in TEAM_RULES.items():
        statements += _policies(table, rule, force=True)
    for table, rule in DERIVED_RULES.items():
        statements += _policies(table, rule, force=False)
    statements += [
        "ALTER TABLE workers ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE workers FORCE ROW LEVEL SECURITY",
        "CREATE POLICY team_read ON workers FOR SELECT USING (true)",
        f"CREATE POLICY team_worker ON workers FOR UPDATE USING (id = {ME}) "
        f"WITH CHECK (id = {ME})",
        "CREATE POLICY team_admin ON workers USING ((SELECT buurtboek_is_admin())) "
        "WITH CHECK ((SELECT buurtboek_is_admin()))",
    ]
    # Grants: RLS decides the rows, grants the tables and the kind of access.
    writable = [t for t in tables if t not in READ_ONLY and t not in ("audit_log", "workers")]
    statements += [
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(writable)} TO {WORKER_ROLE}",
        f"GRANT SELECT ON {', '.join(READ_ONLY)} TO {WORKER_ROLE}",
        f"GRANT SELECT, INSERT ON audit_log TO {WORKER_ROLE}",
        f"GRANT SELECT, UPDATE ({', '.join(profile)}) ON workers TO {WORKER_ROLE}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {quoted} TO {WORKER_ROLE}",
        f"CREATE SCHEMA {PRIVATE}",
        f"REVOKE ALL ON SCHEMA {PRIVATE} FROM PUBLIC",
        f"CREATE TABLE {PRIVATE}.salt (value text NOT NULL)",
        f"INSERT INTO {PRIVATE}.salt (value) VALUES (md5(gen_random_uuid()::text || "
        "clock_timestamp()::text))",
    ]
    for name, query in VIEWS.items():
        statements += [f"CREATE VIEW {name} WITH (security_barrier) AS {query}",
                       f"GRANT SELECT ON {name} TO {LEAD_ROLE}"]
    statements.append(f"GRANT SELECT ON {', '.join(LEAD_TABLES)} TO {LEAD_ROLE}")
    return statements


def _pg_downgrade(schema: str, tables: list[str]) -> list[str]:
    quoted = f'"{schema}"'
    statements = [f"DROP VIEW IF EXISTS {name}" for name in VIEWS]
    statements.append(f"DROP SCHEMA IF EXISTS {PRIVATE} CASCADE")
    for table in (*TEAM_RULES, *DERIVED_RULES, "workers"):
        for policy in ("team_worker", "team_admin", "team_lead", "team_read"):
            statements.append(f"DROP POLICY IF EXISTS {policy} ON {table}")
        statements += [f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY",
                       f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY"]
    statements += [f"DROP TRIGGER IF EXISTS {table}_own_row ON {table}"
                   for table in OWN_ROW_TABLES]
    statements += ["DROP TRIGGER IF EXISTS actors_sensitive_note ON actors",
                   "DROP FUNCTION IF EXISTS actors_sensitive_note()",
                   "DROP FUNCTION IF EXISTS team_own_row()"]
    statements += [f"ALTER FUNCTION {name}() SECURITY INVOKER RESET search_path"
                   for name in _derived_functions()]
    for role in (WORKER_ROLE, LEAD_ROLE):  # the roles stay: other databases may use them
        statements += [f"REVOKE ALL ON {', '.join(tables)} FROM {role}",
                       f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {quoted} FROM {role}"]
    statements += ["DROP FUNCTION IF EXISTS buurtboek_search(text, bigint, bigint, integer)",
                   "DROP FUNCTION IF EXISTS buurtboek_is_lead()",
                   "DROP FUNCTION IF EXISTS buurtboek_is_admin()",
                   "DROP FUNCTION IF EXISTS buurtboek_worker_id()"]
    return statements + _search_downgrade()


def _tables(bind) -> tuple[str, list[str]]:
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    return schema, sorted(sa.inspect(bind).get_table_names())


def upgrade() -> None:
    op.add_column('workers', sa.Column('db_role', sa.String(length=63), nullable=True))
    op.create_index(op.f('ix_workers_db_role'), 'workers', ['db_role'], unique=True)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema, tables = _tables(bind)
        profile = [c["name"] for c in sa.inspect(bind).get_columns("workers")
                   if c["name"] not in ("id", "db_role")]
        for statement in _pg_statements(schema, tables, profile):
            bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema, tables = _tables(bind)
        for statement in _pg_downgrade(schema, tables):
            bind.exec_driver_sql(statement)
    op.drop_index(op.f('ix_workers_db_role'), table_name='workers')
    op.drop_column('workers', 'db_role')  # SQLite 3.35+: ALTER TABLE DROP COLUMN, no rebuild
