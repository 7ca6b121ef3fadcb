"""Bestand → Teamserver…: work on the local file (the default) or on the team's PostgreSQL
server (issue 13).

The settings (instellingen.ini in the data folder) hold the choice and host, port,
database and user name under `teamserver/…` — never the password. The password typed
here is used for "Verbinding testen" only and forgotten with the dialog; at the next start
(or at once with "Nu verbinden", which starts Buurtboek again) ui.server_password asks
for it and keeps it in memory. The connection test runs on a worker thread, so a server
that does not answer never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QSettings, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from ui.text import tr
from ui.widgets.dialog_parts import error_label

MODE, HOST, PORT, DATABASE, USER = ("teamserver/mode", "teamserver/host", "teamserver/port",
                                    "teamserver/database", "teamserver/user")
LOCAL, SERVER = "local", "server"
DEFAULT_PORT = 5432


def saved_choice(settings: QSettings) -> dict[str, object] | None:
    """The server fields when the settings say "server"; None for the local file."""
    if settings.value(MODE, LOCAL) != SERVER:
        return None
    try:
        port = int(settings.value(PORT, DEFAULT_PORT))
    except (TypeError, ValueError):
        port = DEFAULT_PORT
    return {"host": str(settings.value(HOST, "") or ""), "port": port,
            "database": str(settings.value(DATABASE, "") or ""),
            "user": str(settings.value(USER, "") or "")}


class _CheckSignals(QObject):
    done = Signal(object)  # db.server_check.CheckResult


class _Check(QRunnable):
    def __init__(self, url, password: str, signals: _CheckSignals) -> None:
        super().__init__()
        self.url, self.password, self.signals = url, password, signals

    def run(self) -> None:
        from db.server_check import CheckResult, Verdict, check

        try:
            result = check(self.url, self.password)
        except Exception as error:  # noqa: BLE001 - reported in the dialog, never lost
            result = CheckResult(Verdict.UNREACHABLE, str(error))
        self.password = ""
        self.signals.done.emit(result)


_running: set[_CheckSignals] = set()  # alive until their test reports


class TeamServerDialog(QDialog):
    """`current`: where this window works now ("lokaal bestand" or the server's name).
    After exec(): `connect_now` is True when the worker chose "Nu verbinden"."""

    checked = Signal(object)  # CheckResult, for tests and the status line

    def __init__(self, settings: QSettings, current: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.connect_now = False
        self.setWindowTitle(tr("Teamserver"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(tr(
            "<h3>Waar werkt Buurtboek?</h3>Standaard staan je gegevens in een bestand op deze "
            "computer. Werkt je team samen op een PostgreSQL-server, vul die dan hieronder in. "
            "Het wachtwoord wordt nooit bewaard: Buurtboek vraagt het bij het starten."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if current:
            self.current = QLabel(tr("Nu: {where}").format(where=current))
            self.current.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(self.current)

        self.local = QRadioButton(tr("&Lokaal bestand op deze computer"))
        self.server = QRadioButton(tr("&Teamserver (PostgreSQL)"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        layout.addWidget(self.local)
        layout.addWidget(self.server)

        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(24, 0, 0, 0)
        self.host = QLineEdit()
        self.host.setPlaceholderText(tr("bijvoorbeeld server.welzijn.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit()
        self.database.setPlaceholderText(tr("bijvoorbeeld buurtboek"))
        self.user = QLineEdit()
        self.user.setPlaceholderText(tr("je gebruikersnaam op de server"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("alleen voor de test; wordt niet bewaard"))
        for text, widget in ((tr("&Server:"), self.host), (tr("&Poort:"), self.port),
                             (tr("&Database:"), self.database),
                             (tr("&Gebruikersnaam:"), self.user),
                             (tr("&Wachtwoord:"), self.password)):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        layout.addWidget(self.fields)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(tr("Verbinding &testen"))
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome)
        self.error = error_label()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(tr("&Opslaan"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.now_button = self.buttons.addButton(tr("&Nu verbinden"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.now_button.setToolTip(tr("Opslaan en Buurtboek opnieuw starten met deze keuze"))
        cancel = self.buttons.addButton(tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.accept)
        self.now_button.clicked.connect(self.save_and_connect)
        cancel.clicked.connect(self.reject)
        self.save_button.setDefault(True)
        layout.addWidget(self.buttons)

        self.local.toggled.connect(self._update)
        self._load()
        self._update()

    # -- state -------------------------------------------------------------------------------
    def _load(self) -> None:
        choice = saved_choice(self.settings)
        stored = {"host": self.settings.value(HOST, ""), "database":
                  self.settings.value(DATABASE, ""), "user": self.settings.value(USER, "")}
        self.host.setText(str(stored["host"] or ""))
        self.database.setText(str(stored["database"] or "buurtboek"))
        self.user.setText(str(stored["user"] or ""))
        try:
            self.port.setValue(int(self.settings.value(PORT, DEFAULT_PORT)))
        except (TypeError, ValueError):
            self.port.setValue(DEFAULT_PORT)
        (self.server if choice is not None else self.local).setChecked(True)

    def _update(self) -> None:
        on_server = self.server.isChecked()
        self.fields.setEnabled(on_server)
        self.test_button.setEnabled(on_server)
        self.now_button.setText(tr("&Nu verbinden") if on_server
                                else tr("&Nu overschakelen"))
        if not on_server:
            self.outcome.clear()
            self.error.clear()

    def choice(self):
        """db.server_check.ServerChoice from the fields."""
        from db.server_check import ServerChoice

        return ServerChoice(self.host.text(), self.port.value(), self.database.text(),
                            self.user.text())

    def _valid_url(self):
        """The URL, or None with the message shown and the wrong field focused."""
        from db.postgres import ServerError
        from db.services.errors import ValidationError

        try:
            return self.choice().url()
        except ValidationError as error:
            self.error.setText(error.message)
            widget = {"host": self.host, "port": self.port, "database": self.database,
                      "user": self.user}.get(error.field or "")
            if widget is not None:
                widget.setFocus()
            return None
        except ServerError as error:
            self.error.setText(str(error))
            return None

    # -- the connection test -----------------------------------------------------------------
    def test_connection(self) -> None:
        self.error.clear()
        url = self._valid_url()
        if url is None:
            return
        self.test_button.setEnabled(False)
        self.outcome.setText(tr("Bezig met verbinden met {host}…").format(host=url.host))
        signals = _CheckSignals()
        _running.add(signals)
        signals.done.connect(self._tested)
        signals.done.connect(lambda _result, s=signals: _running.discard(s))
        QThreadPool.globalInstance().start(_Check(url, self.password.text(), signals))

    def _tested(self, result) -> None:
        self.test_button.setEnabled(self.server.isChecked())
        if result.ok:
            self.outcome.setText("✓ " + result.message)
            self.error.clear()
        else:
            self.outcome.clear()
            self.error.setText(result.message)
        self.checked.emit(result)

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the choice to the settings (never the password); False when a field is
        wrong (the message is shown)."""
        if self.server.isChecked():
            if self._valid_url() is None:
                return False
            choice = self.choice()
            self.settings.setValue(HOST, choice.host.strip())
            self.settings.setValue(PORT, int(choice.port))
            self.settings.setValue(DATABASE, choice.database.strip())
            self.settings.setValue(USER, choice.user.strip())
        self.settings.setValue(MODE, SERVER if self.server.isChecked() else LOCAL)
        self.settings.sync()
        return True

    def accept(self) -> None:
        if self.save():
            self.password.clear()
            super().accept()

    def save_and_connect(self) -> None:
        if self.save():
            self.connect_now = True
            self.password.clear()
            super().accept()

    def reject(self) -> None:
        self.password.clear()
        super().reject()


def edit_team_server(parent: QWidget, settings: QSettings, current: str,
                     restart: Callable[[], None]) -> None:
    """Open the dialog; `restart()` when the worker chose "Nu verbinden"."""
    dialog = TeamServerDialog(settings, current, parent)
    if dialog.exec() and dialog.connect_now:
        restart()
