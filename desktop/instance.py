"""One writer: one Buurtboek per data folder.

A `QLockFile` in the data folder says who has it; Qt recognises a lock left by a crashed
process (its process id is gone, or now belongs to another program) and takes it over.
Stale-by-age is switched off (`setStaleLockTime(0)`): Buurtboek keeps the lock for hours.
A lock file that cannot be read at all (empty, garbage) is taken over after a short
second look, so a damaged lock file never blocks a start.

The running instance listens on a `QLocalServer` named after the data folder; a second
start asks it to bring its window to the front and then stops quietly. On Windows the
app also holds the named mutex the installer waits for (Inno Setup's AppMutex, issue 11).
"""

from __future__ import annotations

import hashlib
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

log = logging.getLogger(__name__)

LOCK_FILENAME = "buurtboek.lock"
APP_MUTEX = "BuurtboekAppMutex"  # installer.iss: AppMutex=BuurtboekAppMutex,Global\\...
RAISE_MESSAGE = b"naar-voren\n"
_mutex_handles: list[int] = []


def server_name(folder: Path) -> str:
    key = str(folder.resolve())
    if sys.platform == "win32":
        key = key.lower()
    return "buurtboek-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


class InstanceLock:
    """The data folder's lock: `acquire()` once at start-up, `release()` before a restart."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOCK_FILENAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        if self._lock.tryLock(0):
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return False  # no permission to write in the folder, or another error
        if not self._readable():
            time.sleep(0.2)  # another instance may be writing it this very moment
            if not self._readable():
                log.warning("Onleesbaar vergrendelbestand %s overgenomen", self.path)
                self._lock.removeStaleLockFile()
                return self._lock.tryLock(0)
        return False

    def _readable(self) -> bool:
        ok, pid, _host, _app = self._info()
        return ok and pid > 0

    def _info(self) -> tuple[bool, int, str, str]:
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and len(info) == 3:  # PySide6: (pid, hostname, appname)
            pid, host, app = info
            return bool(pid), int(pid or 0), str(host or ""), str(app or "")
        return False, 0, "", ""

    @property
    def error(self) -> QLockFile.LockError:
        return self._lock.error()

    def holder_text(self) -> str:
        ok, pid, host, _app = self._info()
        return f"proces {pid} op {host}" if ok and pid else ""

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def refusal_message(lock: InstanceLock) -> str:
    if lock.error == QLockFile.LockError.PermissionError:
        return (f"Buurtboek kan niet schrijven in de gegevensmap {lock.folder}. Controleer de "
                "rechten op die map, of kies een andere met --data-dir.")
    holder = lock.holder_text()
    return ("Buurtboek is al geopend met deze gegevens"
            + (f" ({holder})" if holder else "") + ". Er kan maar één Buurtboek tegelijk in "
            f"dezelfde gegevensmap ({lock.folder}) werken, anders kunnen aantekeningen verloren "
            "gaan. Gebruik het venster dat al open staat, of sluit het eerst.")


def ask_running_to_raise(folder: Path, timeout_ms: int = 1000) -> bool:
    """Ask the running Buurtboek on `folder` to bring its window to the front."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE_MESSAGE)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.waitForReadyRead(timeout_ms)  # the answer says the window was raised
    answered = bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return ok and answered


class RaiseServer(QObject):
    """Listens for a second start on the same data folder; emits `raise_requested`."""

    raise_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(folder)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # left behind by a crashed instance: we hold the lock
            if not self._server.listen(name):
                log.warning("Kan niet luisteren op %s: %s", name, self._server.errorString())
        self._server.newConnection.connect(self._on_connection)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_message(self, socket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_MESSAGE.strip()):
            self.raise_requested.emit()
            socket.write(b"ok\n")
            socket.flush()

    def close(self) -> None:
        self._server.close()


def hold_app_mutex() -> None:
    """Windows: the named mutex the installer checks before replacing files. Cheap, and a
    no-op elsewhere; held until the process ends."""
    if sys.platform != "win32" or _mutex_handles:
        return
    import ctypes

    kernel32 = ctypes.windll.kernel32
    for name in (APP_MUTEX, "Global\\" + APP_MUTEX):
        handle = kernel32.CreateMutexW(None, False, name)
        if handle:
            _mutex_handles.append(handle)
