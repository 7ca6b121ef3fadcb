"""Python's cyclic garbage collector runs in the main (GUI) thread only.

Automatic collection runs in whichever thread happens to allocate when a threshold is
passed — a background Task's thread too. If that collection frees a Qt widget left in a
reference cycle (a closed dialog, a page's menu), the widget is destroyed in the worker
thread while the GUI thread touches Qt objects: both wait on each other (the worker on
Python's GIL inside ~QObject, the GUI thread on Qt's mutex holding the GIL). Seen as a hung
demo load under load. So automatic collection is switched off and a timer in the GUI thread
collects instead, with the same generation thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self.timer.start()

    def collect(self) -> None:
        """Collect the oldest generation whose threshold is passed, as gc itself would."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for index in range(3):
            if counts[index] > thresholds[index]:
                generation = index
        if generation >= 0:
            gc.collect(generation)


def install(app: QCoreApplication) -> MainThreadCollector:
    """Once per application (the collector lives as long as `app`)."""
    existing = app.findChild(MainThreadCollector)
    if existing is not None:
        return existing
    collector = MainThreadCollector(app)
    collector.start()
    app.destroyed.connect(gc.enable)
    return collector
