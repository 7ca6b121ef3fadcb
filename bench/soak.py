"""Crash safety, proven by killing: a child process makes single edits through the app's own
services and acknowledges each after its commit; it is killed (SIGKILL) at a random moment,
and every acknowledged edit must be in the database, with integrity_check "ok".

    python -m bench.soak [--rounds 200] [--edits 1000] [--imports 5] [--backups 5] [--tiny]

Also killed: the demo generator (db.demo.run, the long write we have) halfway — nothing of it
may be left — and a back-up halfway — no damaged back-up under a real name.

An acknowledgement is a line written (unbuffered) to a file after the service returned: once
write() returns the line is in the kernel, so it survives the kill like stdout would. On
Linux the children are forked from one warm helper process ("zygote") so a round costs the
edits, not the ~0.7 s of importing SQLAlchemy; elsewhere each child is a fresh process.
SIGKILL tests a process crash, not a power cut (the OS still writes its cache).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.results import record

ROOT = Path(__file__).resolve().parent.parent
FORK = hasattr(os, "fork")
TEMPLATE_PEOPLE = 8


# -- the children ---------------------------------------------------------------------------

def _edits(job: dict, ack) -> None:
    import datetime as dt

    from db.database import open_database
    from db.engine import sqlite_url
    from db.services import Services
    from db.services.recording import ContactInput
    from db.vocabulary import ContactSetting

    rng = random.Random(job["seed"])
    database = open_database(sqlite_url(job["db"]))
    services = Services.for_database(database)
    people = list(job["people"])
    today = dt.date.today()
    ack.write(b"ready\n")
    for seq in range(job["edits"]):
        choice = rng.random()
        if choice < 0.3:
            new_id = services.people.create_person(first_name=f"Soak{seq}", last_name="Test")
            line = f"P {seq} {new_id}\n"
        elif choice < 0.7:
            recorded = services.recording.record(ContactInput(
                occurred_on=today, setting=ContactSetting.STREET,
                participant_ids=(rng.choice(people),), note=f"soak {seq}"))
            line = f"C {seq} {recorded.contact_moment_id}\n"
        else:
            actor = rng.choice(people)
            services.actors.update(actor, {"note": f"soak {seq}"})
            line = f"U {seq} {actor}\n"
        ack.write(line.encode())


def _import(job: dict, ack) -> None:
    from db import demo
    from db.database import open_database
    from db.engine import sqlite_url

    database = open_database(sqlite_url(job["db"]))
    ack.write(b"ready\n")

    def progress(done: int, total: int, label: str) -> None:
        ack.write(f"progress {done / total:.4f}\n".encode())

    demo.run(database.engine, demo.DemoSize(people=job["people"], seed=3), progress=progress)
    ack.write(b"done\n")


def _backup(job: dict, ack) -> None:
    from db import backups

    backups.PROGRESS_STEPS = 2_000  # many small steps: a kill lands in every phase

    def progress(done: int, total: int, label: str) -> None:
        time.sleep(0.0005)

    ack.write(b"ready\n")
    made = backups.create(Path(job["db"]), backups.BackupKind.MANUAL, progress=progress)
    ack.write(f"done {made.path}\n".encode())


JOBS = {"edits": _edits, "import": _import, "backup": _backup}


def run_child(job: dict) -> None:
    with open(job["ack"], "ab", buffering=0) as ack:
        JOBS[job["kind"]](job, ack)


def _zygote() -> None:
    """Import once, then fork one child per job read from stdin."""
    import db.backups  # noqa: F401 - warm imports, inherited by every child
    import db.database  # noqa: F401
    import db.demo  # noqa: F401
    import db.services  # noqa: F401
    import db.services.recording  # noqa: F401
    from db.migrate import alembic_config  # noqa: F401

    print("warm", flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                run_child(job)
            except BaseException:  # noqa: BLE001 - reported through the exit status
                import traceback

                traceback.print_exc()
                code = 1
            os._exit(code)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {pid} {status}", flush=True)


class Launcher:
    """Starts children (forked from a zygote where possible) and kills them."""

    def __init__(self) -> None:
        self.zygote = None
        if FORK:
            self.zygote = subprocess.Popen(
                [sys.executable, "-m", "bench.soak", "--zygote"], cwd=ROOT, text=True,
                stdin=subprocess.PIPE, stdout=subprocess.PIPE)
            assert self.zygote.stdout.readline().strip() == "warm"
        self.process = None
        self.pid = 0

    def start(self, job: dict) -> None:
        if self.zygote is not None:
            self.zygote.stdin.write(json.dumps(job) + "\n")
            self.zygote.stdin.flush()
            self.pid = int(self.zygote.stdout.readline().split()[1])
        else:
            self.process = subprocess.Popen([sys.executable, "-m", "bench.soak", "--child",
                                             json.dumps(job)], cwd=ROOT)
            self.pid = self.process.pid

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
        except ProcessLookupError:
            pass

    def wait(self) -> int:
        if self.zygote is not None:
            return int(self.zygote.stdout.readline().split()[2])
        return self.process.wait()

    def close(self) -> None:
        if self.zygote is not None:
            self.zygote.stdin.close()
            self.zygote.wait(timeout=30)


# -- the parent -----------------------------------------------------------------------------

@dataclass
class Result:
    rounds: int = 0
    acknowledged: int = 0
    lost: int = 0
    problems: list[str] = field(default_factory=list)
    killed_midway: int = 0


def make_template(folder: Path) -> tuple[Path, list[int]]:
    from db.database import open_database
    from db.engine import sqlite_url
    from db.services.people import PeopleService

    path = folder / "template.sqlite"
    database = open_database(sqlite_url(path))
    service = PeopleService(database)
    people = [service.create_person(first_name=f"Bewoner{i}") for i in range(TEMPLATE_PEOPLE)]
    database.close()
    return path, people


def _lines(ack: Path) -> list[str]:
    return ack.read_bytes().decode().splitlines() if ack.exists() else []


def _wait_for(ack: Path, predicate, timeout: float) -> list[str]:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        lines = _lines(ack)
        if predicate(lines):
            return lines
        time.sleep(0.002)
    return _lines(ack)


def _integrity(conn: sqlite3.Connection) -> list[str]:
    problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    problems = [] if problems == ["ok"] else problems
    if conn.execute("PRAGMA foreign_key_check").fetchone():
        problems.append("foreign_key_check is niet leeg")
    return problems


def verify_edits(db: Path, lines: list[str]) -> tuple[int, int, list[str]]:
    """(acknowledged, lost, other problems) for the acknowledged lines of one round."""
    conn = sqlite3.connect(db)
    try:
        problems = _integrity(conn)
        acked, lost, last_update = 0, 0, {}
        for line in lines:
            kind, *rest = line.split()
            if kind not in "PCU" or len(rest) != 2:
                continue
            acked += 1
            seq, ident = int(rest[0]), int(rest[1])
            if kind == "P":
                row = conn.execute("SELECT first_name FROM persons WHERE id=?", (ident,))
                lost += row.fetchone() != (f"Soak{seq}",)
            elif kind == "C":
                row = conn.execute("SELECT note FROM contact_moments WHERE id=?", (ident,))
                lost += row.fetchone() != (f"soak {seq}",)
                parts = conn.execute("SELECT count(*) FROM contact_participants "
                                     "WHERE contact_moment_id=?", (ident,)).fetchone()[0]
                if parts != 1:
                    problems.append(f"contactmoment {ident} heeft {parts} deelnemers")
            else:
                last_update[ident] = seq
        for actor, seq in last_update.items():  # a later, unacknowledged edit may have landed
            note = conn.execute("SELECT note FROM actors WHERE id=?", (actor,)).fetchone()[0]
            if not note.startswith("soak ") or int(note.split()[1]) < seq:
                lost += 1
        half = conn.execute("SELECT count(*) FROM contact_moments c WHERE NOT EXISTS (SELECT 1 "
                            "FROM contact_participants p WHERE p.contact_moment_id = c.id)")
        if half.fetchone()[0]:
            problems.append("contactmoment zonder deelnemers (half geschreven)")
    finally:
        conn.close()
    return acked, lost, problems


def edit_rounds(launcher: Launcher, work: Path, rounds: int, edits: int,
                rng: random.Random, result: Result) -> None:
    """Kill after a random number of acknowledged edits plus a random few milliseconds, so
    the kill lands anywhere: in a transaction, in its commit, between edits."""
    template, people = make_template(work)
    for index in range(rounds):
        db = work / f"edits-{index}.sqlite"
        shutil.copyfile(template, db)
        ack = work / f"edits-{index}.ack"
        launcher.start({"kind": "edits", "db": str(db), "ack": str(ack), "edits": edits,
                        "seed": rng.randrange(1 << 30), "people": people})
        target = rng.randrange(edits) + 1  # "ready" plus this many acknowledgements
        _wait_for(ack, lambda lines, n=target: len(lines) > n, 120)
        time.sleep(rng.uniform(0, 0.004))
        launcher.kill()
        launcher.wait()
        acked, lost, problems = verify_edits(db, _lines(ack))
        result.rounds += 1
        result.acknowledged += acked
        result.lost += lost
        result.killed_midway += acked < edits
        result.problems += [f"ronde {index}: {p}" for p in problems]
        for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), ack):
            path.unlink(missing_ok=True)


def import_rounds(launcher: Launcher, work: Path, rounds: int, people: int,
                  rng: random.Random, result: Result) -> None:
    from db.database import open_database
    from db.engine import sqlite_url

    for index in range(rounds):
        db = work / f"import-{index}.sqlite"
        open_database(sqlite_url(db)).close()
        ack = work / f"import-{index}.ack"
        stop_at = rng.uniform(0.05, 0.95)
        launcher.start({"kind": "import", "db": str(db), "ack": str(ack), "people": people})

        def far_enough(lines: list[str], stop_at: float = stop_at) -> bool:
            return "done" in lines or any(
                line.startswith("progress") and float(line.split()[1]) >= stop_at
                for line in lines)

        lines = _wait_for(ack, far_enough, 120)
        launcher.kill()
        launcher.wait()
        result.rounds += 1
        result.killed_midway += "done" not in lines
        conn = sqlite3.connect(db)
        try:
            problems = _integrity(conn)
            left = sum(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                       for table in ("actors", "contact_moments", "meetings", "dossiers"))
        finally:
            conn.close()
        if left and "done" not in lines:
            problems.append(f"{left} rijen van een afgebroken demowijk over")
        result.problems += [f"import {index}: {p}" for p in problems]


def backup_rounds(launcher: Launcher, work: Path, rounds: int, source: Path,
                  rng: random.Random, result: Result) -> None:
    from db import backups
    from db.health import check_file

    folder = work / "backup-data"
    folder.mkdir(exist_ok=True)
    db = folder / "buurtboek.sqlite"
    shutil.copyfile(source, db)
    window = None
    for index in range(rounds):
        ack = work / f"backup-{index}.ack"
        launcher.start({"kind": "backup", "db": str(db), "ack": str(ack)})
        _wait_for(ack, lambda lines: "ready" in lines, 60)
        started = time.monotonic()
        if window is None:  # the first round runs to the end, to learn how long one takes
            _wait_for(ack, lambda lines: any(x.startswith("done") for x in lines), 120)
            window = time.monotonic() - started
        else:
            time.sleep(rng.uniform(0, window * 1.1))
        launcher.kill()
        launcher.wait()
        lines = _lines(ack)
        result.rounds += 1
        result.killed_midway += not any(x.startswith("done") for x in lines)
        for made in backups.list_backups(db):
            problems = check_file(made.path, thorough=True, schema=True, read_only=True)
            if problems:
                result.problems.append(f"back-up {made.path.name} beschadigd: {problems[0]}")
        backups.cleanup_partial(backups.backup_dir(db), older_than=0)
        leftovers = [p.name for p in backups.backup_dir(db).iterdir()
                     if p.name.startswith(".")]
        if leftovers:
            result.problems.append(f"tijdelijke bestanden niet opgeruimd: {leftovers}")


def soak(*, rounds: int, edits: int, imports: int, import_people: int,
         backup_rounds_: int, seed: int = 1, work: Path | None = None) -> Result:
    rng = random.Random(seed)
    own = work is None
    work = Path(tempfile.mkdtemp(prefix="soak-")) if own else work
    launcher = Launcher()
    result = Result()
    try:
        edit_rounds(launcher, work, rounds, edits, rng, result)
        if imports or backup_rounds_:
            import_rounds(launcher, work, imports, import_people, rng, result)
        if backup_rounds_:
            source = work / "import-source.sqlite"
            from db import demo
            from db.database import open_database
            from db.engine import sqlite_url

            database = open_database(sqlite_url(source))
            demo.run(database.engine, demo.DemoSize(people=import_people, seed=5))
            database.close()
            backup_rounds(launcher, work, backup_rounds_, source, rng, result)
    finally:
        launcher.close()
        if own:
            shutil.rmtree(work, ignore_errors=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--imports", type=int, default=5)
    parser.add_argument("--import-people", type=int, default=2000)
    parser.add_argument("--backups", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tiny", action="store_true", help="a few short rounds (for tests)")
    parser.add_argument("--zygote", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.zygote:
        _zygote()
        return 0
    if args.child:
        run_child(json.loads(args.child))
        return 0
    if args.tiny:
        args.rounds, args.edits = 3, 50
        args.imports, args.import_people, args.backups = 1, 40, 2
    started = time.monotonic()
    result = soak(rounds=args.rounds, edits=args.edits,
                  imports=args.imports, import_people=args.import_people,
                  backup_rounds_=args.backups, seed=args.seed)
    elapsed = time.monotonic() - started
    print("| rondes (bewerken / import / back-up) | bewerkingen bevestigd | verloren "
          "| midden in afgebroken | problemen | tijd |")
    print("|---|---|---|---|---|---|")
    print(f"| {result.rounds} ({args.rounds} / {args.imports} / {args.backups}) "
          f"| {result.acknowledged} | {result.lost} | {result.killed_midway} "
          f"| {len(result.problems)} | {elapsed:.0f} s |")
    for problem in result.problems[:20]:
        print(f"- {problem}")
    rounds = f"{result.rounds} rondes ({args.rounds} / {args.imports} / {args.backups})"
    record(f"Bevestigde bewerkingen verloren na kill -9, {rounds}", "0", result.lost,
           "bewerkingen", result.lost == 0,
           note=f"van {result.acknowledged} bevestigde; zie de ronden in de uitvoer")
    record("Problemen: integriteit, half geschreven import of beschadigde back-up", "0",
           len(result.problems), "problemen", not result.problems,
           note="; ".join(result.problems[:3]))
    record("Bewerkingen bevestigd vóór de kill", "", result.acknowledged, "bewerkingen", None)
    record("Duur van de soak", "", elapsed, "s", None)
    return 1 if result.lost or result.problems else 0


if __name__ == "__main__":
    sys.exit(main())
