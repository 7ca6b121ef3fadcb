"""Who sees what on a team server, enforced by PostgreSQL (issue 13, point 2; migration
0007_team_access, db/team.py): two workers and a lead, each signed in as their own login
role. A records a resident through the app's services; B's connection finds nothing of
that resident in any table, even with hand-written SQL, and cannot change it; both share a
group; the lead sees figures and pseudonyms but no names or notes."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, ProgrammingError
from sqlalchemy.pool import NullPool

from db import team
from db.database import open_database
from db.migrate import HEAD, SchemaError
from db.services import Services, ValidationError
from db.services.recording import ContactInput, NewPerson
from db.vocabulary import ContactSetting, GroupKind

TODAY = dt.date(2026, 6, 15)
SURNAME = "Oudenrijn"  # A's resident: found nowhere by B
SECRET = "schuldhulp en ruzie met de verhuurder"  # A's sensitive note


@pytest.fixture(scope="module")
def team_server(pg_url):
    """The module's database at head, with login roles a, b (workers) and lead."""
    admin_db = open_database(pg_url)  # the admin (owner) migrates
    admin_db.close()
    suffix = uuid.uuid4().hex[:8]
    roles = {k: f"rls_{k}_{suffix}" for k in ("a", "b", "lead")}
    passwords = {k: secrets.token_urlsafe(12) for k in roles}
    ids = {k: team.add_worker(pg_url, f"Medewerker {k.upper()}", roles[k], passwords[k])
           for k in ("a", "b")}
    team.add_lead(pg_url, roles["lead"], passwords["lead"])
    urls = {k: pg_url.set(username=roles[k], password=passwords[k]) for k in roles}
    yield {"admin": pg_url, "urls": urls, "roles": roles, "ids": ids}
    for role in roles.values():
        team.remove_member(pg_url, role)


@pytest.fixture(scope="module")
def a(team_server):
    database = open_database(team_server["urls"]["a"])
    yield Services.for_database(database)
    database.close()


@pytest.fixture(scope="module")
def b(team_server):
    database = open_database(team_server["urls"]["b"])
    yield Services.for_database(database)
    database.close()


@pytest.fixture(scope="module")
def shared_group(a):
    return a.actors.create_group("Bewonerscommissie Rijnhaven", GroupKind.INFORMAL)


@pytest.fixture(scope="module")
def recorded(team_server, a, shared_group):
    """A records a contact moment with a new resident and the shared group, marks the
    resident's note sensitive and adds a talent: everything through A's services."""
    done = a.recording.record(ContactInput(
        TODAY, ContactSetting.HOME_VISIT, participant_ids=(shared_group,),
        new_people=(NewPerson("Ilse", SURNAME),), note=f"Gesprek over {SECRET}",
        sensitive=True, follow_up="Terugbellen over de huur",
        follow_up_due=TODAY + dt.timedelta(days=7)))
    person = done.new_person_ids[0]
    a.actors.update(person, {"note": f"Let op: {SECRET}", "note_sensitive": True})
    return {"moment": done.contact_moment_id, "person": person, "recorded": done}


def _connect(url):
    return create_engine(url, poolclass=NullPool, hide_parameters=True)


def _rows(url, sql: str, **params) -> list:
    engine = _connect(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql), params))
    finally:
        engine.dispose()


# Hand-written SQL: every place A's resident or contact moment leaves a trace.
TRACES = {
    "actors": "SELECT id FROM actors WHERE id = :p OR name LIKE :name OR note LIKE :secret",
    "persons": "SELECT id FROM persons WHERE id = :p OR last_name = :surname",
    "contact_moments": "SELECT id FROM contact_moments WHERE id = :m OR note LIKE :secret",
    "contact_participants": "SELECT actor_id FROM contact_participants "
                            "WHERE contact_moment_id = :m OR actor_id = :p",
    "search_index": "SELECT key FROM search_index WHERE title LIKE :name OR body LIKE :secret "
                    "OR (key >> 56 = 1 AND (key & 4294967295) = :p) "
                    "OR (key >> 56 = 4 AND (key & 4294967295) = :m)",
    "reach_residents": "SELECT person_id FROM reach_residents WHERE person_id = :p",
    "action_points": "SELECT id FROM action_points WHERE contact_moment_id = :m",
    "all persons": "SELECT id FROM actors WHERE kind = 'person'",
    "all moments": "SELECT id FROM contact_moments",
}


def _params(recorded) -> dict:
    return {"p": recorded["person"], "m": recorded["moment"], "name": f"%{SURNAME}%",
            "surname": SURNAME, "secret": f"%{SECRET}%"}


