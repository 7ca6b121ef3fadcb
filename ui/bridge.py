"""Adapts the data layer's change bus to a Qt signal, delivered on the UI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    from db.events import Change, EventBus


class ChangeBridge(QObject):
    """Exists before the database is open (so pages can connect at once); `attach` joins
    it to the database's bus when that is ready."""

    changed = Signal(object)  # db.events.Change
    _relay = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued: a service may publish from a worker thread; views update on the UI thread.
        self._relay.connect(self.changed.emit, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = None
        self.destroyed.connect(lambda *_: self.detach())

    def attach(self, bus: EventBus) -> None:
        self.detach()
        self._unsubscribe = bus.subscribe(self._relay.emit)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def publish_locally(self, change: Change) -> None:
        self.changed.emit(change)
