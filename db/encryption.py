"""Encryption at rest (issue 8): the key file, wrapping and unwrapping the database key,
the recovery key, and keyed connections.

    recovery = create_key_file(folder, key, passphrase)   # recovery code: show it once
    key = unlock(folder, secret)      # passphrase or recovery code; WrongSecret otherwise
    remember(folder, key)             # from now on every connection to the folder's files
                                      # (engine, checks, back-ups) is keyed

The database key is 32 random bytes used as a raw SQLCipher key (`PRAGMA key =
"x'<64 hex>'"`: no SQLCipher key derivation on every open). It is stored only wrapped:
AES-256-GCM under a key derived from the passphrase with Argon2id (RFC 9106's second
recommended setting: t=3, 64 MiB, 4 lanes; scrypt N=2^17 where OpenSSL lacks Argon2),
and a second time under a key derived from a random recovery code (160 bits, printed
as 8 groups of 4 characters). The key file (`buurtboek.key`, JSON) holds the wrapped
keys, salts, nonces and KDF parameters: nothing secret in the clear. GCM's tag tells a
wrong passphrase apart before the database is opened at all, so a wrong passphrase
never reaches (let alone writes) the database file.

Which files are keyed: an unlocked key is remembered per data folder for this process;
`key_for_file(path)` answers for the database, its back-ups (one folder down) and the
files next to it. A file that starts with SQLite's plain header is always opened plain.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

KEY_FILENAME = "buurtboek.key"
KEY_BYTES = 32
MAGIC = b"SQLite format 3\x00"
FORMAT = "buurtboek-sleutel"
MIN_PASSPHRASE = 10
# Crockford's base32: no I, L, O, U (no confusion with 1 and 0 when typed from paper)
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_CHARS = 32  # 160 bits
# Every error a database connection can raise, plain or keyed (sqlcipher3 has its own classes)
DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, sqlcipher.Error)

WRONG_SECRET = ("Dit wachtwoord (of deze herstelsleutel) klopt niet. Let op hoofdletters en de "
                "Caps Lock-toets, en probeer het opnieuw. Er is niets aan de database veranderd.")

_unlocked: dict[Path, bytes] = {}


class EncryptionError(Exception):
    """Something about the key file or the key; `message` is for the user (Dutch)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongSecret(EncryptionError):
    def __init__(self) -> None:
        super().__init__(WRONG_SECRET)


@dataclass(frozen=True)
class KdfCost:
    """Argon2id parameters (memory in KiB). Tests use LIGHT; the app always STRONG."""

    iterations: int = 3
    memory_kib: int = 64 * 1024
    lanes: int = 4


STRONG = KdfCost()
LIGHT = KdfCost(iterations=1, memory_kib=1024, lanes=1)


# -- the key file ---------------------------------------------------------------------------

def key_file(folder: Path) -> Path:
    return Path(folder) / KEY_FILENAME


def is_encrypted(folder: Path) -> bool:
    """True when the data folder has a key file (its database is, or is about to be,
    encrypted)."""
    return key_file(folder).is_file()


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_CHARS))
    return "-".join(raw[i:i + 4] for i in range(0, RECOVERY_CHARS, 4))


