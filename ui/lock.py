"""Auto-lock: after N idle minutes, and on Ctrl+L, the window hides all data and asks for
the passphrase.

    lock = LockController(window, idle_ms=minutes * 60_000, check=passphrase_is_right)
    window.lock_requested.connect(lock.lock)

Locking swaps the main window's central widget for a lock panel (the pages are taken
out, not covered), hides the status bar (worker name, counts), clears the window title
and disables every action, so no shortcut reaches a page. An open dialog gets an opaque
cover with its own lock panel (a modal dialog blocks the main window; hiding it would
end it and lose what was typed). Any key or mouse input anywhere in the application
restarts the idle timer (an application-wide event filter).

Without encryption there is no passphrase to ask (`check=None`): the lock screen still
hides the data, and its "Ontgrendelen" button opens it again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication, QDialog, QFrame, QLabel, QLineEdit, QMainWindow, QPushButton, QVBoxLayout,
    QWidget,
)

from ui.text import tr

SETTINGS_KEY = "beveiliging/vergrendelen_na_minuten"
DEFAULT_MINUTES = 10
MAX_MINUTES = 24 * 60
INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride}


def idle_minutes(settings) -> int:
    """Minutes without input before the window locks (0: never), from the settings file;
    garbage from a hand-edited file gives the default."""
    try:
        minutes = int(str(settings.value(SETTINGS_KEY, DEFAULT_MINUTES)).strip())
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return max(0, min(MAX_MINUTES, minutes))


class LockPanel(QFrame):
    """What a locked window shows: a short text, the passphrase field and a button."""

    def __init__(self, controller: LockController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("lockPanel")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockPanel { background: #2f3e4e; } "
                           "#lockPanel QLabel { color: white; } "
                           "#lockPanel QLabel#lockError { color: #ffb4a8; }")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        box = QWidget()
        box.setFixedWidth(440)  # wrapped labels get their full height at a fixed width
        inner = QVBoxLayout(box)
        title = QLabel(tr("<h2>Buurtboek is vergrendeld</h2>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        asks = controller.check is not None
        text = QLabel(tr("De gegevens zijn verborgen. Typ je wachtwoord (of de herstelsleutel) "
                         "om verder te werken.") if asks else
                      tr("De gegevens zijn verborgen. Er is geen wachtwoord ingesteld; zet "
                         "versleuteling aan (Bestand → Versleuteling…) om er een te vragen."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMinimumHeight(text.heightForWidth(420))  # nested in stretches: say it
        inner.addWidget(title)
        inner.addWidget(text)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("Wachtwoord"))
        self.passphrase.setAccessibleName(tr("Wachtwoord"))
        self.passphrase.setVisible(asks)
        self.passphrase.returnPressed.connect(self._unlock)
        inner.addWidget(self.passphrase)
        self.error = QLabel()
        self.error.setObjectName("lockError")
        self.error.setWordWrap(True)
        self.error.setMinimumHeight(2 * self.error.fontMetrics().lineSpacing())
        inner.addWidget(self.error)
        self.button = QPushButton(tr("Ontgrendelen"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._unlock)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _unlock(self) -> None:
        if not self.controller.try_unlock(self.passphrase.text()):
            self.error.setText(tr("Dit wachtwoord klopt niet. Probeer het opnieuw."))
            self.passphrase.clear()
            self.passphrase.setFocus()


class _Cover(QObject):
    """An opaque lock panel over an open dialog, following its size."""

    def __init__(self, dialog: QWidget, controller: LockController) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.panel = LockPanel(controller, dialog)
        self.panel.setGeometry(dialog.rect())
        self.panel.show()
        self.panel.raise_()
        dialog.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.panel.setGeometry(self.dialog.rect())
        return False

    def remove(self) -> None:
        self.dialog.removeEventFilter(self)
        self.panel.deleteLater()
        self.deleteLater()


class LockController(QObject):
    """Locks `window` after `idle_ms` without input (0: never) and on `lock()`.
    `check(passphrase) -> bool` says whether a passphrase unlocks; None: no passphrase."""

    locked_changed = Signal(bool)
    unlocked = Signal()

    def __init__(self, window: QMainWindow, *, idle_ms: int,
                 check: Callable[[str], bool] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.check = check
        self._locked = False
        self._content: QWidget | None = None
        self._panel: LockPanel | None = None
        self._covers: list[_Cover] = []
        self._actions: list[QAction] = []
        self._title = ""
        self._status_visible = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_idle_ms(idle_ms)
        QApplication.instance().installEventFilter(self)
        window.destroyed.connect(self._detach)

    @property
    def locked(self) -> bool:
        return self._locked

    def set_idle_ms(self, idle_ms: int) -> None:
        self.idle_ms = max(0, int(idle_ms))
        self.timer.stop()
        if self.idle_ms and not self._locked:
            self.timer.start(self.idle_ms)

    def set_check(self, check: Callable[[str], bool] | None) -> None:
        self.check = check

    def _detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if not self._locked and self.idle_ms and event.type() in INPUT_EVENTS:
            self.timer.start(self.idle_ms)  # restart: input means someone is there
        return False

    # -- locking -----------------------------------------------------------------------------
    def lock(self) -> None:
        if self._locked:
            return
        self._locked = True
        self.timer.stop()
        window = self.window
        self._title = window.windowTitle()
        window.setWindowTitle(tr("Buurtboek — vergrendeld"))
        self._actions = [a for a in window.findChildren(QAction) if a.isEnabled()]
        for action in self._actions:
            action.setEnabled(False)
        window.menuBar().setEnabled(False)
        self._status_visible = not window.statusBar().isHidden()
        window.statusBar().hide()
        self._content = window.takeCentralWidget()
        self._panel = LockPanel(self)
        window.setCentralWidget(self._panel)
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible() and isinstance(widget, QDialog):
                self._covers.append(_Cover(widget, self))
        focus_panel = self._covers[-1].panel if self._covers else self._panel
        (focus_panel.passphrase if self.check else focus_panel.button).setFocus()
        self.locked_changed.emit(True)

    def try_unlock(self, passphrase: str) -> bool:
        if not self._locked:
            return True
        if self.check is not None and not self.check(passphrase):
            return False
        self._restore()
        self.unlocked.emit()
        return True

    def _restore(self) -> None:
        window = self.window
        for cover in self._covers:
            cover.remove()
        self._covers = []
        panel = window.takeCentralWidget()
        if panel is not None:
            panel.deleteLater()
        if self._content is not None:
            window.setCentralWidget(self._content)
            self._content.show()  # taken out, it was hidden; put back, it must be shown again
        self._content = self._panel = None
        for action in self._actions:
            action.setEnabled(True)
        self._actions = []
        window.menuBar().setEnabled(True)
        window.statusBar().setVisible(self._status_visible)
        window.setWindowTitle(self._title)
        self._locked = False
        if self.idle_ms:
            self.timer.start(self.idle_ms)
        self.locked_changed.emit(False)
