"""Bestand → Back-ups…: the list with date and size, "Nu maken", and a restore that is
checked first and then asks Buurtboek to start again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db import backups, restore
from ui.context import AppContext
from ui.dialogs.backups import BackupsDialog, size_text


@pytest.fixture
def dialog(qtbot, demo_services, settings):
    context = AppContext()
    context.attach(demo_services)
    restarts = []
    dialog = BackupsDialog(context, settings, restart=lambda: restarts.append(True))
    dialog.restarts = restarts
    qtbot.addWidget(dialog)
    return dialog


def _database(dialog) -> Path:
    return backups.database_file(dialog.context.services.db)


def test_without_backups_the_dialog_says_what_to_do(dialog):
    assert dialog.stack.currentWidget() is dialog.empty
    assert "Nu maken" in dialog.empty.text()
    assert "7 dagelijkse, 4 wekelijkse en 12 maandelijkse" in dialog.intro.text()
    assert not dialog.restore_button.isEnabled()


def test_the_policy_comes_from_the_settings(qtbot, demo_services, settings):
    settings.setValue("backups/dagelijks", 3)
    context = AppContext()
    context.attach(demo_services)
    dialog = BackupsDialog(context, settings)
    qtbot.addWidget(dialog)
    assert "3 dagelijkse" in dialog.intro.text()


def test_make_now_adds_a_backup_with_date_kind_and_size(qtbot, dialog):
    with qtbot.waitSignal(dialog.backup_made, timeout=20_000) as made:
        dialog.make_button.click()
    backup = made.args[0]
    assert backup.path.exists()
    assert dialog.table.rowCount() == 1 and dialog.stack.currentWidget() is dialog.table
    assert dialog.table.item(0, 0).text().strip() == backup.made_at.strftime("%d-%m-%Y %H:%M")
    assert dialog.table.item(0, 1).text() == "Handmatig"
    assert dialog.table.item(0, 2).text() == size_text(backup.size)
    assert dialog.selected() == backup.path and dialog.restore_button.isEnabled()
    assert "Back-up gemaakt" in dialog.status.text()


def test_restore_asks_first_checks_the_backup_and_then_restarts(qtbot, dialog, monkeypatch):
    made = backups.create(_database(dialog))
    dialog.reload()
    asked = []
    monkeypatch.setattr(dialog, "confirm", lambda what, lost: asked.append(what) or False)
    dialog.restore_selected()
    assert asked and dialog.restarts == []  # "Annuleren": nothing happens
    assert not restore.staged_path(_database(dialog)).exists()
    monkeypatch.setattr(dialog, "confirm", lambda what, lost: True)
    with qtbot.waitSignal(dialog.restore_staged, timeout=20_000) as staged:
        dialog.restore_selected()
    assert staged.args[0] == restore.staged_path(_database(dialog))
    assert dialog.restarts == [True]
    assert made.path.exists()  # the back-up itself stays


def test_a_file_that_is_not_a_backup_is_refused_with_a_clear_message(qtbot, dialog, tmp_path,
                                                                     monkeypatch):
    junk = tmp_path / "foto.sqlite"
    junk.write_bytes(b"\x89PNG\r\n" + bytes(5000))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    monkeypatch.setattr(dialog, "confirm", lambda what, lost: True)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog.restore_other()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "geen SQLite-database" in shown[0] and "niets veranderd" in shown[0]
    assert dialog.restarts == []
    assert not restore.staged_path(_database(dialog)).exists()
    qtbot.waitUntil(dialog.make_button.isEnabled)


def test_without_an_open_database_nothing_can_be_started(qtbot):
    dialog = BackupsDialog(AppContext())
    qtbot.addWidget(dialog)
    assert not dialog.make_button.isEnabled() and not dialog.other_button.isEnabled()
    assert "database open" in dialog.intro.text()


def test_after_staging_the_windows_close_so_buurtboek_can_start_again(qtbot, make_window,
                                                                        demo_services,
                                                                        settings, monkeypatch):
    window = make_window(demo_services)
    window.show()
    qtbot.waitExposed(window)
    backups.create(backups.database_file(demo_services.db))
    dialog = BackupsDialog(window.context, settings, window)
    monkeypatch.setattr(dialog, "confirm", lambda what, lost: True)
    with qtbot.waitSignal(dialog.restore_staged, timeout=20_000):
        dialog.restore_selected()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert restore.staged_path(backups.database_file(demo_services.db)).exists()
