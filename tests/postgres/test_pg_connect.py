"""Connecting to a team server: the URL, the password (asked, or from a PGPASSFILE; never in
a message or the log), and a clear Dutch refusal when the server cannot be reached."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from db.postgres import ServerError, connectable_url, server_url, shown
from desktop.cli import main


@pytest.mark.parametrize("raw, expected", [
    ("postgresql://anna@server.wijk.nl/buurtboek",
     "postgresql+psycopg://anna@server.wijk.nl/buurtboek?connect_timeout=10"),
    ("postgres://anna@server:5433/buurtboek",
     "postgresql+psycopg://anna@server:5433/buurtboek?connect_timeout=10"),
    ("postgresql+psycopg://anna@server/buurtboek?connect_timeout=3",
     "postgresql+psycopg://anna@server/buurtboek?connect_timeout=3"),
])
def test_a_server_url_becomes_a_psycopg_url(raw, expected):
    assert shown(server_url(raw)) == expected


@pytest.mark.parametrize("raw, fragment", [
    ("sqlite:///tmp/a.sqlite", "alleen met een PostgreSQL-server"),
    ("postgresql://anna@server", "noemt geen database"),
    ("geen adres", "geen geldig serveradres"),
])
def test_a_wrong_url_is_refused_in_dutch(raw, fragment):
    with pytest.raises(ServerError, match=fragment):
        server_url(raw)


def test_a_password_never_shows_in_a_rendered_url():
    url = server_url("postgresql://anna:geheim@server/buurtboek")
    assert "geheim" not in shown(url) and "geheim" not in str(url) and "***" in shown(url)


def test_an_unreachable_server_is_refused_with_a_dutch_message(capsys, tmp_path):
    # port 1 on loopback: nothing listens there
    code = main(["--data-dir", str(tmp_path), "--database-url",
                 "postgresql://anna@127.0.0.1:1/buurtboek", "demo", "--people", "1"])
    assert code == 2
    assert "is niet bereikbaar" in capsys.readouterr().err


def test_other_commands_refuse_a_server_for_now(capsys, tmp_path):
    code = main(["--data-dir", str(tmp_path), "--database-url",
                 "postgresql://anna@127.0.0.1:1/buurtboek", "backup"])
    assert code == 2 and "alleen met de lokale database" in capsys.readouterr().err


@pytest.fixture
def role_with_password(pg_admin):
    """A login role with a password, and whether the server asks for it (scram on loopback,
    as .ci/run sets up; a development server may trust everyone)."""
    from sqlalchemy import create_engine

    name, password = f"bb_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    engine = create_engine(pg_admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'"))
    yield pg_admin.set(username=name, password=None), password
    with engine.connect() as conn:
        conn.execute(text(f"DROP ROLE {name}"))
    engine.dispose()


def test_the_password_is_asked_when_no_pgpass_has_it(role_with_password, monkeypatch,
                                                      tmp_path):
    url, password = role_with_password
    empty = tmp_path / "pgpass"
    empty.write_text("")
    empty.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(empty))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return password

    found = connectable_url(url, ask)
    if not asked:
        pytest.skip("deze PostgreSQL-server vraagt geen wachtwoord (trust); .ci/run wel")
    assert asked == [f"Wachtwoord voor {url.username} op 127.0.0.1: "]
    assert found.password == password and password not in shown(found)
    with pytest.raises(ServerError, match="wachtwoord ontbreekt of klopt niet"):
        connectable_url(url, lambda _prompt: "fout")
    with pytest.raises(ServerError, match="wachtwoord ontbreekt of klopt niet"):
        connectable_url(url, None)
    # and from a PGPASSFILE, nothing asked
    empty.write_text(f"127.0.0.1:*:*:{url.username}:{password}\n")
    assert connectable_url(url, None) is url


def test_an_open_server_database_is_named_without_its_password():
    from db.database import Database
    from db.engine import make_engine, make_session_factory

    engine = make_engine(server_url("postgresql://anna@server/buurtboek").set(
        password="geheim-wachtwoord"))  # creating an engine does not connect
    database = Database(engine, make_session_factory(engine))
    assert "geheim" not in database.url and "***" in database.url
    assert engine.dialect.name == "postgresql" and engine.hide_parameters
    database.close()
