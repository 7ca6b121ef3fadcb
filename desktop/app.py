"""The composition root: builds the window, then the database and services, and starts Qt.

The window is shown first and the database opened right after its first paint: the
worker sees Buurtboek at once, and SQLAlchemy's import and the first queries happen
while the window is already there.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from desktop import paths

log = logging.getLogger(__name__)

# Benchmarks set this: print the wall-clock times of the first paint and of the first
# paint with data, then quit.
TIMING_ENV = "BUURTBOEK_EXIT_AFTER_FIRST_PAINT"


def _needs_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def save_screenshot(window, target: Path) -> bool:
    """Render the window (as painted, with its data) to a PNG."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return window.grab().save(str(target), "PNG")


def run_app(folder: Path, *, screenshot: str | None = None, page: str | None = None,
            verbose: bool = False) -> int:
    if screenshot and _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop import logs
    from desktop.cli import version
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.paint import after_first_paint

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Buurtboek")
    app.setOrganizationName("Buurtboek")
    app.setApplicationVersion(version())
    logs.configure(paths.log_file(folder), verbose=verbose)
    timing = bool(os.environ.get(TIMING_ENV))

    settings = QSettings(str(paths.settings_file(folder)), QSettings.Format.IniFormat)
    context = AppContext()
    window = MainWindow(context, settings, version())
    window.restore_state(page)
    state: dict[str, object] = {"exit": 0}

    def open_data() -> None:
        if timing:
            print(f"first-paint {time.time():.6f}", flush=True)
        from db.database import open_database
        from db.migrate import SchemaError
        from db.services import Services

        try:
            database = open_database(paths.database_url(folder))
        except SchemaError as error:
            log.error("Database geweigerd: %s", error)
            if screenshot or timing:
                print(f"buurtboek: {error}", file=sys.stderr)
            else:
                QMessageBox.critical(window, "Buurtboek", str(error))
            app.exit(2)
            return
        state["database"] = database
        services = Services.for_database(database)
        window.demo_requested.connect(lambda: _load_demo(window, services))
        window.profile_requested.connect(lambda: _edit_profile(window, services, False))
        window.attach(services)
        if timing:
            window.repaint()
            print(f"data-shown {time.time():.6f}", flush=True)
            if sys.platform != "win32":
                import resource

                kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                print(f"peak-rss-mb {kib / 1024:.1f}", flush=True)
            app.exit(0)
        elif screenshot:
            QTimer.singleShot(50, lambda: _shoot(app, window, Path(screenshot)))
        elif services.profile.current() is None:
            QTimer.singleShot(0, lambda: _edit_profile(window, services, True))

    after_first_paint(window, open_data)
    window.show()
    try:
        return app.exec()
    finally:
        database = state.get("database")
        if database is not None:
            database.close()


def _shoot(app, window, target: Path) -> None:
    ok = save_screenshot(window, target)
    print(f"Schermafbeelding opgeslagen: {target}" if ok
          else f"buurtboek: kon {target} niet schrijven", file=sys.stderr)
    app.exit(0 if ok else 1)


def _load_demo(window, services) -> None:
    from ui.demo_loader import load_demo

    window._demo_task = load_demo(window, services)  # keep a reference while it runs


def _edit_profile(window, services, first_run: bool) -> None:
    from ui.dialogs.welcome import ProfileDialog

    dialog = ProfileDialog(services, window, first_run=first_run)
    if dialog.exec() and dialog.wants_demo:
        _load_demo(window, services)
