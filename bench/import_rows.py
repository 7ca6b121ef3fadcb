"""Importing a contact list: read + check + insert of a 100.000-row, 12-column workbook (and the
same rows as a Windows-1252 CSV) into a fresh database; the two workbook readers
(python-calamine, the default, against openpyxl read-only) measured in the same run.

    python -m bench.import_rows [--rows 100000] [--runs 5] [--tiny]

The files are made once and cached under bench/.cache/import-ROWS/. Each figure is the
median of the runs in seconds, with min and max; "CPU-tijd" is this process's own CPU
time, which a busy machine changes less than the wall clock. Target: the whole import of
the workbook under 10 s (wall clock). --tiny: 300 rows, 1 run, so the script cannot rot.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
HEADER = ("Voornaam", "Tussenvoegsel", "Achternaam", "E-mailadres", "Telefoonnummer", "Straat",
          "Huisnummer", "Postcode", "Woonplaats", "Wijk", "Geboortedatum", "Opmerking")
FIRST = ("Jan", "Fatima", "Zoë", "Mohamed", "Anouk", "Kees", "Aïcha", "Daan", "Priya", "Noël")
LAST = ("Jansen", "Bakker", "El Idrissi", "Visser", "Smit", "Çelik", "Mulder", "Bos")
STREETS = ("Dorpsstraat", "Kerkweg", "Laan van Meerdervoort", "Molenstraat", "Stationsplein")
HOODS = ("Noord", "Zuid", "Oud-West", "De Pijp", "Centrum", "Schilderswijk")


def rows(count: int) -> list[tuple]:
    rnd = random.Random(7)
    out = []
    for i in range(count):
        born = dt.date(1940, 1, 1) + dt.timedelta(days=rnd.randrange(25_000))
        out.append((rnd.choice(FIRST), rnd.choice(("", "", "de", "van der")), rnd.choice(LAST),
                    f"bewoner{i}@example.org", f"06{rnd.randrange(10**8):08d}",
                    rnd.choice(STREETS), str(rnd.randrange(1, 300)),
                    f"{rnd.randrange(1000, 9999)} {rnd.choice('ABCDEFGH')}{rnd.choice('KLMN')}",
                    "Den Haag", rnd.choice(HOODS),
                    born if i % 2 else born.strftime("%d-%m-%Y"),
                    "Wil helpen bij het buurtfeest" if i % 5 == 0 else ""))
    return out


def files(count: int) -> tuple[Path, Path]:
    folder = CACHE / f"import-{count}"
    xlsx, csv_file = folder / "contactlijst.xlsx", folder / "contactlijst.csv"
    if xlsx.exists() and csv_file.exists():
        return xlsx, csv_file
    from openpyxl import Workbook

    folder.mkdir(parents=True, exist_ok=True)
    data = rows(count)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Leden")
    sheet.append(HEADER)
    for row in data:
        sheet.append(row)
    workbook.save(folder / "bezig.xlsx")
    (folder / "bezig.xlsx").rename(xlsx)
    with open(folder / "bezig.csv", "w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for row in data:
            writer.writerow([v.strftime("%d-%m-%Y") if isinstance(v, dt.date) else v
                             for v in row])
    (folder / "bezig.csv").rename(csv_file)
    return xlsx, csv_file


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):7.2f} s  (min {min(values):.2f}, max {max(values):.2f})"


def one_import(path: Path, reader: str | None, workdir: Path) -> dict[str, float]:
    from db.database import open_database
    from db.engine import sqlite_url
    from db.services import Services
    from db.services.import_values import guess_mapping
    from exports.import_files import read_table

    target = workdir / "buurtboek.sqlite"
    for old in workdir.glob("buurtboek.sqlite*"):
        old.unlink()
    database = open_database(sqlite_url(target))
    try:
        services = Services.for_database(database)
        cpu = time.process_time()
        read, table = timed(lambda: read_table(path, reader=reader))
        mapping = guess_mapping(table.header)
        checked, check = timed(lambda: services.person_import.check(
            table.header, table.rows, table.row_numbers, mapping, source=path.name))
        inserted, result = timed(lambda: services.person_import.run(check))
        assert not check.refused and result.imported + result.duplicates == len(table.rows)
    finally:
        database.close()
    return {"read": read, "check": checked, "insert": inserted,
            "total": read + checked + inserted, "cpu": time.process_time() - cpu}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tiny", action="store_true")
    args = parser.parse_args(argv)
    if args.tiny:
        args.rows, args.runs = 300, 1
    xlsx, csv_file = files(args.rows)
    cases = (("Excel, calamine", xlsx, "calamine"), ("Excel, openpyxl read-only", xlsx,
                                                     "openpyxl"), ("CSV (Windows-1252, ;)",
                                                                   csv_file, None))
    times: dict[str, dict[str, list[float]]] = {name: {} for name, _, _ in cases}
    workdir = Path(tempfile.mkdtemp(prefix="buurtboek-import-"))
    try:
        for _ in range(args.runs):  # interleaved, so the readers share the machine's mood
            for name, path, reader in cases:
                for part, seconds in one_import(path, reader, workdir).items():
                    times[name].setdefault(part, []).append(seconds)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    rows_text = f"{args.rows:,}".replace(",", ".")
    print(f"Import van {rows_text} rijen x {len(HEADER)} kolommen, {args.runs} run(s), "
          "mediaan (min, max):")
    for name, parts in times.items():
        print(f"| {name}")
        for part, label in (("read", "lezen"), ("check", "controleren"),
                            ("insert", "opslaan (1 transactie)"), ("total", "totaal"),
                            ("cpu", "totaal, CPU-tijd proces")):
            print(f"|   {label:<24} {spread(parts[part])}")
    fast = statistics.median(times["Excel, calamine"]["read"])
    slow = statistics.median(times["Excel, openpyxl read-only"]["read"])
    total = statistics.median(times["Excel, calamine"]["total"])
    print(f"Lezer: calamine {slow / fast:.1f}x sneller dan openpyxl read-only (peer)")
    print(f"Doel: hele import van de werkmap < 10 s: {total:.2f} s — "
          f"{'GEHAALD' if total < 10 else 'NIET GEHAALD'}")
    from bench.results import record

    record(f"Werkmap lezen, {rows_text} rijen (calamine)", "", fast, "s", None,
           peer="openpyxl read-only", peer_value=slow, ratio=slow / fast,
           note="ratio = openpyxl ÷ calamine")
    record(f"Import van een werkmap van {rows_text} rijen: lezen, controleren, opslaan",
           "< 10 s", total, "s", total < 10 if args.rows >= 100_000 else None,
           note="één transactie, zoekindex bijgewerkt")
    record(f"Import van een CSV van {rows_text} rijen (Windows-1252)", "",
           statistics.median(times["CSV (Windows-1252, ;)"]["total"]), "s", None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
