"""Back-ups of the SQLite database: snapshots taken while the app runs, checked before they
get a real name, listed and kept in rotation.

    made = create(database, BackupKind.AUTO, progress=..., cancelled=...)
    rotate(database, RotationPolicy(daily=7, weekly=4, monthly=12))

(Restoring one is db.restore.)

A snapshot is `VACUUM INTO` a hidden temporary name in the back-up folder (a consistent
read transaction, so the app may keep writing meanwhile), fsync, a check of the copy
(`integrity_check`, or `quick_check` for large files: see CHECK_THOROUGH_BYTES), then a
rename: a crash or a kill at any moment leaves at most a hidden `.bezig` file, never a
damaged back-up under a real name. Plain sqlite3, no SQLAlchemy and no Qt: the command
line and the interface share it, and the interface runs it off the UI thread.

Encrypted databases (issue 8): db.health.connect keys the connection (SQLCipher) for a
file in a data folder unlocked in this process (db.encryption), and `VACUUM INTO` from a
keyed connection writes a copy encrypted with the same key, checked the same way: a
back-up of an encrypted database is encrypted, and restorable with the same key.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from db.encryption import DB_ERRORS
from db.health import check_file, connect

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

BACKUP_DIRNAME = "back-ups"
TEMP_SUFFIX = ".bezig"
# Above this size a back-up's copy is checked with quick_check (b-tree structure, every
# page, NOT NULL and CHECK constraints) instead of integrity_check (which also compares
# every index with its table): measured on 1,000,000 contact moments (945 MB),
# integrity_check takes 15-17 s and quick_check 2-2.5 s, against a 10 s budget for the
# whole back-up. A restore always checks thoroughly.
CHECK_THOROUGH_BYTES = 256 * 1024 * 1024
STALE_TEMP_SECONDS = 600  # a hidden `.bezig` file this old belongs to no running back-up
PROGRESS_STEPS = 100_000  # SQLite VM instructions between progress/cancel callbacks
TOTAL = 1000


class BackupKind(StrEnum):
    AUTO = "auto"          # the daily one at start-up
    MANUAL = "handmatig"   # "Nu maken" or `buurtboek backup`
    UPGRADE = "voor-upgrade"     # db.migrate.snapshot_before_upgrade, next to the database
    RESTORE = "voor-terugzetten"  # the database that a restore put aside


KIND_LABELS = {BackupKind.AUTO: "Automatisch", BackupKind.MANUAL: "Handmatig",
               BackupKind.UPGRADE: "Vóór bijwerken", BackupKind.RESTORE: "Vóór terugzetten"}
ROTATED = (BackupKind.AUTO, BackupKind.MANUAL)

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z-]+)\.sqlite$")
_UPGRADE = re.compile(r"^(?P<stem>.+)\.voor-upgrade-(?P<rev>.+)-(?P<stamp>\d{8}-\d{6})\.sqlite$")


class BackupError(Exception):
    """A back-up or restore could not be made; `message` is for the user (Dutch)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BackupCancelled(BackupError):
    def __init__(self) -> None:
        super().__init__("Afgebroken; er is niets veranderd.")


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime
    kind: BackupKind
    size: int

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True)
class RotationPolicy:
    """How many of the newest daily, weekly and monthly back-ups to keep (like restic's
    --keep-daily/--keep-weekly/--keep-monthly), and of the other kinds."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    others: int = 3  # per kind: snapshots before an upgrade, databases put aside by a restore


# instellingen.ini keys (desktop and ui read them through policy_from)
POLICY_KEYS = {"daily": "backups/dagelijks", "weekly": "backups/wekelijks",
               "monthly": "backups/maandelijks", "others": "backups/overige"}
POLICY_LIMIT = 1000


def policy_from(value: Callable[[str, object], object]) -> RotationPolicy:
    """The rotation policy from a settings reader `value(key, default)` (QSettings.value):
    whole numbers 0-1000; anything else (garbage in a hand-edited file) gives the default."""
    default = RotationPolicy()
    numbers = {}
    for name, key in POLICY_KEYS.items():
        fallback = getattr(default, name)
        try:
            number = int(str(value(key, fallback)).strip())
        except Exception:  # noqa: BLE001 - any unreadable value means the default
            number = fallback
        numbers[name] = max(0, min(POLICY_LIMIT, number))
    return RotationPolicy(**numbers)


def database_file(db) -> Path | None:
    """The SQLite file behind an open db.database.Database (None for a server database)."""
    url = db.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def backup_dir(database: Path) -> Path:
    return database.parent / BACKUP_DIRNAME


def _guard(conn: sqlite3.Connection, cancelled: Cancelled | None,
           tick: Callable[[], None] | None = None) -> None:
    """Poll `cancelled` (and report) every PROGRESS_STEPS VM instructions; a True answer
    interrupts the statement (sqlite3.OperationalError "interrupted")."""
    def handler() -> int:
        if tick is not None:
            tick()
        return 1 if cancelled is not None and cancelled() else 0

    conn.set_progress_handler(handler, PROGRESS_STEPS)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows flushes writers only
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # NTFS commits the rename with the file system journal
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_file(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass


def snapshot(source: Path, target: Path, *, progress: Progress | None = None,
             cancelled: Cancelled | None = None, thorough: bool | None = None,
             start: int = 0, end: int = TOTAL) -> Path:
    """Copy `source` to `target` consistently (VACUUM INTO a hidden temporary name, fsync,
    check, rename). Raises BackupError (nothing left under `target`) on any failure."""
    report = progress or (lambda done, total, label: None)
    temp = target.with_name(f".{target.name}.{os.getpid()}{TEMP_SUFFIX}")
    remove_file(temp)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = connect(source)
    except DB_ERRORS as error:
        raise BackupError(f"De database kon niet geopend worden: {error}.") from error
    copy_end = start + (end - start) * 3 // 4
    try:
        # int(): SQLCipher answers PRAGMA page_size as text
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
        expected = max(1, (pages - free) * page_size)

        def tick() -> None:
            try:
                written = temp.stat().st_size
            except OSError:
                written = 0
            report(start + int((copy_end - start) * min(0.99, written / expected)), TOTAL,
                   "Kopie maken")

        _guard(conn, cancelled, tick)
        report(start, TOTAL, "Kopie maken")
        conn.execute("VACUUM INTO ?", (str(temp),))
    except DB_ERRORS as error:
        remove_file(temp)
        if cancelled is not None and cancelled():
            raise BackupCancelled() from error
        raise BackupError(f"De kopie kon niet gemaakt worden: {error}. "
                          "Is de schijf vol, of is de database beschadigd?") from error
    finally:
        conn.close()
    try:
        fsync_file(temp)
        if thorough is None:
            thorough = temp.stat().st_size <= CHECK_THOROUGH_BYTES
        problems = check_file(temp, thorough=thorough, cancelled=cancelled,
                              tick=lambda f: report(copy_end + int((end - copy_end) * f), TOTAL,
                                                    "Kopie controleren"))
        if cancelled is not None and cancelled():
            raise BackupCancelled()
        if problems:
            raise BackupError("De kopie is niet in orde en is weggegooid: " + problems[0])
        os.replace(temp, target)
        fsync_dir(target.parent)
    except OSError as error:
        remove_file(temp)
        raise BackupError(f"De back-up kon niet geschreven worden: {error.strerror or error}."
                          ) from error
    except BaseException:
        remove_file(temp)
        raise
    report(end, TOTAL, "Klaar")
    return target


def backup_name(database: Path, kind: BackupKind, when: dt.datetime) -> str:
    return f"{database.stem}-{when.strftime(_STAMP)}-{kind.value}.sqlite"


def create(database: Path, kind: BackupKind = BackupKind.MANUAL, *,
           progress: Progress | None = None, cancelled: Cancelled | None = None,
           now: dt.datetime | None = None) -> Backup:
    """A new back-up of `database` in its back-up folder."""
    if not database.exists():
        raise BackupError(f"Er is nog geen database om een back-up van te maken ({database}).")
    folder = backup_dir(database)
    cleanup_partial(folder)
    when = (now or dt.datetime.now()).replace(microsecond=0)
    target = folder / backup_name(database, kind, when)
    while target.exists():  # two in the same second
        when += dt.timedelta(seconds=1)
        target = folder / backup_name(database, kind, when)
    snapshot(database, target, progress=progress, cancelled=cancelled)
    return Backup(target, when, kind, target.stat().st_size)


def cleanup_partial(folder: Path, *, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove hidden temporary files of back-ups that were killed or cut off."""
    removed = []
    if not folder.is_dir():
        return removed
    limit = time.time() - older_than
    for path in folder.iterdir():
        if path.name.startswith(".") and TEMP_SUFFIX in path.name:
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
                    removed.append(path)
            except OSError:
                pass
    return removed


