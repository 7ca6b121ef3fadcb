"""Is the database file sound, and is it somewhere SQLite can keep it safe?

- `header_problem(path)`: the first 100 bytes, at once (not SQLite, cut off, empty).
- `check_file(path, thorough=...)`: quick_check / integrity_check, optionally whether it
  is a Buurtboek database of a schema this version knows; problems as Dutch sentences.
- `location_problem(path)`: a network drive or a synced cloud folder, where SQLite's WAL
  (shared memory between processes) and the sync client's copies can corrupt the file.

Plain sqlite3 and the standard library: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path, PurePath, PureWindowsPath

MAGIC = b"SQLite format 3\x00"
PROGRESS_STEPS = 100_000
# Roughly how many pages a check gets through per PROGRESS_STEPS VM instructions
# (measured on the 1,000,000-contact demo database): for a progress estimate only.
PAGES_PER_TICK = {False: 280, True: 45}

NOT_SQLITE = ("Dit is geen Buurtboek-bestand: het is geen SQLite-database (misschien een ander "
              "soort bestand, of versleuteld).")
TRUNCATED = ("Het bestand is onvolledig: het is korter dan de database zegt te zijn (een "
             "afgebroken kopie of download?).")
NOT_OURS = ("Dit is geen Buurtboek-database: het is een SQLite-bestand van een ander programma.")


def header_problem(path: Path) -> str | None:
    """A cheap look at the file header: None when it looks like a whole SQLite database."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as file:
            header = file.read(100)
    except OSError as error:
        return f"Het bestand kon niet gelezen worden: {error.strerror or error}."
    if size == 0:
        return "Het bestand is leeg."
    if len(header) < 100 or not header.startswith(MAGIC):
        from db.encryption import key_for_file

        if len(header) == 100 and key_for_file(path) is not None:
            return None  # encrypted (issue 8): its pages are checked when opened with the key
        return NOT_SQLITE
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return NOT_SQLITE
    if size % page_size:
        return TRUNCATED
    pages = int.from_bytes(header[28:32], "big")
    counter_ok = header[24:28] == header[92:96]  # the in-header size is valid only then
    if counter_ok and pages and size < pages * page_size:
        return TRUNCATED
    return None


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """The one place a connection to a database file or back-up is made outside SQLAlchemy
    (see db.backups on encryption): keyed through SQLCipher for an encrypted file in an
    unlocked data folder. `mode=rw`/`ro`: never creates a file."""
    from db.encryption import connect_keyed, keyed_for

    key = keyed_for(path)
    if key is not None:  # an encrypted file in an unlocked data folder (db.encryption)
        return connect_keyed(path, key, read_only=read_only)
    mode = "ro" if read_only else "rw"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True,
                           isolation_level=None, check_same_thread=False)
    conn.text_factory = lambda data: data.decode("utf-8", "replace")  # damaged text too
    return conn


def check_file(path: Path, *, thorough: bool = True, schema: bool = False,
               cancelled: Callable[[], bool] | None = None,
               tick: Callable[[float], None] | None = None,
               read_only: bool = False) -> list[str]:
    """[] when the file passes; otherwise the problems, first one a Dutch sentence.

    `thorough`: integrity_check (every index against its table) instead of quick_check.
    `schema`: also require a Buurtboek database of a revision this version knows.
    `cancelled` is polled during the check (a cancelled check returns ["afgebroken"]).
    """
    problem = header_problem(path)
    if problem:
        return [problem]
    from db.encryption import DB_ERRORS

    try:
        conn = connect(path, read_only=read_only)
    except DB_ERRORS as error:
        return [f"Het bestand kon niet geopend worden: {error}."]
    try:
        pages = max(1, conn.execute("PRAGMA page_count").fetchone()[0])
        calls = [0]

        def handler() -> int:
            calls[0] += 1
            if tick is not None:
                tick(min(0.99, calls[0] * PAGES_PER_TICK[thorough] / pages))
            return 1 if cancelled is not None and cancelled() else 0

        conn.set_progress_handler(handler, PROGRESS_STEPS)
        pragma = "integrity_check" if thorough else "quick_check"
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}(20)").fetchall()]
        conn.set_progress_handler(None, 0)
        if rows != ["ok"]:
            return ["Het bestand is beschadigd: " + rows[0] + ".", *rows[1:]]
        if schema:
            return _schema_problems(conn)
        return []
    except (*DB_ERRORS, ValueError, OverflowError) as error:  # whatever a damaged file does
        if cancelled is not None and cancelled():
            return ["afgebroken"]
        text = str(error)
        if "not a database" in text or "encrypted" in text:
            return [NOT_SQLITE]
        return [f"Het bestand is beschadigd: {text}."]
    finally:
        conn.close()


