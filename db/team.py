"""A team on a PostgreSQL server: one login role per worker, a lead, and who is signed in.

Set up by the server's admin (the owner of the database, or a superuser) after
`buurtboek migrate-to` or a first start; row-level security itself is migration
0007_team_access. No Qt; `desktop.team_commands` is the command line around it.

    from db.team import add_worker, add_lead, list_team, remove_member
    worker_id = add_worker(admin_url, "Fatima Bakker", "fatima", password)
    add_lead(admin_url, "lead_noord", password)

`admin_url`: a sqlalchemy URL or a string (postgresql+psycopg://beheer@server/buurtboek);
the admin's own password comes from .pgpass/PGPASSWORD or inside the URL object. The
worker's password is turned into a SCRAM-SHA-256 verifier by libpq on this machine
(PQencryptPasswordConn), so the plain password never travels to the server, its log or
ours; it is never stored. A worker then connects as
postgresql+psycopg://fatima@server/buurtboek and sees only what the policies allow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db.migrate import HEAD, SchemaError, SchemaInfo, SchemaState
from db.postgres import server_url, shown

WORKER_ROLE = "buurtboek_worker"  # the group roles of migration 0007_team_access
LEAD_ROLE = "buurtboek_lead"
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
WORKER, LEAD = "medewerker", "teamleider"


class TeamError(Exception):
    """Setting up the team failed; the message is for the admin (Dutch). Nothing changed."""


@dataclass(frozen=True)
class TeamMember:
    role: str  # the login role
    kind: str  # WORKER or LEAD
    worker_id: int | None  # workers.id for a worker
    name: str  # the worker's name; the role for a lead
    can_login: bool


def session_worker_id(conn: Connection | Session) -> int | None:
    """The worker signed in on this connection (workers.db_role = session_user) on a team
    server; None on SQLite and for the admin or the lead."""
    dialect = conn.get_bind().dialect if isinstance(conn, Session) else conn.dialect
    if dialect.name != "postgresql":
        return None
    return conn.execute(text("SELECT id FROM workers WHERE db_role = session_user")).scalar()


def may_migrate(conn: Connection) -> bool:
    """May this connection's role change the schema? On PostgreSQL: it owns the schema's
    tables (or is a superuser), or, on an empty database, may create tables. A worker or
    a lead may not: their app opens the database without migrating."""
    if conn.dialect.name != "postgresql":
        return True
    return bool(conn.execute(text(
        "SELECT CASE WHEN to_regclass('alembic_version') IS NULL "
        "THEN has_schema_privilege(current_schema(), 'CREATE') "
        "ELSE pg_has_role(current_user, (SELECT relowner FROM pg_class "
        "WHERE oid = to_regclass('alembic_version')), 'USAGE') END")).scalar())


def check_sign_in(engine: Engine, info: SchemaInfo, *, migrate: bool) -> None:
    """On a server, before the app opens it (db.database.open_database): raise SchemaError
    (Dutch) for a team lead (the app shows residents; the lead has the team_* views only),
    and when the schema must change but this role may not do it: a worker's app opens a
    current database without migrating and asks for the admin otherwise."""
    with engine.connect() as conn:
        lead = conn.execute(text(
            "SELECT 1 FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid "
            "JOIN pg_roles m ON m.oid = am.member WHERE g.rolname = :lead "
            "AND m.rolname = session_user"), {"lead": LEAD_ROLE}).first() is not None
        if lead:
            raise SchemaError(
                "U bent aangemeld als teamleider. Buurtboek toont de bewoners en notities van "
                "medewerkers niet aan de teamleider; de teamcijfers en gepseudonimiseerde "
                "rijen staan in de overzichten team_figures, team_persons en "
                "team_contact_moments (bijv. met een rapportageprogramma).")
        if not migrate or info.state is SchemaState.CURRENT or may_migrate(conn):
            return
    if info.state is SchemaState.EMPTY:
        raise SchemaError(
            "De database op de server is nog leeg. De beheerder moet haar eerst inrichten "
            "(Buurtboek één keer openen als beheerder, of buurtboek migrate-to); daarna kunt u "
            "zich aanmelden. Er is niets veranderd.")
    raise SchemaError(
        f"De beheerder moet de database bijwerken naar deze versie van Buurtboek (schema "
        f"{info.revision} → {HEAD}): open Buurtboek één keer als beheerder. U kunt tot dan "
        "met de vorige versie van Buurtboek verder. Er is niets veranderd.")


def _url(admin_url: URL | str) -> URL:
    return server_url(admin_url) if isinstance(admin_url, str) else admin_url


def _engine(admin_url: URL | str):
    from sqlalchemy.pool import NullPool

    from db.engine import make_engine

    return make_engine(_url(admin_url), poolclass=NullPool)


def _check_role(role: str) -> str:
    if not ROLE_NAME.match(role or ""):
        raise TeamError(f"'{role}' kan geen rolnaam zijn: gebruik kleine letters, cijfers en _ "
                        "(hoogstens 63 tekens, niet met een cijfer beginnen), bijv. fatima_b.")
    return role


def _check_password(password: str) -> str:
    if len(password or "") < 8:
        raise TeamError("Het wachtwoord moet minstens 8 tekens lang zijn.")
    return password


def _verifier(conn: Connection, role: str, password: str) -> str:
    """libpq's SCRAM-SHA-256 verifier for the password (computed here, not on the server)."""
    pgconn = conn.connection.driver_connection.pgconn
    return pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256").decode()


