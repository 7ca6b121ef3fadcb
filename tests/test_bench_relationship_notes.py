"""The relationship-notes benchmark runs once at a tiny scale so it cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_relationship_notes_benchmark_runs(tmp_path):
    result = subprocess.run([sys.executable, "-m", "bench.relationship_notes", "--tiny"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Tijdlijn van een bewoner" in result.stdout
