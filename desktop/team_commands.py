"""`buurtboek team ...`: the admin sets up the team on a PostgreSQL server (db.team).

    buurtboek --database-url postgresql+psycopg://beheer@server/buurtboek \\
        team add-worker "Fatima Bakker" --role fatima
    buurtboek team add-lead --role lead_noord --database-url URL
    buurtboek team list --database-url URL
    buurtboek team remove --role fatima --database-url URL

The URL is the admin's (the database's owner); their password comes from .pgpass /
PGPASSWORD or is asked. The new member's password is read from BUURTBOEK_TEAM_PASSWORD or
asked twice without echo (getpass); it is never stored, printed or logged.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

PASSWORD_ENV = "BUURTBOEK_TEAM_PASSWORD"
URL_ENV = "BUURTBOEK_DATABASE_URL"


def add_parser(commands) -> None:
    team = commands.add_parser(
        "team", help="medewerkers en teamleider op een PostgreSQL-teamserver (voor de beheerder)")
    team.add_argument("--database-url", dest="team_url", metavar="URL",
                      help="de server als beheerder, bijv. postgresql+psycopg://beheer@server/"
                           "buurtboek (ook via --database-url vóór 'team' of "
                           "BUURTBOEK_DATABASE_URL)")
    actions = team.add_subparsers(dest="team_command", metavar="actie", required=True)
    worker = actions.add_parser("add-worker", help="een medewerker met een eigen aanmelding")
    worker.add_argument("name", metavar="NAAM", help="naam van de medewerker")
    worker.add_argument("--role", required=True, metavar="ROL",
                        help="de aanmeldnaam op de server (kleine letters, cijfers, _)")
    worker.add_argument("--organisation", default="", metavar="ORG", help="organisatie")
    worker.add_argument("--worker-id", type=int, metavar="NR",
                        help="koppel een bestaande medewerker (bijv. na migrate-to: diens "
                             "bewoners blijven van hem of haar); zie team list / de profielen")
    lead = actions.add_parser("add-lead", help="een teamleider: cijfers en pseudoniemen, "
                                               "geen namen of notities")
    lead.add_argument("--role", required=True, metavar="ROL", help="de aanmeldnaam")
    actions.add_parser("list", help="toon wie zich op deze database kan aanmelden")
    remove = actions.add_parser("remove", help="trek de aanmelding van een medewerker of "
                                               "teamleider in (de gegevens blijven)")
    remove.add_argument("--role", required=True, metavar="ROL", help="de aanmeldnaam")


def _new_password(role: str) -> str | None:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        print(f"buurtboek: geef het wachtwoord voor {role} in {PASSWORD_ENV} of start de "
              "opdracht in een terminal, dan wordt erom gevraagd.", file=sys.stderr)
        return None
    first = getpass.getpass(f"Nieuw wachtwoord voor {role}: ")
    if first != getpass.getpass("Typ het nog een keer: "):
        print("buurtboek: de twee wachtwoorden zijn niet gelijk; er is niets veranderd.",
              file=sys.stderr)
        return None
    return first


def run(args: argparse.Namespace) -> int:
    from db import team
    from db.postgres import shown
    from desktop import commands

    raw = args.team_url or args.database_url or os.environ.get(URL_ENV)
    if not raw:
        print("buurtboek: zeg op welke server: --database-url postgresql+psycopg://beheer@"
              "server/buurtboek (of BUURTBOEK_DATABASE_URL).", file=sys.stderr)
        return 2
    url = commands.server(raw)
    if isinstance(url, int):
        return url
    try:
        if args.team_command == "list":
            members = team.list_team(url)
            if not members:
                print("Nog niemand: voeg medewerkers toe met buurtboek team add-worker.")
            for m in members:
                who = f"{m.name} (nr. {m.worker_id})" if m.kind == team.WORKER else ""
                login = "" if m.can_login else "  [kan niet aanmelden]"
                print(f"{m.role:<24} {m.kind:<11} {who}{login}".rstrip())
            return 0
        if args.team_command == "remove":
            team.remove_member(url, args.role)
            print(f"De aanmelding {args.role} is ingetrokken; de gegevens zijn gebleven.")
            return 0
        team._check_role(args.role)  # before asking for a password
        password = _new_password(args.role)
        if password is None:
            return 2
        login = shown(url.set(username=args.role, password=None))
        if args.team_command == "add-worker":
            worker_id = team.add_worker(url, args.name, args.role, password,
                                        organisation=args.organisation,
                                        worker_id=args.worker_id)
            print(f"Medewerker {args.name} toegevoegd (nr. {worker_id}). Aanmelden met "
                  f"--database-url {login}")
        else:
            team.add_lead(url, args.role, password)
            print(f"Teamleider {args.role} toegevoegd: ziet de views team_figures, "
                  f"team_persons en team_contact_moments. Aanmelden met {login}")
        return 0
    except team.TeamError as error:
        print(f"buurtboek: {error}", file=sys.stderr)
        return 2
