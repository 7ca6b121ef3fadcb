"""Health check at start-up and where the data may live: a damaged database is left
untouched; a network drive or a synced cloud folder is refused with an explanation."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from db import backups, health, restore
from desktop.maintenance import check_and_back_up

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "schema" / "0002_search.sqlite"


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("path, service", [
    (r"C:\Users\samira\OneDrive - Welzijn Zuid\Buurtboek", "OneDrive"),
    (r"C:\Users\samira\OneDrive\Documenten", "OneDrive"),
    ("/home/samira/Dropbox/buurtboek", "Dropbox"),
    (r"G:\Mijn Drive\Buurtboek", "Google Drive"),
    ("/Users/samira/Library/Mobile Documents/com~apple~CloudDocs/bb", "iCloud"),
    (r"C:\Users\samira\iCloudDrive\Buurtboek", "iCloud"),
])
def test_a_synced_cloud_folder_is_refused_with_an_explanation(path, service):
    problem = health.location_problem(Path(path) if "/" in path else path, mounts="")
    assert problem and service in problem and "WAL" in problem and "lokale schijf" in problem


@pytest.mark.parametrize("path", [r"\\server\share\buurtboek", "//nas/team/buurtboek"])
def test_a_unc_path_is_a_network_drive(path):
    assert "netwerkschijf" in health.location_problem(path, mounts="")


MOUNTS = """/dev/vda / ext4 rw,relatime 0 0
server:/export /mnt/team nfs4 rw,relatime 0 0
//nas/gedeeld /mnt/nas\\040share cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize("path, refused", [
    ("/mnt/team/buurtboek", True), ("/mnt/nas share/bb", True), ("/mnt/teamwork/bb", False),
    ("/home/samira/.local/share/Buurtboek", False), ("/tmp/x", False),
])
def test_network_file_systems_are_recognised_from_the_mount_table(path, refused):
    assert bool(health.location_problem(Path(path), mounts=MOUNTS)) is refused


def test_an_ordinary_local_folder_is_fine(tmp_path):
    assert health.location_problem(tmp_path) is None
    assert health.location_problem(Path.home() / "Documenten" / "Onedrivers", mounts="") is None


def test_quick_check_finds_a_damaged_file(tmp_path):
    good = tmp_path / "goed.sqlite"
    shutil.copyfile(FIXTURE, good)
    assert health.quick_check(good) == []
    data = bytearray(good.read_bytes())
    for offset in range(10 * 4096, 40 * 4096, 4096):
        data[offset + 8:offset + 300] = os.urandom(292)
    bad = tmp_path / "kapot.sqlite"
    bad.write_bytes(bytes(data))
    problems = health.quick_check(bad)
    assert problems and problems[0].startswith("Het bestand is beschadigd")
    assert "onvolledig" in health.header_problem(_cut(good, tmp_path))


def _cut(path: Path, folder: Path) -> Path:
    cut = folder / "afgebroken.sqlite"
    cut.write_bytes(path.read_bytes()[:8192 + 100])
    return cut


def test_startup_care_checks_then_makes_the_daily_backup_once(tmp_path):
    file = tmp_path / "buurtboek.sqlite"
    shutil.copyfile(FIXTURE, file)
    now = dt.datetime(2026, 5, 4, 8, 30)
    first = check_and_back_up(file, policy=backups.RotationPolicy(), back_up=True, now=now)
    assert first.problems == [] and first.backup is not None
    again = check_and_back_up(file, policy=backups.RotationPolicy(), back_up=True,
                              now=now.replace(hour=15))
    assert again.backup is None  # at most once a day
    assert len(backups.list_backups(file)) == 1


def test_startup_care_makes_no_backup_of_a_damaged_database(tmp_path):
    file = tmp_path / "buurtboek.sqlite"
    data = bytearray(FIXTURE.read_bytes())
    for offset in range(10 * 4096, 40 * 4096, 4096):
        data[offset + 8:offset + 300] = b"\x5a" * 292
    file.write_bytes(bytes(data))
    outcome = check_and_back_up(file, policy=backups.RotationPolicy(), back_up=True)
    assert outcome.problems and outcome.backup is None
    assert backups.list_backups(file) == []


def _start(folder: Path, *extra: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(folder),
                           *extra], cwd=ROOT, env=env or _env(), capture_output=True,
                          text=True, timeout=120)


def test_a_damaged_database_is_left_untouched_at_start_up(tmp_path):
    folder = tmp_path / "gegevens"
    folder.mkdir()
    file = folder / "buurtboek.sqlite"
    file.write_bytes(FIXTURE.read_bytes()[:20_000])  # a cut-off copy
    digest = _digest(file)
    result = _start(folder, "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "beschadigd" in result.stderr and "onvolledig" in result.stderr
    assert _digest(file) == digest
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("buurtboek")) == [
        "buurtboek.sqlite"]  # no -wal, no -shm, no lock left


def test_the_health_check_runs_at_start_up_and_is_timed(tmp_path):
    folder = tmp_path / "gegevens"
    folder.mkdir()
    shutil.copyfile(FIXTURE, folder / "buurtboek.sqlite")
    result = _start(folder, env={**_env(), "BUURTBOEK_EXIT_AFTER_FIRST_PAINT": "1"})
    assert result.returncode == 0, result.stderr
    marks = dict(line.split() for line in result.stdout.splitlines() if " " in line)
    assert {"first-paint", "data-shown", "health-checked"} <= set(marks)
    assert not (folder / "back-ups").exists()  # benchmarks make no back-ups


def test_a_staged_restore_is_put_in_place_at_the_next_start(tmp_path):
    folder = tmp_path / "gegevens"
    folder.mkdir()
    file = folder / "buurtboek.sqlite"
    shutil.copyfile(FIXTURE, file)
    empty = tmp_path / "leeg"
    empty.mkdir()
    result = _start(empty, "check")  # no database there
    assert result.returncode == 1
    made = backups.create(file)
    restore.stage_restore(made.path, file)
    result = _start(folder, "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 0, result.stderr
    assert not restore.staged_path(file).exists()
    assert [b.kind for b in backups.list_backups(file)].count(backups.BackupKind.RESTORE) == 1


def test_the_restart_after_a_restore_runs_the_same_buurtboek_with_the_same_options(
        monkeypatch, tmp_path):
    from desktop import recovery

    monkeypatch.setattr(sys, "argv", ["buurtboek", "--data-dir", str(tmp_path), "-v"])
    command = recovery.relaunch_command()
    assert command == [sys.executable, "-m", "desktop.cli", "--data-dir", str(tmp_path), "-v"]
    result = subprocess.run([*command[:3], "--version"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=60,
                            env={**_env(), "PYTHONPATH": str(recovery.ROOT)})
    assert result.returncode == 0 and result.stdout.startswith("buurtboek ")
