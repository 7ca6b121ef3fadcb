"""Bestand → Teamserver… against a real PostgreSQL server (issue 13): "Verbinding testen"
tells a Buurtboek database from an empty or a foreign one and a wrong password from a
right one; the password dialog signs in with the real password; the password ends up in
no setting and no file of the data folder. Skipped with the reason without a server."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings, Qt

from db.server_check import ServerChoice, Verdict, check, needs_password, sign_in
from ui import server_settings as ss
from ui.server_password import ServerPasswordDialog, server_at_start
from ui.server_settings import TeamServerDialog


def _password(url) -> str | None:
    """The password of the test server: in the URL, PGPASSWORD or the PGPASSFILE line."""
    if url.password:
        return url.password
    if os.environ.get("PGPASSWORD"):
        return os.environ["PGPASSWORD"]
    path = os.environ.get("PGPASSFILE") or os.path.expanduser("~/.pgpass")
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError:
        return None
    for line in lines:
        parts = line.split(":")
        if len(parts) == 5 and parts[3] in ("*", url.username):
            return parts[4]
    return None


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def without_stored_password(pg_admin, monkeypatch):
    """As on a worker's laptop: no .pgpass, no PGPASSWORD; returns the real password."""
    password = _password(pg_admin)
    if not password:
        pytest.skip("het wachtwoord van de testserver is niet bekend (trust-aanmelding?)")
    monkeypatch.setenv("PGPASSFILE", os.devnull)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return password


def _choice(url) -> ServerChoice:
    return ServerChoice(url.host, url.port or 5432, url.database, url.username)


def _fill(dialog: TeamServerDialog, url) -> None:
    dialog.server.setChecked(True)
    dialog.host.setText(url.host)
    dialog.port.setValue(url.port or 5432)
    dialog.database.setText(url.database)
    dialog.user.setText(url.username)


def test_the_test_button_knows_a_buurtboek_database(qtbot, pg_database, pg_url, settings):
    dialog = TeamServerDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog, pg_url)
    with qtbot.waitSignal(dialog.checked, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].verdict is Verdict.OK
    assert "Verbinding gelukt" in dialog.outcome.text() and dialog.error.text() == ""


def test_empty_foreign_and_missing_databases(fresh_pg_url):
    url = _choice(fresh_pg_url).url()
    assert check(url).verdict is Verdict.EMPTY
    import psycopg

    params = {"host": url.host, "port": url.port, "user": url.username, "dbname": url.database}
    if fresh_pg_url.password:
        params["password"] = fresh_pg_url.password
    with psycopg.connect(**params, autocommit=True) as conn:
        conn.execute("CREATE TABLE boekhouding (id integer)")
    foreign = check(url)
    assert foreign.verdict is Verdict.NOT_BUURTBOEK and "geen Buurtboek-database" in \
        foreign.message
    missing = check(url.set(database=fresh_pg_url.database + "_weg"))
    assert missing.verdict is Verdict.NO_SUCH_DATABASE and "bestaat niet" in missing.message


def test_a_wrong_password_is_told_and_the_right_one_signs_in(qtbot, pg_database, pg_url,
                                                             without_stored_password):
    url = _choice(pg_url).url()
    assert needs_password(url)
    assert check(url).verdict is Verdict.PASSWORD_NEEDED
    assert check(url, "fout-" + without_stored_password).verdict is Verdict.WRONG_PASSWORD
    dialog = ServerPasswordDialog("test", lambda password: sign_in(url, password))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "fout-wachtwoord")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "wachtwoord klopt niet" in dialog.error.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.password, without_stored_password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == 1 and dialog.url.password == without_stored_password
    from db.database import open_database

    database = open_database(dialog.url, migrate=False)  # what desktop.app then opens
    try:
        assert without_stored_password not in database.url
    finally:
        database.close()


def test_the_password_is_in_no_setting_and_no_file(qtbot, pg_database, pg_url, data_dir,
                                                   without_stored_password):
    settings = QSettings(str(data_dir / "instellingen.ini"), QSettings.Format.IniFormat)
    dialog = TeamServerDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog, pg_url)
    dialog.password.setText(without_stored_password)
    with qtbot.waitSignal(dialog.checked, timeout=20000) as blocker:
        dialog.test_connection()
    assert blocker.args[0].verdict is Verdict.OK
    dialog.accept()
    settings.sync()
    assert ss.saved_choice(settings)["database"] == pg_url.database
    secret = without_stored_password.encode()
    assert [p for p in data_dir.rglob("*") if p.is_file() and secret in p.read_bytes()] == []
    assert all(without_stored_password not in str(settings.value(k)) for k in settings.allKeys())


def test_start_on_the_chosen_server_with_a_pgpass(pg_database, pg_url, settings):
    """The next start: the settings point at the server, libpq finds the password itself,
    so no dialog; the URL opens the same database."""
    if not _password(pg_url) and not os.environ.get("PGPASSFILE"):
        pytest.skip("de testserver heeft geen wachtwoordbestand")
    settings.setValue(ss.MODE, ss.SERVER)
    for key, value in ((ss.HOST, pg_url.host), (ss.PORT, pg_url.port or 5432),
                       (ss.DATABASE, pg_url.database), (ss.USER, pg_url.username)):
        settings.setValue(key, value)
    url = server_at_start(None, settings, quiet=True)
    assert url is not None and not isinstance(url, int)
    assert url.database == pg_url.database and url.password is None
