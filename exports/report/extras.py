"""Sheets of the period report beside the figures: steps on the participation ladder, the
network figures (db.services.report_network, on db.network_analysis) and the stories."""

from __future__ import annotations

import math

from db.network_analysis import EXACT_BETWEENNESS_LIMIT
from db.services.indicators import NEW, LadderMove
from db.services.report_network import NetworkSummary
from db.services.report_rows import StoryDetail
from db.vocabulary import ParticipationLevel, Strategy
from exports.privacy import ExportOptions, Privacy, Pseudonyms, scrub, shown
from exports.report.summary import NOTE, TITLE, Style
from exports.streaming import Col, StreamSheet
from exports.workbook import INTEGER_FORMAT

TOP_ACTORS = 25


def _level(code: str) -> str:
    return "(nieuw op de ladder)" if code == NEW else ParticipationLevel(code).label


def ladder_moves_sheet(workbook, moves: tuple[LadderMove, ...], privacy: Privacy) -> None:
    sheet = StreamSheet(workbook, "Participatieladder", [
        Col("Van", 22), Col("Naar", 22), Col("Aantal bewoners", 16, fmt=INTEGER_FORMAT)],
        freeze_rows=1)
    sheet.header()
    for move in moves:
        sheet.append([_level(move.source), _level(move.target), shown(move.count, privacy)])
    sheet.as_table("Participatieladder")


def network_sheet(workbook, summary: NetworkSummary | None, options: ExportOptions,
                  names: Pseudonyms) -> None:
    sheet = StreamSheet(workbook, "Netwerk", [Col("", 40), Col("", 14), Col("", 14),
                                              Col("", 14), Col("", 14), Col("", 14),
                                              Col("", 14)])
    sheet.append(["Netwerk aan het eind van de periode"], TITLE, height=26)
    if summary is None:
        sheet.append(["Niet berekend."], NOTE)
        return
    privacy = options.privacy
    sheet.append([f"Relaties die op {summary.day:%d-%m-%Y} bestonden."], NOTE)
    sheet.append([])
    facts = [("Actoren met een relatie", summary.actors), ("Relaties", summary.ties),
             *((f"Relaties {s.label.lower()}", summary.ties_by_strategy[s]) for s in Strategy),
             ("Losse delen", summary.parts), ("Grootste deel (actoren)", summary.largest_part),
             ("Zonder relatie", summary.isolated),
             ("Bruggen (enige verbinding tussen twee delen)", summary.bridges)]
    for label, value in facts:
        sheet.append([label, shown(value, privacy)], (Style(bold=True), Style(
            fmt=INTEGER_FORMAT, align="right")))
    if not options.rows or not summary.top:
        return
    measured = not math.isnan(summary.top[0].betweenness)
    sheet.append([])
    sheet.append(["Wie verbindt het meest (brugfunctie)" if measured else
                  "Wie heeft de meeste relaties"], Style(bold=True, size=12))
    if not measured:
        sheet.append([f"Bij meer dan {EXACT_BETWEENNESS_LIMIT:,} actoren is de brugfunctie "
                      "niet berekend (dat duurt minuten); zie de pagina Netwerk voor een "
                      "kleiner deel.".replace(",", ".")], NOTE)
    sheet.append(["Naam", "Soort", "Relaties", *(s.label for s in Strategy), "Brugfunctie"],
                 Style(bold=True, fill="E8EEF4", line_below=True))
    for row in summary.top:
        sheet.append([names.name(row.who), row.kind, row.ties, *row.by_strategy,
                      round(row.betweenness, 4) if measured else None])


def stories_sheet(workbook, stories: list[StoryDetail], options: ExportOptions) -> list[tuple]:
    """The stories selected for the report; returns them as written (for the hidden sheet).
    Below volledig, the names of the residents linked to a story become [bewoner]."""
    sheet = StreamSheet(workbook, "Verhalen", [Col("Datum", 11.5), Col("Titel", 30),
                                               Col("Thema", 14), Col("Wat veranderde", 45),
                                               Col("Verhaal", 80, wrap=True)], freeze_rows=1,
                        landscape=True)
    sheet.header()
    written = []
    for story in stories:
        names = () if options.privacy is Privacy.FULL else story.names
        row = (story.told_on, scrub(story.title, names), story.theme,
               scrub(story.change, names), scrub(story.body, names))
        lines = max(1, len(row[4]) // 85 + 1, len(row[3]) // 48 + 1)
        sheet.append(list(row), height=min(409, 15 * lines + 4))
        written.append(row)
    if not stories:
        sheet.append([None, "Nog geen verhalen gekozen voor de verantwoording: kies ze op de "
                      "pagina Rapportages, tabblad Verhalen."])
    sheet.as_table("Verhalen")
    return written
