"""Back-ups: checked snapshots while the app writes, rotation, and a staged, crash-safe
restore that refuses what is not a good Buurtboek database and changes nothing then."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import backups, restore
from db.backups import BackupError, BackupKind, RotationPolicy
from db.database import open_database
from db.engine import sqlite_url
from db.services.people import PeopleService


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM actors ORDER BY id")]
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def live(folder):
    """An open database with two residents, as the running app has it."""
    folder.mkdir(exist_ok=True)
    database = open_database(sqlite_url(folder / "buurtboek.sqlite"))
    people = PeopleService(database)
    people.create_person(first_name="Ans", last_name="Jansen")
    people.create_person(first_name="Mo", last_name="Bakker")
    yield database
    database.close()


def test_a_backup_is_a_checked_consistent_snapshot_while_the_app_writes(live, folder):
    file = folder / "buurtboek.sqlite"
    with live.engine.connect() as conn:  # a write in progress, not yet committed
        trans = conn.begin()
        conn.exec_driver_sql("UPDATE actors SET name = 'Half geschreven'")
        made = backups.create(file, BackupKind.MANUAL)
        trans.rollback()
    assert made.path.parent == folder / "back-ups" and made.path.exists()
    assert made.kind is BackupKind.MANUAL and made.size == made.path.stat().st_size
    assert _names(made.path) == ["Ans Jansen", "Mo Bakker"]
    assert backups.list_backups(file) == [made]
    assert not [p for p in made.path.parent.iterdir() if p.name.startswith(".")]


def test_a_cancelled_backup_leaves_nothing(live, folder):
    file = folder / "buurtboek.sqlite"
    with pytest.raises(backups.BackupCancelled):
        backups.create(file, progress=lambda *a: None, cancelled=lambda: True)
    assert backups.list_backups(file) == []
    assert list((folder / "back-ups").iterdir()) == []


def test_a_backup_of_a_damaged_database_is_refused_and_not_kept(tmp_path):
    file = tmp_path / "buurtboek.sqlite"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures/schema/0001_initial.sqlite", file)
    data = bytearray(file.read_bytes())
    for offset in range(8 * 4096, 60 * 4096, 4096):  # scribble over pages in the middle
        data[offset + 8:offset + 200] = b"\xa5" * 192
    file.write_bytes(bytes(data))
    with pytest.raises(BackupError):
        backups.create(file)
    assert backups.list_backups(file) == []


def test_daily_backup_is_due_once_a_day(live, folder):
    file = folder / "buurtboek.sqlite"
    now = dt.datetime(2026, 3, 2, 9, 0)
    assert backups.due(file, now)
    backups.create(file, BackupKind.AUTO, now=now)
    assert not backups.due(file, now.replace(hour=17))
    assert backups.due(file, now + dt.timedelta(days=1))


def test_snapshots_before_an_upgrade_are_listed_with_the_backups(live, folder):
    from db.migrate import snapshot_before_upgrade

    copy = snapshot_before_upgrade(live.engine, "0001_initial")
    listed = backups.list_backups(folder / "buurtboek.sqlite")
    assert [(b.path, b.kind) for b in listed] == [(copy, BackupKind.UPGRADE)]
    assert _names(copy) == ["Ans Jansen", "Mo Bakker"]


def _touch(folder: Path, when: dt.datetime, kind=BackupKind.AUTO) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / backups.backup_name(Path("buurtboek.sqlite"), kind, when)
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    database = tmp_path / "buurtboek.sqlite"
    start = dt.datetime(2025, 1, 1, 9, 0)
    for day in range(400):  # one back-up a day for 400 days, two on the last day
        _touch(tmp_path / "back-ups", start + dt.timedelta(days=day))
    _touch(tmp_path / "back-ups", start + dt.timedelta(days=399, hours=5), BackupKind.MANUAL)
    backups.rotate(database, RotationPolicy(daily=7, weekly=4, monthly=12))
    kept = [b.made_at for b in backups.list_backups(database)]
    assert kept[0] == start + dt.timedelta(days=399, hours=5)  # the newest
    assert len({d.date() for d in kept}) == len(kept)  # one per day at most
    days = sorted({d.date() for d in kept}, reverse=True)
    assert days[:7] == [(start + dt.timedelta(days=399 - i)).date() for i in range(7)]
    assert len({(d.year, d.month) for d in kept}) == 12
    assert 12 <= len(kept) <= 7 + 4 + 12


@settings(max_examples=60, deadline=None)
@given(st.lists(st.datetimes(min_value=dt.datetime(2020, 1, 1),
                             max_value=dt.datetime(2030, 1, 1)), max_size=40),
       st.integers(0, 8), st.integers(0, 5), st.integers(0, 13))
def test_rotation_never_drops_the_newest_and_keeps_no_more_than_asked(when, daily, weekly,
                                                                       monthly):
    items = sorted({w.replace(microsecond=0) for w in when}, reverse=True)
    made = [backups.Backup(Path(f"/b/{i}.sqlite"), w, BackupKind.AUTO, 1)
            for i, w in enumerate(items)]
    keep = backups.to_keep(made, RotationPolicy(daily, weekly, monthly))
    assert keep <= {b.path for b in made}
    if made:
        assert made[0].path in keep
        assert len(keep) <= max(1, daily + weekly + monthly + 1)
        newest_days = {}
        for b in made:
            newest_days.setdefault(b.made_at.date(), b.path)
        assert list(newest_days.values())[:daily] == [p for p in newest_days.values()
                                                      if p in keep][:daily]


def test_policy_from_settings_ignores_garbage():
    values = {"backups/dagelijks": "3", "backups/wekelijks": "veel", "backups/maandelijks": -4,
              "backups/overige": ["a", "b"]}
    policy = backups.policy_from(lambda key, default: values.get(key, default))
    assert policy == RotationPolicy(daily=3, weekly=4, monthly=0, others=3)


def test_partial_files_of_a_killed_backup_are_cleaned_up_later(tmp_path):
    folder = tmp_path / "back-ups"
    folder.mkdir()
    partial = folder / ".buurtboek-20260101-090000-auto.sqlite.123.bezig"
    partial.write_bytes(b"half")
    fresh = folder / ".buurtboek-20260101-090001-auto.sqlite.124.bezig"
    fresh.write_bytes(b"busy")
    old = dt.datetime(2026, 1, 1).timestamp()
    os.utime(partial, (old, old))
    assert backups.cleanup_partial(folder) == [partial]
    assert fresh.exists()  # perhaps a back-up still running in another process
    assert backups.list_backups(tmp_path / "buurtboek.sqlite") == []


def test_restore_puts_the_current_database_aside_and_the_backup_in_place(live, folder):
    file = folder / "buurtboek.sqlite"
    made = backups.create(file)
    PeopleService(live).create_person(first_name="Na", last_name="Backup")
    live.close()  # the app quits; the next start applies the staged restore
    staged = restore.stage_restore(made.path, file)
    assert staged.exists() and _names(file)[-1] == "Na Backup"  # nothing changed yet
    aside = restore.apply_staged_restore(file)
    assert _names(file) == ["Ans Jansen", "Mo Bakker"]
    assert aside.parent == folder / "back-ups" and _names(aside)[-1] == "Na Backup"
    assert not staged.exists() and not Path(f"{file}-wal").exists()
    kinds = {b.kind for b in backups.list_backups(file)}
    assert kinds == {BackupKind.MANUAL, BackupKind.RESTORE}
    assert restore.apply_staged_restore(file) is None  # nothing more to do


def test_restore_keeps_uncheckpointed_writes_of_the_current_database(live, folder):
    """The database being replaced may still have its last commits in the WAL file."""
    file = folder / "buurtboek.sqlite"
    made = backups.create(file)
    with live.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
        PeopleService(live).create_person(first_name="Alleen", last_name="in WAL")
    restore.stage_restore(made.path, file)
    live.close()
    aside = restore.apply_staged_restore(file)
    assert "Alleen in WAL" in _names(aside)


def test_a_restore_interrupted_between_its_renames_is_finished_at_the_next_start(live, folder):
    file = folder / "buurtboek.sqlite"
    made = backups.create(file)
    live.close()
    staged = restore.stage_restore(made.path, file)
    os.replace(file, folder / "back-ups" / "opzij.sqlite")  # crashed right after this step
    assert restore.apply_staged_restore(file) is None
    assert _names(file) == ["Ans Jansen", "Mo Bakker"] and not staged.exists()


def test_the_newest_good_backup_skips_damaged_ones(live, folder):
    file = folder / "buurtboek.sqlite"
    good = backups.create(file, now=dt.datetime(2026, 1, 1, 9))
    bad = backups.create(file, now=dt.datetime(2026, 1, 2, 9))
    bad.path.write_bytes(bad.path.read_bytes()[: 4096 * 3])  # cut off
    assert restore.newest_good(file).path == good.path


REFUSED = {
    "random bytes": (lambda p: p.write_bytes(os.urandom(20_000)), "geen SQLite-database"),
    "empty file": (lambda p: p.write_bytes(b""), "leeg"),
    "another program": (lambda p: sqlite3.connect(p).executescript(
        "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ans');"),
        "ander programma"),
}


@pytest.mark.parametrize("case", [*REFUSED, "truncated", "newer version"])
def test_restore_refuses_a_bad_file_and_changes_nothing(live, folder, tmp_path, case):
    file = folder / "buurtboek.sqlite"
    candidate = tmp_path / "kandidaat.sqlite"
    if case == "truncated":
        made = backups.create(file)
        candidate.write_bytes(made.path.read_bytes()[: made.size // 2])
        expected = "onvolledig"
    elif case == "newer version":
        made = backups.create(file)
        shutil.copyfile(made.path, candidate)
        with sqlite3.connect(candidate) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999_toekomst'")
        expected = "nieuwere versie"
    else:
        make, expected = REFUSED[case]
        make(candidate)
    live.close()
    before = _digest(file), _digest(candidate)
    with pytest.raises(BackupError, match=expected):
        restore.stage_restore(candidate, file)
    assert (_digest(file), _digest(candidate)) == before
    assert not restore.staged_path(file).exists()
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    assert restore.apply_staged_restore(file) is None
