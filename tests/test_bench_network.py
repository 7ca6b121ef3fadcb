"""The network benchmark runs once at a tiny scale so it cannot rot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_network_benchmark_runs():
    result = subprocess.run([sys.executable, "-m", "bench.network", "--tiny", "--cpu"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "Layout 300 actoren" in result.stdout
    assert "Betweenness" in result.stdout and "Hertekenen na pan" in result.stdout
    assert "Peer (vorige versie" in result.stdout  # the old drawing, measured in the same run
