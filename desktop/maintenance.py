"""Start-up care, off the UI thread: the health check (quick_check), then the daily back-up
and its rotation. Quiet: it reports to the status bar, and asks only when the database
turns out to be damaged.

quick_check reads the whole file (2-2.5 s for 1,000,000 contact moments), too slow to wait
for before the data is shown, so it runs on the thread pool right after the first paint,
next to opening the database. Quitting interrupts it (and a running back-up) at once.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from db import backups, health

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    problems: list[str]          # [] when the health check passed
    backup: backups.Backup | None = None
    backup_error: str | None = None
    checked_at: float = 0.0


def check_and_back_up(database: Path, *, policy: backups.RotationPolicy, back_up: bool,
                      cancelled=None, now: dt.datetime | None = None) -> Outcome:
    """The work itself (plain Python, tested without Qt)."""
    import time

    problems = health.quick_check(database, cancelled=cancelled)
    checked = time.time()
    if problems or not back_up or (cancelled and cancelled()):
        return Outcome(problems, checked_at=checked)
    if not backups.due(database, now):
        return Outcome([], checked_at=checked)
    try:
        made = backups.create(database, backups.BackupKind.AUTO, cancelled=cancelled, now=now)
    except backups.BackupError as error:
        log.warning("Automatische back-up mislukt: %s", error.message)
        return Outcome([], backup_error=error.message, checked_at=checked)
    removed = backups.rotate(database, policy)
    log.info("Back-up %s gemaakt; %d oude opgeruimd", made.path.name, len(removed))
    return Outcome([], backup=made, checked_at=checked)


class _Signals(QObject):
    done = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, job: StartupCare) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        try:
            outcome = check_and_back_up(self.job.database, policy=self.job.policy,
                                        back_up=self.job.back_up,
                                        cancelled=self.job.cancel.is_set)
        except Exception as error:  # never lost: logged, and reported as not checked
            log.exception("Gezondheidscontrole mislukt")
            outcome = Outcome([f"De controle zelf mislukte: {error}"])
        self.job.signals.done.emit(outcome)


class StartupCare(QObject):
    """Runs check_and_back_up on the global thread pool; `done(Outcome)` on the UI thread."""

    done = Signal(object)

    def __init__(self, database: Path, policy: backups.RotationPolicy, *, back_up: bool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database, self.policy, self.back_up = database, policy, back_up
        self.cancel = threading.Event()
        self.signals = _Signals()
        self.signals.done.connect(self._finish)
        self.pool = QThreadPool(self)  # its own pool: stop() waits for this work only
        self.pool.setMaxThreadCount(1)

    def start(self) -> None:
        self.pool.start(_Runnable(self))

    def stop(self) -> None:
        """Interrupt the check or back-up (at quit) and wait for the thread to let go."""
        self.cancel.set()
        self.pool.waitForDone(10_000)

    def _finish(self, outcome: Outcome) -> None:
        if not self.cancel.is_set():
            self.done.emit(outcome)
