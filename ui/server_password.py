"""At start, when the settings say "teamserver" (ui.server_settings): sign in to the server
before the database is opened. The password is asked in a dialog (masked; Enter signs in,
Esc stops), checked against the server, and kept in memory only — in the sqlalchemy URL the
app opens, never in the settings, a file or the log. A wrong password gets the server's
answer in Dutch and another try. When libpq finds a password itself (PGPASSWORD,
PGPASSFILE, ~/.pgpass) no dialog is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from ui.text import tr
from ui.widgets.dialog_parts import dialog_buttons, error_label

log = logging.getLogger(__name__)


class ServerPasswordDialog(QDialog):
    """`sign_in(password) -> url` raises db.postgres.ServerError (Dutch) when refused.
    After a successful exec(): `url` is the signed-in URL (password in memory)."""

    def __init__(self, where: str, sign_in: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self.url = None
        self.attempts = 0
        self.setWindowTitle(tr("Aanmelden bij de teamserver"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("<h3>Aanmelden bij de teamserver</h3>Buurtboek werkt op "
                          "<b>{where}</b>. Typ je wachtwoord voor de server. Het wordt niet "
                          "bewaard.").format(where=where))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("Wachtwoord"))
        self.password.setAccessibleName(tr("Wachtwoord voor de teamserver"))
        layout.addWidget(self.password)
        self.error = error_label()
        layout.addWidget(self.error)
        hint = QLabel(tr("Werk je deze keer liever zonder server? Stop dan, en kies in "
                         "Bestand → Teamserver… voor het lokale bestand."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)
        self.buttons = dialog_buttons(self, tr("Aanmelden"), tr("Stoppen"))
        layout.addWidget(self.buttons)
        self.password.setFocus()

    def accept(self) -> None:
        from db.postgres import ServerError

        password = self.password.text()
        if not password:
            self.error.setText(tr("Typ je wachtwoord voor de server."))
            self.password.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.url = self._sign_in(password)
        except ServerError as error:
            self.attempts += 1
            self.error.setText(str(error))
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password.clear()
        super().accept()


def _choice_url(settings: QSettings):
    """The URL from the settings, or None for the local file; ServerError/ValidationError
    when the stored fields are unusable."""
    from db.server_check import ServerChoice
    from ui.server_settings import saved_choice

    fields = saved_choice(settings)
    if fields is None:
        return None
    return ServerChoice(**fields).url()


def server_at_start(window: QWidget, settings: QSettings, quiet: bool):
    """Where to open the data: None (the local file), a signed-in URL, or an int exit code
    (0: the worker stopped; 2: refused, the message already shown or printed)."""
    from db.postgres import ServerError
    from db.server_check import needs_password, sign_in
    from db.services.errors import ValidationError

    def refuse(message: str) -> int:
        log.error("Teamserver: %s", message)
        if quiet:
            import sys

            print(f"buurtboek: {message}", file=sys.stderr)
        else:
            QMessageBox.critical(window, tr("Teamserver"), message + "\n\n" + tr(
                "Kies in Bestand → Teamserver… een andere server of het lokale bestand."))
        return 2

    try:
        url = _choice_url(settings)
    except (ServerError, ValidationError) as error:
        return refuse(getattr(error, "message", None) or str(error))
    if url is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        wanted = needs_password(url)
    except ServerError as error:
        QGuiApplication.restoreOverrideCursor()
        if quiet:
            return refuse(str(error))
        return _offer_local(window, str(error))
    QGuiApplication.restoreOverrideCursor()
    if not wanted:
        return url
    if quiet:  # --screenshot and benchmarks: PGPASSWORD or .pgpass, no dialog
        return refuse("De teamserver vraagt een wachtwoord; zet het in PGPASSWORD of een "
                      ".pgpass-bestand (PGPASSFILE).")
    dialog = ServerPasswordDialog(where_text(url), lambda password: sign_in(url, password), window)
    if not dialog.exec() or dialog.url is None:
        log.info("Aanmelden bij de teamserver afgebroken; Buurtboek stopt")
        return 0
    return dialog.url


def _offer_local(window: QWidget, message: str):
    """The server does not answer: work on the local file this time, or stop."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Teamserver"), message, parent=window)
    box.setInformativeText(tr("Wil je deze keer met het lokale bestand op deze computer "
                              "werken? De instelling blijft op de teamserver staan."))
    local = box.addButton(tr("&Lokaal werken"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("&Stoppen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(local)
    box.exec()
    return None if box.clickedButton() is local else 0


def where_text(url) -> str:
    """"server/database als gebruiker" (the port when it is not PostgreSQL's own)."""
    host = url.host or "localhost"
    if url.port and url.port != 5432:
        host = f"{host}:{url.port}"
    return tr("{host}/{database} als {user}").format(host=host, database=url.database,
                                                     user=url.username or "?")


def where_now(url) -> str:
    """What Bestand → Teamserver… says this window works on."""
    if url is None:
        return tr("lokaal bestand op deze computer")
    return tr("Teamserver: {where}").format(where=where_text(url))


def show_server(window, url) -> None:
    """The status bar names the server this window works on."""
    label = QLabel(tr("Teamserver: {where}").format(where=where_text(url)))
    label.setObjectName("teamserver")
    label.setContentsMargins(16, 0, 4, 0)  # apart from the counts next to it
    label.setToolTip(tr("Buurtboek werkt op de teamserver; wijzigen via Bestand → "
                        "Teamserver…"))
    window.statusBar().addPermanentWidget(label)
