"""Bijlagen at rest in an encrypted data folder (issue 8).

When the data folder is encrypted, every file in <data folder>/bijlagen/ is stored as

    b"BBKBIJ1\n" || nonce (12 random bytes, fresh per file) || AES-256-GCM ciphertext
    || tag (16 bytes)

under a key derived from the database key with HKDF-SHA256 (info b"buurtboek-bijlagen"),
so the database key itself never encrypts anything but the database. The file keeps the
SHA-256 of its PLAINTEXT as its name: the same file attached twice is still stored once.
Which form a stored file has is read from the file itself: the 8-byte marker says
"encrypted" at a glance (the start-up check reads no more than that); where it matters a
plain file is the one that hashes to its own name, and an encrypted one decrypts (tag
checked) to content that does.

Opening an attachment in an encrypted folder decrypts it into a private folder
(<data folder>/.bijlagen-geopend/, mode 0700, file mode 0600) under its own file name, for
the system's viewer. Those plain copies are removed when the app quits, and whatever a
crash or a viewer holding the file left behind is removed at the next start
(`remove_open_copies`). While a copy is open in a viewer it is readable on disk: that is
the price of opening it in another program.

Turning encryption on or off converts every stored file (`convert_folder`): the new form
is written to a temporary name, decrypted again and checked against its hash, the old
form is moved aside, the new one renamed into place, and only then the old one
overwritten with zeros and removed. A crash between the two renames leaves the old form
under its aside name; `recover_interrupted` (at start and before every conversion) puts it
back, so nothing is ever lost.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

INFO = b"buurtboek-bijlagen"
AAD = b"buurtboek-bijlage:1"
MAGIC = b"BBKBIJ1\n"
NONCE_BYTES = 12
TAG_BYTES = 16
HEADER = len(MAGIC) + NONCE_BYTES
OVERHEAD = HEADER + TAG_BYTES
BLOCK = 1 << 20
OPEN_FOLDER = ".bijlagen-geopend"
FOLDER_NAME = "bijlagen"  # as db.services.attachments.FOLDER_NAME
ASIDE_SUFFIX = ".oud"
_HASH = re.compile(r"^[0-9a-f]{64}$")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class AttachmentCryptoError(Exception):
    """A stored file that cannot be decrypted or does not match its hash (Dutch message)."""


def file_key(database_key: bytes) -> bytes:
    """The attachments' key: HKDF-SHA256 of the database key, info b"buurtboek-bijlagen"."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=INFO).derive(database_key)


def _blocks(handle) -> Iterator[bytes]:
    return iter(lambda: handle.read(BLOCK), b"")


def encrypt_stream(source, out, key: bytes, *, limit: Callable[[int], None] | None = None
                   ) -> tuple[str, int]:
    """Encrypt the open file `source` into the open file `out` (nonce || ciphertext || tag)
    under `key` (a file_key); returns (SHA-256 of the plaintext, plaintext size).
    `limit(size_so_far)` may raise to stop a file that grows too large."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    nonce = secrets.token_bytes(NONCE_BYTES)
    encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(AAD)
    digest, size = hashlib.sha256(), 0
    out.write(MAGIC + nonce)
    for block in _blocks(source):
        digest.update(block)
        size += len(block)
        if limit is not None:
            limit(size)
        out.write(encryptor.update(block))
    out.write(encryptor.finalize())
    out.write(encryptor.tag)
    return digest.hexdigest(), size


def decrypt_stream(path: Path, out, key: bytes) -> str:
    """Decrypt the stored file at `path` into the open file `out`; returns the SHA-256 of
    the plaintext. Raises AttachmentCryptoError when the tag does not match (wrong key,
    damaged file, or not encrypted at all); `out` then holds unverified bytes: discard it."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    size = path.stat().st_size
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        if size < OVERHEAD or handle.read(len(MAGIC)) != MAGIC:
            raise AttachmentCryptoError(f"Bijlage {path.name} is geen versleuteld bestand.")
        nonce = handle.read(NONCE_BYTES)
        handle.seek(size - TAG_BYTES)
        tag = handle.read(TAG_BYTES)
        handle.seek(HEADER)
        decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
        decryptor.authenticate_additional_data(AAD)
        left = size - OVERHEAD
        while left > 0:
            block = handle.read(min(BLOCK, left))
            if not block:
                break
            left -= len(block)
            plain = decryptor.update(block)
            digest.update(plain)
            out.write(plain)
        try:
            out.write(decryptor.finalize())
        except InvalidTag:
            raise AttachmentCryptoError(
                f"Bijlage {path.name} kan niet ontsleuteld worden: het bestand is beschadigd "
                "of hoort bij een andere sleutel.") from None
    return digest.hexdigest()


def plain_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in _blocks(handle):
            digest.update(block)
    return digest.hexdigest()


def is_plain(path: Path) -> bool:
    """True when the stored file is its own plaintext (it hashes to its name)."""
    return plain_hash(path) == path.name


def looks_encrypted(path: Path) -> bool:
    """True when the file starts with the marker (reads 8 bytes; see is_encrypted_with)."""
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)


