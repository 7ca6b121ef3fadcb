"""Every benchmark in one run, each in its own process, into bench/results.md.

    python -m bench.suite [--quick | --tiny] [--only NAME ...] [--out PATH]

Each benchmark module runs as `python -m bench.NAME` with BUURTBOEK_BENCH_RESULTS naming a
JSON-lines file it fills through bench.results.record; its printed tables are kept too.
A benchmark whose module does not exist yet is shown as "ontbreekt", one that crashes or
times out as "mislukt". results.md shows the newest result of every benchmark in this mode
(so parts run separately with --only combine into one table), with the machine, the date
and the duration. Exit status 1 when a benchmark of this run missed a target, failed or
is missing; 0 otherwise.

--quick: fewer runs and smaller scales (minutes instead of an hour); --tiny: each
benchmark at its test scale (seconds; the figures mean nothing, the plumbing is checked).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench import results
from bench.results_page import render

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".cache" / "suite"
OUT = ROOT / "bench" / "results.md"
MODES = ("full", "quick", "tiny")


@dataclass(frozen=True)
class Benchmark:
    name: str
    module: str
    what: str
    full: tuple[str, ...] = ()
    quick: tuple[str, ...] = ()
    tiny: tuple[str, ...] = ("--tiny",)
    timeout: float = 3600.0

    def args(self, mode: str) -> tuple[str, ...]:
        return {"full": self.full, "quick": self.quick, "tiny": self.tiny}[mode]


def _bench(name: str, what: str, full: tuple[str, ...] = (), quick: tuple[str, ...] = (),
           timeout: float = 3600.0) -> Benchmark:
    return Benchmark(name, f"bench.{name}", what, full, quick, timeout=timeout)


# In the order they run. Modules other engineers are still writing are listed too: until
# they exist their row says "ontbreekt". Flags other than --tiny and --runs are not assumed
# for those.
BENCHMARKS: tuple[Benchmark, ...] = (
    _bench("startup", "start tot eerste paint, leeg en grootste database, vs kaal venster",
           ("--people", "0", "1000", "100000"), ("--runs", "3", "--people", "0", "100000"),
           timeout=1800),
    _bench("memory", "geheugen van de app met de grootste database open, alle pagina's",
           ("--runs", "3"), ("--runs", "1"), timeout=1800),
    _bench("lists", "contactmomentenlijst op 1.000.000: eerste scherm, filter, sortering, "
           "scrollen", (), ("--runs", "3"), timeout=2400),
    _bench("relationship_notes", "tijdlijn, typ-vooruit, dubbelcheck, uit beeld", (),
           ("--runs", "5"), timeout=1200),
    _bench("search", "zoeken: FTS5 vs LIKE", (), ("--runs", "3"), timeout=1800),
    _bench("network", "netwerk: layout, betweenness, hertekenen vs networkx", (),
           ("--runs", "2"), timeout=2400),
    _bench("overview", "Overzicht en grafieken op 1.000.000 contactmomenten", (),
           ("--runs", "3"), timeout=1800),
    _bench("report", "perioderapport 100.000 en 1.000.000 rijen vs pandas.to_excel",
           timeout=3600),
    _bench("import_rows", "import van 100.000 rijen", (), ("--runs", "2"), timeout=1800),
    _bench("backup", "back-up van de grootste database, start met gezondheidscontrole", (),
           ("--runs", "2"), timeout=1800),
    _bench("encryption", "kosten van versleuteling: openen en 1.000 bewerkingen", (),
           ("--runs", "2"), timeout=1800),
    _bench("meetings", "bijeenkomsten, actiepunten, agenda-export", (), ("--runs", "3"),
           timeout=1200),
    _bench("demo_speed", "buurtboek demo: 10.000 en 100.000 bewoners",
           ("--people", "10000", "100000", "--runs", "3", "--large-runs", "1"),
           ("--people", "10000", "--runs", "1"), timeout=2400),
    _bench("soak", "crashveiligheid: kill -9 midden in bewerkingen, import en back-up", (),
           ("--rounds", "20", "--edits", "300", "--imports", "2", "--backups", "2"),
           timeout=3600),
    # the server: BUURTBOEK_BENCH_PG_URL, else a throwaway cluster, else skipped with reason
    _bench("team_server", "teamserver: 10 medewerkers tegelijk vastleggen en zoeken op "
           "1.000.000 contactmomenten (PostgreSQL)", (), ("--runs", "1", "--seconds", "20"),
           timeout=3600),
)


HELPERS = {"__init__", "cache", "list_data", "bare_window", "results", "results_page", "suite",
           "pg_cluster", "team_data", "team_workers"}  # the last three: bench/team_server.py


def discovered(known: tuple[Benchmark, ...]) -> tuple[Benchmark, ...]:
    """Benchmark modules in bench/ that the list above does not name yet (written by
    someone since): run with their defaults, so no benchmark is left out."""
    names = {b.name for b in known}
    return tuple(_bench(path.stem, f"bench/{path.name} (gevonden, standaardinstellingen)",
                        timeout=2400)
                 for path in sorted((ROOT / "bench").glob("*.py"))
                 if path.stem not in names and path.stem not in HELPERS)


@dataclass
class Outcome:
    """What one benchmark run left: saved next to its records so runs combine."""
    name: str
    module: str
    what: str
    mode: str
    status: str  # ok, gemist, mislukt, ontbreekt, geen cijfers
    started: str = ""
    seconds: float = 0.0
    returncode: int | None = None
    load: str = ""
    problem: str = ""
    output: str = ""
    records: list[dict] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.status != "ok"


def _module_exists(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _load() -> str:
    try:
        return " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except (OSError, AttributeError):
        return "–"


def _tail(text: str, lines: int = 12) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def run_one(bench: Benchmark, mode: str, work: Path, echo: bool = True) -> Outcome:
    outcome = Outcome(bench.name, bench.module, bench.what, mode, "ontbreekt",
                      started=dt.datetime.now().isoformat(timespec="seconds"), load=_load())
    if not _module_exists(bench.module):
        outcome.problem = f"module {bench.module} bestaat (nog) niet"
        return outcome
    figures = work / f"{bench.name}.jsonl"
    figures.unlink(missing_ok=True)
    err_path = work / f"{bench.name}.stderr"
    env = {**os.environ, results.ENV: str(figures),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", bench.module, *bench.args(mode)]
    start = time.monotonic()
    timed_out = threading.Event()
    with open(err_path, "w", encoding="utf-8") as err:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                   stderr=err, text=True, encoding="utf-8", errors="replace",
                                   start_new_session=hasattr(os, "setsid"))

        def stop() -> None:  # the benchmark and whatever it started, nothing else
            timed_out.set()
            try:
                if hasattr(os, "killpg"):
                    os.killpg(process.pid, signal.SIGKILL)
                else:
                    process.kill()
            except ProcessLookupError:
                pass

        watchdog = threading.Timer(bench.timeout, stop)
        watchdog.start()
        lines = []
        try:
            for line in process.stdout:
                lines.append(line)
                if echo:
                    print(f"  {line}", end="", flush=True)
            process.wait()
        finally:
            watchdog.cancel()
    outcome.seconds = time.monotonic() - start
    outcome.returncode = process.returncode
    outcome.output = "".join(lines)
    outcome.records = results.read(figures)
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    return classify(outcome, stderr, timed_out.is_set(), bench.timeout)


def classify(outcome: Outcome, stderr: str, timed_out: bool, timeout: float) -> Outcome:
    """Set the status from how the benchmark ended and what it recorded."""
    code = outcome.returncode
    missed = any(r.get("met") is False for r in outcome.records)
    outcome.problem = ""
    if timed_out:
        outcome.status = "mislukt"
        outcome.problem = f"afgebroken na {timeout:.0f} s (tijdslimiet)"
    elif code not in (0, 1) or (code == 1 and (
            "Traceback" in stderr or (outcome.records and not missed))):
        # a benchmark exits 1 for a missed target; a crash or a refusal is something else
        outcome.status = "mislukt"
        how = f"gestopt door signaal {-code}" if code is not None and code < 0 else f"exit {code}"
        outcome.problem = (f"{how}: "
                           f"{_tail(stderr) or _tail(outcome.output) or 'geen uitvoer'}")
    elif not outcome.records:
        said = ": een doel gemist volgens de eigen uitvoer" if code else ""
        outcome.status = "geen cijfers"
        outcome.problem = (f"draaide (exit {code}{said}) maar legde geen cijfers vast via "
                           f"bench.results.record")
    else:
        outcome.status = "gemist" if missed else "ok"
    return outcome


def prepare_caches(scales: tuple[int, ...] = (100_000, 1_000)) -> str:
    """Build (or migrate) the cached demo neighbourhoods before the clocks start, so the
    first benchmark that needs one does not pay for it inside its time limit."""
    start = time.monotonic()
    code = ("from bench.cache import demo_folder\n"
            f"for people in {scales!r}: print(demo_folder(people), flush=True)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    seconds = time.monotonic() - start
    if out.returncode:
        return f"demowijken voorbereiden mislukt ({_tail(out.stderr, 3)})"
    return f"demowijken klaar in {seconds:.0f} s: " + ", ".join(
        Path(line).name for line in out.stdout.split())


def save(outcome: Outcome, work: Path) -> None:
    (work / f"{outcome.name}.json").write_text(
        json.dumps(asdict(outcome), ensure_ascii=False, indent=1), encoding="utf-8")


def saved(name: str, work: Path) -> Outcome | None:
    path = work / f"{name}.json"
    if not path.exists():
        return None
    try:
        outcome = Outcome(**json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, TypeError):
        return None
    err = work / f"{name}.stderr"
    if outcome.status != "ontbreekt" and "tijdslimiet" not in outcome.problem \
            and err.exists():  # judged by today's rules
        classify(outcome, err.read_text(encoding="utf-8", errors="replace"), False, 0.0)
    return outcome


def parse_module_option(values: list[str]) -> tuple[Benchmark, ...]:
    """--module NAME=dotted.module (repeatable): run these instead of the standard set
    (the suite's own test uses it with small fake modules)."""
    chosen = []
    for value in values:
        name, _, module = value.partition("=")
        chosen.append(Benchmark(name, module or name, module or name, timeout=300.0))
    return tuple(chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="minder runs, kleinere schalen")
    size.add_argument("--tiny", action="store_true", help="testschaal: alleen de leidingen")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="alleen deze benchmarks")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--work", type=Path, default=WORK, help=argparse.SUPPRESS)
    parser.add_argument("--module", action="append", default=[], help=argparse.SUPPRESS)
    parser.add_argument("--list", action="store_true", help="toon de benchmarks en stop")
    parser.add_argument("--write-only", action="store_true",
                        help="niets meten: results.md opnieuw schrijven uit de vorige runs")
    args = parser.parse_args(argv)
    mode = "quick" if args.quick else "tiny" if args.tiny else "full"
    registry = (parse_module_option(args.module) if args.module
                else BENCHMARKS + discovered(BENCHMARKS))
    if args.list:
        for bench in registry:
            present = "" if _module_exists(bench.module) else "  (ontbreekt)"
            print(f"{bench.name:20s} {bench.what}{present}")
        return 0
    names = [b.name for b in registry]
    unknown = [n for n in args.only or [] if n not in names]
    if unknown:
        parser.error(f"onbekende benchmark: {', '.join(unknown)} (kies uit {', '.join(names)})")
    chosen = [] if args.write_only else [b for b in registry
                                         if not args.only or b.name in args.only]
    work = args.work / mode
    work.mkdir(parents=True, exist_ok=True)
    machine = results.machine()
    run_started = time.monotonic()
    if mode != "tiny" and any(b.module.startswith("bench.") for b in chosen):
        print(f"▶ {prepare_caches()}", flush=True)
    now: list[Outcome] = []
    for bench in chosen:
        print(f"▶ {bench.name}: {bench.what}", flush=True)
        outcome = run_one(bench, mode, work)
        save(outcome, work)
        now.append(outcome)
        missed = sum(r.get("met") is False for r in outcome.records)
        print(f"◀ {bench.name}: {outcome.status}, {outcome.seconds:.0f} s, "
              f"{len(outcome.records)} cijfers, {missed} gemist"
              + (f" — {outcome.problem.splitlines()[0]}" if outcome.problem else ""),
              flush=True)
    shown = [next((o for o in now if o.name == b.name), None) or saved(b.name, work)
             for b in registry]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(registry, shown, mode, machine,
                               time.monotonic() - run_started,
                               [o.name for o in now]), encoding="utf-8")
    bad = [o for o in (shown if args.write_only else now) if o is not None and o.failed]
    verdict = ("alles gehaald" if not bad
               else "niet gehaald: " + ", ".join(f"{o.name} ({o.status})" for o in bad))
    print(f"\n{args.out}: {len(now)} benchmarks in "
          f"{(time.monotonic() - run_started) / 60:.1f} min; {verdict}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
