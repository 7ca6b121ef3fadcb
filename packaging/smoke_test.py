"""Smoke test of the frozen app (make bundle): run the built binary as a user would.

    .venv/bin/python packaging/smoke_test.py dist/buurtboek

--version, a 200-person demo into a temporary data folder, a screenshot of the network
page (the PNG must exist and not be blank), and exports (the `agenda` command; the
`export` period report too when this version has it). Prints the bundle's size and the
time of each step; exits 1 at the first failure.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

QT_BINDINGS = ("PyQt5", "PyQt6", "PySide2")


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def run(binary: Path, *args: str, env: dict[str, str], timeout: int = 300) -> str:
    started = time.monotonic()
    result = subprocess.run([str(binary), *args], capture_output=True, text=True, env=env,
                            timeout=timeout)
    took = time.monotonic() - started
    shown = " ".join(args)
    if result.returncode != 0:
        raise SystemExit(f"MISLUKT ({result.returncode}): buurtboek {shown}\n"
                         f"{result.stdout}\n{result.stderr}")
    print(f"  ok  {took:5.1f} s  buurtboek {shown}")
    return result.stdout + result.stderr


def png_is_drawn(path: Path) -> str | None:
    """None when the PNG shows something; otherwise why not."""
    if not path.exists() or path.stat().st_size == 0:
        return "geen bestand"
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull() or image.width() < 400 or image.height() < 300:
        return f"onleesbaar of te klein ({image.width()}x{image.height()})"
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    return None if len(colours) > 20 else f"bijna leeg ({len(colours)} kleuren)"


def check_bundle(folder: Path) -> None:
    internal = folder / "_internal"
    names = {p.name for p in internal.iterdir()} if internal.exists() else set()
    wrong = [b for b in QT_BINDINGS if b in names]
    if wrong:
        raise SystemExit(f"MISLUKT: andere Qt-binding in de bundel: {', '.join(wrong)}")
    for needed in ("db/migrations/env.py", "db/migrations/versions/0001_initial.py",
                   "translations/buurtboek_en.qm", "packaging/buurtboek.png"):
        if not (internal / needed).exists():
            raise SystemExit(f"MISLUKT: {needed} ontbreekt in de bundel")
    print("  ok  alleen PySide6 als Qt-binding; migraties, vertalingen en pictogram aanwezig")


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "dist/buurtboek").resolve()
    binary = folder / ("buurtboek.exe" if sys.platform == "win32" else "buurtboek")
    if not binary.exists():
        print(f"Geen gebouwde app in {folder}: draai eerst `make bundle`.", file=sys.stderr)
        return 1
    print(f"Rooktest van {binary} (bundel {folder_size(folder) / 2**20:.0f} MB, "
          f"{sum(1 for _ in folder.rglob('*'))} bestanden)")
    started = time.monotonic()
    check_bundle(folder)
    with tempfile.TemporaryDirectory(prefix="buurtboek-rooktest-") as temp:
        data = Path(temp) / "gegevens"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BUURTBOEK_DATA_DIR=str(data))
        out = run(binary, "--version", env=env)
        version = out.strip().split()[-1]
        if version.startswith("0+") or not version[0].isdigit():
            raise SystemExit(f"MISLUKT: versie onbekend in de bevroren app ({out.strip()})")
        run(binary, "--data-dir", str(data), "demo", "--people", "200", env=env)
        shot = Path(temp) / "netwerk.png"
        run(binary, "--data-dir", str(data), "--screenshot", str(shot), "--page", "netwerk",
            env=env)
        problem = png_is_drawn(shot)
        if problem:
            raise SystemExit(f"MISLUKT: schermafbeelding van het netwerk: {problem}")
        print(f"  ok  schermafbeelding {shot.stat().st_size // 1024} kB, niet leeg")
        agenda = Path(temp) / "agenda.xlsx"
        run(binary, "--data-dir", str(data), "agenda", "1", "-o", str(agenda), env=env)
        with zipfile.ZipFile(agenda) as book:
            if "xl/workbook.xml" not in book.namelist():
                raise SystemExit("MISLUKT: agenda.xlsx is geen Excel-werkboek")
        print("  ok  agenda.xlsx is een Excel-werkboek")
        help_text = run(binary, "--help", env=env)
        if "export" in help_text.split("opdracht", 1)[-1]:  # the period report, when present
            report = Path(temp) / "verantwoording.xlsx"
            end = dt.date.today()
            run(binary, "--data-dir", str(data), "export", "--from",
                (end - dt.timedelta(days=365)).isoformat(), "--to", end.isoformat(),
                "-o", str(report), env=env)
            with zipfile.ZipFile(report) as book:
                if "xl/workbook.xml" not in book.namelist():
                    raise SystemExit("MISLUKT: verantwoording.xlsx is geen Excel-werkboek")
            print("  ok  verantwoording.xlsx is een Excel-werkboek")
    print(f"Rooktest geslaagd in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
