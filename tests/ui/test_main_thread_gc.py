"""Garbage collection happens in the GUI thread only once background work has started."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QWidget

from ui.tasks import Task


def test_a_widget_in_a_cycle_is_collected_in_the_gui_thread(qtbot, qapp):
    parent = QWidget()
    qtbot.addWidget(parent)
    task = Task(parent, "werk", lambda progress, cancelled: None)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert not gc.isenabled()  # a worker's allocations can no longer trigger a collection

    freed_in: list[str] = []

    class Cycle:
        def __del__(self):
            freed_in.append(threading.current_thread().name)

    cycle = Cycle()
    cycle.me = cycle
    del cycle
    for _ in range(gc.get_threshold()[0] + 10):  # pass generation 0's threshold
        [].append([])
        garbage = [[] for _ in range(5)]
        garbage.append(garbage)
    qtbot.waitUntil(lambda: bool(freed_in), timeout=5_000)
    assert freed_in == [threading.main_thread().name]
