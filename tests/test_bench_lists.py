"""The contact-list benchmark runs once at a tiny scale, so bench/lists.py cannot rot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_list_benchmark_runs():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "bench.lists", "--tiny"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "1.500 contactmomenten" in out and "| Eerste scherm: ContactsPage" in out
    for line in ("Filter thema", "Sorteren op buurt, aflopend", "Geheugen (RSS)",
                 "keyset (peer: OFFSET"):
        assert line in out
    assert "ANDERE RIJEN" not in out  # keyset and OFFSET pages agree