def _prepare(conn: Connection, role: str) -> None:
    if conn.execute(text("SELECT to_regprocedure('buurtboek_worker_id()')")).scalar() is None:
        raise TeamError("Deze database is nog geen Buurtboek-teamdatabase (schema ouder dan "
                        "0007_team_access): open haar eerst als beheerder zodat Buurtboek haar "
                        "bijwerkt, of gebruik buurtboek migrate-to.")
    if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
        raise TeamError(f"De rol '{role}' bestaat al op deze server. Kies een andere naam.")


def _create_login(conn: Connection, role: str, password: str, group: str) -> None:
    verifier = _verifier(conn, role, password)  # base64 and $ : digits: safe in a literal
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    conn.exec_driver_sql(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{verifier}'")
    conn.exec_driver_sql(f"GRANT {group} TO \"{role}\"")
    # The policies' subqueries inflate cost estimates past jit_above_cost: JIT compilation
    # then costs 30 ms on queries that run in 5 (measured on the overview's tie count).
    conn.exec_driver_sql(f"ALTER ROLE \"{role}\" SET jit = off")
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE \"{database}\" TO \"{role}\"")
    # Only the team (and the owner) may enter: a worker of another team's database on the
    # same server is not let in here.
    conn.exec_driver_sql(f"REVOKE CONNECT ON DATABASE \"{database}\" FROM PUBLIC")


def _fail(error: DBAPIError, url: URL) -> TeamError:
    first = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
    if "permission denied" in first or "must be" in first:
        return TeamError(f"Alleen de beheerder van {shown(url)} (met het recht rollen te maken) "
                         f"kan het team inrichten (de server zegt: {first}).")
    return TeamError(f"Het team inrichten op {shown(url)} is mislukt: {first}. Er is niets "
                     "veranderd.")


