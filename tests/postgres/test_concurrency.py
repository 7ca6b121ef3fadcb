"""Two workers on one PostgreSQL server, each with its own Database (own connections, own
bus): concurrent edits of the same record never overwrite each other silently, and each
hears the other's changes (LISTEN/NOTIFY) but not its own."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from dataclasses import replace

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from db.events import Change
from db.services.errors import ConflictError
from db.services.recording import ContactInput
from db.vocabulary import ContactSetting

WAIT_S = 5.0


@pytest.fixture(scope="module")
def two(pg_url):
    """Worker A's and worker B's app on the same server database."""
    from db.database import open_database
    from db.services import Services

    first = open_database(pg_url)
    second = open_database(pg_url)
    assert first.listener.wait_listening() and second.listener.wait_listening()
    yield Services.for_database(first), Services.for_database(second)
    first.close()
    second.close()
    assert not first.listener.alive and not second.listener.alive


class Heard:
    """What a bus announced, with a wait for a change to arrive."""

    def __init__(self, services) -> None:
        self.changes: list[Change] = []
        self._unsubscribe = services.db.bus.subscribe(self.changes.append)

    def wait_for(self, wanted: Change, timeout: float = WAIT_S) -> float:
        start = time.perf_counter()
        while wanted not in self.changes:
            if time.perf_counter() - start > timeout:
                raise AssertionError(f"{wanted} niet gehoord binnen {timeout} s: {self.changes}")
            time.sleep(0.01)
        return time.perf_counter() - start

    def close(self) -> None:
        self._unsubscribe()


@pytest.fixture
def both_past_the_check():
    """Make the two edits collide at the worst moment: each has read the row and passed the
    version check before either writes (the server's row lock decides, then the UPDATE's
    `AND version = …` of the loser finds nothing)."""
    barrier = threading.Barrier(2, timeout=WAIT_S)
    racing = threading.local()  # only the racing threads wait, and only at their first flush

    def before_flush(session, _context, _instances) -> None:
        if getattr(racing, "armed", False):
            racing.armed = False
            barrier.wait()

    event.listen(Session, "before_flush", before_flush)
    yield racing
    event.remove(Session, "before_flush", before_flush)


def race(*edits, racing: threading.local | None = None) -> list[object]:
    """Run the edits at once, one thread each; returns what each returned or raised."""
    results: list[object] = [None] * len(edits)

    def run(i: int) -> None:
        if racing is not None:
            racing.armed = True
        try:
            results[i] = edits[i]()
        except Exception as error:  # noqa: BLE001 - the result under test
            results[i] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(edits))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT_S * 3)
    return results


def test_two_workers_editing_one_person_at_once_one_wins_the_other_is_told(
        two, both_past_the_check):
    a, b = two
    person = a.people.create_person(first_name="Ans", last_name="Jansen", phone="0612345678")
    seen_a, seen_b = a.actors.detail(person), b.actors.detail(person)  # both open her
    results = race(
        lambda: a.actors.update(person, {"phone": "0611111111"},
                                expected_version=seen_a.version),
        lambda: b.actors.update(person, {"phone": "0622222222"},
                                expected_version=seen_b.version), racing=both_past_the_check)
    conflicts = [r for r in results if isinstance(r, ConflictError)]
    winners = [i for i, r in enumerate(results) if not isinstance(r, Exception)]
    assert len(conflicts) == 1 and len(winners) == 1, results
    now = a.actors.detail(person)
    assert now.fields["phone"] == ("0611111111", "0622222222")[winners[0]]  # the winner's
    assert now.version == seen_a.version + 1


def test_two_workers_editing_one_contact_moment_at_once(two, both_past_the_check):
    a, b = two
    person = a.people.create_person(first_name="Bram", last_name="Kok")
    cm = a.recording.record(ContactInput(occurred_on=dt.date.today(),
                                         setting=ContactSetting.STREET,
                                         participant_ids=(person,), note="Kort gesproken"))
    seen = a.recording.detail(cm.contact_moment_id)
    results = race(
        lambda: a.recording.update(cm.contact_moment_id, replace(seen.input, note="Van A"),
                                   expected_version=seen.version),
        lambda: b.recording.update(cm.contact_moment_id, replace(seen.input, note="Van B"),
                                   expected_version=seen.version), racing=both_past_the_check)
    assert sorted(type(r).__name__ for r in results) == ["ConflictError", "ContactInput"]
    winner = "Van A" if isinstance(results[0], ContactInput) else "Van B"
    assert b.recording.detail(cm.contact_moment_id).input.note == winner


def test_many_quick_edits_from_two_workers_lose_nothing(two):
    """Each worker adds a line to a shared note 20 times, reloading and retrying when told:
    all 40 lines end up in the note (none silently overwritten)."""
    a, b = two
    group = a.actors.create_group("Moestuinclub", "informal")

    def add_lines(services, who: str) -> int:
        retries = 0
        for n in range(20):
            while True:
                seen = services.actors.detail(group)
                try:
                    services.actors.update(group, {"note": seen.note + f"{who}{n};"},
                                           expected_version=seen.version)
                    break
                except ConflictError:
                    retries += 1
        return retries

    results = race(lambda: add_lines(a, "A"), lambda: add_lines(b, "B"))
    assert all(isinstance(r, int) for r in results), results
    lines = a.actors.detail(group).note.split(";")[:-1]
    assert sorted(lines) == sorted([f"A{n}" for n in range(20)] + [f"B{n}" for n in range(20)])


def test_a_change_by_one_worker_reaches_the_others_bus_but_not_its_own(two):
    a, b = two
    heard_a, heard_b = Heard(a), Heard(b)
    try:
        person = a.people.create_person(first_name="Fatima", last_name="El Amrani")
        elapsed = heard_b.wait_for(Change("person", "created", (person,)))
        assert elapsed < WAIT_S
        a.actors.update(person, {"note": "Komt naar de bewonersavond"})
        heard_b.wait_for(Change("person", "updated", (person,)))
        # B writes after A: once A hears B, A's own notifications (sent earlier) are
        # behind it, and were skipped
        signal = b.signals.record(observed_on=dt.date.today(), description="Losse tegels")
        heard_a.wait_for(Change("signal", "created", (signal,)))
        mine = [c for c in heard_a.changes if c.kind == "person"]
        assert mine == [Change("person", "created", (person,)),
                        Change("person", "updated", (person,))]  # the services' own, once
    finally:
        heard_a.close()
        heard_b.close()


def test_a_role_without_special_rights_notifies_too(two, pg_admin, pg_url):
    """The notify function is SECURITY DEFINER and needs no right of the writer."""
    import psycopg

    a, b = two
    role = f"bb_sync_{uuid.uuid4().hex[:8]}"
    params = {"host": pg_url.host, "port": pg_url.port, "user": pg_url.username,
              "dbname": pg_url.database, "password": pg_url.password}
    heard = Heard(b)
    try:
        with psycopg.connect(**{k: v for k, v in params.items() if v}, autocommit=True) as c:
            c.execute(f'CREATE ROLE "{role}" NOLOGIN')
            c.execute(f'GRANT USAGE ON SCHEMA public TO "{role}"')
            c.execute(f'GRANT SELECT, INSERT ON themes TO "{role}"')
            c.execute(f'GRANT USAGE ON SEQUENCE themes_id_seq TO "{role}"')
            c.execute(f'SET ROLE "{role}"')
            theme_id = c.execute("INSERT INTO themes (name) VALUES ('Groen') RETURNING id"
                                 ).fetchone()[0]
            c.execute("RESET ROLE")
            heard.wait_for(Change("theme", "created", (theme_id,)))
            c.execute("DELETE FROM themes WHERE id = %s", (theme_id,))
            c.execute(f'REVOKE ALL ON themes FROM "{role}"')
            c.execute(f'REVOKE ALL ON SEQUENCE themes_id_seq FROM "{role}"')
            c.execute(f'REVOKE ALL ON SCHEMA public FROM "{role}"')
            c.execute(f'DROP ROLE "{role}"')
    finally:
        heard.close()


def test_the_listener_reconnects_when_its_connection_is_lost(two):
    a, b = two
    heard = Heard(b)
    try:
        with a.db.engine.connect() as conn:  # the server drops B's listening connection
            killed = conn.execute(text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE application_name = :name"),
                {"name": f"{b.db.listener.name}-luistert"}).scalar()
        assert killed == 1
        heard.wait_for(Change("*"))  # back: everything reloads, missed changes included
        assert b.db.listener.wait_listening(WAIT_S)
        person = a.people.create_person(first_name="Kees", last_name="de Boer")
        heard.wait_for(Change("person", "created", (person,)))
    finally:
        heard.close()


def test_a_large_statement_sends_a_small_notification_without_ids(two):
    a, b = two
    heard = Heard(b)
    try:
        with a.db.engine.begin() as conn:
            conn.execute(text("INSERT INTO themes (name) SELECT 'thema ' || n "
                              "FROM generate_series(1, 1000) n"))
        heard.wait_for(Change("theme", "created", ()))  # no ids: reload all themes
    finally:
        heard.close()
