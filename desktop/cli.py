"""`buurtboek`: start the app, or `demo` / `check` from the command line.

Kept light: nothing heavy is imported before the command is known, so `--version`
answers at once and the window appears fast.
"""

from __future__ import annotations

import argparse
import sys

PAGE_NAMES = ("overzicht", "mensen", "netwerk", "contactmomenten", "bijeenkomsten", "dossiers",
              "rapportages")


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("buurtboek")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+onbekend"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="buurtboek",
        description="Buurtboek: relatienotities, netwerk, bijeenkomsten en dossiers "
                    "voor opbouwwerkers.",
    )
    parser.add_argument("--version", action="version", version=f"buurtboek {version()}")
    parser.add_argument("--data-dir", help="map met de gegevens (standaard: de gebruikersmap; "
                                           "ook via BUURTBOEK_DATA_DIR)")
    parser.add_argument("--screenshot", metavar="BESTAND.png",
                        help="start, maak een schermafbeelding van het venster en stop")
    parser.add_argument("--page", choices=PAGE_NAMES, help="pagina om mee te openen")
    parser.add_argument("-v", "--verbose", action="store_true", help="uitgebreid logboek")
    commands = parser.add_subparsers(dest="command", metavar="opdracht")

    demo = commands.add_parser("demo", help="vul de database met een demowijk")
    demo.add_argument("--people", type=int, default=1000, metavar="N",
                      help="aantal bewoners (standaard 1000)")
    demo.add_argument("--contacts", type=int, default=None, metavar="N",
                      help="aantal contactmomenten (standaard 10 per bewoner)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="startgetal (standaard 1)")

    commands.add_parser("check", help="controleer de database (integriteit en schemaversie)")

    agenda = commands.add_parser(
        "agenda", help="agenda en notulen van een bijeenkomst naar Excel (of als tekst)")
    agenda.add_argument("meeting_id", type=int, metavar="BIJEENKOMST",
                        help="nummer van de bijeenkomst")
    agenda.add_argument("-o", "--output", metavar="BESTAND.xlsx",
                        help="Excel-bestand om te schrijven (standaard: agenda-DATUM-NR.xlsx)")
    agenda.add_argument("--tekst", choices=("agenda", "notulen"),
                        help="schrijf de agenda of de notulen als platte tekst naar de uitvoer")

    backup = commands.add_parser("backup", help="maak nu een back-up van de database")
    backup.add_argument("--lijst", action="store_true", help="toon de back-ups die er zijn")
    restore = commands.add_parser(
        "restore", help="zet een back-up terug (de huidige database gaat apart in de back-upmap)")
    restore.add_argument("file", metavar="BESTAND",
                         help="de back-up: een pad, of een naam uit de back-upmap")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from desktop import commands, paths

    folder = paths.data_dir(args.data_dir)
    if args.command == "demo":
        return commands.demo(folder, people=args.people, contacts=args.contacts, seed=args.seed)
    if args.command == "check":
        return commands.check(folder)
    if args.command == "agenda":
        return commands.agenda(folder, args.meeting_id, output=args.output, text=args.tekst)
    if args.command == "backup":
        return commands.backup(folder, list_only=args.lijst)
    if args.command == "restore":
        return commands.restore(folder, args.file)
    from desktop.app import run_app

    return run_app(folder, screenshot=args.screenshot, page=args.page, verbose=args.verbose)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
