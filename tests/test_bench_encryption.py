"""The encryption benchmark runs once at a tiny scale so it cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_encryption_benchmark_runs():
    result = subprocess.run([sys.executable, "-m", "bench.encryption", "--tiny"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "openen + eerste Overzicht" in result.stdout
    assert "losse wijzigingen" in result.stdout and "×" in result.stdout
