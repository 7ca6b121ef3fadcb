"""`buurtboek`: start the app, or `demo` / `check` from the command line.

Kept light: nothing heavy is imported before the command is known, so `--version`
answers at once and the window appears fast.
"""

from __future__ import annotations

import argparse
import os
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
    parser.add_argument("--database-url", metavar="URL",
                        help="werk op een PostgreSQL-teamserver in plaats van het lokale bestand, "
                             "bijv. postgresql+psycopg://naam@server/buurtboek (ook via "
                             "BUURTBOEK_DATABASE_URL); het wachtwoord komt uit .pgpass of wordt "
                             "gevraagd, nooit opgeslagen")
    commands = parser.add_subparsers(dest="command", metavar="opdracht")

    demo = commands.add_parser("demo", help="vul de database met een demowijk")
    demo.add_argument("--people", type=int, default=1000, metavar="N",
                      help="aantal bewoners (standaard 1000)")
    demo.add_argument("--contacts", type=int, default=None, metavar="N",
                      help="aantal contactmomenten (standaard 10 per bewoner)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="startgetal (standaard 1)")

    commands.add_parser("check", help="controleer de database (integriteit en schemaversie)")

    migrate_to = commands.add_parser(
        "migrate-to", help="kopieer de lokale database naar een lege PostgreSQL-teamserver")
    migrate_to.add_argument("url", metavar="URL",
                            help="de server, bijv. postgresql+psycopg://naam@server/buurtboek")

    agenda = commands.add_parser(
        "agenda", help="agenda en notulen van een bijeenkomst naar Excel (of als tekst)")
    agenda.add_argument("meeting_id", type=int, metavar="BIJEENKOMST",
                        help="nummer van de bijeenkomst")
    agenda.add_argument("-o", "--output", metavar="BESTAND.xlsx",
                        help="Excel-bestand om te schrijven (standaard: agenda-DATUM-NR.xlsx)")
    agenda.add_argument("--tekst", choices=("agenda", "notulen"),
                        help="schrijf de agenda of de notulen als platte tekst naar de uitvoer")

    dossier = commands.add_parser("dossier", help="een dossier naar Excel (samenvatting, "
                                  "tijdlijn, mensen en doelen, signalen)")
    dossier.add_argument("dossier_id", type=int, metavar="DOSSIER", help="nummer van het dossier")
    dossier.add_argument("-o", "--output", metavar="BESTAND.xlsx",
                         help="Excel-bestand om te schrijven (standaard: dossier-NR.xlsx)")
    dossier.add_argument("--zonder-namen", action="store_true",
                         help="laat namen van bewoners weg (bewoner 1, bewoner 2, ...)")

    inzage = commands.add_parser(
        "inzage", help="inzageverzoek: alles over één bewoner naar Excel (komt in het auditlog)")
    inzage.add_argument("person_id", type=int, metavar="PERSOON_ID", help="nummer van de bewoner")
    inzage.add_argument("-o", "--output", metavar="BESTAND.xlsx",
                        help="Excel-bestand om te schrijven (standaard: inzage-NR.xlsx)")

    contacts = commands.add_parser(
        "import", help="een contactlijst (.xlsx of CSV) als bewoners importeren: alles of niets")
    contacts.add_argument("file", metavar="BESTAND", help="de lijst: .xlsx, .xls, .ods of .csv")
    contacts.add_argument("--skip-invalid", action="store_true",
                          help="importeer de geldige rijen als er rijen geweigerd worden "
                               "(standaard: dan wordt niets geïmporteerd)")
    contacts.add_argument("--kolom", action="append", default=[], metavar="KOLOM=VELD",
                          help="zeg zelf wat een kolom is, bv. --kolom Roepnaam=voornaam of "
                               "--kolom Bankrekening= (niet importeren); herhaalbaar")
    backup = commands.add_parser("backup", help="maak nu een back-up van de database")
    backup.add_argument("--lijst", action="store_true", help="toon de back-ups die er zijn")
    restore = commands.add_parser(
        "restore", help="zet een back-up terug (de huidige database gaat apart in de back-upmap)")
    restore.add_argument("file", metavar="BESTAND",
                         help="de back-up: een pad, of een naam uit de back-upmap")
    from desktop.export_commands import add_parsers as add_export_parsers

    add_export_parsers(commands)  # export, export-list, merge
    from desktop.team_commands import add_parser as add_team_parser

    add_team_parser(commands)  # team add-worker / add-lead / list / remove
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from desktop import commands, paths

    if args.command == "team":  # the server's admin sets up the team: no data folder
        from desktop import team_commands

        return team_commands.run(args)
    folder = paths.data_dir(args.data_dir)
    if args.command:  # an encrypted folder: BUURTBOEK_PASSPHRASE, or asked (desktop.passphrase)
        from desktop.passphrase import unlock_folder

        locked = unlock_folder(folder)
        if locked is not None:
            return locked
    if args.command == "migrate-to":
        return commands.migrate_to(folder, args.url)
    server = None  # a team server (db.postgres) instead of the data folder's file
    raw_server = args.database_url or os.environ.get("BUURTBOEK_DATABASE_URL")
    if raw_server:
        if args.command not in (None, "demo"):
            print("buurtboek: deze opdracht werkt nog alleen met de lokale database; laat "
                  "--database-url (en BUURTBOEK_DATABASE_URL) weg.", file=sys.stderr)
            return 2
        server = commands.server(raw_server)
        if isinstance(server, int):
            return server
    if args.command == "demo":
        return commands.demo(folder, people=args.people, contacts=args.contacts, seed=args.seed,
                             url=server)
    if args.command == "check":
        return commands.check(folder)
    if args.command == "agenda":
        return commands.agenda(folder, args.meeting_id, output=args.output, text=args.tekst)
    if args.command == "dossier":
        return commands.dossier(folder, args.dossier_id, output=args.output,
                                without_names=args.zonder_namen)
    if args.command == "inzage":
        return commands.inzage(folder, args.person_id, output=args.output)
    if args.command == "import":
        return commands.import_contacts(folder, args.file, skip_invalid=args.skip_invalid,
                                        columns=args.kolom)
    if args.command == "backup":
        return commands.backup(folder, list_only=args.lijst)
    if args.command == "restore":
        return commands.restore(folder, args.file)
    if args.command in ("export", "export-list", "merge"):
        from desktop import export_commands

        return export_commands.run(folder, args)
    from desktop.app import run_app

    return run_app(folder, screenshot=args.screenshot, page=args.page, verbose=args.verbose,
                   database_url=server)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
