"""Run a deletion and then the purge (search index, log, VACUUM) as one task with progress,
so that deleted data is gone from the file before the worker is told it is gone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from db.services.errors import ValidationError
from db.services.purge import PurgeIncomplete, purge_deleted_data
from ui.context import AppContext
from ui.tasks import Task
from ui.text import tr

BACKUP_NOTE = ("Back-ups van vóór nu bevatten de gegevens nog, tot ze volgens het "
               "back-upschema worden opgeruimd.")


def delete_and_purge(parent: QWidget, context: AppContext, title: str,
                     delete: Callable[[], Any], done: Callable[[Any], None]) -> Task:
    """`delete()` (one service call, its own transaction), then the purge; `done(result)`
    on the UI thread when both are through. A refused deletion shows its Dutch message;
    a purge that could not finish says the deletion itself did happen."""
    db = context.services.db

    def work(progress, cancelled):
        progress(0, 5, tr("Verwijderen"))
        result = delete()

        def step(n: int, total: int, text: str) -> None:
            progress(1 + n, 1 + total, tr(text))

        try:
            purge_deleted_data(db, step)
        except PurgeIncomplete as error:
            return result, error.args[0]
        except Exception as error:  # the deletion stands; only the clean-up is pending
            return result, f"{type(error).__name__}: {error}."
        return result, None

    task = Task(parent, title, work)

    def finished(outcome) -> None:
        result, problem = outcome
        if problem:
            QMessageBox.warning(parent, title, tr(
                "De gegevens zijn verwijderd, maar het databasebestand kon nog niet worden "
                "opgeschoond: {problem} Kies later Bestand → Privacy → Bewaartermijnen → "
                "Bestand opschonen.").format(problem=problem))
        done(result)

    def failed(error) -> None:
        message = error.message if isinstance(error, ValidationError) else str(error)
        QMessageBox.warning(parent, title, tr("Niet gelukt: {message} Er is niets "
                                              "verwijderd.").format(message=message))

    task.finished.connect(finished)
    task.failed.connect(failed)
    task.start()
    return task


def purge_only(parent: QWidget, context: AppContext, done: Callable[[], None]) -> Task:
    """Just the purge (e.g. when an earlier one could not finish)."""
    title = tr("Bestand opschonen")
    task = Task(parent, title, lambda progress, cancelled: purge_deleted_data(
        context.services.db, progress, cancelled))
    task.finished.connect(lambda _result: done())
    task.failed.connect(lambda error: QMessageBox.warning(parent, title, str(error)))
    task.start()
    return task
