"""bench/team_server.py runs once at a tiny scale against a real PostgreSQL server, so the
script cannot rot; without a server it must say it skipped, never pass silently."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
URLS = ("BUURTBOEK_BENCH_PG_URL", "BUURTBOEK_TEST_PG_URL")


def _server() -> str:
    raw = next((os.environ[k] for k in URLS if os.environ.get(k)), None)
    if not raw:
        pytest.skip("geen PostgreSQL-server: BUURTBOEK_BENCH_PG_URL en BUURTBOEK_TEST_PG_URL "
                    "zijn niet gezet (.ci/run start er een)")
    try:
        from db.postgres import server_url, try_connect

        try_connect(server_url(raw))
    except Exception as error:  # noqa: BLE001 - any failure to connect means: skip
        pytest.skip(f"geen PostgreSQL-server: {raw} is niet bereikbaar ({error})")
    return raw


def test_team_server_benchmark_runs(tmp_path):
    url = _server()
    figures = tmp_path / "figures.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "bench.team_server", "--tiny", "--url", url, "--workers", "3"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "BUURTBOEK_BENCH_RESULTS": str(figures),
             "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    table = [line for line in out.splitlines() if line.startswith("| ")]
    assert len(table) == 1 + 3 and "p95" in table[0]  # header, one row per worker
    assert "Controle: 0 vastleggingen kwijt" in out and "0 bewerkingen niet zoals" in out
    assert "; 0 fouten" in out
    assert "Vastleggen:" in out and "lokaal (SQLite FTS5)" in out
    from bench.results import read

    names = [r["figure"] for r in read(figures)]
    assert any("Verloren of overschreven" in name for name in names)
    assert any(name.startswith("Zoeken tijdens 3 medewerkers") for name in names)


def test_without_a_server_the_run_says_it_skipped(tmp_path, monkeypatch):
    figures = tmp_path / "figures.jsonl"
    env = {k: v for k, v in os.environ.items() if k not in URLS}
    script = ("import sys, bench.pg_cluster as c\n"
              "from contextlib import contextmanager\n"
              "@contextmanager\n"
              "def none():\n    yield None\n"
              "c.throwaway_cluster = none\n"
              "from bench.team_server import main\nsys.exit(main(['--tiny']))\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=120,
                            env={**env, "BUURTBOEK_BENCH_RESULTS": str(figures)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Overgeslagen: geen server" in result.stdout
    from bench.results import read

    (row,) = read(figures)
    assert row["met"] is None and row["note"].startswith("overgeslagen: geen server")
