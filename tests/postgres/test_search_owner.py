"""Search on a team server follows the owner (migration 0007_team_access): each row of
search_index carries `owner_id`, the worker whose row it is by the row-level-security
policies (0: the team's). When a resident, contact moment or signal changes hands, the
search follows at once: the new worker finds it, the old one no longer does; after
`migrate-to` every row has its owner."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from db import demo, team
from db.database import open_database
from db.engine import DATABASE_FILENAME, sqlite_url
from db.services import Services
from db.services.recording import ContactInput
from db.transfer import migrate_to
from db.vocabulary import ContactSetting, GroupKind

TODAY = dt.date(2026, 6, 15)
SURNAME = "Vliegenthart"
NOTE = "kozijnen lekken bij de achterdeur"
SIGNAL = "zwerfvuil bij de glasbak"
OTHER = "Wijnbergen"  # a second resident of A, merged into the first later
OTHER_SIGNAL = "losliggende stoeptegels"
# What a worker sees of each source table through its policies, as search_index keys
# (kind << 56 | id): the search must show exactly these rows of those kinds.
SOURCES = ("SELECT (1::bigint << 56) | id FROM actors WHERE kind = 'person' "
           "AND archived_at IS NULL UNION ALL SELECT (4::bigint << 56) | id "
           "FROM contact_moments UNION ALL SELECT (8::bigint << 56) | id FROM signals "
           "UNION ALL SELECT (9::bigint << 56) | id FROM stories")
INDEXED = ("SELECT ((key >> 56) << 56) | (key & 4294967295) FROM search_index "
           "WHERE key >> 56 IN (1, 4, 8, 9)")


def _rows(url, sql: str, **params) -> list:
    engine = create_engine(url, poolclass=NullPool, hide_parameters=True)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params)
            return list(result) if result.returns_rows else []
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def server(pg_url):
    """The module's database at head; workers A and B, each signed in as their own role,
    and the admin's services."""
    admin = open_database(pg_url)
    suffix = uuid.uuid4().hex[:8]
    roles = {k: f"own_{k}_{suffix}" for k in ("a", "b")}
    passwords = {k: secrets.token_urlsafe(12) for k in roles}
    ids = {k: team.add_worker(pg_url, f"Medewerker {k.upper()}", roles[k], passwords[k])
           for k in roles}
    urls = {k: pg_url.set(username=roles[k], password=passwords[k]) for k in roles}
    databases = {k: open_database(url) for k, url in urls.items()}
    yield {"admin": pg_url, "urls": urls, "ids": ids,
           "services": {k: Services.for_database(d) for k, d in databases.items()},
           "admin_services": Services.for_database(admin)}
    for database in (*databases.values(), admin):
        database.close()
    for role in roles.values():
        team.remove_member(pg_url, role)


def _finds(services: Services, typed: str) -> set[tuple[str, int]]:
    return {(hit.kind, hit.record_id) for hit in services.search.search(typed).hits}


def _mismatched(url) -> int:
    """Rows whose owner_id is not what their source says now (as the admin)."""
    return _rows(url, "SELECT count(*) FROM search_index "
                 "WHERE owner_id IS DISTINCT FROM buurtboek_search_owner(key)")[0][0]


