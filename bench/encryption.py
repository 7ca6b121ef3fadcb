"""The cost of encryption at rest (issue 8): encrypted ÷ plain, on copies of one demo
neighbourhood, for

- opening the app's database: open_database + the first Overzicht query (figures);
- 1,000 single edits through the services, each its own transaction (a resident's
  phone number, synchronous=FULL as in the app);

plus what only the encrypted side pays: the unlock (Argon2id, once per start) and turning
encryption on for the existing database (sqlcipher_export, checked, swapped).

    python -m bench.encryption [--people 10000] [--runs 5] [--edits 1000] [--tiny]

Plain and encrypted runs alternate, so both see the same machine load; medians with
min and max. No target: the ratio is the figure (ratio = encrypted ÷ plain).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.cache import demo_folder
from bench.results import record

PASSPHRASE = "benchmark wachtwoord voor buurtboek"


def open_once(folder: Path) -> float:
    from db.database import open_database
    from db.engine import DATABASE_FILENAME, sqlite_url
    from db.services import Services

    start = time.perf_counter()
    database = open_database(sqlite_url(folder / DATABASE_FILENAME))
    Services.for_database(database).overview.figures()
    elapsed = time.perf_counter() - start
    database.close()
    return elapsed * 1000


def edits_once(folder: Path, edits: int, run: int) -> float:
    from db.database import open_database
    from db.engine import DATABASE_FILENAME, sqlite_url
    from db.services import Services

    database = open_database(sqlite_url(folder / DATABASE_FILENAME))
    services = Services.for_database(database)
    with database.engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql(f"SELECT id FROM persons LIMIT {edits}")]
    ids = (ids * (edits // max(1, len(ids)) + 1))[:edits]
    start = time.perf_counter()
    for index, person in enumerate(ids):
        services.actors.update(person, {"phone": f"06-{run:02d}{index:06d}"})
    elapsed = time.perf_counter() - start
    database.close()
    return elapsed * 1000


def spread(samples: list[float]) -> str:
    return f"{statistics.median(samples):.1f} ms ({min(samples):.1f}–{max(samples):.1f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--tiny", action="store_true")
    args = parser.parse_args(argv)
    people, runs, edits = (200, 2, 50) if args.tiny else (args.people, args.runs, args.edits)
    from db import encryption
    from db.encryption_switch import turn_on

    encryption.quiet_cipher_log()
    work = Path(tempfile.mkdtemp(prefix="bb-encryption-"))
    try:
        source = demo_folder(people) / "buurtboek.sqlite"
        plain, locked = work / "plain", work / "versleuteld"
        for folder in (plain, locked):
            folder.mkdir()
            shutil.copy(source, folder / "buurtboek.sqlite")
        size_mb = source.stat().st_size / 1e6
        started = time.perf_counter()
        turn_on(locked, PASSPHRASE)  # the app's own KDF cost (encryption.STRONG)
        switch_ms = (time.perf_counter() - started) * 1000
        unlock_ms = []
        for _ in range(max(3, runs)):
            encryption.forget(locked)
            started = time.perf_counter()
            encryption.remember(locked, encryption.unlock(locked, PASSPHRASE))
            unlock_ms.append((time.perf_counter() - started) * 1000)
        open_once(plain), open_once(locked)  # imports and the first file reads, once
        opened: dict[str, list[float]] = {"plain": [], "enc": []}
        edited: dict[str, list[float]] = {"plain": [], "enc": []}
        for run in range(runs):
            order = (("plain", plain), ("enc", locked))
            for name, folder in order if run % 2 == 0 else order[::-1]:
                opened[name].append(open_once(folder))
                edited[name].append(edits_once(folder, edits, run))
        open_ratio = statistics.median(opened["enc"]) / statistics.median(opened["plain"])
        edit_ratio = statistics.median(edited["enc"]) / statistics.median(edited["plain"])
    finally:
        encryption.forget(work / "versleuteld")
        shutil.rmtree(work, ignore_errors=True)

    print(f"Versleuteling: {people} bewoners ({size_mb:.0f} MB), {runs} rondes, "
          f"{edits} losse wijzigingen per ronde\n")
    print("| meting | onversleuteld | versleuteld | verhouding |")
    print("|---|---|---|---|")
    print(f"| openen + eerste Overzicht | {spread(opened['plain'])} | {spread(opened['enc'])} "
          f"| {open_ratio:.2f}× |")
    print(f"| {edits} losse wijzigingen | {spread(edited['plain'])} | {spread(edited['enc'])} "
          f"| {edit_ratio:.2f}× |")
    print(f"| ontgrendelen (Argon2id) | – | {spread(unlock_ms)} | – |")
    print(f"| versleuteling aanzetten (hele database) | – | {switch_ms:.0f} ms | – |")
    record("Openen + eerste Overzicht, versleuteld", "", statistics.median(opened["enc"]), "ms",
           None, peer="onversleuteld", peer_value=statistics.median(opened["plain"]),
           ratio=open_ratio, note="ratio = versleuteld ÷ onversleuteld")
    record(f"{edits} losse wijzigingen, versleuteld", "", statistics.median(edited["enc"]), "ms",
           None, peer="onversleuteld", peer_value=statistics.median(edited["plain"]),
           ratio=edit_ratio, note="ratio = versleuteld ÷ onversleuteld")
    record("Ontgrendelen (Argon2id)", "", statistics.median(unlock_ms), "ms", None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
