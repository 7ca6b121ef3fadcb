"""Bestand → Versleuteling…: turn encryption on or off, change the passphrase, and how
many idle minutes before the window locks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from db import encryption
from ui.context import AppContext
from ui.lock import SETTINGS_KEY, idle_minutes
from ui.text import tr
from ui.widgets.dialog_parts import error_label


def password_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(placeholder)
    return field


def record(services, detail: str) -> None:
    """Audit log: encryption on/off or a new passphrase (never the passphrase itself)."""
    from db.services.audit import AuditAction

    if services is not None:
        services.audit.record(AuditAction.ENCRYPTION, object_kind="database", detail=detail)


class EncryptionDialog(QDialog):
    encryption_changed = Signal(bool)
    idle_minutes_changed = Signal(int)

    def __init__(self, context: AppContext, settings: QSettings, folder: Path,
                 parent: QWidget | None = None, *,
                 cost: encryption.KdfCost = encryption.STRONG) -> None:
        super().__init__(parent)
        self.context, self.settings, self.folder, self.cost = context, settings, folder, cost
        self.recovery_code: str | None = None
        self.setWindowTitle(tr("Versleuteling en vergrendelen"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        self.on_box = QGroupBox(tr("Versleuteling aanzetten"))
        form = QFormLayout(self.on_box)
        self.new1 = password_field(tr("Nieuw wachtwoord"))
        self.new2 = password_field(tr("Nog een keer"))
        form.addRow(tr("&Wachtwoord"), self.new1)
        form.addRow(tr("&Herhaal"), self.new2)
        self.on_button = QPushButton(tr("Versleuteling aanzetten"))
        self.on_button.clicked.connect(self.turn_on)
        form.addRow(self.on_button)
        layout.addWidget(self.on_box)

        self.change_box = QGroupBox(tr("Wachtwoord wijzigen of versleuteling uitzetten"))
        form = QFormLayout(self.change_box)
        self.current = password_field(tr("Huidig wachtwoord of herstelsleutel"))
        self.change1 = password_field(tr("Nieuw wachtwoord"))
        self.change2 = password_field(tr("Nog een keer"))
        form.addRow(tr("H&uidig"), self.current)
        form.addRow(tr("&Nieuw"), self.change1)
        form.addRow(tr("Her&haal"), self.change2)
        self.change_button = QPushButton(tr("Wachtwoord wijzigen"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.off_button = QPushButton(tr("Versleuteling uitzetten…"))
        self.off_button.clicked.connect(self.turn_off)
        form.addRow(self.change_button)
        form.addRow(self.off_button)
        layout.addWidget(self.change_box)

        lock_box = QGroupBox(tr("Vergrendelen"))
        form = QFormLayout(lock_box)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(tr(" minuten"))
        self.minutes.setSpecialValueText(tr("nooit"))
        self.minutes.setValue(idle_minutes(settings))
        self.minutes.valueChanged.connect(self._minutes_changed)
        form.addRow(tr("Vergrendel na"), self.minutes)
        hint = QLabel(tr("zonder toetsaanslag of muisbeweging. Nu vergrendelen: Ctrl+L."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        layout.addWidget(lock_box)

        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_state()

    def _show_state(self) -> None:
        on = encryption.is_encrypted(self.folder)
        self.state.setText(
            tr("<b>Versleuteling staat aan.</b> De database en de back-ups op deze laptop zijn "
               "alleen met je wachtwoord (of de herstelsleutel) te lezen.") if on else
            tr("<b>Versleuteling staat uit.</b> Wie deze laptop in handen krijgt, kan de "
               "gegevens van bewoners lezen. Zet versleuteling aan met een wachtwoord."))
        self.on_box.setVisible(not on)
        self.change_box.setVisible(on)
        self.adjustSize()

    def _minutes_changed(self, value: int) -> None:
        self.settings.setValue(SETTINGS_KEY, value)
        self.idle_minutes_changed.emit(value)

    def _busy(self, work) -> object:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        except encryption.EncryptionError as error:
            self.error.setText(error.message)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _database(self):
        return self.context.services.db if self.context.services is not None else None

    def turn_on(self) -> None:
        from db.encryption_switch import turn_on

        problem = encryption.passphrase_problem(self.new1.text(), self.new2.text())
        if problem:
            self.error.setText(problem)
            self.new1.setFocus()
            return
        self.error.clear()
        code = self._busy(lambda: turn_on(self.folder, self.new1.text(),
                                          database=self._database(), cost=self.cost))
        self.new1.clear()
        self.new2.clear()
        if code is None:
            return
        self.recovery_code = str(code)
        record(self.context.services, "Versleuteling aangezet (database en back-ups)")
        self.encryption_changed.emit(True)
        self._show_state()
        from ui.dialogs.recovery_key import RecoveryKeyDialog

        RecoveryKeyDialog(self.recovery_code, self).exec()

    def change_passphrase(self) -> None:
        problem = encryption.passphrase_problem(self.change1.text(), self.change2.text())
        if problem:
            self.error.setText(problem)
            self.change1.setFocus()
            return
        done = self._busy(lambda: encryption.change_passphrase(
            self.folder, self.current.text(), self.change1.text(), cost=self.cost) or True)
        for field in (self.current, self.change1, self.change2):
            field.clear()
        if done:
            self.error.clear()
            record(self.context.services, "Wachtwoord gewijzigd")
            self.state.setText(tr("<b>Het wachtwoord is gewijzigd.</b> De herstelsleutel "
                                  "blijft geldig."))

    def turn_off(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from db.encryption_switch import turn_off

        if not self.current.text():
            self.error.setText(tr("Typ eerst je huidige wachtwoord (of de herstelsleutel)."))
            self.current.setFocus()
            return
        answer = QMessageBox.question(
            self, tr("Versleuteling uitzetten"),
            tr("De database en alle back-ups worden weer onversleuteld opgeslagen: wie de "
               "laptop in handen krijgt, kan de gegevens van bewoners dan lezen. Doorgaan?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        secret = self.current.text()
        self.current.clear()
        done = self._busy(lambda: turn_off(self.folder, secret, database=self._database())
                          or True)
        if done:
            self.error.clear()
            record(self.context.services, "Versleuteling uitgezet")
            self.encryption_changed.emit(False)
            self._show_state()