def test_the_worker_who_records_a_resident_sees_it_everywhere(team_server, recorded):
    params = _params(recorded)
    for table, sql in TRACES.items():
        assert _rows(team_server["urls"]["a"], sql, **params), table


def test_another_worker_finds_nothing_of_that_resident_with_hand_written_sql(
        team_server, recorded):
    params = _params(recorded)
    for table, sql in TRACES.items():
        assert _rows(team_server["urls"]["b"], sql, **params) == [], table
    # ... and the admin sees it all, so the rows are really there
    for table, sql in TRACES.items():
        assert _rows(team_server["admin"], sql, **params), table


def test_another_worker_cannot_change_delete_or_link_to_that_resident(team_server, recorded):
    engine = _connect(team_server["urls"]["b"])
    p, m = recorded["person"], recorded["moment"]
    try:
        with engine.begin() as conn:
            assert conn.execute(text("UPDATE actors SET note = 'weg' WHERE id = :p"),
                                {"p": p}).rowcount == 0
            assert conn.execute(text("UPDATE contact_moments SET note = '' WHERE id = :m"),
                                {"m": m}).rowcount == 0
            assert conn.execute(text("DELETE FROM persons WHERE id = :p"), {"p": p}).rowcount == 0
            assert conn.execute(text("DELETE FROM contact_moments WHERE id = :m"),
                                {"m": m}).rowcount == 0
            assert conn.execute(text(  # taking the resident over: the row is not there for B
                "UPDATE actors SET worker_id = (SELECT id FROM workers WHERE db_role = "
                "session_user) WHERE id = :p"), {"p": p}).rowcount == 0
        for sql in ("INSERT INTO talents (person_id, category, description, created_at, "
                    "updated_at) VALUES (:p, 'hands', 'klussen', now(), now())",
                    "INSERT INTO contact_participants (contact_moment_id, actor_id) "
                    "VALUES (:m, :p)",
                    "INSERT INTO search_index (key, title, body) VALUES (1, 'x', 'y')",
                    "DELETE FROM reach_months"):
            with pytest.raises(DBAPIError) as refused, engine.begin() as conn:
                conn.execute(text(sql), {"p": p, "m": m})
            assert "row-level security" in str(refused.value) or \
                "permission denied" in str(refused.value)
    finally:
        engine.dispose()
    admin = _rows(team_server["admin"], "SELECT a.note, c.note FROM actors a, contact_moments c "
                  "WHERE a.id = :p AND c.id = :m", p=p, m=m)
    assert SECRET in admin[0][0] and SECRET in admin[0][1]


def test_new_records_belong_to_the_worker_signed_in_whatever_the_app_passes(
        team_server, a, recorded):
    ids = team_server["ids"]
    # the app passes B's id (or None): the server makes it A's
    person = a.people.create_person(first_name="Tom", last_name="Eigenaar", worker_id=ids["b"])
    rows = _rows(team_server["admin"], "SELECT id, worker_id FROM actors WHERE id IN (:x, :p) "
                 "UNION ALL SELECT id, worker_id FROM contact_moments WHERE id = :m",
                 x=person, p=recorded["person"], m=recorded["moment"])
    assert {worker for _id, worker in rows} == {ids["a"]}
    assert a.profile.current().id == ids["a"]
    assert a.profile.current().name == "Medewerker A"
    a.profile.save("Medewerker A", organisation="Welzijn Zuid")  # only the own row
    assert a.profile.current().organisation == "Welzijn Zuid"
    assert _rows(team_server["admin"], "SELECT organisation FROM workers WHERE id = :b",
                 b=ids["b"]) == [("",)]


def test_both_workers_see_and_edit_the_shared_group(team_server, a, b, shared_group, recorded):
    assert b.actors.detail(shared_group).name == "Bewonerscommissie Rijnhaven"
    b.actors.update(shared_group, {"note": "Vergadert elke eerste dinsdag"})
    assert a.actors.detail(shared_group).note == "Vergadert elke eerste dinsdag"
    # B's detail of the group does not list A's resident, A's does
    names = [h.title.text for h in b.search.search("Rijnhaven").hits]
    assert "Bewonerscommissie Rijnhaven" in names
    assert b.actors.detail(recorded["person"]) is None


def test_a_sensitive_note_cannot_live_on_a_shared_group(a, shared_group):
    with pytest.raises(DBAPIError, match="alleen bij een bewoner"):
        a.actors.update(shared_group, {"note_sensitive": True})


def test_the_other_workers_search_does_not_find_the_resident(a, b, recorded):
    assert any(h.record_id == recorded["person"] for h in a.search.search(SURNAME).hits)
    assert any(h.record_id == recorded["moment"] for h in a.search.search("verhuurder").hits)
    assert b.search.search(SURNAME).hits == ()
    assert b.search.search("verhuurder").hits == ()
    with pytest.raises(ValidationError):
        b.actors.update(recorded["person"], {"note": "overschreven"})


