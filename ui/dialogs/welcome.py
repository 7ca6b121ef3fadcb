"""First run: who is the worker, and start with the demo neighbourhood or empty?"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QRadioButton,
    QVBoxLayout, QWidget,
)

from db.services import Services, ValidationError
from db.services.profile import WorkerProfile
from ui.widgets.dialog_parts import error_label
from ui.text import tr


class ProfileDialog(QDialog):
    """Asks name, organisation and team; saves through the profile service."""

    def __init__(self, services: Services, parent: QWidget | None = None,
                 first_run: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.first_run = first_run
        self.profile: WorkerProfile | None = None
        self.setWindowTitle(tr("Welkom bij Buurtboek") if first_run else tr("Profiel"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(tr(
                "<h2>Welkom bij Buurtboek</h2>Buurtboek bewaart je relatienotities, het netwerk "
                "van de buurt, bijeenkomsten en dossiers op deze laptop. Vertel eerst wie je "
                "bent: je naam staat bij alles wat je vastlegt en op je rapportages."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        current = services.profile.current()
        form = QFormLayout()
        self.name = QLineEdit(current.name if current else "")
        self.name.setPlaceholderText(tr("bijvoorbeeld Samira Ouali"))
        self.organisation = QLineEdit(current.organisation if current else "")
        self.organisation.setPlaceholderText(tr("bijvoorbeeld Welzijn Rotterdam-Zuid"))
        self.team = QLineEdit(current.team if current else "")
        for label_text, field in ((tr("&Naam"), self.name),
                                  (tr("&Organisatie"), self.organisation),
                                  (tr("&Team"), self.team)):
            field.setAccessibleName(label_text.replace("&", ""))
            form.addRow(label_text, field)
        layout.addLayout(form)
        self.demo_choice = QRadioButton(tr("Begin met de &demowijk (om rond te kijken)"))
        self.empty_choice = QRadioButton(tr("Begin &leeg"))
        self.empty_choice.setChecked(True)
        if first_run:
            layout.addWidget(self.demo_choice)
            layout.addWidget(self.empty_choice)
        self.encrypt = QCheckBox(tr("&Versleutel mijn gegevens op deze laptop (aanbevolen)"))
        self.passphrase1 = QLineEdit()
        self.passphrase2 = QLineEdit()
        encryption_form = QFormLayout()
        for label_text, field in ((tr("&Wachtwoord"), self.passphrase1),
                                  (tr("&Herhaal"), self.passphrase2)):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(label_text.replace("&", ""))
            field.setEnabled(False)
            encryption_form.addRow(label_text, field)
            self.encrypt.toggled.connect(field.setEnabled)
        self.passphrase1.setPlaceholderText(tr("minstens 10 tekens, bijvoorbeeld een korte zin"))
        self.encrypted = False
        if first_run:
            layout.addWidget(self.encrypt)
            layout.addLayout(encryption_form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("Beginnen") if first_run else tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            tr("Later") if first_run else tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.setFocus()

    @property
    def wants_demo(self) -> bool:
        return self.first_run and self.demo_choice.isChecked()

    def accept(self) -> None:
        from db import encryption

        wants_encryption = self.first_run and self.encrypt.isChecked()
        if wants_encryption:
            problem = encryption.passphrase_problem(self.passphrase1.text(),
                                                    self.passphrase2.text())
            if problem:
                self.error.setText(problem)
                self.passphrase1.setFocus()
                return
        try:
            self.profile = self.services.profile.save(
                self.name.text(), self.organisation.text(), self.team.text())
        except ValidationError as error:
            self.error.setText(error.message)
            {"name": self.name, "organisation": self.organisation,
             "team": self.team}.get(error.field or "", self.name).setFocus()
            return
        if wants_encryption and not self._encrypt():
            return
        super().accept()

    def _encrypt(self) -> bool:
        """Issue 8: encryption chosen at first run; the recovery key is shown once."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        from db.backups import database_file
        from db.encryption import EncryptionError
        from db.encryption_switch import turn_on
        from ui.dialogs.encryption import record
        from ui.dialogs.recovery_key import RecoveryKeyDialog

        file = database_file(self.services.db)
        if file is None:
            return True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            code = turn_on(file.parent, self.passphrase1.text(), database=self.services.db)
        except EncryptionError as error:
            self.error.setText(error.message)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase1.clear()
        self.passphrase2.clear()
        self.encrypted = True
        self.encrypt.setEnabled(False)
        record(self.services, "Versleuteling aangezet bij de eerste start")
        RecoveryKeyDialog(code, self).exec()
        return True
