"""The figures a benchmark reports, machine-readable, for bench/suite.py.

    from bench.results import record
    record("Tijdlijn van een bewoner", "≤ 50 ms", 4.4, "ms", met=True)
    record("Zoeken, voornaam", "≤ 30 ms en ≥ 10× LIKE", 6.1, "ms", met=True,
           peer="LIKE '%…%'", peer_value=108.0, ratio=17.7)

Each call appends one JSON line to the file named by the environment variable
BUURTBOEK_BENCH_RESULTS; without it (a benchmark run on its own) nothing is written.
`met` is None for a figure without a target. `ratio` is written as the benchmark states it
(peer ÷ ours for "x times faster", ours ÷ peer for "x times a bare window"); say which in
`peer` or `note`. `note` says what limits the figure, shown with every missed target.
"""

from __future__ import annotations

import json
import math
import os
import platform
import sqlite3
import sys
import time
from pathlib import Path

ENV = "BUURTBOEK_BENCH_RESULTS"


def _benchmark_name() -> str:
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    name = getattr(spec, "name", "") or Path(sys.argv[0] or "?").stem
    return name.removeprefix("bench.")


def _number(value: float | None) -> float | None:
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def record(figure: str, target: str, measured: float, unit: str, met: bool | None,
           peer: str = "", peer_value: float | None = None, ratio: float | None = None,
           note: str = "") -> None:
    """Append one figure to the results file, if the suite asked for one."""
    path = os.environ.get(ENV)
    if not path:
        return
    line = {
        "benchmark": _benchmark_name(), "figure": figure, "target": target,
        "measured": _number(measured), "unit": unit,
        "met": None if met is None else bool(met), "peer": peer,
        "peer_value": _number(peer_value), "ratio": _number(ratio), "note": note,
        "time": time.time(),
    }
    with open(path, "a", encoding="utf-8") as file:
        file.write(json.dumps(line, ensure_ascii=False) + "\n")


def read(path: Path) -> list[dict]:
    """The records in a results file (empty when there is none); a torn last line (a
    benchmark killed while writing) is skipped."""
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return rows


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    except (ValueError, OSError, AttributeError):
        return None


def _version(distribution: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "–"


def _priority() -> str:
    """The scheduling priority the benchmarks ran with: on a shared machine `nice -n -10`
    (with the kernel's autogroups off, else nice only counts within one terminal session)
    keeps other people's work from taking the cores the benchmark needs."""
    try:
        text = f"nice {os.getpriority(os.PRIO_PROCESS, 0)}"
    except (OSError, AttributeError):
        return "–"
    try:
        auto = Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip()
        text += ", autogroups " + ("aan" if auto == "1" else "uit")
    except OSError:
        pass
    return text


def machine() -> dict[str, str]:
    """What the figures were measured on (no Qt import needed: versions from metadata)."""
    ram = _ram_gb()
    try:
        load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except (OSError, AttributeError):
        load = "–"
    return {
        "CPU": _cpu_model(),
        "kernen": str(os.cpu_count() or "?"),
        "geheugen": f"{ram:.1f} GB" if ram else "?",
        "systeem": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "PySide6 (Qt)": _version("PySide6-Essentials") if _version("PySide6-Essentials") != "–"
        else _version("PySide6"),
        "SQLite": sqlite3.sqlite_version,
        "SQLAlchemy": _version("SQLAlchemy"),
        "openpyxl": _version("openpyxl"),
        "belasting (1/5/15 min)": load,
        "prioriteit": _priority(),
    }
