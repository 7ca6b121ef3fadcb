"""No workbook this app writes holds a formula: every export (period report at each privacy
level, every list, the team overview, the agenda and the network workbook) is unzipped, no
sheet has an <f> element, and the risky text the user typed reads back unchanged."""

from __future__ import annotations

import re
import zipfile

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from db.models import AgendaItem, Meeting
from db.services.network import NetworkFilter
from exports.agenda import export_agenda
from exports.lists import ListKind, ListRequest, export_list
from exports.network import write_network_workbook
from exports.privacy import ExportOptions, Privacy
from exports.report import ReportRequest, export_period_report
from exports.team import merge_reports
from tests.exports.report_data import PERIOD, RISKY_NOTE, build

RISKY = ("=Bewonersavond", "+Welzijn Zuid", "Samira @Ouali", "=Brief sturen", "@Zaal boeken",
         "+Gordijnen dicht", "-Weggeefwinkel", "=Gemeente zoekt ruimte", "=Cor is vrijwilliger",
         RISKY_NOTE, "-min of meer", "@terugbellen", "=Geld")


def formulas_in(path) -> list[str]:
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                found += re.findall(r"<(?:\w+:)?f[ >/]", archive.read(name).decode("utf-8"))
    return found


def texts(path) -> set[str]:
    book = CalamineWorkbook.from_path(str(path))
    return {str(value) for name in book.sheet_names
            for row in book.get_sheet_by_name(name).to_python() for value in row}


@pytest.fixture
def every_export(database, services, tmp_path):
    build(database)
    with database.session.begin() as s:
        meeting = s.query(Meeting).filter_by(title="=Bewonersavond").one()
        s.add_all([AgendaItem(meeting_id=meeting.id, position=1, title="=SOM(A1:A9)",
                              description="-kort", minutes="@iedereen"),
                   AgendaItem(meeting_id=meeting.id, position=2, title="+Rondvraag")])
        meeting_id = meeting.id
    paths = []
    for privacy in Privacy:
        paths.append(export_period_report(database, ReportRequest(
            PERIOD, (), ExportOptions(privacy, with_text=True, with_sensitive=True)),
            tmp_path / f"rapport-{privacy}.xlsx").path)
        for kind in ListKind:
            paths.append(export_list(database, ListRequest(kind, ExportOptions(
                privacy, with_text=True)), tmp_path / f"{kind}-{privacy}.xlsx").path)
    paths.append(merge_reports(paths[:1], tmp_path / "team.xlsx").path)
    paths.append(export_agenda(database, meeting_id, tmp_path / "agenda.xlsx"))
    graph = services.network.map(NetworkFilter(on=PERIOD.end))
    paths.append(write_network_workbook(tmp_path / "netwerk.xlsx", graph,
                                        services.network.figures(graph), "=alle buurten"))
    return paths


def test_no_export_holds_a_formula_and_text_reads_back(every_export):
    seen: set[str] = set()
    for path in every_export:
        assert formulas_in(path) == [], path.name
        found = texts(path)
        seen |= found
        book = load_workbook(path)  # the second reader agrees: text cells, no formulas
        for ws in book.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "@")):
                        assert cell.data_type == "s", (path.name, ws.title, cell.coordinate)
    for text in RISKY:
        assert text in seen, text
    assert "=SOM(A1:A9)" in seen and "=alle buurten" in seen
