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
            verbose: bool = False, database_url=None) -> int:
    """`database_url`: a team server (a sqlalchemy URL from desktop.commands.server, the
    password in memory only) instead of the data folder's SQLite file; the folder still
    holds settings, the log and the single-instance lock."""
    if screenshot and _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop import instance, logs, settings_file
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
    quiet = bool(screenshot or timing)  # no dialogs: say it on stderr

    def refuse(message: str, code: int) -> int:
        log.error("%s", message)
        if quiet:
            print(f"buurtboek: {message}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "Buurtboek", message)
        return code

    lock = instance.InstanceLock(folder)  # one writer per data folder
    if not lock.acquire():
        if instance.ask_running_to_raise(folder):
            print("Buurtboek is al geopend met deze gegevens; dat venster staat nu vooraan.",
                  file=sys.stderr)
            return 0
        return refuse(instance.refusal_message(lock), 3)
    instance.hold_app_mutex()

    settings = settings_file.open_settings(folder)
    from ui.appearance import prepare

    prepare(app, settings)  # language, icon, light or dark (before any window is built)
    from ui.main_thread_gc import install as collect_in_gui_thread

    collect_in_gui_thread(app)  # never let a worker thread's gc destroy a Qt widget
    context = AppContext()
    window = MainWindow(context, settings, version())
    window.restore_state(page)
    state: dict[str, object] = {"exit": 0}
    from ui.lock import LockController

    lock_screen = LockController(window, idle_ms=0)  # the timer starts once data is shown
    window.lock_requested.connect(lock_screen.lock)
    window.encryption_requested.connect(
        lambda: _edit_encryption(window, context, settings, folder, lock_screen,
                                 state.get("care")))
    window.team_server_requested.connect(lambda: _edit_team_server(window, settings, state))

    def stop(code: int) -> None:
        state["exit"] = code
        window.close()
        app.exit(code)

    def damaged(database_file: Path, problems: list[str]) -> None:
        database = state.pop("database", None)
        if database is not None:
            database.close()  # nothing more is written to a damaged file
        if quiet:
            print(f"buurtboek: database beschadigd: {problems[0]}", file=sys.stderr)
            stop(2)
            return
        from desktop.recovery import offer_backup
        from ui.dialogs.backups import close_for_restart

        offer_backup(window, database_file, problems, close_for_restart, lambda: stop(2))

    def open_data() -> None:
        if timing:
            print(f"first-paint {time.time():.6f}", flush=True)
        from db import health, restore
        from db.database import open_database
        from db.engine import DATABASE_FILENAME
        from db.migrate import SchemaError
        from db.services import Services

        database_file = folder / DATABASE_FILENAME
        chosen = database_url  # --database-url, else the server chosen in Bestand → Teamserver…
        if chosen is None:
            from ui.server_password import server_at_start

            chosen = server_at_start(window, settings, quiet)  # asks the password, if needed
            if isinstance(chosen, int):
                stop(chosen)
                return
        state["url"] = chosen
        local = chosen is None  # the file's unlock, restore, checks and back-ups
        where = health.location_problem(folder)
        if where:
            stop(refuse(where, 2))
            return
        # before anything reads the database
        unlocked = _unlock(window, folder, quiet) if local else ""
        if isinstance(unlocked, int):
            stop(unlocked if unlocked else 0)
            return
        if unlocked:
            _finish_encryption(folder)
        try:
            aside = restore.apply_staged_restore(database_file) if local else None
        except OSError as error:
            stop(refuse(f"Het terugzetten van de back-up kon niet worden afgemaakt: {error}. "
                        f"Er is niets weggegooid; de bestanden staan in {folder}.", 2))
            return
        if aside is not None:
            window.statusBar().showMessage(
                f"Back-up teruggezet. De vorige database staat in {aside}.", 15000)
        problem = health.header_problem(database_file) \
            if local and database_file.exists() else None
        if problem:
            damaged(database_file, [problem])
            return
        try:
            database = open_database(chosen or paths.database_url(folder))
        except SchemaError as error:
            stop(refuse(str(error), 2))
            return
        except Exception as error:  # sqlite3.DatabaseError and the like: a damaged file
            if not local:
                log.exception("Teamserver kon niet geopend worden")
                stop(refuse(f"De teamserver kon niet geopend worden: {error}", 2))
                return
            log.exception("Database kon niet geopend worden")
            damaged(database_file, [f"De database kon niet geopend worden: {error}."])
            return
        state["database"] = database
        services = Services.for_database(database)
        if unlocked:
            _record_unlock(services, unlocked)
        _arm_lock(lock_screen, folder, settings, services, active=not quiet)
        window.demo_requested.connect(lambda: _load_demo(window, services))
        window.profile_requested.connect(lambda: _edit_profile(window, services, False))
        window.attach(services)
        if not local:
            from ui.server_password import show_server

            show_server(window, chosen)  # "Teamserver: host/db als gebruiker"
        if local:  # bijlagen: stale decrypted viewer copies away now, this run's at quit
            _tidy_attachments(app, folder)
        server = instance.RaiseServer(folder, app)
        server.raise_requested.connect(lambda: _bring_to_front(window))
        state["server"] = server
        if not local:
            log.info("Teamserver: %s", database.url)  # Database.url hides the password
        if not screenshot and local:
            _start_care(database_file)
        if timing:
            window.repaint()
            print(f"data-shown {time.time():.6f}", flush=True)
            if sys.platform != "win32":
                import resource

                kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                print(f"peak-rss-mb {kib / 1024:.1f}", flush=True)
        elif screenshot:
            QTimer.singleShot(50, lambda: _shoot(app, window, Path(screenshot)))
        elif services.profile.current() is None:
            QTimer.singleShot(0, lambda: _edit_profile(
                window, services, True, care=state.get("care"),
                on_encrypted=lambda: lock_screen.set_check(_passphrase_check(folder))))

    def _start_care(database_file: Path) -> None:
        from desktop.maintenance import StartupCare

        care = StartupCare(database_file, settings_file.rotation_policy(settings),
                           back_up=not timing, parent=app)
        care.done.connect(lambda outcome: cared(database_file, outcome))
        app.aboutToQuit.connect(care.stop)
        state["care"] = care
        care.start()

    def cared(database_file: Path, outcome) -> None:
        if timing:
            print(f"health-checked {outcome.checked_at:.6f}", flush=True)
            app.exit(2 if outcome.problems else 0)
            return
        if outcome.problems:
            damaged(database_file, outcome.problems)
        elif outcome.backup is not None:
            window.statusBar().showMessage(
                f"Back-up van vandaag gemaakt ({outcome.backup.path.name}).", 8000)
        elif outcome.backup_error:
            window.statusBar().showMessage(
                f"De automatische back-up is niet gelukt: {outcome.backup_error}", 30000)

    after_first_paint(window, open_data)
    window.show()
    restart = False
    try:
        code = app.exec()
    finally:
        care = state.get("care")
        if care is not None:
            care.stop()
        server = state.get("server")
        if server is not None:
            server.close()
        database = state.get("database")
        if database is not None:
            database.close()
        from db.restore import staged_path
        from db.engine import DATABASE_FILENAME

        restart = not quiet and (staged_path(folder / DATABASE_FILENAME).exists()
                                 or bool(state.get("relaunch")))
        lock.release()
    if restart:  # a restore was staged (the next start puts it in place), or Nu verbinden
        from desktop.recovery import relaunch

        relaunch()
    return code or int(state["exit"])


def _unlock(window, folder: Path, quiet: bool) -> str | int:
    """Issue 8: the passphrase before the database opens, when the folder has a key file.
    Returns how it was unlocked ("" when not encrypted), or an exit code (0: cancelled)."""
    from db import encryption

    if not encryption.is_encrypted(folder) or encryption.remembered(folder) is not None:
        return ""
    if quiet:  # --screenshot and benchmarks: BUURTBOEK_PASSPHRASE, no dialog
        from desktop.passphrase import unlock_folder

        code = unlock_folder(folder, interactive=False)
        return "wachtwoord (omgeving)" if code is None else code
    from ui.dialogs.unlock import UnlockDialog

    dialog = UnlockDialog(lambda secret: encryption.unlock(folder, secret), window)
    if not dialog.exec() or dialog.key is None:
        log.info("Ontgrendelen afgebroken; Buurtboek stopt zonder de database te openen")
        return 0
    encryption.remember(folder, dialog.key)
    if dialog.used_recovery:
        window.statusBar().showMessage(
            "Geopend met de herstelsleutel. Kies een nieuw wachtwoord via Bestand → "
            "Versleuteling….", 30000)
    return "herstelsleutel" if dialog.used_recovery else "wachtwoord"


def _finish_encryption(folder: Path) -> None:
    """What an interrupted switch left plain in an encrypted folder is encrypted now."""
    from db.encryption import EncryptionError
    from db.encryption_switch import finish_pending

    try:
        done = finish_pending(folder)
    except (EncryptionError, OSError) as error:
        log.warning("Onversleutelde bestanden konden niet versleuteld worden: %s", error)
        return
    if done:
        log.info("%d onversleuteld(e) bestand(en) alsnog versleuteld", done)


def _tidy_attachments(app, folder: Path) -> None:
    from db import attachment_crypto

    attachment_crypto.tidy(folder)
    app.aboutToQuit.connect(lambda: attachment_crypto.remove_open_copies(folder))


def _record_unlock(services, how: str) -> None:
    from db.services.audit import AuditAction

    services.audit.record(AuditAction.UNLOCK, object_kind="database",
                          detail=f"Ontgrendeld bij de start met {how}")


def _passphrase_check(folder: Path):
    """For the lock screen: does this passphrase (or recovery key) open the folder's key?"""
    from db import encryption

    def check(secret: str) -> bool:
        try:
            return encryption.unlock(folder, secret) == encryption.remembered(folder)
        except encryption.EncryptionError:
            return False

    return check


def _arm_lock(lock_screen, folder: Path, settings, services, *, active: bool) -> None:
    from db import encryption
    from ui.lock import idle_minutes

    lock_screen.set_check(_passphrase_check(folder) if encryption.is_encrypted(folder) else None)
    if active:
        lock_screen.set_idle_ms(idle_minutes(settings) * 60_000)

    def unlocked() -> None:
        if lock_screen.check is not None:
            from db.services.audit import AuditAction

            services.audit.record(AuditAction.UNLOCK, object_kind="database",
                                  detail="Ontgrendeld na vergrendeling")

    lock_screen.unlocked.connect(unlocked)


def _edit_encryption(window, context, settings, folder: Path, lock_screen, care=None) -> None:
    """Bestand → Versleuteling…: on/off, passphrase, idle minutes (ui.dialogs.encryption).
    A start-up check or daily back-up still running is stopped first: it must not read
    the database while it is swapped for its re-keyed copy (the next start does it again)."""
    if not context.ready:
        return
    if care is not None:
        care.stop()
    from ui.dialogs.encryption import EncryptionDialog

    dialog = EncryptionDialog(context, settings, folder, window)
    dialog.encryption_changed.connect(
        lambda on: lock_screen.set_check(_passphrase_check(folder) if on else None))
    dialog.idle_minutes_changed.connect(lambda minutes: lock_screen.set_idle_ms(minutes * 60_000))
    dialog.exec()


def _edit_team_server(window, settings, state: dict) -> None:
    """Bestand → Teamserver… (ui.server_settings); "Nu verbinden" closes the window and
    starts Buurtboek again, which signs in to the chosen server (or opens the local file)."""
    from PySide6.QtWidgets import QApplication

    from ui.server_password import where_now
    from ui.server_settings import edit_team_server

    current = where_now(state["url"]) if "url" in state else ""  # "" before the data opens

    def restart() -> None:
        state["relaunch"] = True
        window.close()
        QApplication.instance().exit(0)

    edit_team_server(window, settings, current, restart)


def _bring_to_front(window) -> None:
    from PySide6.QtCore import Qt

    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized)
                          | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def _shoot(app, window, target: Path, waited_ms: int = 0) -> None:
    """Take the picture once the page has its data: wait while a task (a network layout,
    a count in the background) is still filling it, at most a minute."""
    from PySide6.QtCore import QTimer

    from ui.tasks import running_tasks

    if running_tasks() and waited_ms < 60_000:
        QTimer.singleShot(100, lambda: _shoot(app, window, target, waited_ms + 100))
        return
    ok = save_screenshot(window, target)
    print(f"Schermafbeelding opgeslagen: {target}" if ok
          else f"buurtboek: kon {target} niet schrijven", file=sys.stderr)
    app.exit(0 if ok else 1)


def _load_demo(window, services) -> None:
    from ui.demo_loader import load_demo

    window._demo_task = load_demo(window, services)  # keep a reference while it runs


def _edit_profile(window, services, first_run: bool, on_encrypted=None, care=None) -> None:
    from ui.dialogs.welcome import ProfileDialog

    dialog = ProfileDialog(services, window, first_run=first_run)
    if care is not None:  # encryption may be chosen: no check or back-up during the swap
        dialog.encrypt.toggled.connect(lambda on: care.stop() if on else None)
    accepted = dialog.exec()
    if dialog.encrypted and on_encrypted is not None:  # chosen at first run (issue 8)
        on_encrypted()
    if accepted and dialog.wants_demo:
        _load_demo(window, services)
