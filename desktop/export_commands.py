"""`buurtboek export`, `export-list` and `merge`: the Excel exports from the command line,
through the same functions as the window (exports/). Naming `--privacy volledig` is the
confirmation the window asks for; sensitive text only with `--met-gevoelig`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path


PRIVACY_CHOICES = ("anoniem", "gepseudonimiseerd", "volledig")
LIST_CHOICES = ("personen", "groepen", "plekken", "contactmomenten", "actiepunten",
                "signalen", "dossiers")


def _day(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"'{text}' is geen datum (jjjj-mm-dd of dd-mm-jjjj)")


def add_parsers(commands) -> None:
    """The three sub-commands, added to the parser of desktop/cli.py."""
    def privacy(parser) -> None:
        parser.add_argument("--privacy", choices=PRIVACY_CHOICES, default="anoniem",
                            help="anoniem (standaard: alleen aantallen), gepseudonimiseerd of "
                                 "volledig (met namen: dit noemen is de bevestiging)")
        parser.add_argument("--met-tekst", action="store_true",
                            help="vrije tekst (notities) ook bij gepseudonimiseerd")
        parser.add_argument("--met-gevoelig", action="store_true",
                            help="ook gevoelige notities en verhalen (alleen als dat mag)")
        parser.add_argument("-o", "--output", required=True, metavar="BESTAND.xlsx",
                            help="Excel-bestand om te schrijven")

    report = commands.add_parser("export", help="verantwoording over een periode naar Excel")
    report.add_argument("--from", dest="start", type=_day, required=True, metavar="DATUM")
    report.add_argument("--to", dest="end", type=_day, required=True, metavar="DATUM")
    report.add_argument("--wijk", action="append", default=[], metavar="NAAM",
                        help="alleen deze wijk (mag vaker; standaard alle wijken)")
    privacy(report)
    lists = commands.add_parser("export-list", help="een lijst naar Excel")
    lists.add_argument("list", choices=LIST_CHOICES, metavar="LIJST",
                       help="|".join(LIST_CHOICES))
    privacy(lists)
    merge = commands.add_parser("merge", help="verantwoordingen van werkers samenvoegen tot "
                                              "een teamoverzicht")
    merge.add_argument("files", nargs="+", metavar="BESTAND.xlsx")
    merge.add_argument("-o", "--output", required=True, metavar="TEAM.xlsx")


def run(folder: Path, args) -> int:
    if args.command == "merge":
        return merge(args.files, args.output)
    from desktop.commands import TerminalProgress
    from desktop.workbook_command import fail, target_problem, with_database
    from exports.privacy import ExportOptions, Privacy

    if problem := target_problem(args.output):
        return fail(problem)
    if args.command == "export" and args.end < args.start:
        return fail("--to ligt vóór --from.")
    options = ExportOptions(Privacy(args.privacy), True if args.met_tekst else None,
                            args.met_gevoelig)

    def work(database) -> int:
        progress = TerminalProgress(sys.stderr)
        try:
            if args.command == "export":
                from db.services.period_report import PeriodReportService
                from db.services.periods import Period
                from exports.report import ReportRequest, export_period_report

                hoods = PeriodReportService(database).neighbourhood_ids(args.wijk)
                result = export_period_report(database, ReportRequest(
                    Period(args.start, args.end), hoods, options), args.output, progress)
                what = "Verantwoording"
            else:
                from exports.lists import ListKind, ListRequest, export_list

                result = export_list(database, ListRequest(ListKind(args.list), options),
                                     args.output, progress)
                what = f"Lijst {args.list}"
        finally:
            progress.finish()
        print(f"{what} ({options.privacy.label.lower()}) geschreven naar {result.path}: "
              f"{result.rows:,} rijen".replace(",", "."))
        return 0

    return with_database(folder, work, args.output)


def merge(files: list[str], output: str) -> int:
    from exports.team import MergeError, merge_reports

    from desktop.workbook_command import fail, target_problem

    if problem := target_problem(output):
        return fail(problem)
    try:
        result = merge_reports(files, output)
    except MergeError as error:
        print(f"buurtboek: niet samengevoegd: {error.message} Er is niets geschreven.",
              file=sys.stderr)
        return 1
    except OSError as error:
        print(f"buurtboek: kon {output} niet schrijven: {error.strerror or error}",
              file=sys.stderr)
        return 1
    print(f"Teamoverzicht van {result.workers} werkers geschreven naar {result.path}")
    return 0
