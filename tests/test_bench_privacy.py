"""bench/privacy.py runs once at a tiny scale, so the script cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_privacy_benchmark_runs():
    result = subprocess.run([sys.executable, "-m", "bench.privacy", "--tiny"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    table = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    assert len(table) == 1 + 3 and "verhouding" in table[0]
    assert all("×" in line for line in table[1:])
