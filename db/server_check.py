"""The team server chosen in the settings (Bestand → Teamserver…): its address from the
fields the worker fills in, a connection test with a Dutch verdict, and signing in with a
password typed in a dialog.

The password is never part of anything stored: the settings hold host, port, database and
user name; `sign_in` returns a sqlalchemy URL with the password in memory only (its
rendering hides it, db.postgres.shown). No Qt here: the dialogs in ui/ call these functions
(the connection test from a worker thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from db.postgres import CONNECT_TIMEOUT_S, DRIVER, ServerError, server_url
from db.services.errors import ValidationError

DEFAULT_PORT = 5432


class Verdict(StrEnum):
    OK = "ok"  # a Buurtboek database at the newest schema (or one Buurtboek will update)
    EMPTY = "empty"  # reachable, signed in, no tables yet: Buurtboek makes them
    UNREACHABLE = "unreachable"
    PASSWORD_NEEDED = "password_needed"
    WRONG_PASSWORD = "wrong_password"
    NO_SUCH_DATABASE = "no_such_database"
    NOT_BUURTBOEK = "not_buurtboek"
    NEWER = "newer"


@dataclass(frozen=True)
class ServerChoice:
    """What the settings hold: never a password."""
    host: str
    port: int
    database: str
    user: str

    def url(self) -> URL:
        """The connectable address; ValidationError (Dutch, with the field) when a field
        is missing or wrong."""
        host = self.host.strip()
        if not host:
            raise ValidationError("Vul de server in (een naam of een IP-adres).", "host")
        if any(c in host for c in "/@ ") or ":" in host and not host.startswith("["):
            raise ValidationError("De servernaam mag geen /, @, : of spatie bevatten; zet de "
                                  "poort in het veld Poort.", "host")
        if not 1 <= int(self.port) <= 65535:
            raise ValidationError("De poort moet een getal tussen 1 en 65535 zijn.", "port")
        if not self.database.strip():
            raise ValidationError("Vul de naam van de database in.", "database")
        if not self.user.strip():
            raise ValidationError("Vul je gebruikersnaam op de server in.", "user")
        raw = URL.create(DRIVER, username=self.user.strip(), host=host, port=int(self.port),
                         database=self.database.strip())
        return server_url(raw.render_as_string(hide_password=False))


@dataclass(frozen=True)
class CheckResult:
    verdict: Verdict
    message: str  # Dutch, for the worker

    @property
    def ok(self) -> bool:
        return self.verdict in (Verdict.OK, Verdict.EMPTY)


def where(url: URL) -> str:
    """"host/database als gebruiker": how the status bar names the server."""
    host = url.host or "localhost"
    if url.port and url.port != DEFAULT_PORT:
        host = f"{host}:{url.port}"
    return f"{host}/{url.database} als {url.username or '?'}"


def _reason(error: BaseException) -> str:
    return str(getattr(error, "orig", error)).strip()


def _failure(url: URL, error: BaseException, *, password_given: bool) -> CheckResult:
    reason = _reason(error)
    low = reason.lower()
    if "no password supplied" in low:
        return CheckResult(Verdict.PASSWORD_NEEDED, "De server vraagt een wachtwoord. Typ het "
                           "wachtwoord in en test opnieuw.")
    if "password authentication failed" in low or "authentication failed" in low:
        if password_given:
            return CheckResult(Verdict.WRONG_PASSWORD, f"Het wachtwoord klopt niet (of de "
                               f"gebruiker {url.username} bestaat niet op deze server).")
        return CheckResult(Verdict.PASSWORD_NEEDED, "De server vraagt een wachtwoord. Typ het "
                           "wachtwoord in en test opnieuw.")
    if "does not exist" in low and "database" in low:
        return CheckResult(Verdict.NO_SUCH_DATABASE, f"De database {url.database} bestaat niet "
                           "op deze server. Vraag de beheerder om haar aan te maken.")
    if "does not exist" in low and "role" in low:
        return CheckResult(Verdict.WRONG_PASSWORD,
                           f"De gebruiker {url.username} bestaat niet op deze server.")
    if "permission denied" in low or "not permitted" in low or "pg_hba" in low:
        return CheckResult(Verdict.WRONG_PASSWORD, f"De server laat {url.username} niet toe "
                           "tot deze database. Vraag de beheerder om toegang.")
    first = reason.splitlines()[0].rsplit(": ", 1)[-1] if reason else "geen antwoord"
    return CheckResult(Verdict.UNREACHABLE, f"Server onbereikbaar: {url.host}:{url.port or 5432} "
                       f"antwoordt niet (binnen {CONNECT_TIMEOUT_S} s). Controleer servernaam, "
                       f"poort en netwerk ({first}).")


def check(url: URL, password: str = "") -> CheckResult:
    """Try to sign in and look at what the database holds; never changes anything."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from db.migrate import SchemaError, SchemaState, inspect_schema

    target = url.set(password=password) if password else url
    engine = create_engine(target, hide_parameters=True, poolclass=NullPool)
    try:
        try:
            with engine.connect():
                pass
        except OperationalError as error:
            return _failure(url, error, password_given=bool(password))
        try:
            info = inspect_schema(engine)
        except SchemaError as error:
            text = str(error)
            if "nieuwere versie" in text:
                return CheckResult(Verdict.NEWER, "Deze database is gemaakt met een nieuwere "
                                   "versie van Buurtboek. Werk Buurtboek eerst bij.")
            return CheckResult(Verdict.NOT_BUURTBOEK, "Verbonden, maar dit is geen "
                               "Buurtboek-database: er staan andere tabellen in. Kies een "
                               "andere database.")
        except SQLAlchemyError as error:
            return CheckResult(Verdict.NOT_BUURTBOEK, "Verbonden, maar de database kon niet "
                               f"gelezen worden: {_reason(error).splitlines()[0]}")
        if info.state is SchemaState.EMPTY:
            return CheckResult(Verdict.EMPTY, "Verbinding gelukt. De database is nog leeg: "
                               "Buurtboek maakt de tabellen bij de eerste verbinding. Je "
                               "lokale gegevens neem je mee met buurtboek migrate-to.")
        behind = " (Buurtboek werkt het schema bij bij het verbinden)" \
            if info.state is SchemaState.BEHIND else ""
        return CheckResult(Verdict.OK, f"Verbinding gelukt: een Buurtboek-database{behind}.")
    finally:
        engine.dispose()


def needs_password(url: URL) -> bool:
    """True when the server wants a password that libpq did not find itself (PGPASSWORD,
    PGPASSFILE, ~/.pgpass). Raises ServerError (Dutch) for any other failure."""
    result = check_sign_in(url, "")
    if result is None:
        return False
    if result.verdict is Verdict.PASSWORD_NEEDED:
        return True
    raise ServerError(result.message)


def check_sign_in(url: URL, password: str) -> CheckResult | None:
    """None when signing in works; otherwise why not. Only connects (no schema look)."""
    from db.postgres import try_connect

    target = url.set(password=password) if password else url
    try:
        try_connect(target)
    except OperationalError as error:
        return _failure(url, error, password_given=bool(password))
    return None


def sign_in(url: URL, password: str) -> URL:
    """The URL with the password (in memory only) once the server accepts it; ServerError
    with the Dutch reason otherwise."""
    result = check_sign_in(url, password)
    if result is not None:
        raise ServerError(result.message)
    return url.set(password=password) if password else url
