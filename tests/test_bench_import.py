"""The import benchmark runs once at a tiny scale, so bench/import_rows.py cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_benchmark_runs():
    result = subprocess.run([sys.executable, "-m", "bench.import_rows", "--tiny"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for line in ("Import van 300 rijen", "| Excel, calamine", "| Excel, openpyxl read-only",
                 "| CSV (Windows-1252, ;)", "opslaan (1 transactie)", "sneller dan openpyxl"):
        assert line in out
