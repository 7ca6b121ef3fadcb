"""Encryption at rest: the key file, wrong passphrases that change nothing, recovery,
passphrase change, and turning encryption on and off without losing a row."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from db import encryption, encryption_switch
from db.database import open_database
from db.engine import DATABASE_FILENAME, sqlite_url
from db.services import Services

PASS = "paarse olifant op de fiets"


@pytest.fixture(autouse=True)
def _forget_keys():
    yield
    encryption._unlocked.clear()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "-"


def _fill(folder: Path) -> Services:
    database = open_database(sqlite_url(folder / DATABASE_FILENAME))
    services = Services.for_database(database)
    for first, last in (("Ans", "Jansen"), ("Mo", "Bakker"), ("Zwanetta", "Qwerty-Canarie")):
        services.people.create_person(first_name=first, last_name=last)
    return services


def _names(database) -> list[str]:
    with database.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT name FROM actors ORDER BY id")]


def test_the_key_file_holds_no_secret_and_unlocks_with_passphrase_or_recovery(tmp_path):
    key = encryption.new_key()
    recovery = encryption.create_key_file(tmp_path, key, PASS, cost=encryption.LIGHT)
    text = encryption.key_file(tmp_path).read_text()
    assert key.hex() not in text and PASS not in text and recovery not in text
    data = json.loads(text)
    assert data["passphrase"]["kdf"]["name"] in ("argon2id", "scrypt")
    assert len(recovery) == 39 and recovery.count("-") == 7  # 8 groups of 4
    assert encryption.unlock(tmp_path, PASS) == key
    assert encryption.unlock(tmp_path, recovery) == key
    typed = recovery.lower().replace("-", " ").replace("0", "o")  # as typed from paper
    assert encryption.unlock(tmp_path, typed) == key
    with pytest.raises(encryption.WrongSecret) as wrong:
        encryption.unlock(tmp_path, PASS + "!")
    assert "klopt niet" in wrong.value.message


def test_a_damaged_key_file_gets_a_dutch_message(tmp_path):
    encryption.key_file(tmp_path).write_text("{niet: json")
    with pytest.raises(encryption.EncryptionError) as error:
        encryption.unlock(tmp_path, PASS)
    assert "beschadigd" in error.value.message


def test_passphrase_rules():
    assert "minstens" in encryption.passphrase_problem("kort", "kort")
    assert "niet gelijk" in encryption.passphrase_problem(PASS, PASS + " ")
    assert encryption.passphrase_problem(PASS, PASS) is None


def test_turning_encryption_on_keeps_every_row_and_leaves_no_plain_text(data_dir):
    services = _fill(data_dir)
    database = services.db
    before = _names(database)
    recovery = encryption_switch.turn_on(data_dir, PASS, database=database,
                                         cost=encryption.LIGHT)
    file = data_dir / DATABASE_FILENAME
    assert not encryption.is_plain(file)
    assert b"Qwerty-Canarie" not in file.read_bytes()
    assert _names(database) == before  # the same Database object works on, now keyed
    services.people.create_person(first_name="Kees", last_name="Na")
    database.close()
    assert not list(data_dir.glob(".*bezig"))  # the plain copy was wiped and removed
    with pytest.raises(sqlite3.DatabaseError):  # without the key: not readable
        sqlite3.connect(file).execute("SELECT count(*) FROM actors").fetchone()

    encryption._unlocked.clear()  # a new start: unlock with the recovery key
    encryption.remember(data_dir, encryption.unlock(data_dir, recovery))
    reopened = open_database(sqlite_url(file))
    assert _names(reopened) == before + ["Kees Na"]
    reopened.close()


def test_a_wrong_passphrase_leaves_every_file_byte_for_byte_unchanged(data_dir):
    services = _fill(data_dir)
    encryption_switch.turn_on(data_dir, PASS, database=services.db, cost=encryption.LIGHT)
    services.db.close()
    encryption._unlocked.clear()
    files = [data_dir / DATABASE_FILENAME, data_dir / f"{DATABASE_FILENAME}-wal",
             data_dir / f"{DATABASE_FILENAME}-shm", encryption.key_file(data_dir)]
    before = {f: _digest(f) for f in files}
    listing = sorted(p.name for p in data_dir.iterdir())
    for wrong in ("", "paarse olifant op de fietS", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"):
        with pytest.raises(encryption.WrongSecret):
            encryption.unlock(data_dir, wrong)
    assert {f: _digest(f) for f in files} == before
    assert sorted(p.name for p in data_dir.iterdir()) == listing  # nothing created either
    assert encryption.remembered(data_dir) is None


def test_changing_the_passphrase_rewraps_the_key_only(data_dir):
    services = _fill(data_dir)
    encryption_switch.turn_on(data_dir, PASS, database=services.db, cost=encryption.LIGHT)
    services.db.close()
    file = data_dir / DATABASE_FILENAME
    before = _digest(file)
    key = encryption.unlock(data_dir, PASS)
    with pytest.raises(encryption.WrongSecret):
        encryption.change_passphrase(data_dir, "fout wachtwoord", "nieuw lang wachtwoord")
    encryption.change_passphrase(data_dir, PASS, "nieuw lang wachtwoord",
                                 cost=encryption.LIGHT)
    assert _digest(file) == before
    assert encryption.unlock(data_dir, "nieuw lang wachtwoord") == key
    with pytest.raises(encryption.WrongSecret):
        encryption.unlock(data_dir, PASS)


def test_turning_encryption_off_gives_the_plain_database_back(data_dir):
    services = _fill(data_dir)
    database = services.db
    encryption_switch.turn_on(data_dir, PASS, database=database, cost=encryption.LIGHT)
    services.people.create_person(first_name="Kees", last_name="Na")
    with pytest.raises(encryption.WrongSecret):
        encryption_switch.turn_off(data_dir, "fout", database=database)
    assert not encryption.is_plain(data_dir / DATABASE_FILENAME)
    encryption_switch.turn_off(data_dir, PASS, database=database)
    assert not encryption.is_encrypted(data_dir) and encryption.remembered(data_dir) is None
    assert "Kees Na" in _names(database)
    database.close()
    conn = sqlite3.connect(data_dir / DATABASE_FILENAME)
    assert conn.execute("SELECT count(*) FROM actors WHERE kind = 'person'").fetchone()[0] == 4
    assert conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH 'Kees'"
                        ).fetchone()[0] >= 1  # the full-text index came along
    conn.close()


def test_a_copy_that_counts_differently_is_refused_and_nothing_changes(data_dir, monkeypatch):
    services = _fill(data_dir)
    services.db.close()
    file = data_dir / DATABASE_FILENAME
    before = _digest(file)
    real = encryption_switch._counts
    calls = []

    def short_count(conn, schema="main"):
        counts = real(conn, schema)
        calls.append(1)
        if len(calls) == 2:  # the copy
            counts["actors"] -= 1
        return counts

    monkeypatch.setattr(encryption_switch, "_counts", short_count)
    with pytest.raises(encryption_switch.SwitchError) as error:
        encryption_switch.turn_on(data_dir, PASS, cost=encryption.LIGHT)
    assert "actors" in error.value.message
    assert _digest(file) == before and encryption.is_plain(file)
    assert not encryption.is_encrypted(data_dir)  # the key file went again
    assert not list(data_dir.glob(".*"))


def test_an_error_message_never_carries_a_resident_into_the_log(database):
    from sqlalchemy.exc import OperationalError

    with pytest.raises(OperationalError) as error, database.engine.connect() as conn:
        conn.exec_driver_sql("SELECT ?, no_such_column", ("Zwanetta Qwerty-Canarie",))
    assert "Qwerty-Canarie" not in str(error.value)
