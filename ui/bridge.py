"""Adapts the data layer's change bus to a Qt signal, delivered on the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from db.events import Change, EventBus


class ChangeBridge(QObject):
    changed = Signal(object)  # db.events.Change
    _relay = Signal(object)

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued: a service may publish from a worker thread; views update on the UI thread.
        self._relay.connect(self.changed.emit, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = bus.subscribe(self._relay.emit)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def publish_locally(self, change: Change) -> None:
        self.changed.emit(change)
