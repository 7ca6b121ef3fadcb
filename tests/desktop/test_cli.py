"""The command line: --version, check, the data folder."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop import cli, paths
from desktop.commands import check

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=120)


def test_version_answers_without_starting_qt():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("buurtboek ")


def test_data_folder_option_beats_environment_beats_platform(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.data_dir() == (tmp_path / "env").resolve()
    assert paths.data_dir(tmp_path / "opt") == (tmp_path / "opt").resolve()
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir() == (tmp_path / "xdg" / "Buurtboek").resolve()
    assert (tmp_path / "xdg" / "Buurtboek").is_dir()


def test_check_on_a_missing_database_fails(tmp_path, capsys):
    assert check(tmp_path) == 1
    assert "Geen database" in capsys.readouterr().err


def test_check_on_a_good_database_passes(tmp_path, capsys):
    from db.database import open_database

    open_database(paths.database_url(tmp_path)).close()
    assert check(tmp_path) == 0
    out = capsys.readouterr().out
    from db.migrate import HEAD

    assert "Integriteit: ok" in out and HEAD in out and "actueel" in out


def test_check_refuses_a_foreign_file_and_leaves_it_alone(tmp_path, capsys):
    file = tmp_path / "buurtboek.sqlite"
    with sqlite3.connect(file) as conn:
        conn.execute("CREATE TABLE adressen (naam TEXT)")
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    assert check(tmp_path) == 2
    assert "geen Buurtboek-database" in capsys.readouterr().err
    assert hashlib.sha256(file.read_bytes()).hexdigest() == digest


def test_check_reports_a_damaged_database(tmp_path, capsys):
    from db.database import open_database

    open_database(paths.database_url(tmp_path)).close()
    with sqlite3.connect(tmp_path / "buurtboek.sqlite") as conn:  # another program, no FK checks
        conn.execute("INSERT INTO persons (id, first_name, infix, last_name, phone, email, "
                     "street, house_number, postcode, city) "
                     "VALUES (42, 'Wees', '', '', '', '', '', '', '', '')")
    assert check(tmp_path) == 1
    assert "verweesde verwijzingen" in capsys.readouterr().err


def test_every_page_name_is_offered_on_the_command_line():
    from ui.pages import PAGES

    assert set(cli.PAGE_NAMES) == {spec.name for spec in PAGES}
