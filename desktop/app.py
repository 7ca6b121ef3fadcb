"""The composition root: builds the database, services and main window and starts Qt."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from desktop import paths

log = logging.getLogger(__name__)


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

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Buurtboek")
    app.setOrganizationName("Buurtboek")
    app.setApplicationVersion(version())
    logs.configure(paths.log_file(folder), verbose=verbose)

    from db.database import open_database
    from db.migrate import SchemaError

    try:
        database = open_database(paths.database_url(folder))
    except SchemaError as error:
        log.error("Database geweigerd: %s", error)
        if screenshot:
            print(f"buurtboek: {error}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "Buurtboek", str(error))
        return 2

    from db.services import Services
    from ui.main_window import MainWindow

    services = Services.for_database(database)
    settings = QSettings(str(paths.settings_file(folder)), QSettings.Format.IniFormat)
    window = MainWindow(services, settings, version())
    window.demo_requested.connect(lambda: _load_demo(window, services))
    window.profile_requested.connect(lambda: _edit_profile(window, services, first_run=False))
    window.restore_state(page)
    window.update_status()
    window.show()

    if screenshot:
        target = Path(screenshot)

        def shoot() -> None:
            ok = save_screenshot(window, target)
            print(f"Schermafbeelding opgeslagen: {target}" if ok
                  else f"buurtboek: kon {target} niet schrijven", file=sys.stderr)
            app.exit(0 if ok else 1)

        QTimer.singleShot(50, shoot)
    elif services.profile.current() is None:
        QTimer.singleShot(0, lambda: _edit_profile(window, services, first_run=True))
    try:
        return app.exec()
    finally:
        database.close()


def _load_demo(window, services) -> None:
    from ui.demo_loader import load_demo

    window._demo_task = load_demo(window, services)  # keep a reference while it runs


def _edit_profile(window, services, *, first_run: bool) -> None:
    from ui.dialogs.welcome import ProfileDialog

    dialog = ProfileDialog(services, window, first_run=first_run)
    if dialog.exec() and dialog.wants_demo:
        _load_demo(window, services)
