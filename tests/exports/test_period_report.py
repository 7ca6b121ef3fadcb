"""The period report: figures against a hand-made neighbourhood, read back with openpyxl and
python-calamine; privacy levels; sensitive text; cancel; the audit log."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from db.services.audit import AuditService, file_sha256
from exports.agenda import ExportCancelled
from exports.privacy import ExportOptions, Privacy
from exports.report import ReportRequest, export_period_report
from tests.exports.report_data import (
    EMAIL, EXPECTED, PERIOD, RESIDENTS, RISKY_NOTE, SENSITIVE_NOTE, build,
)


@pytest.fixture
def ids(database):
    return build(database)


def export(database, path, privacy=Privacy.ANONYMOUS, **kw):
    hoods = kw.pop("hoods", ())
    return export_period_report(database, ReportRequest(
        PERIOD, hoods, ExportOptions(privacy, **kw)), path)


def summary_values(rows: list[list], labels: list[str]) -> dict[str, tuple]:
    """Label -> (months..., total) from the summary sheet read back."""
    found = {}
    for row in rows:
        if row and isinstance(row[0], str) and row[0].strip() in labels:
            found[row[0].strip()] = tuple(row[1:5])
    return found


def test_the_summary_holds_the_figures_of_the_database(database, ids, tmp_path):
    path = export(database, tmp_path / "rapport.xlsx", Privacy.PSEUDONYMISED).path
    labels = {"contacts.total": "Alle contactmomenten", "reach.named": "Bewoners bij naam (uniek)",
              "reach.total": "Bereikte bewoners (bij naam en anoniem)",
              "reach.new": "Nieuwe contacten (voor het eerst gesproken)",
              "meetings.present": "Aanwezigen (opgeteld)"}
    book = load_workbook(path)
    opened = [[c.value for c in row] for row in book["Samenvatting"].iter_rows()]
    calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(
        "Samenvatting").to_python()
    for rows in (opened, calamine):
        got = summary_values(rows, list(labels.values()))
        for key, label in labels.items():
            assert tuple(int(v) for v in got[label]) == EXPECTED[key], label
    assert book.sheetnames[:2] == ["Voorblad", "Samenvatting"]
    assert book["Samenvatting"]._charts or book["Samenvatting"]  # charts are in the file
    with __import__("zipfile").ZipFile(path) as archive:
        assert sum(n.startswith("xl/charts/chart") for n in archive.namelist()) == 4
    cover = {r[0]: r[1] for r in CalamineWorkbook.from_path(str(path)).get_sheet_by_name(
        "Voorblad").to_python() if r and r[0]}
    assert cover["Werker"] == "Samira @Ouali" and cover["Organisatie"] == "+Welzijn Zuid"
    assert cover["Periode"] == "01-01-2026 t/m 31-03-2026"


def test_detail_sheets_are_tables_with_dutch_dates(database, ids, tmp_path):
    path = export(database, tmp_path / "rapport.xlsx", Privacy.FULL).path
    book = load_workbook(path)
    sheet = book["Contactmomenten"]
    assert sheet.freeze_panes == "A2"
    assert list(sheet.tables) == ["Contactmomenten"]
    assert sheet.tables["Contactmomenten"].ref == "A1:J7"
    assert sheet["A2"].value == dt.datetime(2026, 1, 5) and sheet["A2"].number_format == \
        "dd-mm-yyyy"
    assert sheet["F2"].value == "Anna de Vries, Bram Jansen"
    assert sheet["I2"].value == RISKY_NOTE and sheet["I2"].data_type == "s"
    assert sheet["I3"].value == "(gevoelig — niet opgenomen)"  # sensitive: not without asking
    assert sheet.column_dimensions["A"].width == 11.5
    assert book["Nieuwe relaties"].max_row == 4 and book["Bijeenkomsten"].max_row == 3


def test_anonymous_is_counts_only_with_small_counts_hidden(database, ids, tmp_path):
    path = export(database, tmp_path / "anoniem.xlsx").path
    book = load_workbook(path)
    assert "Contactmomenten" not in book.sheetnames  # no rows at all
    rows = [[c.value for c in row] for row in book["Samenvatting"].iter_rows()]
    got = summary_values(rows, ["Alle contactmomenten", "Anoniem gesproken bewoners"])
    assert got["Alle contactmomenten"] == ("<5", "<5", "<5", 6)
    assert got["Anoniem gesproken bewoners"] == (12, 0, "<5", 15)
    text = cells_text(path)
    for name in RESIDENTS:
        assert not re.search(rf"\b({name}|{name.split()[0]})\b", text), name
    assert EMAIL not in text and RISKY_NOTE not in text and SENSITIVE_NOTE not in text
    stories = book["Verhalen"]
    assert stories["E2"].value == "[bewoner] kwam voor de koffie; nu organiseert [bewoner] " \
                                  "de ochtend."
    assert stories.max_row == 2  # the sensitive story stays home


def test_pseudonyms_replace_residents_and_text_stays_out(database, ids, tmp_path):
    path = export(database, tmp_path / "pseudo.xlsx", Privacy.PSEUDONYMISED).path
    text = cells_text(path)
    for name in RESIDENTS:
        assert name not in text
    assert RISKY_NOTE not in text and "Gemeente" in text  # institutions keep their name
    sheet = load_workbook(path)["Contactmomenten"]
    first, later = sheet["F2"].value, sheet["F6"].value
    assert first.startswith("Bewoner ") and len(sheet[1]) == 8  # no note columns
    again = load_workbook(export(database, tmp_path / "p2.xlsx",
                                 Privacy.PSEUDONYMISED).path)["Contactmomenten"]["F2"].value
    assert again != first  # new pseudonyms for every export
    assert later  # Eva


def test_sensitive_text_only_when_asked(database, ids, tmp_path):
    path = export(database, tmp_path / "gevoelig.xlsx", Privacy.FULL, with_sensitive=True).path
    text = cells_text(path)
    assert SENSITIVE_NOTE in text and "Geheim verhaal" in text


def test_one_neighbourhood(database, ids, tmp_path):
    path = export(database, tmp_path / "zuid.xlsx", Privacy.FULL, hoods=(ids["south"],)).path
    rows = [[c.value for c in row] for row in load_workbook(path)["Samenvatting"].iter_rows()]
    assert summary_values(rows, ["Alle contactmomenten"])["Alle contactmomenten"] == (0, 1, 1, 2)


def test_every_export_is_in_the_audit_log(database, ids, services, tmp_path):
    result = export(database, tmp_path / "log.xlsx", Privacy.PSEUDONYMISED)
    entry = AuditService(database).entries(limit=1)[0]
    assert entry.action == "export" and entry.object_kind == "report"
    assert "privacy=gepseudonimiseerd" in entry.detail and entry.rows == result.rows
    assert entry.file_hash == file_sha256(result.path) and entry.worker == "Samira @Ouali"


def test_cancel_leaves_no_file_and_no_temporary(database, ids, tmp_path):
    target = tmp_path / "out" / "rapport.xlsx"
    target.parent.mkdir()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ExportCancelled):
        export_period_report(database, ReportRequest(PERIOD, (), ExportOptions(
            Privacy.FULL)), target, cancelled=cancelled)
    assert list(target.parent.iterdir()) == []
    assert AuditService(database).entries() == []


def cells_text(path) -> str:
    """Every cell of every sheet (hidden ones too), as one text."""
    book = CalamineWorkbook.from_path(str(path))
    parts = []
    for name in book.sheet_names:
        for row in book.get_sheet_by_name(name).to_python():
            parts += [str(v) for v in row if v not in (None, "")]
    return "\n".join(parts)
