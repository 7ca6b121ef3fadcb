"""The unlock dialog at start: a wrong passphrase gets a message and another try, the
right one (or the recovery key) opens, Cancel stops without touching the database."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from db import encryption, encryption_switch
from db.database import open_database
from db.engine import DATABASE_FILENAME, sqlite_url
from db.services import Services
from db.vocabulary import ActorKind
from ui.dialogs.unlock import UnlockDialog

SECRET = "paarse olifant op de fiets"


@pytest.fixture(autouse=True)
def _forget_keys():
    yield
    encryption._unlocked.clear()


@pytest.fixture
def encrypted(data_dir):
    """An encrypted data folder with one resident; returns the recovery code."""
    services = Services.for_database(open_database(sqlite_url(data_dir / DATABASE_FILENAME)))
    services.people.create_person(first_name="Zwanetta", last_name="Qwerty-Canarie")
    code = encryption_switch.turn_on(data_dir, SECRET, database=services.db,
                                     cost=encryption.LIGHT)
    services.db.close()
    encryption._unlocked.clear()  # as at a new start
    return code


def _digests(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def _type(qtbot, dialog: UnlockDialog, text: str) -> None:
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, text)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def test_a_wrong_passphrase_gets_a_message_and_another_try(qtbot, data_dir, encrypted):
    before = _digests(data_dir)
    dialog = UnlockDialog(lambda s: encryption.unlock(data_dir, s))
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog, "fout wachtwoord")
    assert dialog.isVisible() and dialog.key is None and dialog.attempts == 1
    assert "klopt niet" in dialog.error.text() and dialog.passphrase.text() == ""
    assert _digests(data_dir) == before  # byte for byte, and nothing new
    with qtbot.waitSignal(dialog.accepted):
        _type(qtbot, dialog, SECRET)
    assert dialog.key == encryption.unlock(data_dir, SECRET) and not dialog.used_recovery


def test_the_recovery_key_from_paper_opens_too(qtbot, data_dir, encrypted):
    dialog = UnlockDialog(lambda s: encryption.unlock(data_dir, s))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted):
        _type(qtbot, dialog, encrypted.lower().replace("-", " "))
    assert dialog.used_recovery and dialog.key is not None


def _answer_dialog(qtbot, texts: list[str | None]) -> None:
    """Drive the modal unlock dialog the app shows: type each text (None: Stoppen)."""
    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, step)
            return
        text = texts.pop(0)
        if text is None:
            dialog.reject()
            return
        _type(qtbot, dialog, text)
        if texts:
            QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)


def test_the_start_asks_before_opening_and_cancel_touches_nothing(qtbot, data_dir, encrypted,
                                                                   make_window):
    from desktop.app import _unlock

    window = make_window()
    before = _digests(data_dir)
    _answer_dialog(qtbot, ["fout", None])
    assert _unlock(window, data_dir, quiet=False) == 0  # Stoppen: quit with code 0
    assert _digests(data_dir) == before and encryption.remembered(data_dir) is None

    _answer_dialog(qtbot, ["nog eens fout", SECRET])
    assert _unlock(window, data_dir, quiet=False) == "wachtwoord"
    assert encryption.remembered(data_dir) is not None
    assert _digests(data_dir) == before  # unlocking itself writes nothing
    database = open_database(sqlite_url(data_dir / DATABASE_FILENAME))
    services = Services.for_database(database)
    assert services.people.count(ActorKind.PERSON) == 1
    database.close()


def test_a_folder_without_key_file_is_not_asked_for(qtbot, data_dir, make_window):
    from desktop.app import _unlock

    assert _unlock(make_window(), data_dir, quiet=False) == ""


def test_screenshot_mode_takes_the_passphrase_from_the_environment(data_dir, encrypted,
                                                                   monkeypatch, make_window):
    from desktop.app import _unlock

    window = make_window()
    monkeypatch.delenv("BUURTBOEK_PASSPHRASE", raising=False)
    assert _unlock(window, data_dir, quiet=True) == 4
    monkeypatch.setenv("BUURTBOEK_PASSPHRASE", SECRET)
    assert _unlock(window, data_dir, quiet=True) == "wachtwoord (omgeving)"


def test_command_line_takes_the_passphrase_from_the_environment(data_dir, encrypted,
                                                                monkeypatch, capsys):
    from desktop import passphrase
    from desktop.cli import main

    monkeypatch.delenv("BUURTBOEK_PASSPHRASE", raising=False)
    monkeypatch.setattr(passphrase.sys, "stdin", None)  # no terminal attached
    assert main(["check"]) == 4
    assert "BUURTBOEK_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("BUURTBOEK_PASSPHRASE", "fout")
    assert main(["check"]) == 4
    assert "klopt niet" in capsys.readouterr().err
    monkeypatch.setenv("BUURTBOEK_PASSPHRASE", SECRET)
    assert main(["check"]) == 0
    assert "Integriteit: ok" in capsys.readouterr().out


def test_in_a_terminal_the_passphrase_is_asked_three_times(data_dir, encrypted):
    from desktop.passphrase import unlock_folder

    answers = iter(["fout", "ook fout", SECRET])
    assert unlock_folder(data_dir, environ={}, interactive=True,
                         ask=lambda prompt: next(answers)) is None
    assert encryption.remembered(data_dir) is not None
