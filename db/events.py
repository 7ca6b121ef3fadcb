"""The change-event bus: after a write commits, its service announces what changed.

Plain Python (no Qt): the UI adapts it to a Qt signal so that every open view can
refresh itself, and the command line can ignore it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """`kind` is the kind of record ("person", "contact_moment", "worker", ...; "*" for
    everything, e.g. after the demo neighbourhood was loaded), `ids` the records touched."""

    kind: str
    action: str = "updated"  # created | updated | deleted
    ids: tuple[int, ...] = ()

    def concerns(self, *kinds: str) -> bool:
        return self.kind == "*" or self.kind in kinds


Listener = Callable[[Change], None]


class EventBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Register `listener`; returns a function that unsubscribes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(change)
            except Exception:  # one broken view must not stop the others refreshing
                log.exception("Luisteraar faalde op %s", change)
