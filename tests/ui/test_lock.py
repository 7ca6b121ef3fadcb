"""Auto-lock: the window hides its data after a short idle time, input resets the timer,
Ctrl+L locks at once, and only the right passphrase opens it again."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTableView

from ui.lock import LockController, LockPanel, idle_minutes

SECRET = "paarse olifant op de fiets"


def _visible_texts(window) -> str:
    """Everything a passer-by could read in the window."""
    texts = [window.windowTitle()]
    for label in window.findChildren(QLabel):
        if label.isVisible():
            texts.append(label.text())
    for table in window.findChildren(QTableView):
        if table.isVisible() and table.model() is not None:
            model = table.model()
            for row in range(min(model.rowCount(), 20)):
                texts.append(str(model.index(row, 0).data()))
    return "\n".join(texts)


@pytest.fixture
def window(make_window, demo_services, qtbot):
    window = make_window(demo_services, page="mensen")
    window.show()
    qtbot.waitExposed(window)
    return window




def test_the_window_locks_after_the_idle_time_and_hides_the_data(window, qtbot):
    visible_before = _visible_texts(window)
    lock = LockController(window, idle_ms=200, check=lambda s: s == SECRET)
    pages = window.centralWidget()
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    assert isinstance(window.centralWidget(), LockPanel)
    assert not pages.isVisible() and window.statusBar().isHidden()
    assert window.windowTitle() == "Buurtboek — vergrendeld"
    assert not window.menuBar().isEnabled()
    assert all(not a.isEnabled() for a in window.findChildren(QAction) if a.text())
    text = _visible_texts(window)
    assert "vergrendeld" in text and text != visible_before
    assert "bewoners" not in text  # the counts in the status bar are gone too


def test_input_before_the_timeout_resets_the_timer(window, qtbot):
    lock = LockController(window, idle_ms=200, check=lambda s: s == SECRET)
    started = time.monotonic()
    while time.monotonic() - started < 0.8:  # four idle times long, input every 30 ms
        qtbot.keyClick(window, Qt.Key.Key_Shift)
        qtbot.wait(30)
        assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)  # and with no input it does lock


def test_the_right_passphrase_restores_the_view_and_a_wrong_one_keeps_it_locked(window, qtbot):
    pages = window.centralWidget()
    title = window.windowTitle()
    unlocked = []
    lock = LockController(window, idle_ms=0, check=lambda s: s == SECRET)
    lock.unlocked.connect(lambda: unlocked.append(True))
    lock.lock()
    panel = window.centralWidget()
    qtbot.keyClicks(panel.passphrase, "fout wachtwoord")
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert lock.locked and window.centralWidget() is panel
    assert "klopt niet" in panel.error.text() and panel.passphrase.text() == ""
    qtbot.keyClicks(panel.passphrase, SECRET)
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert not lock.locked and unlocked == [True]
    assert window.centralWidget() is pages and pages.isVisible()
    assert window.windowTitle() == title and not window.statusBar().isHidden()
    assert window.menuBar().isEnabled()


def test_ctrl_l_locks_and_without_a_passphrase_a_button_unlocks(window, qtbot):
    lock = LockController(window, idle_ms=0, check=None)
    window.lock_requested.connect(lock.lock)
    action = next(a for a in window.findChildren(QAction)
                  if a.shortcut() == QKeySequence("Ctrl+L"))
    assert action.text().replace("&", "") == "Vergrendelen"
    action.trigger()
    assert lock.locked
    panel = window.centralWidget()
    assert not panel.passphrase.isVisible()
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert not lock.locked


def test_an_open_dialog_is_covered_too(window, qtbot):
    dialog = QDialog(window)
    field = QLineEdit("Zwanetta Qwerty-Canarie", dialog)
    dialog.resize(300, 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    lock = LockController(window, idle_ms=0, check=lambda s: s == SECRET)
    lock.lock()
    cover = dialog.findChild(LockPanel)
    assert cover is not None and cover.isVisible() and cover.geometry() == dialog.rect()
    assert dialog.isVisible()  # not closed: what was typed there is kept
    qtbot.keyClicks(cover.passphrase, SECRET)
    qtbot.keyClick(cover.passphrase, Qt.Key.Key_Return)
    assert not lock.locked and field.text() == "Zwanetta Qwerty-Canarie"
    qtbot.waitUntil(lambda: dialog.findChild(LockPanel) is None, timeout=2000)
    dialog.close()


def test_idle_minutes_come_from_the_settings_file(settings):
    assert idle_minutes(settings) == 10
    settings.setValue("beveiliging/vergrendelen_na_minuten", "5")
    assert idle_minutes(settings) == 5
    settings.setValue("beveiliging/vergrendelen_na_minuten", "tien")
    assert idle_minutes(settings) == 10
