"""A real PostgreSQL server for these tests: BUURTBOEK_TEST_PG_URL (.ci/run starts one).

Each test module gets its own fresh database on that server (`pg_url`), dropped afterwards;
`fresh_pg_url` gives one per test. Without the variable, without psycopg or when the server
does not answer, every test that needs it is SKIPPED with the reason, never passed.
"""

from __future__ import annotations

import os
import uuid

import pytest

ENV = "BUURTBOEK_TEST_PG_URL"
_problem: list[str] = []


def _server():
    """The admin URL (a sqlalchemy URL) or a pytest.skip with the reason."""
    if _problem:
        pytest.skip(_problem[0])
    raw = os.environ.get(ENV)
    reason = None
    if not raw:
        reason = f"geen PostgreSQL-server: {ENV} is niet gezet (.ci/run start er een)"
    else:
        try:
            import psycopg  # noqa: F401

            from db.postgres import server_url, try_connect

            url = server_url(raw)
            try_connect(url)
            return url
        except ImportError:
            reason = ("geen PostgreSQL-server: psycopg is niet geïnstalleerd "
                      "(pip install -e .[server])")
        except Exception as error:  # noqa: BLE001 - any failure to connect means: skip
            first = str(getattr(error, "orig", error)).strip().splitlines()[:1]
            reason = f"geen PostgreSQL-server: {ENV} is niet bereikbaar ({' '.join(first)})"
    _problem.append(reason)
    pytest.skip(reason)


def _create(admin) -> str:
    import psycopg

    name = f"bb_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(**_params(admin), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name


def _drop(admin, name: str) -> None:
    import psycopg

    with psycopg.connect(**_params(admin), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _params(url) -> dict:
    params = {"host": url.host, "port": url.port, "user": url.username, "dbname": url.database}
    if url.password:
        params["password"] = url.password
    return {k: v for k, v in params.items() if v is not None}


@pytest.fixture(scope="session")
def pg_admin():
    return _server()


@pytest.fixture(scope="module")
def pg_url(pg_admin):
    """A fresh, empty database for this test module (a sqlalchemy URL)."""
    name = _create(pg_admin)
    yield pg_admin.set(database=name)
    _drop(pg_admin, name)


@pytest.fixture
def fresh_pg_url(pg_admin):
    """A fresh, empty database for one test."""
    name = _create(pg_admin)
    yield pg_admin.set(database=name)
    _drop(pg_admin, name)


@pytest.fixture(scope="module")
def pg_database(pg_url):
    from db.database import open_database

    database = open_database(pg_url)
    yield database
    database.close()


@pytest.fixture(scope="module")
def pg_services(pg_database):
    from db.services import Services

    return Services.for_database(pg_database)


def pytest_terminal_summary(terminalreporter):
    if _problem:
        terminalreporter.write_line(f"PostgreSQL-tests overgeslagen: {_problem[0]}", yellow=True)