def test_a_workers_everyday_flows_work_under_row_level_security(team_server, a, b, recorded,
                                                                shared_group):
    before = a.overview.figures(TODAY)
    again = a.recording.record(ContactInput(
        TODAY, ContactSetting.STREET, participant_ids=(recorded["person"], shared_group),
        note="Kort gesproken bij de portiek"))
    after = a.overview.figures(TODAY)
    assert after.contacts_30_days == before.contacts_30_days + 1
    page = a.contacts.page(limit=5)
    assert page[0].id == again.contact_moment_id and any(SURNAME in r.participants for r in page)
    assert all(row.id not in (again.contact_moment_id, recorded["moment"])
               for row in b.contacts.page(limit=50))
    assert b.overview.figures(TODAY).persons == 0  # B has no residents of their own
    a.recording.delete(again)
    assert a.overview.figures(TODAY).contacts_30_days == before.contacts_30_days
    reach = _rows(team_server["admin"], "SELECT count(*) FROM reach_residents "
                  "WHERE person_id = :p", p=recorded["person"])
    assert reach[0][0] > 0  # the derived tables were written by the (definer) triggers


def test_the_lead_sees_figures_and_pseudonyms_but_no_names_or_notes(team_server, recorded):
    lead, ids = team_server["urls"]["lead"], team_server["ids"]
    figures = {w: (residents, moments) for w, residents, moments in _rows(
        lead, "SELECT worker_id, residents, contact_moments FROM team_figures")}
    assert figures[ids["a"]][0] >= 1 and figures[ids["a"]][1] >= 1
    assert figures[ids["b"]] == (0, 0)
    persons = _rows(lead, "SELECT * FROM team_persons WHERE worker_id = :a", a=ids["a"])
    row = " ".join(str(value) for value in persons[0])
    assert SURNAME not in row and "Ilse" not in row
    pseudonym = persons[0][0]
    assert pseudonym.startswith("P") and len(pseudonym) == 11
    assert pseudonym[1:] not in (str(recorded["person"]), f"{recorded['person']:010d}")
    again = _rows(lead, "SELECT pseudonym FROM team_persons WHERE worker_id = :a", a=ids["a"])
    assert pseudonym in {r[0] for r in again}  # stable
    moments = _rows(lead, "SELECT pseudonym, residents FROM team_contact_moments "
                    "WHERE worker_id = :a", a=ids["a"])
    assert moments and all(SECRET not in str(m) for m in moments)
    for sql in ("SELECT name FROM actors", "SELECT note FROM contact_moments",
                "SELECT last_name FROM persons", "SELECT title FROM search_index",
                "SELECT * FROM buurtboek_private.salt"):
        with pytest.raises(ProgrammingError, match="permission denied"):
            _rows(lead, sql)
    assert _rows(lead, "SELECT * FROM buurtboek_search(:q, 0, 9223372036854775807, 50)",
                 q=f"{SURNAME.lower()}:*") == []  # the app's search function: nothing
    with pytest.raises(SchemaError, match="aangemeld als teamleider"):
        open_database(lead)  # the app itself is for workers


def test_a_worker_never_migrates_and_is_told_to_ask_the_admin(team_server, fresh_pg_url):
    admin, url_a = team_server["admin"], team_server["urls"]["a"]
    engine = _connect(admin)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0006_versions'"))
        with pytest.raises(SchemaError, match="beheerder moet de database bijwerken"):
            open_database(url_a)
    finally:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :h"), {"h": HEAD})
        engine.dispose()
    # an empty database: the worker may not create the schema either
    with pytest.raises(SchemaError, match="beheerder moet haar eerst inrichten"):
        open_database(fresh_pg_url.set(username=url_a.username, password=url_a.password))


def test_team_list_and_refusals(team_server):
    members = {m.role: m for m in team.list_team(team_server["admin"])}
    roles, ids = team_server["roles"], team_server["ids"]
    assert members[roles["a"]].worker_id == ids["a"] and members[roles["a"]].kind == team.WORKER
    assert members[roles["lead"]].kind == team.LEAD
    with pytest.raises(team.TeamError, match="bestaat al"):
        team.add_worker(team_server["admin"], "Dubbel", roles["a"], "een-goed-wachtwoord")
    with pytest.raises(team.TeamError, match="rolnaam"):
        team.add_worker(team_server["admin"], "Fout", "Robert'); DROP", "een-goed-wachtwoord")
    with pytest.raises(team.TeamError, match="beheerder"):
        team.add_worker(team_server["urls"]["a"], "Zelf", "rls_zelf_x", "een-goed-wachtwoord")


