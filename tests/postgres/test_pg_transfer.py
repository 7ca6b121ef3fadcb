"""`buurtboek migrate-to URL`: the local database copied to an empty server, every count
checked, the local file untouched; a server with data is refused."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import func, select

from db import demo
from db.database import open_database
from db.engine import DATABASE_FILENAME, sqlite_url
from db.models import Actor, Base
from db.reach import computed_reach, stored_reach
from db.services import Services
from db.services.recording import ContactInput
from db.transfer import TransferError, migrate_to
from db.vocabulary import ActorKind, ContactSetting
from desktop.cli import main

TODAY = dt.date(2026, 6, 15)


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _counts(database) -> dict[str, int]:
    with database.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables}


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    """A data folder with a small demo neighbourhood, closed (as after quitting the app)."""
    folder = tmp_path_factory.mktemp("lokaal")
    database = open_database(sqlite_url(folder / DATABASE_FILENAME))
    demo.run(database.engine, demo.DemoSize(people=30, seed=5), today=TODAY)
    services = Services.for_database(database)
    services.people.create_person(first_name="Zoë", last_name="Öztürk")  # a sequence id
    counts = _counts(database)
    names = [r.name for r in services.people.page(ActorKind.PERSON, limit=500)]
    database.close()
    return folder, counts, names


def test_migrate_to_copies_everything_and_leaves_the_local_file_untouched(
        local, fresh_pg_url, capsys):
    folder, counts, names = local
    file = folder / DATABASE_FILENAME
    before = _digest(file)
    url = fresh_pg_url.render_as_string(hide_password=False)
    assert main(["--data-dir", str(folder), "migrate-to", url]) == 0
    assert "de aantallen kloppen" in capsys.readouterr().out
    assert _digest(file) == before
    server = open_database(fresh_pg_url)
    try:
        assert _counts(server) == counts
        services = Services.for_database(server)
        assert [r.name for r in services.people.page(ActorKind.PERSON, limit=500)] == names
        with server.engine.connect() as conn:
            assert stored_reach(conn) == computed_reach(conn)
        hits = services.search.search("Ozturk").hits  # the server's own index, filled
        assert any(h.kind == "person" and h.title.text == "Zoë Öztürk" for h in hits)
        # the id sequences continue after the copied ids
        person = services.people.create_person(first_name="Nieuw", last_name="Op de server")
        recorded = services.recording.record(ContactInput(TODAY, ContactSetting.STREET,
                                                          participant_ids=(person,)))
        with server.session() as s:
            assert person == s.scalar(select(func.max(Actor.id)))
        assert recorded.contact_moment_id > counts["contact_moments"]
    finally:
        server.close()
    # a second copy to the same server is refused, in Dutch, and changes nothing there
    assert main(["--data-dir", str(folder), "migrate-to", url]) == 1
    assert "bevat al gegevens" in capsys.readouterr().err
    assert _digest(file) == before


def test_a_cancelled_copy_leaves_the_server_empty(local, fresh_pg_url):
    folder, counts, _names = local
    with pytest.raises(TransferError, match="afgebroken"):
        migrate_to(sqlite_url(folder / DATABASE_FILENAME), fresh_pg_url,
                   cancelled=lambda: True)
    server = open_database(fresh_pg_url)
    try:
        assert set(_counts(server).values()) == {0}
    finally:
        server.close()