def normalise_recovery(text: str) -> str | None:
    """The recovery code as typed from paper (spaces, dashes, lower case, O for 0, I or L
    for 1) in its canonical form; None when it cannot be one."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if len(cleaned) != RECOVERY_CHARS or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        return None
    return "-".join(cleaned[i:i + 4] for i in range(0, RECOVERY_CHARS, 4))


def passphrase_problem(passphrase: str, repeated: str) -> str | None:
    """A Dutch sentence when the new passphrase cannot be used; None when it can."""
    if len(passphrase) < MIN_PASSPHRASE:
        return (f"Kies een wachtwoord van minstens {MIN_PASSPHRASE} tekens; een korte zin "
                "van een paar woorden is sterk en goed te onthouden.")
    if passphrase != repeated:
        return "De twee wachtwoorden zijn niet gelijk. Typ het wachtwoord twee keer hetzelfde."
    if normalise_recovery(passphrase) is not None:
        return "Kies een eigen wachtwoord, niet de vorm van een herstelsleutel."
    return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(secret: str, kdf: dict) -> bytes:
    salt = _unb64(kdf["salt"])
    data = secret.encode("utf-8")
    if kdf["name"] == "argon2id":
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        return Argon2id(salt=salt, length=32, iterations=int(kdf["iterations"]),
                        lanes=int(kdf["lanes"]), memory_cost=int(kdf["memory_kib"])).derive(data)
    if kdf["name"] == "scrypt":
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        return Scrypt(salt=salt, length=32, n=int(kdf["n"]), r=int(kdf["r"]),
                      p=int(kdf["p"])).derive(data)
    raise EncryptionError(f"Onbekende sleutelafleiding in het sleutelbestand: {kdf['name']}.")


def _new_kdf(cost: KdfCost) -> dict:
    salt = _b64(secrets.token_bytes(16))
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: F401

        Argon2id(salt=b"0" * 16, length=32, iterations=1, lanes=1, memory_cost=32).derive(b"")
    except Exception:  # noqa: BLE001 - an OpenSSL without Argon2: scrypt, as strong as we can
        n = 2 ** 17 if cost == STRONG else 2 ** 10
        return {"name": "scrypt", "n": n, "r": 8, "p": 1, "salt": salt}
    return {"name": "argon2id", "iterations": cost.iterations, "memory_kib": cost.memory_kib,
            "lanes": cost.lanes, "salt": salt}


def _wrap(key: bytes, secret: str, purpose: str, cost: KdfCost) -> dict:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kdf = _new_kdf(cost)
    nonce = secrets.token_bytes(12)
    aad = f"{FORMAT}:{purpose}".encode()
    wrapped = AESGCM(_derive(secret, kdf)).encrypt(nonce, key, aad)
    return {"kdf": kdf, "cipher": "aes-256-gcm", "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _unwrap(entry: dict, secret: str, purpose: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        aad = f"{FORMAT}:{purpose}".encode()
        return AESGCM(_derive(secret, entry["kdf"])).decrypt(
            _unb64(entry["nonce"]), _unb64(entry["wrapped"]), aad)
    except InvalidTag:
        return None


def _read(folder: Path) -> dict:
    path = key_file(folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("version") != 1:
            raise ValueError("onbekende vorm")
        for name in ("passphrase", "recovery"):
            entry = data[name]
            _unb64(entry["nonce"]), _unb64(entry["wrapped"]), _unb64(entry["kdf"]["salt"])
        return data
    except FileNotFoundError as error:
        raise EncryptionError(f"Het sleutelbestand {path} ontbreekt.") from error
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise EncryptionError(
            f"Het sleutelbestand {path} is beschadigd of onleesbaar ({error}). Zet het uit een "
            "back-up terug; zonder dit bestand is de database niet te openen.") from error


def _write(folder: Path, data: dict) -> None:
    """Atomically: a temporary file, fsync, rename."""
    path = key_file(folder)
    temp = path.with_name(f".{path.name}.{os.getpid()}.bezig")
    with open(temp, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
    if os.name != "nt":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def create_key_file(folder: Path, key: bytes, passphrase: str, *,
                    cost: KdfCost = STRONG) -> str:
    """Write the key file for `key`; returns the recovery code (show it once)."""
    recovery = new_recovery_code()
    _write(folder, {
        "format": FORMAT, "version": 1,
        "created": dt.datetime.now().isoformat(timespec="seconds"),
        "note": "Sleutel van de versleutelde Buurtboek-database. Niet weggooien.",
        "passphrase": _wrap(key, passphrase, "passphrase", cost),
        "recovery": _wrap(key, recovery, "recovery", cost),
    })
    return recovery


def unlock(folder: Path, secret: str) -> bytes:
    """The database key, from the passphrase or the recovery code. Reads the key file only;
    raises WrongSecret (or EncryptionError for a damaged key file)."""
    data = _read(folder)
    key = _unwrap(data["passphrase"], secret, "passphrase")
    if key is None:
        code = normalise_recovery(secret)
        if code is not None:
            key = _unwrap(data["recovery"], code, "recovery")
    if key is None or len(key) != KEY_BYTES:
        raise WrongSecret()
    return key


def change_passphrase(folder: Path, secret: str, new_passphrase: str, *,
                      cost: KdfCost = STRONG) -> None:
    """Rewrap the key under a new passphrase (the old one, or the recovery code, unlocks);
    the database itself is not rewritten and the recovery code stays valid."""
    key = unlock(folder, secret)
    data = _read(folder)
    data["passphrase"] = _wrap(key, new_passphrase, "passphrase", cost)
    data["changed"] = dt.datetime.now().isoformat(timespec="seconds")
    _write(folder, data)


# -- which files are keyed ------------------------------------------------------------------

def remember(folder: Path, key: bytes) -> None:
    _unlocked[Path(folder).resolve()] = key


def forget(folder: Path) -> None:
    _unlocked.pop(Path(folder).resolve(), None)


def remembered(folder: Path) -> bytes | None:
    return _unlocked.get(Path(folder).resolve())


def key_for_file(path: Path | str) -> bytes | None:
    """The unlocked key for a file in a data folder (the database, a file next to it, or a
    back-up one folder down); None when that folder is not unlocked in this process."""
    if not _unlocked:
        return None
    resolved = Path(path).resolve()
    for folder in (resolved.parent, resolved.parent.parent):
        if folder in _unlocked:
            return _unlocked[folder]
    return None


def is_plain(path: Path) -> bool:
    """True when the file starts with SQLite's own header (not encrypted)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == MAGIC
    except OSError:
        return False


def keyed_for(path: Path | str) -> bytes | None:
    """The key to open `path` with: None for a plain file or a folder not unlocked; for a
    missing or empty file in an unlocked folder the key (a new database is encrypted)."""
    key = key_for_file(path)
    if key is None:
        return None
    try:
        if Path(path).stat().st_size and is_plain(Path(path)):
            return None
    except OSError:
        pass
    return key


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def apply_key(conn, key: bytes) -> None:
    """Key a fresh sqlcipher3 connection (before anything else touches the file); keep
    temporary tables and sort files in memory."""
    conn.execute(key_pragma(key))
    conn.execute("PRAGMA temp_store = MEMORY")


def connect_keyed(path: Path, key: bytes, *, read_only: bool = False) -> sqlcipher.Connection:
    """A keyed sqlite3-like connection (sqlcipher3) that never creates a file."""
    mode = "ro" if read_only else "rw"
    conn = sqlcipher.connect(f"{Path(path).resolve().as_uri()}?mode={mode}", uri=True,
                             isolation_level=None, check_same_thread=False)
    apply_key(conn, key)
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    return conn


def quiet_cipher_log() -> None:
    """SQLCipher logs a failed HMAC check on stderr; the app reports it in Dutch itself."""
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    except sqlcipher.Error:
        pass
    finally:
        conn.close()
