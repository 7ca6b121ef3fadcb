"""The Overzicht/charts benchmark runs once at a tiny scale so it cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_overview_benchmark_runs():
    result = subprocess.run([sys.executable, "-m", "bench.overview", "--tiny"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Overzicht-pagina (eerste beeld)" in result.stdout
    assert "Vrijwilligersbehoud" in result.stdout
