"""The peer for start-up: a bare PySide6 window, started and measured the same way as Buurtboek."""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hallo"))
window.resize(1200, 780)


class FirstPaint(QObject):
    done = False

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print(f"first-paint {time.time():.6f}", flush=True),
                                          app.exit(0)))
        return False


paint_filter = FirstPaint()
window.installEventFilter(paint_filter)
window.show()
sys.exit(app.exec())