def is_encrypted_with(path: Path, key: bytes, content_hash: str | None = None) -> bool:
    """True when the file decrypts under `key` to content whose hash is `content_hash`
    (by default the file's name)."""
    try:
        return decrypt_stream(path, _Discard(), key) == (content_hash or path.name)
    except AttachmentCryptoError:
        return False


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def wipe(path: Path) -> None:
    """Overwrite with zeros, flush, delete (as db.encryption_switch.wipe: "securely-ish")."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as handle:
        zeros = bytes(BLOCK)
        left = size
        while left > 0:
            handle.write(zeros[:min(left, BLOCK)])
            left -= BLOCK
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


# -- converting a folder --------------------------------------------------------------------

def _aside(path: Path) -> Path:
    return path.with_name(f".{path.name}{ASIDE_SUFFIX}")


def recover_interrupted(bijlagen: Path) -> int:
    """Undo what a crash in the middle of a conversion left: an old form moved aside whose
    new form never arrived is put back; one whose new form is in place is wiped. Returns
    how many files were put back."""
    if not bijlagen.is_dir():
        return 0
    restored = 0
    for aside in bijlagen.glob(f".*{ASIDE_SUFFIX}"):
        name = aside.name[1:-len(ASIDE_SUFFIX)]
        if not _HASH.match(name):
            continue
        path = bijlagen / name
        if path.exists():
            wipe(aside)
        else:
            os.replace(aside, path)
            restored += 1
    _fsync_dir(bijlagen)
    return restored


def _convert_one(path: Path, source_key: bytes | None, target_key: bytes | None) -> None:
    fd, temporary = tempfile.mkstemp(prefix=".bijlage-", suffix=".tmp", dir=path.parent)
    temp = Path(temporary)
    try:
        with os.fdopen(fd, "wb") as out:
            if target_key is None:  # decrypt
                if decrypt_stream(path, out, source_key) != path.name:
                    raise AttachmentCryptoError(f"Bijlage {path.name} klopt niet met haar "
                                                "naam; ze is niet omgezet.")
            else:
                with open(path, "rb") as handle:
                    encrypt_stream(handle, out, target_key)
            out.flush()
            os.fsync(out.fileno())
        # read back: the new form must give the same content as the name says
        ok = (plain_hash(temp) == path.name if target_key is None
              else is_encrypted_with(temp, target_key, path.name))
        if not ok:
            raise AttachmentCryptoError(f"De omgezette bijlage {path.name} klopt niet; het "
                                        "origineel is bewaard.")
        aside = _aside(path)
        os.replace(path, aside)
        os.replace(temp, path)
        _fsync_dir(path.parent)
        wipe(aside)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def convert_folder(bijlagen: Path, *, source_key: bytes | None, target_key: bytes | None,
                   progress: Callable[[int, int], None] | None = None,
                   quick: bool = False) -> int:
    """Bring every stored file in `bijlagen` to the target form: encrypted under
    `target_key` (a file_key), or plain when it is None (then `source_key` decrypts).
    Files already in the target form are left alone (an earlier attempt); `quick` trusts
    the marker for that instead of decrypting each file (the check at every start).
    Returns how many were converted; raises AttachmentCryptoError (that file stays as it
    was, the ones before it are converted)."""
    if not bijlagen.is_dir():
        return 0
    recover_interrupted(bijlagen)
    files = sorted(p for p in bijlagen.iterdir() if p.is_file() and _HASH.match(p.name))
    converted = 0
    for index, path in enumerate(files):
        if progress is not None:
            progress(index, len(files))
        marked = looks_encrypted(path)
        if target_key is not None:
            if marked and (quick or is_encrypted_with(path, target_key)):
                continue
        elif not marked or is_plain(path):
            continue
        elif source_key is None:
            raise AttachmentCryptoError(f"Bijlage {path.name} is versleuteld en er is geen "
                                        "sleutel om haar te ontsleutelen.")
        if target_key is not None and not is_plain(path):
            raise AttachmentCryptoError(f"Bijlage {path.name} klopt niet met haar naam "
                                        "(beschadigd?) en is niet omgezet.")
        _convert_one(path, source_key, target_key)
        converted += 1
    return converted


# -- opening: private plain copies ----------------------------------------------------------

def open_folder(data_folder: Path) -> Path:
    return Path(data_folder) / OPEN_FOLDER


def _private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, exist_ok=True)
    if os.name != "nt":
        os.chmod(path, 0o700)


def safe_filename(name: str) -> str:
    """The attachment's own file name, reduced to something safe in one folder."""
    cleaned = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).strip(" .")
    return cleaned[:200] or "bijlage"


def decrypt_copy(stored: Path, key: bytes, data_folder: Path, filename: str) -> Path:
    """A plain copy of an encrypted stored file in a fresh private folder under
    <data folder>/.bijlagen-geopend/, named `filename`, checked against its hash."""
    base = open_folder(data_folder)
    _private_dir(base)
    own = Path(tempfile.mkdtemp(prefix="b-", dir=base))
    _private_dir(own)
    target = own / safe_filename(filename)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        with os.fdopen(os.open(target, flags, 0o600), "wb") as out:
            content_hash = decrypt_stream(stored, out, key)
        if content_hash != stored.name:
            raise AttachmentCryptoError(f"Bijlage {stored.name} klopt niet met haar naam "
                                        "(beschadigd?) en wordt niet geopend.")
    except BaseException:
        shutil.rmtree(own, ignore_errors=True)
        raise
    return target


def remove_open_copies(data_folder: Path) -> None:
    """Remove every plain copy made for a viewer (at quit, and stale ones at start). A copy
    a viewer still holds open (Windows) stays until the next start."""
    folder = open_folder(data_folder)
    if folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)


def tidy(data_folder: Path) -> None:
    """At start: stale viewer copies away, an interrupted conversion put right."""
    remove_open_copies(data_folder)
    try:
        recover_interrupted(Path(data_folder) / FOLDER_NAME)
    except OSError:
        pass
