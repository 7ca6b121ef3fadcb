"""Restoring a back-up: staged (copied and checked, nothing changed yet), then put in place
by the next start, before the database is opened, through renames that survive a crash
at any step.

    staged = stage_restore(candidate, database, progress=..., cancelled=...)  # checks it
    apply_staged_restore(database)  # next start: current database aside, staged in place

The candidate is only read. It is refused (BackupError with the reason in Dutch, nothing
changed) unless it is a whole SQLite file, a Buurtboek database of a schema this version
knows, and passes integrity_check and foreign_key_check.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from db.backups import (
    TEMP_SUFFIX, TOTAL, Backup, BackupCancelled, BackupError, BackupKind, Cancelled, Progress,
    fsync_file, fsync_dir, remove_file, backup_dir, backup_name, list_backups,
)
from db import encryption
from db.encryption import DB_ERRORS
from db.health import NOT_SQLITE, check_file, connect, header_problem

STAGED_SUFFIX = ".terugzetten.sqlite"


def staged_path(database: Path) -> Path:
    return database.with_name(database.stem + STAGED_SUFFIX)


def _copy(source: Path, target: Path, report: Callable[[float], None],
          cancelled: Cancelled | None) -> None:
    size = max(1, source.stat().st_size)
    done = 0
    with open(source, "rb") as src, open(target, "wb") as dst:
        while chunk := src.read(4 * 1024 * 1024):
            dst.write(chunk)
            done += len(chunk)
            report(min(1.0, done / size))
            if cancelled is not None and cancelled():
                raise BackupCancelled()
        dst.flush()
        os.fsync(dst.fileno())


def stage_restore(candidate: Path, database: Path, *, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> Path:
    """Copy `candidate` next to `database` and check the copy thoroughly (a SQLite file, a
    Buurtboek database of a version this app knows, integrity_check ok). The candidate
    itself is only read. Returns the staged file, which apply_staged_restore puts in
    place; raises BackupError with the reason (nothing staged, nothing changed)."""
    report = progress or (lambda done, total, label: None)
    candidate = Path(candidate)
    if not candidate.is_file():
        raise BackupError(f"Het bestand {candidate} bestaat niet.")
    problem = header_problem(candidate)
    folder_key = encryption.remembered(database.parent)
    if problem == NOT_SQLITE and folder_key is not None:
        problem = None  # maybe encrypted with this folder's key: the copy is checked below
    if problem:
        raise BackupError(problem)
    staged = staged_path(database)
    temp = staged.with_name(f".{staged.name}.{os.getpid()}{TEMP_SUFFIX}")
    remove_file(temp)
    try:
        report(0, TOTAL, "Back-up kopiëren")
        _copy(candidate, temp, lambda f: report(int(300 * f), TOTAL, "Back-up kopiëren"),
              cancelled)
        wal = Path(f"{candidate}-wal")
        if wal.is_file():  # a copied-away WAL database: take its last transactions along
            shutil.copyfile(wal, f"{temp}-wal")
        problems = check_file(temp, thorough=True, cancelled=cancelled, schema=True,
                              tick=lambda f: report(300 + int(650 * f), TOTAL,
                                                    "Back-up controleren"))
        if cancelled is not None and cancelled():
            raise BackupCancelled()
        if problems:
            raise BackupError(problems[0])
        _single_file(temp)
        if folder_key is not None and encryption.is_plain(temp):
            # a plain back-up restored into an encrypted folder is encrypted first
            from db.encryption_switch import convert_file

            convert_file(temp, source_key=None, target_key=folder_key)
        fsync_file(temp)
        os.replace(temp, staged)
        fsync_dir(staged.parent)
    except OSError as error:
        remove_file(temp)
        raise BackupError(f"De back-up kon niet klaargezet worden: {error.strerror or error}."
                          ) from error
    except DB_ERRORS as error:
        remove_file(temp)
        raise BackupError(f"Het bestand is beschadigd: {error}.") from error
    except encryption.EncryptionError as error:
        remove_file(temp)
        raise BackupError(error.message) from error
    except BaseException:
        remove_file(temp)
        raise
    report(TOTAL, TOTAL, "Klaar")
    return staged


def _single_file(path: Path) -> None:
    """Fold any WAL into the main file and leave rollback-journal mode: one self-contained
    file that can be renamed without its companions."""
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        conn.close()
    remove_file(Path(f"{path}-shm"))


def apply_staged_restore(database: Path, now: dt.datetime | None = None) -> Path | None:
    """Put a staged restore in place: the current database goes to the back-up folder
    (as a "voor-terugzetten" back-up), the staged file becomes the database. Call it
    before the database is opened, holding the single-instance lock. Safe to repeat
    after a crash at any step. Returns where the old database went (None when there was
    none, or nothing was staged)."""
    staged = staged_path(database)
    if not staged.exists():
        return None
    aside = None
    if database.exists():
        when = (now or dt.datetime.now()).replace(microsecond=0)
        aside = backup_dir(database) / backup_name(database, BackupKind.RESTORE, when)
        aside.parent.mkdir(parents=True, exist_ok=True)
        try:
            _single_file(database)
        except DB_ERRORS:
            pass  # a damaged database: its companions move along with it below
        for suffix in ("-wal", "-shm"):  # companions first: never next to the new file
            companion = Path(f"{database}{suffix}")
            if companion.exists():
                os.replace(companion, f"{aside}{suffix}")
        os.replace(database, aside)
    else:
        for suffix in ("-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(staged, database)
    fsync_dir(database.parent)
    return aside


def discard_staged_restore(database: Path) -> None:
    remove_file(staged_path(database))


def newest_good(database: Path, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Backup | None:
    """The newest back-up that passes quick_check and is a Buurtboek database this version
    can open (for a damaged database: what to offer instead)."""
    candidates = list_backups(database)
    for index, backup in enumerate(candidates):
        if cancelled is not None and cancelled():
            raise BackupCancelled()
        if progress is not None:
            progress(index, len(candidates), "Back-ups controleren")
        if not check_file(backup.path, thorough=False, schema=True, cancelled=cancelled,
                          read_only=backup.kind is not BackupKind.RESTORE):
            return backup
    return None
