"""Bijlagen in an encrypted data folder (issue 8): no resident's name readable in any file
under bijlagen/, the content back intact when opened, converted both ways when
encryption is switched, and still stored once when attached twice."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from db import attachment_crypto, encryption, encryption_switch
from db.database import open_database
from db.engine import DATABASE_FILENAME, sqlite_url
from db.services import Services

PASS = "paarse olifant op de fiets"
CANARY = "Zwanetta Qwerty-Canarie"
CONTENT = ("Verslag huisbezoek\n" + CANARY + "\n").encode("utf-8") + CANARY.encode("utf-16")


@pytest.fixture(autouse=True)
def _forget_keys():
    yield
    encryption._unlocked.clear()


@pytest.fixture
def services(data_dir):
    database = open_database(sqlite_url(data_dir / DATABASE_FILENAME))
    yield Services.for_database(database)
    database.close()


@pytest.fixture
def visit(tmp_path) -> Path:
    path = tmp_path / "huisbezoek Zwanetta.txt"
    path.write_bytes(CONTENT)
    return path


def _encrypt(services, folder: Path) -> None:
    encryption_switch.turn_on(folder, PASS, database=services.db, cost=encryption.LIGHT)


def _leaks(folder: Path) -> list[str]:
    """Files under `folder` in which the canary can be read (UTF-8 or UTF-16)."""
    needles = [CANARY.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]
    return [p.name for p in folder.rglob("*")
            if p.is_file() and any(n in p.read_bytes() for n in needles)]


def _stored(folder: Path) -> list[Path]:
    return [p for p in (folder / "bijlagen").iterdir() if not p.name.startswith(".")]


@pytest.mark.parametrize("encrypted", [False, True])
def test_no_name_readable_under_bijlagen_when_encrypted(services, data_dir, visit, encrypted):
    if encrypted:
        _encrypt(services, data_dir)
    dossier = services.dossiers.create("Schimmel in de portiekflats")
    attachment = services.attachments.add(dossier, visit)
    [stored] = _stored(data_dir)
    assert stored.name == hashlib.sha256(CONTENT).hexdigest()  # named for the plaintext
    if encrypted:
        assert _leaks(data_dir / "bijlagen") == []
        assert stored.read_bytes() != CONTENT
    else:  # the same scan finds the name in a plain folder: the check can fail
        assert _leaks(data_dir / "bijlagen") == [stored.name]
        assert services.attachments.open_copy(attachment) == stored
    assert services.attachments.read_bytes(attachment) == CONTENT


def test_opening_decrypts_into_a_private_folder_removed_at_quit(services, data_dir, visit):
    _encrypt(services, data_dir)
    attachment = services.attachments.add(services.dossiers.create("Portiek"), visit)
    copy = services.attachments.open_copy(attachment)
    assert copy.name == visit.name and copy.read_bytes() == CONTENT
    assert data_dir / attachment_crypto.OPEN_FOLDER in copy.parents
    assert not copy.is_relative_to(data_dir / "bijlagen")
    if os.name != "nt":
        assert copy.parent.stat().st_mode & 0o777 == 0o700
        assert (data_dir / attachment_crypto.OPEN_FOLDER).stat().st_mode & 0o777 == 0o700
        assert copy.stat().st_mode & 0o777 == 0o600
    services.attachments.remove_open_copies()  # what the app does at quit
    assert not copy.exists() and _leaks(data_dir) == []
    stale = services.attachments.open_copy(attachment)  # a crash leaves one: next start
    attachment_crypto.tidy(data_dir)
    assert not stale.exists()


def test_the_same_file_twice_is_stored_once_when_encrypted(services, data_dir, visit,
                                                           tmp_path):
    _encrypt(services, data_dir)
    dossier = services.dossiers.create("Portiek")
    first = services.attachments.add(dossier, visit)
    copy = tmp_path / "kopie.txt"
    copy.write_bytes(CONTENT)
    second = services.attachments.add(services.dossiers.create("Ander"), copy)
    assert len(_stored(data_dir)) == 1
    assert services.attachments.read_bytes(first) == services.attachments.read_bytes(second)
    assert not list((data_dir / "bijlagen").glob(".*"))  # no temporary leftovers


def test_switching_encryption_converts_existing_attachments_both_ways(services, data_dir,
                                                                      visit):
    attachment = services.attachments.add(services.dossiers.create("Portiek"), visit)
    [stored] = _stored(data_dir)
    assert stored.read_bytes() == CONTENT

    _encrypt(services, data_dir)
    assert [p.name for p in _stored(data_dir)] == [stored.name]
    assert _leaks(data_dir) == []  # database and bijlagen alike
    assert attachment_crypto.looks_encrypted(stored)
    assert services.attachments.read_bytes(attachment) == CONTENT
    assert not list((data_dir / "bijlagen").glob(".*"))  # the plain form is gone

    encryption_switch.turn_off(data_dir, PASS, database=services.db)
    assert stored.read_bytes() == CONTENT
    assert services.attachments.open_copy(attachment) == stored
    assert not list((data_dir / "bijlagen").glob(".*"))


def test_an_interrupted_conversion_loses_nothing(services, data_dir, visit):
    attachment = services.attachments.add(services.dossiers.create("Portiek"), visit)
    [stored] = _stored(data_dir)
    _encrypt(services, data_dir)
    # a crash between "old form aside" and "new form in place"
    aside = stored.with_name(f".{stored.name}{attachment_crypto.ASIDE_SUFFIX}")
    os.replace(stored, aside)
    attachment_crypto.tidy(data_dir)  # at the next start
    assert services.attachments.read_bytes(attachment) == CONTENT and not aside.exists()
    # a plain file in an encrypted folder (a switch cut short) is encrypted at start
    stored.write_bytes(CONTENT)
    assert services.attachments.read_bytes(attachment) == CONTENT  # still opens meanwhile
    assert encryption_switch.finish_pending(data_dir) == 1
    assert _leaks(data_dir / "bijlagen") == []
    assert services.attachments.read_bytes(attachment) == CONTENT


def test_a_damaged_encrypted_attachment_is_refused_in_dutch(services, data_dir, visit):
    from db.services.errors import ValidationError

    _encrypt(services, data_dir)
    attachment = services.attachments.add(services.dossiers.create("Portiek"), visit)
    [stored] = _stored(data_dir)
    data = bytearray(stored.read_bytes())
    data[-20] ^= 1
    stored.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match="beschadigd"):
        services.attachments.open_copy(attachment)
    assert not any((data_dir / attachment_crypto.OPEN_FOLDER).rglob("*.txt"))
