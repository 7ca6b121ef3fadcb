"""Bestand → Teamserver… and the password at start (issue 13): the settings keep host, port,
database and user but never the password; a wrong field or password is refused with a
Dutch message; the window names the server it works on. (Against a real server:
tests/postgres/test_pg_team_settings.py.)"""

from __future__ import annotations

import socket

from PySide6.QtCore import QSettings, Qt

from db.postgres import ServerError
from ui import server_settings as ss
from ui.server_password import ServerPasswordDialog, server_at_start, show_server, where_text
from ui.server_settings import TeamServerDialog

SECRET = "Geheim-wachtwoord-42"


def _files_hold(folder, text: str) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def _fill(dialog: TeamServerDialog, host="server.welzijn.local", port=5433, database="team",
          user="anna") -> None:
    dialog.server.setChecked(True)
    dialog.host.setText(host)
    dialog.port.setValue(port)
    dialog.database.setText(database)
    dialog.user.setText(user)


def test_local_is_the_default_and_the_server_fields_wait(qtbot, settings):
    dialog = TeamServerDialog(settings, "lokaal bestand op deze computer")
    qtbot.addWidget(dialog)
    assert dialog.local.isChecked()
    assert not dialog.fields.isEnabled() and not dialog.test_button.isEnabled()
    dialog.server.setChecked(True)
    assert dialog.fields.isEnabled() and dialog.test_button.isEnabled()
    assert dialog.now_button.text().replace("&", "") == "Nu verbinden"


def test_a_missing_field_is_refused_and_nothing_is_saved(qtbot, settings):
    dialog = TeamServerDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog, host="")
    dialog.accept()
    assert "Vul de server in" in dialog.error.text()
    assert dialog.result() == 0
    assert settings.value(ss.MODE) is None and settings.value(ss.HOST) is None
    dialog.host.setText("server:5432")
    dialog.accept()
    assert "Poort" in dialog.error.text() and settings.value(ss.MODE) is None


def test_saving_keeps_the_address_but_never_the_password(qtbot, tmp_path, data_dir):
    settings = QSettings(str(data_dir / "instellingen.ini"), QSettings.Format.IniFormat)
    dialog = TeamServerDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog)
    dialog.password.setText(SECRET)
    dialog.accept()
    assert dialog.result() == 1 and not dialog.connect_now
    settings.sync()
    assert ss.saved_choice(settings) == {"host": "server.welzijn.local", "port": 5433,
                                         "database": "team", "user": "anna"}
    assert all(SECRET not in str(settings.value(key)) for key in settings.allKeys())
    assert _files_hold(data_dir, SECRET) == []
    assert dialog.password.text() == ""
    again = TeamServerDialog(settings)  # reopened: the fields are back, the password not
    qtbot.addWidget(again)
    assert again.server.isChecked() and again.host.text() == "server.welzijn.local"
    assert again.port.value() == 5433 and again.user.text() == "anna"
    assert again.password.text() == ""


def test_connect_now_saves_and_asks_for_the_restart(qtbot, settings, monkeypatch):
    restarted = []
    monkeypatch.setattr(TeamServerDialog, "exec", lambda self: (
        _fill(self), self.save_and_connect(), self.result())[-1])
    ss.edit_team_server(None, settings, "", lambda: restarted.append(True))
    assert restarted == [True] and ss.saved_choice(settings)["host"] == "server.welzijn.local"


def test_back_to_the_local_file(qtbot, settings):
    settings.setValue(ss.MODE, ss.SERVER)
    settings.setValue(ss.HOST, "server")
    dialog = TeamServerDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.server.isChecked()
    dialog.local.setChecked(True)
    assert dialog.now_button.text().replace("&", "") == "Nu overschakelen"
    dialog.accept()
    assert ss.saved_choice(settings) is None
    assert settings.value(ss.HOST) == "server"  # kept for the next time


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_test_button_reports_an_unreachable_server_in_dutch(qtbot, settings):
    dialog = TeamServerDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog, host="127.0.0.1", port=_free_port())
    with qtbot.waitSignal(dialog.checked, timeout=15000) as blocker:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert not dialog.test_button.isEnabled()  # runs off the UI thread
    assert not blocker.args[0].ok
    assert "Server onbereikbaar" in dialog.error.text()
    assert dialog.test_button.isEnabled()


class _Server:
    """A stand-in for db.server_check.sign_in: one password is right."""

    def __init__(self) -> None:
        self.tries: list[str] = []

    def __call__(self, password: str):
        self.tries.append(password)
        if password != SECRET:
            raise ServerError("Het wachtwoord klopt niet (of de gebruiker anna bestaat niet "
                              "op deze server).")
        return f"url-with-{len(password)}-characters"


def test_password_dialog_masks_refuses_and_retries(qtbot):
    server = _Server()
    dialog = ServerPasswordDialog("server/team als anna", server)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "Typ je wachtwoord" in dialog.error.text() and server.tries == []
    qtbot.keyClicks(dialog.password, "fout")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "wachtwoord klopt niet" in dialog.error.text()
    assert dialog.isVisible() and dialog.password.text() == "" and dialog.attempts == 1
    assert dialog.url is None
    qtbot.keyClicks(dialog.password, SECRET)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == 1 and dialog.url == f"url-with-{len(SECRET)}-characters"
    assert dialog.password.text() == ""


def test_escape_stops(qtbot):
    dialog = ServerPasswordDialog("server/team als anna", _Server())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    assert dialog.result() == 0 and dialog.url is None


def test_start_opens_the_local_file_unless_a_server_is_chosen(qtbot, settings, capsys):
    assert server_at_start(None, settings, quiet=True) is None
    settings.setValue(ss.MODE, ss.SERVER)
    settings.setValue(ss.HOST, "127.0.0.1")
    settings.setValue(ss.PORT, _free_port())
    settings.setValue(ss.DATABASE, "team")
    settings.setValue(ss.USER, "anna")
    assert server_at_start(None, settings, quiet=True) == 2  # nobody listens there
    assert "Server onbereikbaar" in capsys.readouterr().err
    settings.setValue(ss.HOST, "")
    assert server_at_start(None, settings, quiet=True) == 2
    assert "Vul de server in" in capsys.readouterr().err


def test_the_window_names_the_server(make_window):
    from db.server_check import ServerChoice

    window = make_window()
    url = ServerChoice("server.welzijn.local", 5432, "team", "anna").url().set(password=SECRET)
    show_server(window, url)
    shown = window.statusBar().findChild(type(window.worker_label), "teamserver")
    assert shown.text() == "Teamserver: server.welzijn.local/team als anna"
    assert SECRET not in shown.text() + shown.toolTip()
    assert where_text(url.set(port=5433)) == "server.welzijn.local:5433/team als anna"
