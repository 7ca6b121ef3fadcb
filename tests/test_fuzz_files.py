"""Bad input in every file Buurtboek reads today: back-ups to restore (random bytes, damaged
and cut-off SQLite files, another program's database, one from a newer version), the
settings file and the lock file. Never a crash: a clear Dutch message, and nothing changed
in the database when a file is refused.

(Imports and team-overview workbooks do not exist yet; when they come, their readers get
the same treatment here.)
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import restore
from db.backups import BackupError
from db.health import check_file

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "schema" / "0002_search.sqlite"
FIXTURE_BYTES = FIXTURE.read_bytes()
PAGE = 4096
FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def workplace(tmp_path_factory):
    """A data folder with a good database (as the app left it) to restore over."""
    folder = tmp_path_factory.mktemp("fuzz")
    database = folder / "buurtboek.sqlite"
    database.write_bytes(FIXTURE_BYTES)
    return database


def _try_restore(database: Path, content: bytes) -> str | None:
    """Stage `content` as a restore; returns the refusal (None when it was accepted).
    Asserts the database is unchanged and nothing is left staged."""
    before = _digest(database)
    with tempfile.TemporaryDirectory() as work:
        candidate = Path(work) / "kandidaat.sqlite"
        candidate.write_bytes(content)
        try:
            staged = restore.stage_restore(candidate, database)
        except BackupError as error:
            refusal = error.message
            assert refusal and refusal[0].isupper() and refusal.endswith((".", "!", "?")), refusal
        else:
            assert check_file(staged, thorough=True, schema=True) == []
            refusal = None
        finally:
            restore.discard_staged_restore(database)
        assert candidate.read_bytes() == content  # the chosen file is only read
    assert _digest(database) == before
    assert not [p for p in database.parent.iterdir() if p.name.startswith(".")]
    return refusal


@FUZZ
@given(st.binary(max_size=20_000))
def test_random_bytes_are_refused(workplace, content):
    assert _try_restore(workplace, content) is not None


@FUZZ
@given(st.binary(min_size=0, max_size=200))
def test_random_bytes_behind_a_sqlite_header_are_refused(workplace, tail):
    assert _try_restore(workplace, b"SQLite format 3\x00" + tail) is not None


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(FIXTURE_BYTES) - 1), st.binary(min_size=1,
                                                                              max_size=64)),
                min_size=1, max_size=8))
def test_a_damaged_backup_is_refused_or_still_good(workplace, damage):
    data = bytearray(FIXTURE_BYTES)
    for offset, junk in damage:
        data[offset:offset + len(junk)] = junk
    _try_restore(workplace, bytes(data[:len(FIXTURE_BYTES)]))  # never raises anything else


@FUZZ
@given(st.integers(1, len(FIXTURE_BYTES) // PAGE - 1), st.integers(0, PAGE - 1))
def test_a_cut_off_backup_is_refused(workplace, pages, extra):
    refusal = _try_restore(workplace, FIXTURE_BYTES[:pages * PAGE + extra])
    assert refusal is not None


@FUZZ
@given(st.lists(st.sampled_from(["contacts", "notes", "alembic_version", "persons",
                                 "instellingen"]), min_size=1, max_size=4, unique=True))
def test_another_programs_sqlite_file_is_refused(workplace, tables):
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "ander.sqlite"
        with sqlite3.connect(path) as conn:
            for table in tables:
                conn.execute(f"CREATE TABLE {table} (version_num TEXT, name TEXT)")
                conn.execute(f"INSERT INTO {table} VALUES ('abc123', 'Ans')")
        conn.close()
        refusal = _try_restore(workplace, path.read_bytes())
    assert "ander programma" in refusal or "schemaversie" in refusal or "nieuwere" in refusal


@FUZZ
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_", min_size=1, max_size=30))
def test_a_buurtboek_file_from_a_newer_version_is_refused(workplace, revision):
    from db.migrate import KNOWN_REVISIONS

    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "nieuwer.sqlite"
        path.write_bytes(FIXTURE_BYTES)
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.close()
        refusal = _try_restore(workplace, path.read_bytes())
    if revision in KNOWN_REVISIONS:
        assert refusal is None
    else:
        assert "nieuwere versie van Buurtboek" in refusal


# -- the settings file ------------------------------------------------------------------------

INI_TEXT = st.lists(st.one_of(
    st.sampled_from(["[window]", "[backups]", "[General]", "geometry=", "page=", "dagelijks=",
                     "@ByteArray(", "@Variant(\\0\\0\\0\\x7f", "@Rect(1 2 3 4)", "\\x", "=",
                     ",", "\"", ";", "\n", "\r\n", "\\"]),
    st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=400), INI_TEXT.map(lambda t: t.encode("utf-8", "replace"))))
def test_a_garbage_settings_file_never_stops_the_window(qtbot, content):
    from desktop.settings_file import open_settings, rotation_policy
    from ui.context import AppContext
    from ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        (folder / "instellingen.ini").write_bytes(content)
        settings_ = open_settings(folder)
        policy = rotation_policy(settings_)
        assert all(0 <= n <= 1000 for n in (policy.daily, policy.weekly, policy.monthly))
        window = MainWindow(AppContext(), settings_, "test")
        window.restore_state(None)
        window.close()
        window.deleteLater()
        del settings_


def test_the_app_starts_with_a_damaged_settings_file(tmp_path):
    folder = tmp_path / "gegevens"
    folder.mkdir()
    (folder / "instellingen.ini").write_bytes(
        b"[window]\ngeometry=kapot\npage=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)\n\x00\xff[[[\n"
        b"[backups]\ndagelijks=veel\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(folder),
                             "--screenshot", str(tmp_path / "x.png")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "x.png").exists()


# -- the lock file ----------------------------------------------------------------------------

@settings(max_examples=8, deadline=None)  # each unreadable file costs a 0.2 s second look
@given(st.binary(max_size=300))
def test_a_garbage_lock_file_never_blocks_a_start(content):
    from desktop.instance import LOCK_FILENAME, InstanceLock

    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        (folder / LOCK_FILENAME).write_bytes(content)
        lock = InstanceLock(folder)
        assert lock.acquire()
        lock.release()


def test_fixture_is_a_good_backup_to_begin_with(tmp_path):
    copy = tmp_path / "goed.sqlite"
    shutil.copyfile(FIXTURE, copy)
    assert check_file(copy, thorough=True, schema=True) == []
