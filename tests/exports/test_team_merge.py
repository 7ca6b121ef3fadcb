"""The team overview: two workers' reports merged, and every kind of bad file refused with a
message that names it, writing nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook

from db.services.periods import Period
from exports.privacy import ExportOptions, Privacy
from exports.report import ReportRequest, export_period_report
from exports.report.machine import MachineIndicator, MachineReport, write_machine_sheet
from exports.streaming import StreamSheet, new_streaming_workbook
from exports.team import MergeError, combine, merge_reports, read_report
from exports.workbook import save_atomic
from tests.exports.report_data import PERIOD, build


@pytest.fixture
def reports(database, tmp_path):
    build(database)
    full = export_period_report(database, ReportRequest(PERIOD, (), ExportOptions(
        Privacy.PSEUDONYMISED)), tmp_path / "samira.xlsx").path
    anonymous = export_period_report(database, ReportRequest(PERIOD), tmp_path /
                                     "anoniem.xlsx").path
    return full, anonymous


def test_two_reports_make_one_team_workbook(reports, tmp_path):
    target = merge_reports(list(reports), tmp_path / "team.xlsx").path
    book = load_workbook(target)
    assert book.sheetnames == ["Voorblad", "Per werker", "Team per maand", "Verhalen"]
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Per werker").to_python()
    header = next(r for r in rows if r and r[0] == "Indicator")
    assert header[1:] == ["Samira @Ouali", "Samira @Ouali (2)", "Totaal"]
    contacts = next(r for r in rows if r and r[0] == "Alle contactmomenten")
    assert contacts[1:] == [6.0, 6.0, 12.0]
    month = next(r for r in CalamineWorkbook.from_path(str(target)).get_sheet_by_name(
        "Team per maand").to_python() if r and r[0] == "Alle contactmomenten")
    assert month[1:4] == ["4–7", "3–6", "2–5"]  # 3 + "<5" in January, and so on
    stories = book["Verhalen"]
    assert stories.max_row == 3 and stories["C2"].value == "Van bezoeker tot trekker"
    with __import__("zipfile").ZipFile(target) as archive:
        assert sum(n.startswith("xl/charts/") for n in archive.namelist()) == 4


def test_combine_keeps_hidden_counts_honest():
    assert combine([3, 4]) == 7
    assert combine([3, "<5"]) == "4–7"


def _refused(paths, target, reason_part: str, name: str) -> None:
    with pytest.raises(MergeError) as caught:
        merge_reports(paths, target)
    assert caught.value.path.name == name and name in caught.value.message
    assert reason_part in caught.value.reason
    assert not target.exists()
    assert [p.name for p in target.parent.iterdir() if p.name.startswith(".")] == []


def test_bad_files_are_refused_and_nothing_is_written(reports, tmp_path):
    good, anonymous = reports
    target = tmp_path / "uit" / "team.xlsx"
    target.parent.mkdir()
    text = tmp_path / "notities.xlsx"
    text.write_text("geen Excel")
    _refused([good, text], target, "beschadigd", "notities.xlsx")
    other = tmp_path / "adresboek.xlsx"
    book = Workbook()
    book.active["A1"] = "Naam"
    book.save(other)
    _refused([good, other], target, "geen verantwoording uit Buurtboek", "adresboek.xlsx")
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    _refused([broken, good], target, "beschadigd", "kapot.xlsx")
    _refused([good, _variant(tmp_path, good, "v2.xlsx", version=2)], target, "formaatversie 2",
             "v2.xlsx")
    later = _variant(tmp_path, good, "ander.xlsx", start=dt.date(2026, 4, 1),
                     end=dt.date(2026, 6, 30))
    _refused([good, later], target, "andere periode (01-04-2026 t/m 30-06-2026)", "ander.xlsx")
    _refused([good, good], target, "twee keer", good.name)
    edited = load_workbook(good)
    sheet = edited["_buurtboek"]
    row = next(r for r in sheet.iter_rows() if r[0].value == "contacts.total")
    row[3].value = 600
    edited.save(tmp_path / "gewijzigd.xlsx")
    _refused([good, tmp_path / "gewijzigd.xlsx"], target, "met de hand gewijzigd",
             "gewijzigd.xlsx")


def _variant(folder, source, name, **changes):
    """A report whose hidden sheet says something else (another version or period)."""
    report = read_report(source)
    report = dataclasses.replace(report, **changes)
    workbook = new_streaming_workbook()
    StreamSheet(workbook, "Voorblad").append(["Verantwoording"])
    write_machine_sheet(workbook, MachineReport(
        report.version, report.start, report.end, report.worker, report.organisation,
        report.privacy, report.neighbourhoods, report.made_at, report.months,
        tuple(MachineIndicator(i.key, i.group, i.label, i.total, i.per_month)
              for i in report.indicators), report.stories))
    return save_atomic(workbook, folder / name)


def test_period_mismatch_names_the_first_file_too(reports, tmp_path):
    good, _ = reports
    later = _variant(tmp_path, good, "q2.xlsx", start=dt.date(2026, 4, 1),
                     end=dt.date(2026, 6, 30))
    with pytest.raises(MergeError) as caught:
        merge_reports([good, later], tmp_path / "team.xlsx")
    assert good.name in caught.value.message
    assert Period  # the period type the reports share
