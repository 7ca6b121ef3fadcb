"""Bijlagen: files kept in <data folder>/bijlagen/ under their SHA-256 content hash.

A file is copied in, never linked to a path that may disappear; the same content attached
twice (to one dossier or several) is stored once. Copying goes to a temporary name in the
same folder and is renamed when complete, so a half-written file never carries a hash name.
A record whose hash is not a plain SHA-256 (e.g. an imported "../../elders") is refused when
read back: nothing outside the data folder is ever opened through an attachment.

In an encrypted data folder (db.encryption) every stored file is encrypted (AES-256-GCM,
see db.attachment_crypto) while it is copied in: no plain byte of it reaches the disk.
`open_copy` then decrypts into a private folder (<data folder>/.bijlagen-geopend/, mode
0700) under the attachment's own file name, for the system's viewer; those copies are
removed when the app quits, and stale ones at the next start. A plain folder works as
before: `open_copy` is the stored file itself.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import func, select

from db import attachment_crypto, encryption
from db.database import Database
from db.events import Change
from db.models import Attachment, Dossier
from db.models.base import utcnow
from db.services import validation
from db.services.dossier_read import AttachmentRow
from db.services.errors import ValidationError

FOLDER_NAME = "bijlagen"
MAX_BYTES = 200_000_000  # 200 MB: a scan or a phone video, not a backup of a disk
_HASH = re.compile(r"^[0-9a-f]{64}$")
BLOCK = 1 << 20


def size_text(size: int) -> str:
    """1.234 bytes → "1,2 kB" (Dutch decimal comma)."""
    value, unit = float(size), "bytes"
    for next_unit in ("kB", "MB", "GB"):
        if value < 1000:
            break
        value, unit = value / 1000, next_unit
    if unit == "bytes":
        return f"{int(value)} bytes"
    return (f"{value:.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}").replace(".", ",")


def data_folder_of(db: Database) -> Path | None:
    """The folder of a database file; None for a server database or one in memory."""
    url = db.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).resolve().parent


class AttachmentService:
    def __init__(self, db: Database, folder: Path | None = None) -> None:
        self.db = db
        self._folder = folder

    @property
    def folder(self) -> Path:
        """<data folder>/bijlagen (made on first use)."""
        base = self._folder or data_folder_of(self.db)
        if base is None:
            raise ValidationError("Bijlagen kunnen alleen bewaard worden bij een database in "
                                  "een gegevensmap.", "file")
        folder = base / FOLDER_NAME
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _base(self) -> Path | None:
        return self._folder or data_folder_of(self.db)

    def _file_key(self) -> bytes | None:
        """The attachments' key when the data folder is encrypted and unlocked."""
        base = self._base()
        if base is None or not encryption.is_encrypted(base):
            return None
        key = encryption.remembered(base)
        return None if key is None else attachment_crypto.file_key(key)

    # -- reading -----------------------------------------------------------------------------
    def list(self, dossier_id: int) -> list[AttachmentRow]:
        with self.db.session() as s:
            return [AttachmentRow(a.id, a.dossier_id, a.filename, a.content_hash, a.size_bytes,
                                  a.media_type, a.added_at)
                    for a in s.scalars(select(Attachment).where(
                        Attachment.dossier_id == dossier_id).order_by(Attachment.id))]

    def stored_path(self, content_hash: str) -> Path:
        """Where the file with this hash lives; refuses anything that is not a plain hash
        or that resolves outside the attachments folder."""
        if not isinstance(content_hash, str) or not _HASH.match(content_hash):
            raise ValidationError("Deze bijlage verwijst naar een plek buiten de gegevensmap "
                                  "en wordt niet geopend.", "file")
        folder = self.folder.resolve()
        path = (folder / content_hash).resolve()
        if path.parent != folder:
            raise ValidationError("Deze bijlage verwijst naar een plek buiten de gegevensmap "
                                  "en wordt niet geopend.", "file")
        return path

    def path(self, attachment_id: int) -> Path:
        """The stored file of an attachment, to open with the system's application."""
        with self.db.session() as s:
            attachment = s.get(Attachment, attachment_id)
            if attachment is None:
                raise ValidationError("Deze bijlage bestaat niet (meer).", "file")
            content_hash, name = attachment.content_hash, attachment.filename
        path = self.stored_path(content_hash)
        if not path.is_file():
            raise ValidationError(f"Het bestand van bijlage '{name}' ontbreekt in de "
                                  "gegevensmap (map bijlagen). Voeg het opnieuw toe als je "
                                  "het nog hebt.", "file")
        return path

    def open_copy(self, attachment_id: int) -> Path:
        """A file to hand to the system's viewer: in a plain folder the stored file; in an
        encrypted one a decrypted copy in a private folder under the data folder, named as
        the attachment, removed when the app quits (`remove_open_copies`) or at the next
        start."""
        path = self.path(attachment_id)
        key = self._file_key()
        if key is None:
            return path
        with self.db.session() as s:
            name = s.get(Attachment, attachment_id).filename
        try:
            if not attachment_crypto.looks_encrypted(path):
                return path  # a file an interrupted switch left plain (encrypted at start)
            try:
                return attachment_crypto.decrypt_copy(path, key, self._base(), name)
            except attachment_crypto.AttachmentCryptoError as error:
                if attachment_crypto.is_plain(path):  # plain content that starts alike
                    return path
                raise ValidationError(str(error), "file") from None
        except OSError as error:
            raise ValidationError(f"Bijlage '{name}' kon niet geopend worden: "
                                  f"{error.strerror or error}.", "file") from None

    def read_bytes(self, attachment_id: int) -> bytes:
        """The attachment's content (decrypted when stored encrypted)."""
        path = self.open_copy(attachment_id)
        try:
            return path.read_bytes()
        finally:
            if path.parent.parent == attachment_crypto.open_folder(self._base()):
                shutil.rmtree(path.parent, ignore_errors=True)

    def remove_open_copies(self) -> None:
        """Remove the decrypted copies made for viewers (at quit; stale ones at start)."""
        base = self._base()
        if base is not None:
            attachment_crypto.remove_open_copies(base)

    # -- writing -----------------------------------------------------------------------------
    def _check_source(self, source: Path) -> int:
        if not source.exists():
            raise ValidationError(f"Het bestand '{source.name}' bestaat niet (meer). Is het "
                                  "verplaatst of verwijderd?", "file")
        if not source.is_file():
            raise ValidationError(f"'{source.name}' is geen bestand (maar bijvoorbeeld een "
                                  "map).", "file")
        try:
            size = source.stat().st_size
        except OSError as error:
            raise ValidationError(f"Kan het bestand '{source.name}' niet lezen: "
                                  f"{error.strerror or error}.", "file") from None
        if size > MAX_BYTES:
            raise ValidationError(
                f"Het bestand '{source.name}' is te groot ({size_text(size)}); een bijlage mag "
                f"hoogstens {size_text(MAX_BYTES)} zijn. Voeg een kleinere versie toe of "
                "bewaar een verwijzing in de omschrijving.", "file")
        return size

    def _store(self, source: Path) -> tuple[str, int, bool]:
        """Copy `source` in under its hash; returns (hash, size, newly stored)."""
        folder = self.folder
        key = self._file_key()
        fd, temporary = tempfile.mkstemp(prefix=".bijlage-", suffix=".tmp", dir=folder)
        digest, size = hashlib.sha256(), 0

        def limit(so_far: int) -> None:
            if so_far > MAX_BYTES:
                raise ValidationError(
                    f"Het bestand '{source.name}' is te groot; een bijlage mag "
                    f"hoogstens {size_text(MAX_BYTES)} zijn.", "file")

        try:
            with os.fdopen(fd, "wb") as out:
                try:
                    with open(source, "rb") as handle:
                        if key is not None:  # encrypted while copied: nothing plain on disk
                            content_hash, size = attachment_crypto.encrypt_stream(
                                handle, out, key, limit=limit)
                        else:
                            for block in iter(lambda: handle.read(BLOCK), b""):
                                digest.update(block)
                                out.write(block)
                                size += len(block)
                                limit(size)
                            content_hash = digest.hexdigest()
                except OSError as error:
                    raise ValidationError(f"Kan het bestand '{source.name}' niet lezen: "
                                          f"{error.strerror or error}.", "file") from None
                out.flush()
                os.fsync(out.fileno())
            target = folder / content_hash
            stored_size = size if key is None else size + attachment_crypto.OVERHEAD
            if target.is_file() and target.stat().st_size == stored_size:
                os.unlink(temporary)
                return content_hash, size, False
            os.replace(temporary, target)
            return content_hash, size, True
        except BaseException:
            try:
                os.unlink(temporary)
            except FileNotFoundError:
                pass
            raise

    def add(self, dossier_id: int, source: Path | str, *, attachment_id: int | None = None
            ) -> int:
        """Attach a copy of the file at `source` to a dossier; returns the attachment's id.
        A missing, unreadable or too large file is refused and nothing changes."""
        source = Path(source)
        with self.db.session() as s:
            if s.get(Dossier, dossier_id) is None:
                raise ValidationError("Dit dossier bestaat niet (meer).", "dossier")
        name = validation.text(source.name, "Bestandsnaam", field="file", max_length=300,
                               required=True)
        self._check_source(source)
        content_hash, size, fresh = self._store(source)
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        try:
            with self.db.session.begin() as s:
                if s.get(Dossier, dossier_id) is None:
                    raise ValidationError("Dit dossier bestaat niet (meer).", "dossier")
                attachment = Attachment(id=attachment_id, dossier_id=dossier_id, filename=name,
                                        content_hash=content_hash, size_bytes=size,
                                        media_type=media_type[:100], added_at=utcnow())
                s.add(attachment)
                s.flush()
                new_id = attachment.id
        except BaseException:
            if fresh:
                self._remove_if_unused(content_hash)
            raise
        self.db.bus.publish(Change("dossier", "updated", (dossier_id,)))
        return new_id

    def remove(self, attachment_id: int, *, keep_file: bool = True) -> AttachmentRow:
        """Take an attachment off its dossier. The stored file stays (so undo can put the
        attachment back) unless `keep_file` is False and no other attachment uses it."""
        with self.db.session.begin() as s:
            a = s.get(Attachment, attachment_id)
            if a is None:
                raise ValidationError("Deze bijlage bestaat niet (meer).", "file")
            row = AttachmentRow(a.id, a.dossier_id, a.filename, a.content_hash, a.size_bytes,
                                a.media_type, a.added_at)
            s.delete(a)
        if not keep_file:
            self._remove_if_unused(row.content_hash)
        self.db.bus.publish(Change("dossier", "updated", (row.dossier_id,)))
        return row

    def restore(self, row: AttachmentRow) -> int:
        """Put a removed attachment back (its stored file must still be there)."""
        if not self.stored_path(row.content_hash).is_file():
            raise ValidationError(f"Het bestand van bijlage '{row.filename}' is er niet meer.",
                                  "file")
        with self.db.session.begin() as s:
            if s.get(Dossier, row.dossier_id) is None:
                raise ValidationError("Dit dossier bestaat niet (meer).", "dossier")
            s.add(Attachment(id=row.id, dossier_id=row.dossier_id, filename=row.filename,
                             content_hash=row.content_hash, size_bytes=row.size_bytes,
                             media_type=row.media_type, added_at=row.added_at))
        self.db.bus.publish(Change("dossier", "updated", (row.dossier_id,)))
        return row.id

    def _remove_if_unused(self, content_hash: str) -> bool:
        with self.db.session() as s:
            used = s.scalar(select(func.count()).where(Attachment.content_hash == content_hash))
        if used:
            return False
        try:
            os.unlink(self.stored_path(content_hash))
        except FileNotFoundError:
            return False
        return True

    def prune(self) -> int:
        """Remove stored files no attachment uses any more (and stale temporary files);
        returns how many. Meant for start-up, when no undo step can still need them."""
        folder = self.folder
        with self.db.session() as s:
            used = set(s.scalars(select(Attachment.content_hash).distinct()))
        removed = 0
        for path in folder.iterdir():
            stale = path.name.startswith(".bijlage-") and path.suffix == ".tmp"
            if path.is_file() and (stale or (_HASH.match(path.name) and path.name not in used)):
                path.unlink(missing_ok=True)
                removed += 1
        return removed
