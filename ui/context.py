"""What every page and dialog is handed: the services (once the database is open) and the
change bridge. The window is built and painted before the database opens, so start-up
shows the app at once and a later unlock step has a window to ask from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from ui.bridge import ChangeBridge

if TYPE_CHECKING:
    from db.services import Services


class AppContext:
    """Services, the change bridge and the window's undo stack: every edit is a
    QUndoCommand pushed on `undo_stack`, whose redo()/undo() call services."""

    def __init__(self) -> None:
        self.services: Services | None = None
        self.bridge = ChangeBridge()
        self.undo_stack = QUndoStack()

    @property
    def ready(self) -> bool:
        return self.services is not None

    def attach(self, services: Services) -> None:
        self.services = services
        self.bridge.attach(services.db.bus)
