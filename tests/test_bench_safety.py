"""bench/soak.py and bench/backup.py run once at a tiny scale, so they cannot rot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_soak_benchmark_runs_and_loses_nothing():
    result = subprocess.run([sys.executable, "-m", "bench.soak", "--tiny"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    row = result.stdout.splitlines()[2].split("|")
    assert row[3].strip() == "0"  # edits lost
    assert int(row[2]) > 0  # edits acknowledged


def test_backup_benchmark_runs():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "bench.backup", "--tiny"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "back-up (VACUUM INTO" in result.stdout and "gegevens getoond" in result.stdout
