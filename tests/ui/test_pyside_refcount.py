"""Guards the PySide6 pin: 6.12.0 on Python 3.11 loses a reference to None on every Qt call
that returns nothing, and the process aborts ("none_dealloc") after a few thousand calls."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget

CALLS = 50_000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_do_not_leak_references_to_none(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for i in range(CALLS // 5):
        widget.resize(100 + i % 7, 80)
        widget.update()
        widget.setObjectName("proef")
        widget.setToolTip("")
        widget.setEnabled(True)
        if i % 100 == 0:
            # Check as we go: with the bug the interpreter aborts once the count reaches
            # zero, and a clear test failure beats a crashed test run.
            lost = before - sys.getrefcount(None)
            assert lost < 1_000, f"refcount(None) fell by {lost} after {5 * (i + 1)} Qt calls"
    # A healthy binding leaves the count where it was (give or take unrelated objects);
    # the 6.12.0 bug takes one reference per call, 50,000 here.
    lost = before - sys.getrefcount(None)
    assert lost < 1_000, f"refcount(None) fell by {lost} over {CALLS} calls"
