"""One writer per data folder: a second start is refused or raises the running window; a lock
left by a crashed process, or a damaged lock file, never blocks a start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import instance

ROOT = Path(__file__).resolve().parents[2]
HOLD = ("import sys, time; from pathlib import Path; from desktop.instance import InstanceLock; "
        "lock = InstanceLock(Path(sys.argv[1])); print(lock.acquire(), flush=True); "
        "time.sleep(60)")


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def holder(tmp_path):
    """Another process holding the lock of `tmp_path`."""
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True, env=_env())
    assert process.stdout.readline().strip() == "True"
    yield process
    process.kill()
    process.wait()


def test_a_second_lock_on_the_same_folder_is_refused_and_says_why(tmp_path, holder):
    lock = instance.InstanceLock(tmp_path)
    assert not lock.acquire()
    message = instance.refusal_message(lock)
    assert "al geopend" in message and str(holder.pid) in message
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    assert instance.InstanceLock(elsewhere).acquire()  # another data folder is free


def test_a_lock_left_by_a_killed_process_does_not_block_a_new_start(tmp_path, holder):
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert (tmp_path / instance.LOCK_FILENAME).exists()  # left behind
    lock = instance.InstanceLock(tmp_path)
    assert lock.acquire()
    lock.release()
    assert not (tmp_path / instance.LOCK_FILENAME).exists()


@pytest.mark.parametrize("content", [b"", b"\x00\xff garbage \n\n", b"-5\nx\ny\n",
                                     b"99999999999999999999\n"])
def test_a_damaged_lock_file_does_not_block_a_start(tmp_path, content):
    (tmp_path / instance.LOCK_FILENAME).write_bytes(content)
    lock = instance.InstanceLock(tmp_path)
    assert lock.acquire()
    lock.release()


def test_the_app_refuses_a_second_start_with_a_clear_message(tmp_path, holder):
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(tmp_path),
                             "--screenshot", str(tmp_path / "x.png")], cwd=ROOT, env=_env(),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 3
    assert "al geopend" in result.stderr and "één Buurtboek tegelijk" in result.stderr
    assert not (tmp_path / "x.png").exists()
    assert not (tmp_path / "buurtboek.sqlite").exists()  # nothing opened, nothing written


def test_restore_from_the_command_line_is_refused_while_the_app_runs(tmp_path, holder):
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(tmp_path),
                             "restore", "iets.sqlite"], cwd=ROOT, env=_env(),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 3 and "al geopend" in result.stderr


def test_a_second_start_brings_the_running_window_to_the_front(qtbot, tmp_path):
    first = subprocess.Popen([sys.executable, "-m", "desktop.cli", "--data-dir", str(tmp_path)],
                             cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:  # wait until the first one has its database open and listens
        qtbot.waitUntil(lambda: instance.ask_running_to_raise(tmp_path, 200), timeout=60_000)
        second = subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir",
                                 str(tmp_path)], cwd=ROOT, env=_env(), capture_output=True,
                                text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "vooraan" in second.stderr
        assert first.poll() is None  # the first keeps running
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_the_raise_server_answers_a_second_start(qtbot, tmp_path):
    server = instance.RaiseServer(tmp_path)
    assert server.listening
    code = ("import sys; from pathlib import Path; from desktop.instance import "
            "ask_running_to_raise; print(ask_running_to_raise(Path(sys.argv[1]), 5000))")
    with qtbot.waitSignal(server.raise_requested, timeout=20_000):
        asker = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT,
                                 env=_env(), stdout=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: asker.poll() is not None, timeout=20_000)
    assert asker.stdout.read().strip() == "True"
    server.close()


def test_nothing_listens_for_a_folder_without_a_running_app(qtbot, tmp_path):
    assert not instance.ask_running_to_raise(tmp_path, timeout_ms=300)
