"""Screenshots for docs/handleiding.md, made by the app itself (`make docs-screenshots`).

A demo neighbourhood is loaded into a temporary data folder, then every row of SHOTS is
taken with `buurtboek --screenshot` into docs/img/. The manual links these files, so
they never go stale: run this again after the interface changed. A page that does not
exist (yet) in this version is skipped with a message.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "img"
PEOPLE = 400

# file in docs/img, page (buurtboek --page), what the manual shows with it
SHOTS: tuple[tuple[str, str, str], ...] = (
    ("overzicht.png", "overzicht", "Het Overzicht: actiepunten, bijeenkomsten, uit beeld"),
    ("mensen.png", "mensen", "Mensen & groepen met de detailpagina"),
    ("netwerk.png", "netwerk", "De netwerkkaart"),
    ("contactmomenten.png", "contactmomenten", "Contactmomenten met filters"),
    ("bijeenkomsten.png", "bijeenkomsten", "Bijeenkomsten: agenda, aanwezigheid, notulen"),
    ("dossiers.png", "dossiers", "Dossiers per fase"),
    ("rapportages.png", "rapportages", "Rapportages"),
)


def buurtboek() -> list[str]:
    script = Path(sys.executable).with_name("buurtboek")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop.cli"]


def pages_known() -> set[str]:
    sys.path.insert(0, str(ROOT))
    from desktop.cli import PAGE_NAMES

    return set(PAGE_NAMES)


def main() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    TARGET.mkdir(parents=True, exist_ok=True)
    known = pages_known()
    with tempfile.TemporaryDirectory(prefix="buurtboek-handleiding-") as temp:
        data = Path(temp)
        subprocess.run([*buurtboek(), "--data-dir", str(data), "demo", "--people", str(PEOPLE)],
                       check=True, env=env, stdout=subprocess.DEVNULL)
        for name, page, caption in SHOTS:
            if page not in known:
                print(f"overgeslagen: {name} (pagina {page} bestaat nog niet)")
                continue
            target = TARGET / name
            subprocess.run([*buurtboek(), "--data-dir", str(data), "--screenshot", str(target),
                            "--page", page], check=True, env=env, stderr=subprocess.DEVNULL)
            print(f"{target.relative_to(ROOT)}  — {caption}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
