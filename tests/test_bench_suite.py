"""bench/suite.py: runs benchmark modules, writes results.md, and fails on a missed target,
a crash or a missing module; bench/results.py: the figures a benchmark hands over."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FAKES = {
    "fake_fast": '''
from bench.results import record
print("| meting | mediaan |")
record("Snel genoeg", "≤ 50 ms", 12.5, "ms", True, peer="LIKE", peer_value=125.0, ratio=10.0)
record("Alleen informatie", "", 3.0, "s", None)
''',
    "fake_slow": '''
import sys
from bench.results import record
record("Bereik per maand", "≤ 300 ms", 1379.0, "ms", False,
       note="distinct over de deelnemers van elke maand")
sys.exit(1)
''',
    "fake_crash": '''
from bench.results import record
record("Half gemeten", "≤ 1 s", 0.5, "s", True)
raise RuntimeError("database op slot")
''',
    "fake_silent": 'print("ik meet niets")\n',
}


def suite(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    for name, source in FAKES.items():
        (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    env.pop("BUURTBOEK_BENCH_RESULTS", None)
    return subprocess.run([sys.executable, "-m", "bench.suite", "--tiny",
                           "--out", str(tmp_path / "results.md"), "--work", str(tmp_path / "w"),
                           *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def table_rows(text: str) -> dict[str, str]:
    """Verdict per figure from the main table."""
    rows = {}
    for line in text.split("## Wat de gemiste doelen beperkt")[0].splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 7 and cells[0] not in ("benchmark", "---"):
            rows[cells[1]] = cells[6]
    return rows


def test_a_missed_target_a_crash_and_a_missing_module_fail_the_suite(tmp_path):
    result = suite(tmp_path, "--module", "fast=fake_fast", "--module", "slow=fake_slow",
                   "--module", "crash=fake_crash", "--module", "silent=fake_silent",
                   "--module", "gone=fake_not_written_yet")
    assert result.returncode == 1, result.stdout + result.stderr
    text = (tmp_path / "results.md").read_text(encoding="utf-8")
    rows = table_rows(text)
    assert rows["Snel genoeg"] == "gehaald" and rows["Alleen informatie"] == "–"
    assert rows["Bereik per maand"] == "**GEMIST**"
    assert rows["fake_crash"] == "**MISLUKT**"  # exit 1 with a traceback is not "a miss"
    assert rows["fake_silent"] == "**GEEN CIJFERS**"
    assert rows["fake_not_written_yet"] == "**ONTBREEKT**"
    assert "| fast | Snel genoeg | ≤ 50 ms | 12.5 ms | LIKE: 125 ms | 10× | gehaald |" in text
    limits = text.split("## Wat de gemiste doelen beperkt")[1].split("## Machine")[0]
    assert ("**slow** — Bereik per maand: 1379 ms tegen doel ≤ 300 ms. **Wat het beperkt:** "
            "distinct over de deelnemers van elke maand") in limits
    assert "RuntimeError: database op slot" in limits
    assert "fake_not_written_yet bestaat (nog) niet" in limits
    assert "| Python |" in text and "| SQLite |" in text and "| kernen |" in text
    assert "ik meet niets" in text  # each benchmark's own printed output is kept


def test_suite_passes_when_met_and_keeps_earlier_parts(tmp_path):
    first = suite(tmp_path, "--module", "fast=fake_fast", "--module", "slow=fake_slow")
    assert first.returncode == 1
    again = suite(tmp_path, "--module", "fast=fake_fast", "--module", "slow=fake_slow",
                  "--only", "fast")
    assert again.returncode == 0, again.stdout + again.stderr
    rows = table_rows((tmp_path / "results.md").read_text(encoding="utf-8"))
    assert rows["Snel genoeg"] == "gehaald"
    assert rows["Bereik per maand"] == "**GEMIST**"  # the part run earlier is still shown
    rewritten = suite(tmp_path, "--module", "fast=fake_fast", "--module", "slow=fake_slow",
                      "--write-only")
    assert rewritten.returncode == 1  # nothing measured; the table still holds a miss
    assert "Bereik per maand" in (tmp_path / "results.md").read_text(encoding="utf-8")


def test_record_writes_json_lines_only_when_asked(tmp_path, monkeypatch):
    from bench import results

    target = tmp_path / "figures.jsonl"
    monkeypatch.delenv(results.ENV, raising=False)
    results.record("Zonder suite", "", 1.0, "ms", None)
    assert not target.exists()
    monkeypatch.setenv(results.ENV, str(target))
    results.record("Tijdlijn", "≤ 50 ms", 4.4, "ms", True, peer="geen", peer_value=float("nan"))
    results.record("Zoeken", "≥ 10×", 6.0, "ms", False, ratio=14.0, note="te veel treffers")
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["figure"] for r in rows] == ["Tijdlijn", "Zoeken"]
    assert rows[0]["met"] is True and rows[0]["peer_value"] is None  # NaN is not valid JSON
    assert rows[1]["met"] is False and rows[1]["ratio"] == 14.0
    assert rows[1]["note"] == "te veel treffers"
    assert results.read(target) == rows


def test_a_real_benchmark_reports_through_the_suite(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("BUURTBOEK_BENCH_RESULTS", None)
    result = subprocess.run([sys.executable, "-m", "bench.suite", "--tiny", "--only", "memory",
                             "--out", str(tmp_path / "results.md"),
                             "--work", str(tmp_path / "w")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    text = (tmp_path / "results.md").read_text(encoding="utf-8")
    assert result.returncode == 0, text
    assert "Geheugen (piek, VmHWM) van de app, alle pagina's geopend" in text
    assert "kaal PySide6-venster" in text
