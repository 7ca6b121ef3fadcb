"""Turning encryption on or off for an existing database, without losing a row.

    recovery = turn_on(folder, passphrase, database=open_db)   # the code to show once
    turn_off(folder, secret, database=open_db)

Each file (the database, then every back-up) is copied with `sqlcipher_export` into a
hidden new file keyed the new way, every table is counted in both and the copy passes
integrity_check, and only then are the files swapped by rename; the old file (which
for turning on holds plain text) is overwritten with zeros and removed. The caller holds
the single-instance lock; an open db.database.Database is closed first and reconnected
afterwards (its services keep working).

The attachments in <folder>/bijlagen/ are converted too, after the database files
(db.attachment_crypto.convert_folder): each new form is written beside the old one,
read back and checked against the hash in its name, and only then swapped in and the old
form wiped.

Crash safety: turning on writes the key file before any database is swapped (a plain
database next to a key file still opens: db.encryption opens plain files plain; a plain
attachment in an encrypted folder opens too, and `finish_pending` encrypts both at the
next start); turning off removes the key file last, so encrypted attachments an
interrupted switch left behind can still be decrypted.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from db import attachment_crypto, encryption
from db.backups import TEMP_SUFFIX, fsync_dir, fsync_file, list_backups, remove_file
from db.engine import DATABASE_FILENAME, make_engine, make_session_factory

Progress = Callable[[int, int, str], None]
WIPE_BLOCK = 1 << 20


class SwitchError(encryption.EncryptionError):
    """The switch failed; the database is as it was (message in Dutch)."""


def _open(path: Path, key: bytes | None) -> sqlcipher.Connection:
    conn = sqlcipher.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True,
                             isolation_level=None, check_same_thread=False)
    if key is not None:
        encryption.apply_key(conn, key)
    else:
        conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def _tables(conn: sqlcipher.Connection, schema: str = "main") -> list[str]:
    return [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]


def _counts(conn: sqlcipher.Connection, schema: str = "main") -> dict[str, int]:
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
            for name in _tables(conn, schema)}


def export_copy(source: Path, target: Path, *, source_key: bytes | None,
                target_key: bytes | None) -> dict[str, int]:
    """Copy `source` into the new file `target` keyed with `target_key` (None: plain),
    then check it: the same tables with the same number of rows, integrity_check ok.
    Returns the row counts; raises SwitchError (target removed) otherwise."""
    remove_file(target)
    try:
        conn = _open(source, source_key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            before = _counts(conn)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            new_key = "" if target_key is None else f"x'{target_key.hex()}'"
            conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(target), new_key))
            conn.execute("PRAGMA target.synchronous = OFF")  # one fsync below, not hundreds
            conn.execute("BEGIN")
            conn.execute("SELECT sqlcipher_export('target')")
            conn.execute(f"PRAGMA target.user_version = {int(version)}")
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE target")
        finally:
            conn.close()
        check = _open(target, target_key)
        try:
            after = _counts(check)
            integrity = [r[0] for r in check.execute("PRAGMA integrity_check(5)")]
        finally:
            check.close()
        if after != before:
            missing = sorted(n for n in before if before[n] != after.get(n))
            raise SwitchError("De kopie telt andere aantallen dan het origineel "
                              f"({', '.join(missing[:5])}); er is niets veranderd.")
        if integrity != ["ok"]:
            raise SwitchError(f"De kopie is niet in orde ({integrity[0]}); er is niets "
                              "veranderd.")
        fsync_file(target)
        return after
    except encryption.DB_ERRORS as error:
        remove_file(target)
        raise SwitchError(f"De database kon niet omgezet worden: {error}. Er is niets "
                          "veranderd.") from error
    except BaseException:
        remove_file(target)
        raise


def wipe(path: Path) -> None:
    """Overwrite a file with zeros, flush it to disk, and delete it. On an SSD or a
    journaling or copy-on-write file system old blocks may survive elsewhere: this is
    "securely-ish", which is why the whole disk should be encrypted too (BitLocker)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as handle:
        zeros = bytes(WIPE_BLOCK)
        left = size
        while left > 0:
            handle.write(zeros[:min(left, WIPE_BLOCK)])
            left -= WIPE_BLOCK
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def convert_file(path: Path, *, source_key: bytes | None, target_key: bytes | None) -> None:
    """Re-key one database file in place (export, verify, swap, wipe the old one)."""
    temp = path.with_name(f".{path.name}.omzetten{TEMP_SUFFIX}")
    export_copy(path, temp, source_key=source_key, target_key=target_key)
    aside = path.with_name(f".{path.name}.oud{TEMP_SUFFIX}")
    remove_file(aside)
    try:
        os.replace(path, aside)
    except OSError as error:  # in use by another program (Windows): nothing changed
        remove_file(temp)
        raise SwitchError(f"{path.name} kon niet vervangen worden ({error.strerror or error}); "
                          "er is niets veranderd. Sluit andere programma's die het bestand "
                          "open hebben en probeer het opnieuw.") from error
    try:
        for suffix in ("-wal", "-shm"):  # checkpointed, but may still hold old pages
            companion = Path(f"{path}{suffix}")
            if companion.exists():
                wipe(companion)
        os.replace(temp, path)
    except OSError as error:
        os.replace(aside, path)  # the original back in its place
        remove_file(temp)
        raise SwitchError(f"{path.name} kon niet vervangen worden ({error.strerror or error}); "
                          "er is niets veranderd.") from error
    fsync_dir(path.parent)
    wipe(aside)


