"""Turning encryption on from the first-run dialog and from Bestand → Versleuteling…:
the recovery key is shown once and must be confirmed, the data stays, the audit log
says what happened (never the passphrase)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from db import encryption
from db.backups import database_file
from db.database import open_database
from db.engine import DATABASE_FILENAME, sqlite_url
from db.services import Services
from db.services.audit import AuditAction
from db.vocabulary import ActorKind
from ui.context import AppContext
from ui.dialogs.recovery_key import RecoveryKeyDialog

SECRET = "paarse olifant op de fiets"


@pytest.fixture(autouse=True)
def _forget_keys():
    yield
    encryption._unlocked.clear()


@pytest.fixture
def services(data_dir):
    services = Services.for_database(open_database(sqlite_url(data_dir / DATABASE_FILENAME)))
    services.people.create_person(first_name="Zwanetta", last_name="Qwerty-Canarie")
    yield services
    services.db.close()


def _confirm_recovery_key(seen: list[str]) -> None:
    """Close the recovery-key dialog the way a worker must: tick the box, then Verder."""
    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryKeyDialog):
            QTimer.singleShot(20, step)
            return
        seen.append(dialog.code)
        assert not dialog.ok.isEnabled()  # not before confirming it is kept
        dialog.reject()  # Escape does not close it either
        assert dialog.isVisible()
        dialog.kept.setChecked(True)
        dialog.ok.click()

    QTimer.singleShot(0, step)


def test_first_run_offers_encryption_and_shows_the_recovery_key_once(qtbot, services, data_dir):
    from ui.dialogs.welcome import ProfileDialog

    dialog = ProfileDialog(services, first_run=True)
    qtbot.addWidget(dialog)
    dialog.name.setText("Samira Ouali")
    dialog.encrypt.setChecked(True)
    dialog.passphrase1.setText(SECRET)
    dialog.passphrase2.setText(SECRET + "x")
    dialog.accept()
    assert "niet gelijk" in dialog.error.text() and not encryption.is_encrypted(data_dir)
    dialog.passphrase2.setText(SECRET)
    seen: list[str] = []
    _confirm_recovery_key(seen)
    dialog.accept()
    assert dialog.encrypted and dialog.result() == dialog.DialogCode.Accepted
    assert encryption.is_encrypted(data_dir)
    assert not encryption.is_plain(database_file(services.db))
    assert encryption.unlock(data_dir, seen[0]) == encryption.remembered(data_dir)
    assert services.people.count(ActorKind.PERSON) == 1  # the open database works on
    entries = services.audit.entries(action=AuditAction.ENCRYPTION)
    assert len(entries) == 1 and SECRET not in entries[0].detail


def test_the_settings_dialog_turns_encryption_on_changes_the_passphrase_and_off(
        qtbot, services, data_dir, settings, monkeypatch):
    from ui.dialogs.encryption import EncryptionDialog

    context = AppContext()
    context.attach(services)
    dialog = EncryptionDialog(context, settings, data_dir, cost=encryption.LIGHT)
    qtbot.addWidget(dialog)
    changes: list[bool] = []
    dialog.encryption_changed.connect(changes.append)
    dialog.new1.setText("kort")
    dialog.new2.setText("kort")
    dialog.turn_on()
    assert "minstens 10" in dialog.error.text() and changes == []
    dialog.new1.setText(SECRET)
    dialog.new2.setText(SECRET)
    _confirm_recovery_key([])
    dialog.turn_on()
    assert changes == [True] and not dialog.on_box.isVisibleTo(dialog)

    dialog.current.setText("fout wachtwoord")
    dialog.change1.setText("een heel nieuw wachtwoord")
    dialog.change2.setText("een heel nieuw wachtwoord")
    dialog.change_passphrase()
    assert "klopt niet" in dialog.error.text()
    dialog.current.setText(SECRET)
    dialog.change1.setText("een heel nieuw wachtwoord")
    dialog.change2.setText("een heel nieuw wachtwoord")
    dialog.change_passphrase()
    assert dialog.error.text() == ""
    assert encryption.unlock(data_dir, "een heel nieuw wachtwoord")

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    dialog.current.setText("een heel nieuw wachtwoord")
    dialog.turn_off()
    assert changes == [True, False] and not encryption.is_encrypted(data_dir)
    assert encryption.is_plain(database_file(services.db))
    assert services.people.count(ActorKind.PERSON) == 1
    details = [e.detail for e in services.audit.entries(action=AuditAction.ENCRYPTION)]
    assert details == ["Versleuteling uitgezet", "Wachtwoord gewijzigd",
                       "Versleuteling aangezet (database en back-ups)"]


def test_the_idle_minutes_are_saved_in_the_settings(qtbot, services, data_dir, settings):
    from ui.dialogs.encryption import EncryptionDialog
    from ui.lock import idle_minutes

    context = AppContext()
    context.attach(services)
    dialog = EncryptionDialog(context, settings, data_dir)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.idle_minutes_changed) as signal:
        dialog.minutes.setValue(3)
    assert signal.args == [3] and idle_minutes(settings) == 3
