"""The period-report benchmark runs once at a tiny scale, so bench/report.py cannot rot
(without pandas: the peer is skipped in --tiny)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_report_benchmark_runs():
    result = subprocess.run([sys.executable, "-m", "bench.report", "--tiny"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "| Verantwoording, " in result.stdout and "piekgeheugen" in result.stdout