def add_worker(admin_url: URL | str, name: str, role: str, password: str, *,
               organisation: str = "", team: str = "", worker_id: int | None = None) -> int:
    """Create login role `role` (member of buurtboek_worker) and the worker `name` linked
    to it, in one transaction; returns workers.id. With `worker_id`: link that existing
    worker instead (e.g. after `buurtboek migrate-to`, so the residents in their copied
    database stay theirs); `name` is then only checked against it when given."""
    from db.models import Worker

    name = (name or "").strip()
    if not name and worker_id is None:
        raise TeamError("Geef de naam van de medewerker.")
    _check_role(role), _check_password(password)
    engine = _engine(admin_url)
    try:
        with engine.begin() as conn:
            _prepare(conn, role)
            with Session(bind=conn) as s:
                if worker_id is None:
                    worker = Worker(name=name[:200], organisation=organisation, team=team)
                    s.add(worker)
                else:
                    worker = s.get(Worker, worker_id)
                    if worker is None or (name and worker.name != name):
                        raise TeamError(f"Er is geen medewerker {worker_id}"
                                        + (f" met de naam {name}." if name else "."))
                    if worker.db_role:
                        raise TeamError(f"Medewerker {worker.name} meldt zich al aan als "
                                        f"'{worker.db_role}'.")
                s.flush()
                _create_login(conn, role, password, WORKER_ROLE)
                worker.db_role = role
                s.flush()
                return worker.id
    except DBAPIError as error:
        raise _fail(error, engine.url) from None
    finally:
        engine.dispose()


def add_lead(admin_url: URL | str, role: str, password: str) -> None:
    """Create login role `role` for the team lead (member of buurtboek_lead): the team_*
    views only, no names or notes."""
    _check_role(role), _check_password(password)
    engine = _engine(admin_url)
    try:
        with engine.begin() as conn:
            _prepare(conn, role)
            _create_login(conn, role, password, LEAD_ROLE)
    except DBAPIError as error:
        raise _fail(error, engine.url) from None
    finally:
        engine.dispose()


def list_team(admin_url: URL | str) -> list[TeamMember]:
    """The workers linked to a login role in this database, and the leads allowed in it."""
    engine = _engine(admin_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT m.rolname, g.rolname, w.id, w.name, m.rolcanlogin "
                "FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid "
                "JOIN pg_roles m ON m.oid = am.member "
                "LEFT JOIN workers w ON w.db_role = m.rolname "
                "WHERE (g.rolname = :worker AND w.id IS NOT NULL) OR (g.rolname = :lead "
                "AND EXISTS (SELECT 1 FROM pg_database d, aclexplode(d.datacl) x "
                "WHERE d.datname = current_database() AND x.grantee = m.oid "
                "AND x.privilege_type = 'CONNECT')) ORDER BY g.rolname DESC, m.rolname"),
                {"worker": WORKER_ROLE, "lead": LEAD_ROLE}).all()
    except DBAPIError as error:
        raise _fail(error, engine.url) from None
    finally:
        engine.dispose()
    return [TeamMember(role, WORKER if group == WORKER_ROLE else LEAD, wid,
                       wname if wname is not None else role, bool(login))
            for role, group, wid, wname, login in rows]


def remove_member(admin_url: URL | str, role: str) -> None:
    """Unlink `role` from its worker (their records stay, with nobody signed in as their
    owner until the admin links another role), revoke its rights in this database and drop
    the role when no other database still uses it."""
    _check_role(role)
    engine = _engine(admin_url)
    try:
        with engine.begin() as conn:
            database = conn.execute(text("SELECT current_database()")).scalar_one()
            if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                {"r": role}).first():
                raise TeamError(f"De rol '{role}' bestaat niet op deze server.")
            conn.execute(text("UPDATE workers SET db_role = NULL WHERE db_role = :r"),
                         {"r": role})
            conn.exec_driver_sql(f"REVOKE CONNECT ON DATABASE \"{database}\" FROM \"{role}\"")
            conn.exec_driver_sql(f"DROP OWNED BY \"{role}\"")
            savepoint = conn.begin_nested()
            try:
                conn.exec_driver_sql(f"DROP ROLE \"{role}\"")
                savepoint.commit()
            except DBAPIError:  # still has rights in another database: keep the role
                savepoint.rollback()
    except DBAPIError as error:
        raise _fail(error, engine.url) from None
    finally:
        engine.dispose()
