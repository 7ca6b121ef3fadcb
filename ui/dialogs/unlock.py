"""At start, when the data folder has a key file: the passphrase (or the recovery key from
paper) before the database is opened. A wrong one gets a message and another try; only
the key file is read, so nothing the worker types can change the database. Cancel stops
Buurtboek without touching anything."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from db.encryption import EncryptionError, normalise_recovery
from ui.text import tr
from ui.widgets.dialog_parts import dialog_buttons, error_label


class UnlockDialog(QDialog):
    """`unlock(secret) -> key` raises EncryptionError (with a Dutch message) when wrong."""

    def __init__(self, unlock: Callable[[str], bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unlock = unlock
        self.key: bytes | None = None
        self.used_recovery = False
        self.attempts = 0
        self.setWindowTitle(tr("Buurtboek ontgrendelen"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(tr(
            "<h3>Je gegevens zijn versleuteld</h3>Typ je wachtwoord om Buurtboek te openen. "
            "Wachtwoord kwijt? Typ dan de herstelsleutel van papier (8 groepjes van 4 tekens)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("Wachtwoord of herstelsleutel"))
        self.passphrase.setAccessibleName(tr("Wachtwoord of herstelsleutel"))
        layout.addWidget(self.passphrase)
        self.caps = QLabel()
        layout.addWidget(self.caps)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, tr("Ontgrendelen"), tr("Stoppen"))
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_CapsLock:
            self.caps.setText(tr("Let op: Caps Lock staat misschien aan."))
        super().keyPressEvent(event)

    def accept(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self.error.setText(tr("Typ je wachtwoord (of de herstelsleutel)."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.key = self._unlock(secret)
        except EncryptionError as error:
            self.attempts += 1
            self.error.setText(error.message)
            self.passphrase.clear()
            self.passphrase.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.used_recovery = normalise_recovery(secret) is not None
        self.passphrase.clear()
        super().accept()