def _schema_problems(conn: sqlite3.Connection) -> list[str]:
    from db.migrate import KNOWN_REVISIONS

    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables or "actors" not in tables:
        return [NOT_OURS]
    rows = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
    if len(rows) != 1:
        return ["De schemaversie van dit bestand is onleesbaar; het is beschadigd."]
    if rows[0] not in KNOWN_REVISIONS:
        return [f"Dit bestand is gemaakt met een nieuwere versie van Buurtboek (schema "
                f"{rows[0]}). Werk Buurtboek eerst bij."]
    foreign = conn.execute("PRAGMA foreign_key_check").fetchmany(20)
    if foreign:
        return [f"Het bestand is beschadigd: {len(foreign)} of meer verwijzingen naar "
                "gegevens die er niet (meer) zijn."]
    return []


def quick_check(path: Path, cancelled: Callable[[], bool] | None = None) -> list[str]:
    """The start-up health check: header and quick_check; [] when sound."""
    return check_file(path, thorough=False, cancelled=cancelled)


# -- where the database lives ----------------------------------------------------------------

CLOUD_FOLDERS = {"dropbox": "Dropbox", "google drive": "Google Drive",
                 "googledrive": "Google Drive", "my drive": "Google Drive",
                 "mijn drive": "Google Drive", "icloud drive": "iCloud",
                 "iclouddrive": "iCloud", "mobile documents": "iCloud",
                 "com~apple~clouddocs": "iCloud"}
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "afs",
                       "ncpfs", "davfs", "fuse.davfs2", "fuse.rclone", "ceph", "glusterfs",
                       "fuse.glusterfs", "lustre"}
WHY = ("SQLite, de database van Buurtboek, kan op zo'n plek beschadigd raken: de "
       "synchronisatie of het netwerk kopieert het bestand terwijl Buurtboek erin schrijft, "
       "en het logbestand (WAL) werkt alleen op een lokale schijf. Kies een map op deze "
       "computer (de standaardmap is goed) met --data-dir of BUURTBOEK_DATA_DIR; een "
       "back-up in de cloud zetten kan wel.")


def _cloud_service(path: PurePath) -> str | None:
    for part in path.parts:
        lowered = part.lower()
        if lowered == "onedrive" or lowered.startswith(("onedrive - ", "onedrive-")):
            return "OneDrive"
        if lowered in CLOUD_FOLDERS:
            return CLOUD_FOLDERS[lowered]
    return None


def _unescape(field: str) -> str:
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def mount_type(path: Path, mounts: str) -> str | None:
    """The file system type of the mount holding `path`, from /proc/mounts text."""
    best, best_type = "", None
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1]).rstrip("/") or "/"
        inside = target == point or target.startswith(point + "/") or point == "/"
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def _windows_remote(path: str) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    drive = os.path.splitdrive(path)[0]
    if not drive:
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE


def location_problem(path: Path, *, mounts: str | None = None) -> str | None:
    """A Dutch explanation when `path` (the database file or its folder) is on a network
    drive or in a synced cloud folder; None when it looks local. Conservative: only what
    is recognised for sure is refused."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return (f"De gegevensmap {text} staat op een netwerkschijf. {WHY}")
    pure = PureWindowsPath(text) if ("\\" in text or sys.platform == "win32") else PurePath(text)
    service = _cloud_service(pure)
    if service:
        return f"De gegevensmap {text} staat in een map die {service} synchroniseert. {WHY}"
    if _windows_remote(text):
        return f"De gegevensmap {text} staat op een netwerkschijf. {WHY}"
    if mounts is None and sys.platform.startswith("linux"):
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            mounts = None
    if mounts:
        kind = mount_type(Path(os.path.abspath(text)), mounts)
        if kind in NETWORK_FILESYSTEMS:
            return f"De gegevensmap {text} staat op een netwerkschijf ({kind}). {WHY}"
    return None
