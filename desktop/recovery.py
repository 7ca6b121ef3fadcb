"""When the database is damaged: leave it alone and offer the newest good back-up; and
starting Buurtboek again after a restore was staged (db.restore.stage_restore).

A restore is finished by the next start (db.restore.apply_staged_restore, before the
database is opened, holding the single-instance lock), so quitting and starting again
is all a restore needs, and a crash in between loses nothing.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from db import backups, restore
from ui.dialogs.backups import size_text, stage_restore
from ui.tasks import Task
from ui.text import datetime_text, tr

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parent.parent


def relaunch_command() -> list[str]:
    """The command that starts this Buurtboek again with the same options."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, "-m", "desktop.cli", *sys.argv[1:]]


def relaunch() -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    options: dict = {"env": env, "close_fds": True}
    if sys.platform == "win32":
        options["creationflags"] = (subprocess.DETACHED_PROCESS
                                    | subprocess.CREATE_NEW_PROCESS_GROUP)
    else:
        options["start_new_session"] = True
    log.info("Opnieuw starten: %s", relaunch_command())
    subprocess.Popen(relaunch_command(), **options)


def offer_backup(window: QWidget, database: Path, problems: list[str],
                 restart: Callable[[], None], quit_app: Callable[[], None]) -> None:
    """Tell the worker the database is damaged (and untouched), look for the newest good
    back-up off the UI thread, and offer to restore it."""
    log.error("Database beschadigd: %s", "; ".join(problems[:5]))

    def found(backup: backups.Backup | None) -> None:
        intro = tr("Buurtboek vond een probleem in de database:\n{problem}\n\nHet bestand is "
                   "niet veranderd ({file}).").format(problem=problems[0], file=database)
        box = QMessageBox(QMessageBox.Icon.Critical, tr("Database beschadigd"), intro,
                          parent=window)
        if backup is None:
            box.setInformativeText(tr(
                "Er is geen goede back-up gevonden. Sluit Buurtboek en neem contact op met "
                "de beheerder; laat het bestand zoals het is."))
            box.addButton(tr("Afsluiten"), QMessageBox.ButtonRole.AcceptRole)
            box.exec()
            quit_app()
            return
        box.setInformativeText(tr(
            "De nieuwste goede back-up is van {when} ({size}). Terugzetten zet de huidige "
            "database apart in de back-upmap en start Buurtboek opnieuw met de back-up. "
            "Wat je na {when} hebt vastgelegd, staat niet in de back-up.").format(
                when=datetime_text(backup.made_at), size=size_text(backup.size)))
        restore_button = box.addButton(tr("Back-up &terugzetten"),
                                       QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("&Afsluiten"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore_button)
        box.exec()
        if box.clickedButton() is restore_button:
            window._restore_task = stage_restore(window, backup.path, database,
                                                 lambda _staged: restart())
        else:
            quit_app()

    task = Task(window, tr("Back-ups zoeken"),
                lambda progress, cancelled: restore.newest_good(
                    database, progress=progress, cancelled=cancelled))
    task.finished.connect(found)
    task.failed.connect(lambda error: found(None))
    window._recovery_task = task  # keep a reference while it runs
    task.start()
