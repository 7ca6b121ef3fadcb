"""Long work off the UI thread, with a progress dialog and Cancel.

The work is a plain function `fn(progress, cancelled)` from db/ or exports/; it reports
`progress(done, total, label)` and polls `cancelled()`. It runs on the global
QThreadPool; results and errors come back to the UI thread through signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.text import tr

# Tasks still running, so the window can cancel them and wait before it closes: a worker
# that reports to a window Qt has already deleted aborts the process.
_running: set[Task] = set()
_quit_hooked = False

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.work, self.signals, self.cancel = work, signals, cancel

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self.cancel.is_set)
        except BaseException as error:  # reported to the UI thread, never lost
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class Task(QObject):
    """One running piece of work with its progress dialog."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, title: str, work: Work) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.dialog = QProgressDialog(title, tr("Annuleren"), 0, 1000, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel_event.set)
        self._signals = _Signals()
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._runnable = _Runnable(work, self._signals, self.cancel_event)

    def start(self) -> None:
        global _quit_hooked
        if not _quit_hooked and QCoreApplication.instance() is not None:
            # the application may quit without the window closing (a restart after a
            # restore, app.quit()): stop the workers then too
            QCoreApplication.instance().aboutToQuit.connect(cancel_all_and_wait)
            _quit_hooked = True
        if QCoreApplication.instance() is not None:
            # garbage collection only in this (GUI) thread from now on: see ui.main_thread_gc
            from ui.main_thread_gc import install

            install(QCoreApplication.instance())
        _running.add(self)
        QThreadPool.globalInstance().start(self._runnable)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total:
            self.dialog.setValue(int(1000 * min(done, total) / total))
        self.dialog.setLabelText(text)

    def _on_finished(self, result: object) -> None:
        _running.discard(self)
        self.dialog.close()
        self.finished.emit(result)

    def _on_failed(self, error: object) -> None:
        _running.discard(self)
        self.dialog.close()
        self.failed.emit(error)


def running_tasks() -> int:
    return len(_running)


def cancel_all_and_wait(timeout_ms: int = 10_000) -> bool:
    """Ask every running task to stop and wait for the workers (on closing the window).
    The work functions roll back on cancel, so nothing is half-written; False when a
    worker did not stop in time."""
    for task in list(_running):
        task.cancel_event.set()
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    _running.clear()
    return done
