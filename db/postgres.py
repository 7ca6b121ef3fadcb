"""A team server: PostgreSQL URLs, the password, and the sequences behind explicit ids.

The URL comes from `--database-url` or BUURTBOEK_DATABASE_URL and never holds a stored
password: libpq reads PGPASSWORD, PGPASSFILE or ~/.pgpass itself, and otherwise the caller
asks for it (`connectable_url(url, ask)`: getpass on the command line) and keeps it in
memory only, inside a sqlalchemy URL object whose rendering hides it
(`shown(url)`, db.database.Database.url). The engine has `hide_parameters=True`
(db.engine.make_engine), so error messages and the log never carry a statement's values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import Connection, Integer, Table, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

URL_ENV = "BUURTBOEK_DATABASE_URL"
DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 10


class ServerError(Exception):
    """The server URL is unusable or the server cannot be reached; the message is Dutch."""


def shown(url: URL | str) -> str:
    """The URL as it may appear in a message or the log: without the password."""
    return make_url(url).render_as_string(hide_password=True)


def server_url(raw: str) -> URL:
    """Parse `raw` (postgresql://, postgresql+psycopg://, postgres://) into a psycopg URL."""
    value = (raw or "").strip()
    if value.startswith("postgres://"):
        value = "postgresql://" + value[len("postgres://"):]
    try:
        url = make_url(value)
    except ArgumentError:
        raise ServerError(
            "Dit is geen geldig serveradres. Gebruik de vorm "
            "postgresql+psycopg://gebruiker@server/database.") from None
    if url.get_backend_name() != "postgresql":
        raise ServerError(
            f"Buurtboek werkt alleen met een PostgreSQL-server, niet met {url.drivername}. "
            "Gebruik de vorm postgresql+psycopg://gebruiker@server/database.")
    if url.drivername != DRIVER:
        url = url.set(drivername=DRIVER)
    if not url.database:
        raise ServerError("Het serveradres noemt geen database: zet de naam achter de laatste /, "
                          "bijvoorbeeld postgresql+psycopg://gebruiker@server/buurtboek.")
    if "connect_timeout" not in url.query:
        url = url.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_S)})
    return url


def _needs_password(error: BaseException) -> bool:
    message = str(getattr(error, "orig", error)).lower()
    return "no password supplied" in message or "password authentication failed" in message


def try_connect(url: URL) -> None:
    """Open and close one connection; raises OperationalError as the driver reports it."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(url, hide_parameters=True, poolclass=NullPool)
    try:
        with engine.connect():
            pass
    finally:
        engine.dispose()


def connectable_url(url: URL, ask: Callable[[str], str] | None) -> URL:
    """`url`, with the password asked for (`ask(prompt)`) when the server wants one that
    libpq did not find in PGPASSWORD, PGPASSFILE or ~/.pgpass. Raises ServerError with a
    Dutch message when the server cannot be reached or the sign-in fails."""
    for attempt in range(3):
        try:
            try_connect(url)
            return url
        except OperationalError as error:
            if _needs_password(error) and ask is not None and attempt < 2:
                password = ask(f"Wachtwoord voor {url.username or 'de gebruiker'} op "
                               f"{url.host or 'de server'}: ")
                if not password:
                    break
                url = url.set(password=password)
                continue
            if _needs_password(error):
                raise ServerError(
                    f"Aanmelden bij {shown(url)} is mislukt: het wachtwoord ontbreekt of klopt "
                    "niet. Zet het in een .pgpass-bestand (PGPASSFILE) of typ het als "
                    "Buurtboek erom vraagt.") from None
            raise ServerError(
                f"De server {shown(url)} is niet bereikbaar. Controleer het adres en de "
                "netwerkverbinding (de fout: "
                f"{str(getattr(error, 'orig', error)).strip().splitlines()[0]}).") from None
    raise ServerError(f"Aanmelden bij {shown(url)} is afgebroken: geen wachtwoord.")


def reset_sequences(conn: Connection, tables: Iterable[Table]) -> None:
    """Let PostgreSQL's id sequences continue after the highest id of each table (rows
    inserted with explicit ids do not advance them). Nothing on another database."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, Integer):
            continue
        column = key[0].name
        conn.execute(text(
            f'SELECT setval(sequence, (SELECT COALESCE(max("{column}"), 0) + 1 '
            f'FROM "{table.name}"), false) FROM (SELECT pg_get_serial_sequence(:t, :c) '
            "AS sequence) s WHERE sequence IS NOT NULL"), {"t": table.name, "c": column})
