"""Undo of an import as one step: undo deletes exactly the persons the import added (and
the neighbourhoods it made, if nobody lives there now); redo writes the same checked rows
again, with the same ids, so later commands keep pointing at the right persons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ui.text import number, tr

if TYPE_CHECKING:
    from db.services import Services
    from db.services.person_import import ImportCheck, ImportResult


class ImportCommand(QUndoCommand):
    """Pushed after the import ran (off the UI thread); the first redo() does nothing."""

    def __init__(self, services: Services, check: ImportCheck, result: ImportResult,
                 valid_only: bool, file_hash: str) -> None:
        super().__init__(tr("Import van {n} bewoners").format(n=number(result.imported)))
        self.services, self.check, self.result = services, check, result
        self.valid_only, self.file_hash = valid_only, file_hash
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        first_id = self.result.ids[0] if self.result.ids else None
        self.result = self.services.person_import.run(
            self.check, valid_only=self.valid_only, file_hash=self.file_hash, first_id=first_id)

    def undo(self) -> None:
        self.services.person_import.undo(self.result)