def test_the_search_follows_a_resident_contact_moment_and_signal_to_their_new_worker(server):
    a, b = server["services"]["a"], server["services"]["b"]
    admin, ids = server["admin"], server["ids"]
    person = a.people.create_person(first_name="Noor", last_name=SURNAME)
    moment = a.recording.record(ContactInput(
        TODAY, ContactSetting.HOME_VISIT, participant_ids=(person,), note=NOTE)
    ).contact_moment_id
    signal = a.signals.record(observed_on=TODAY, description=SIGNAL, source_actor_id=person)
    mine = {("person", person), ("contact_moment", moment), ("signal", signal)}
    assert _finds(a, SURNAME) | _finds(a, NOTE) | _finds(a, SIGNAL) >= mine
    assert _finds(b, SURNAME) == _finds(b, NOTE) == _finds(b, SIGNAL) == set()

    # the admin hands the resident over to B: the resident and the signal about them
    # follow; the contact moment A wrote stays A's
    _rows(admin, "UPDATE actors SET worker_id = :b WHERE id = :p", b=ids["b"], p=person)
    assert ("person", person) in _finds(b, SURNAME)
    assert ("signal", signal) in _finds(b, SIGNAL)
    assert _finds(b, NOTE) == set()
    assert _finds(a, SURNAME) == _finds(a, SIGNAL) == set()
    assert ("contact_moment", moment) in _finds(a, NOTE)

    # ... and then the contact moment itself
    _rows(admin, "UPDATE contact_moments SET worker_id = :b WHERE id = :m", b=ids["b"],
          m=moment)
    assert ("contact_moment", moment) in _finds(b, NOTE)
    assert _finds(a, NOTE) == set()

    # a signal whose source becomes a group (shared) is the team's: both find it
    group = a.actors.create_group("Glasbakcomité", GroupKind.INFORMAL)
    b.signals.update(signal, {"source_actor_id": group})
    assert ("signal", signal) in _finds(a, SIGNAL) and ("signal", signal) in _finds(b, SIGNAL)
    assert _mismatched(admin) == 0


def test_a_merge_moves_the_signals_search_rows_to_the_keeping_residents_worker(server):
    a, b = server["services"]["a"], server["services"]["b"]
    admin, ids = server["admin"], server["ids"]
    keep = b.people.create_person(first_name="Sem", last_name="Houtkamp")  # B's resident
    drop = a.people.create_person(first_name="Sem", last_name=OTHER)  # A's duplicate
    signal = a.signals.record(observed_on=TODAY, description=OTHER_SIGNAL,
                              source_actor_id=drop)
    assert ("signal", signal) in _finds(a, OTHER_SIGNAL)
    assert _finds(b, OTHER_SIGNAL) == set()
    server["admin_services"].duplicates.merge(keep, drop)  # the admin sees both
    assert ("signal", signal) in _finds(b, OTHER_SIGNAL)
    assert _finds(a, OTHER_SIGNAL) == set() and _finds(a, OTHER) == set()
    assert _rows(admin, "SELECT worker_id FROM actors WHERE id = :k", k=keep) == [(ids["b"],)]
    assert _mismatched(admin) == 0


def test_each_worker_sees_in_the_index_exactly_what_the_policies_show_them(server):
    """Whatever happened above: per worker, the indexed residents, contact moments,
    signals and stories they can read are exactly the rows they can read at the source."""
    urls = server["urls"]
    for k in ("a", "b"):
        sources = {row[0] for row in _rows(urls[k], SOURCES)}
        indexed = {row[0] for row in _rows(urls[k], INDEXED)}
        assert sources and indexed == sources, k
    # the shared kinds: every row, for both
    shared = "SELECT count(*) FROM search_index WHERE key >> 56 NOT IN (1, 4, 8, 9)"
    assert _rows(urls["a"], shared) == _rows(urls["b"], shared) == _rows(server["admin"], shared)
    with pytest.raises(Exception, match="permission denied"):  # it would tell whose a row is
        _rows(urls["a"], "SELECT buurtboek_search_owner(72057594037927937)")


def test_migrate_to_gives_every_search_row_its_owner(tmp_path, fresh_pg_url):
    database = open_database(sqlite_url(tmp_path / DATABASE_FILENAME))
    demo.run(database.engine, demo.DemoSize(people=30, seed=5), today=TODAY)
    database.close()
    migrate_to(sqlite_url(tmp_path / DATABASE_FILENAME), fresh_pg_url)
    counts = dict(_rows(fresh_pg_url, "SELECT owner_id IS NULL, count(*) FROM search_index "
                        "WHERE key >> 56 IN (1, 4) GROUP BY 1"))
    assert counts.get(False, 0) > 0
    assert counts.get(True, 0) == _rows(  # nobody's: only residents without a worker
        fresh_pg_url, "SELECT count(*) FROM actors WHERE kind = 'person' AND worker_id IS NULL "
        "AND archived_at IS NULL")[0][0] + _rows(
        fresh_pg_url, "SELECT count(*) FROM contact_moments WHERE worker_id IS NULL")[0][0]
    assert _mismatched(fresh_pg_url) == 0
