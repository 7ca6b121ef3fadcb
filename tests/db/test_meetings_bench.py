"""The meetings benchmark runs once at a tiny scale, so bench/meetings.py cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_meetings_benchmark_runs():
    result = subprocess.run([sys.executable, "-m", "bench.meetings", "--tiny"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "verhouding keyset/OFFSET" in result.stdout and "200 bewoners" in result.stdout