@pytest.fixture
def owned_server(pg_admin):
    """A database owned by an ordinary admin role (CREATEROLE, no superuser): then the
    policies also bind the owner (FORCE) and the SECURITY DEFINER triggers run as it."""
    import psycopg

    suffix = uuid.uuid4().hex[:8]
    owner, password = f"rls_owner_{suffix}", secrets.token_urlsafe(12)
    name = f"bb_rls_{suffix}"
    params = {"host": pg_admin.host, "port": pg_admin.port, "user": pg_admin.username,
              "dbname": pg_admin.database}
    with psycopg.connect(**params, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{password}'")
        conn.execute(f'CREATE DATABASE "{name}" OWNER {owner}')
    made: list[str] = [owner]
    yield pg_admin.set(database=name, username=owner, password=password), made
    with psycopg.connect(**params, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for role in reversed(made):
            conn.execute(f"DROP ROLE IF EXISTS {role}")


def test_with_an_ordinary_owner_the_policies_and_definer_triggers_still_hold(owned_server):
    from db.reach import computed_reach, stored_reach

    owner_url, made = owned_server
    open_database(owner_url).close()  # the owner migrates (no superuser needed)
    suffix = owner_url.username.rsplit("_", 1)[1]
    urls = {}
    for k in ("a", "b"):
        role, password = f"rls_{k}2_{suffix}", secrets.token_urlsafe(12)
        team.add_worker(owner_url, f"Medewerker {k}", role, password)
        made.append(role)
        urls[k] = owner_url.set(username=role, password=password)
    lead, password = f"rls_lead2_{suffix}", secrets.token_urlsafe(12)
    team.add_lead(owner_url, lead, password)
    made.append(lead)
    databases = {k: open_database(url) for k, url in urls.items()}
    try:
        a, b = (Services.for_database(databases[k]) for k in ("a", "b"))
        group = b.actors.create_group("Moestuinclub", GroupKind.INFORMAL)
        done = a.recording.record(ContactInput(
            TODAY, ContactSetting.HOME_VISIT, participant_ids=(group,),
            new_people=(NewPerson("Ilse", SURNAME),), note=SECRET, sensitive=True))
        for table, sql in TRACES.items():  # no follow-up here: no action point
            if table == "action_points":
                continue
            params = _params({"person": done.new_person_ids[0],
                              "moment": done.contact_moment_id})
            assert _rows(urls["b"], sql, **params) == []
            assert _rows(urls["a"], sql, **params)
        assert [h.record_id for h in a.search.search(SURNAME).hits] == [done.new_person_ids[0]]
        assert b.search.search(SURNAME).hits == ()
        engine = _connect(owner_url)  # the owner (admin policy) sees everything
        try:
            with engine.connect() as conn:
                stored = stored_reach(conn)
                assert stored == computed_reach(conn) and stored[0]  # A's resident counted
        finally:
            engine.dispose()
        figures = _rows(owner_url.set(username=lead, password=password),
                        "SELECT worker, residents, contact_moments FROM team_figures "
                        "ORDER BY worker")
        assert figures == [("Medewerker a", 1, 1), ("Medewerker b", 0, 0)]
        a.recording.delete(done)
        engine = _connect(owner_url)
        try:
            with engine.connect() as conn:
                assert stored_reach(conn) == computed_reach(conn)
        finally:
            engine.dispose()
    finally:
        for database in databases.values():
            database.close()


def test_the_admin_sets_up_the_team_on_the_command_line(team_server, monkeypatch, capsys):
    from desktop.cli import main

    url = team_server["admin"].render_as_string(hide_password=False)
    role, password = f"rls_cli_{uuid.uuid4().hex[:8]}", secrets.token_urlsafe(12)
    monkeypatch.setenv("BUURTBOEK_TEAM_PASSWORD", password)
    try:
        assert main(["--database-url", url, "team", "add-worker", "Sanne de Wit",
                     "--role", role]) == 0
        assert main(["team", "--database-url", url, "list"]) == 0
        out = capsys.readouterr().out
        assert "Sanne de Wit toegevoegd" in out and f"{role}@" in out
        assert any(line.startswith(role) and "medewerker" in line and "Sanne de Wit" in line
                   for line in out.splitlines())
        assert password not in out
        signed_in = team_server["admin"].set(username=role, password=password)
        assert _rows(signed_in, "SELECT name FROM workers WHERE db_role = session_user") == [
            ("Sanne de Wit",)]
        assert main(["team", "--database-url", url, "add-worker", "X", "--role", role]) == 2
        assert "bestaat al" in capsys.readouterr().err
    finally:
        assert main(["team", "--database-url", url, "remove", "--role", role]) == 0
    assert role not in {m.role for m in team.list_team(team_server["admin"])}
