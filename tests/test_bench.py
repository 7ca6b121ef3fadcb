"""Each benchmark runs once at a tiny scale, so the scripts in bench/ cannot rot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_startup_benchmark_runs():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "bench.startup", "--tiny"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "| 0 bewoners |" in result.stdout and "verhouding" in result.stdout


def test_demo_benchmark_runs():
    result = subprocess.run([sys.executable, "-m", "bench.demo_speed", "--tiny"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "bewoners" in result.stdout and "Core" in result.stdout