def _convert_all(folder: Path, source_key: bytes | None, target_key: bytes | None,
                 progress: Progress | None) -> None:
    database = Path(folder) / DATABASE_FILENAME
    files = ([database] if database.exists() else []) + [
        b.path for b in list_backups(database)]
    for index, path in enumerate(files):
        if progress is not None:
            progress(index, len(files), "Database omzetten" if index == 0 else
                     "Back-ups omzetten")
        if (source_key is not None) == encryption.is_plain(path):
            continue  # already the way it should be (a file left by an earlier attempt)
        convert_file(path, source_key=source_key, target_key=target_key)
    _convert_attachments(folder, source_key, target_key, progress)
    if progress is not None:
        progress(len(files), len(files), "Klaar")


def _convert_attachments(folder: Path, source_key: bytes | None, target_key: bytes | None,
                         progress: Progress | None, *, quick: bool = False) -> int:
    def step(index: int, total: int) -> None:
        if progress is not None:
            progress(index, total, "Bijlagen omzetten")

    try:
        return attachment_crypto.convert_folder(
            Path(folder) / attachment_crypto.FOLDER_NAME,
            source_key=None if source_key is None else attachment_crypto.file_key(source_key),
            target_key=None if target_key is None else attachment_crypto.file_key(target_key),
            progress=step, quick=quick)
    except attachment_crypto.AttachmentCryptoError as error:
        raise SwitchError(f"{error} De database is al omgezet; probeer het opnieuw.") from error
    except OSError as error:
        raise SwitchError(f"Een bijlage kon niet omgezet worden ({error.strerror or error}); "
                          "het origineel is bewaard. Probeer het opnieuw.") from error


def _closed(database) -> None:
    if database is not None:
        database.engine.dispose()


def reconnect(database) -> None:
    """Point an open db.database.Database at its (re-keyed) file again: a new engine and
    session factory on the same object, so every service holding it keeps working."""
    url = database.engine.url.render_as_string(hide_password=False)
    database.engine.dispose()
    database.engine = make_engine(url)
    database.session = make_session_factory(database.engine)


def turn_on(folder: Path, passphrase: str, *, database=None,
            cost: encryption.KdfCost = encryption.STRONG,
            progress: Progress | None = None) -> str:
    """Encrypt the folder's database and back-ups with a new random key wrapped by
    `passphrase`; returns the recovery code. Raises SwitchError (nothing lost)."""
    folder = Path(folder)
    if encryption.is_encrypted(folder):
        raise SwitchError("Deze database is al versleuteld.")
    key = encryption.new_key()
    recovery = encryption.create_key_file(folder, key, passphrase, cost=cost)
    _closed(database)
    try:
        _convert_all(folder, None, key, progress)
    except BaseException:
        database_file = folder / DATABASE_FILENAME
        files = [database_file, *(b.path for b in list_backups(database_file))]
        if any(f.exists() and not encryption.is_plain(f) for f in files):
            encryption.remember(folder, key)  # partly done: keep the key, try again later
        else:
            encryption.key_file(folder).unlink(missing_ok=True)
        if database is not None:
            reconnect(database)
        raise
    encryption.remember(folder, key)
    if database is not None:
        reconnect(database)
    return recovery


def turn_off(folder: Path, secret: str, *, database=None,
             progress: Progress | None = None) -> None:
    """Decrypt the folder's database and back-ups (the passphrase or recovery code must
    be right) and remove the key file. Raises WrongSecret or SwitchError."""
    folder = Path(folder)
    key = encryption.unlock(folder, secret)
    _closed(database)
    try:
        _convert_all(folder, key, None, progress)
        encryption.key_file(folder).unlink()
        fsync_dir(folder)
        encryption.forget(folder)
    finally:
        if database is not None:
            reconnect(database)


def finish_pending(folder: Path) -> int:
    """At start, after unlocking: encrypt what an interrupted switch (or a copied-in file)
    left plain in an encrypted folder — the database, back-ups and attachments. Returns how
    many files were plain; raises SwitchError (the file stays as it was)."""
    folder = Path(folder)
    key = encryption.remembered(folder)
    if key is None or not encryption.is_encrypted(folder):
        return 0
    database = folder / DATABASE_FILENAME
    plain = [p for p in [database, *(b.path for b in list_backups(database))]
             if p.exists() and p.stat().st_size and encryption.is_plain(p)]
    if plain:
        _convert_all(folder, None, key, None)
        return len(plain)  # _convert_all did the attachments as well
    return _convert_attachments(folder, None, key, None, quick=True)