def _parse(path: Path, stem: str) -> Backup | None:
    name = path.name
    match = _NAME.match(name)
    kind = None
    if match and match["stem"] == stem:
        try:
            kind = BackupKind(match["kind"])
        except ValueError:
            return None
    else:
        match = _UPGRADE.match(name)
        if not match or match["stem"] != stem:
            return None
        kind = BackupKind.UPGRADE
    try:
        when = dt.datetime.strptime(match["stamp"], _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return Backup(path, when, kind, size)


def list_backups(database: Path) -> list[Backup]:
    """Every back-up of `database`, newest first: the back-up folder, and the snapshots
    db.migrate took next to the database before an upgrade."""
    found = []
    for folder in (backup_dir(database), database.parent):
        if not folder.is_dir():
            continue
        for path in folder.glob("*.sqlite"):
            backup = _parse(path, database.stem)
            if backup is not None:
                found.append(backup)
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def due(database: Path, now: dt.datetime | None = None) -> bool:
    """True when no daily or manual back-up was made today (at most one a day)."""
    today = (now or dt.datetime.now()).date()
    return not any(b.kind in ROTATED and b.made_at.date() == today
                   for b in list_backups(database))


def to_keep(backups: list[Backup], policy: RotationPolicy) -> set[Path]:
    """Which back-ups the policy keeps (the newest is always kept)."""
    keep: set[Path] = set()
    regular = [b for b in backups if b.kind in ROTATED]
    if regular:
        keep.add(regular[0].path)
    buckets: list[tuple[int, Callable[[dt.datetime], object]]] = [
        (policy.daily, lambda d: d.date()),
        (policy.weekly, lambda d: d.isocalendar()[:2]),
        (policy.monthly, lambda d: (d.year, d.month)),
    ]
    for count, bucket_of in buckets:
        seen: set[object] = set()
        for backup in regular:  # newest first: the newest of each period
            if len(seen) >= count:
                break
            bucket = bucket_of(backup.made_at)
            if bucket not in seen:
                seen.add(bucket)
                keep.add(backup.path)
    for kind in BackupKind:
        if kind not in ROTATED:
            keep.update(b.path for b in [b for b in backups if b.kind is kind][:policy.others])
    return keep


def rotate(database: Path, policy: RotationPolicy | None = None) -> list[Path]:
    """Delete back-ups the policy no longer keeps; returns what was deleted."""
    backups = list_backups(database)
    keep = to_keep(backups, policy or RotationPolicy())
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except FileNotFoundError:
                pass
    return removed
