"""The shared safe Excel writer: text stays text, real dates, print setup, atomic saves."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.workbook import (
    add_sheet, new_workbook, print_setup, put, save_atomic, write_row,
)

RISKY = ["=SUM(A1:A3)", "=", "+31 6 12345678", "-5", "- opsomming", "@Fatima", "\tingesprongen",
         "\rregel", "\nregel", "#N/A", "#DIV/0!", "'al geciteerd", "=HYPERLINK(\"http://x\")",
         "  spaties eromheen  ", "gewone tekst"]


def formulas_in(path: Path) -> list[str]:
    """Every <f> element in any sheet of the file."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                found += re.findall(r"<(?:\w+:)?f[ >/]", archive.read(name).decode("utf-8"))
    return found


def test_user_text_reads_back_unchanged_and_is_never_a_formula(tmp_path):
    workbook = new_workbook()
    ws = add_sheet(workbook, "Tekst")
    for row, text in enumerate(RISKY, 1):
        put(ws, row, 1, text)
    path = save_atomic(workbook, tmp_path / "tekst.xlsx")
    assert formulas_in(path) == []
    back = load_workbook(path)["Tekst"]
    # XML reads a bare carriage return as a line break, so that is the one change
    expected = [text.replace("\r", "\n") for text in RISKY]
    assert [back.cell(row, 1).value for row in range(1, len(RISKY) + 1)] == expected
    assert all(back.cell(row, 1).data_type == "s" for row in range(1, len(RISKY) + 1))
    # the quote prefix keeps Excel from making a formula when the cell is edited
    assert back.cell(1, 1).quotePrefix and back.cell(6, 1).quotePrefix
    assert not back.cell(len(RISKY), 1).quotePrefix


def test_the_check_itself_finds_a_formula(tmp_path):
    workbook = new_workbook()
    ws = add_sheet(workbook, "Blad")
    ws["A1"] = "=1+1"  # what openpyxl does with a bare string
    workbook.save(tmp_path / "f.xlsx")
    assert formulas_in(tmp_path / "f.xlsx")


def test_dates_and_times_are_real_cells_with_dutch_formats(tmp_path):
    workbook = new_workbook()
    ws = add_sheet(workbook, "Data")
    write_row(ws, 1, [dt.date(2026, 3, 10), dt.time(19, 30), dt.datetime(2026, 3, 10, 19, 30),
                      12345, 2.5, True, None])
    path = save_atomic(workbook, tmp_path / "data.xlsx")
    back = load_workbook(path)["Data"]
    assert back["A1"].value == dt.datetime(2026, 3, 10) and back["A1"].number_format == \
        "dd-mm-yyyy"
    assert back["B1"].value == dt.time(19, 30) and back["B1"].number_format == "hh:mm"
    assert back["C1"].value == dt.datetime(2026, 3, 10, 19, 30)
    assert back["C1"].number_format == "dd-mm-yyyy hh:mm"
    assert (back["D1"].value, back["E1"].value, back["F1"].value, back["G1"].value) == (
        12345, 2.5, True, None)


def test_text_excel_cannot_hold_is_made_safe(tmp_path):
    workbook = new_workbook()
    ws = add_sheet(workbook, "Blad [1]: a/b?")
    put(ws, 1, 1, "bel\x07 mij")
    put(ws, 2, 1, "x" * 40_000)
    path = save_atomic(workbook, tmp_path / "veilig.xlsx")
    back = load_workbook(path).worksheets[0]
    assert back.title == "Blad -1-- a-b-"
    assert back["A1"].value == "bel\ufffd mij"
    assert len(back["A2"].value) == 32_767 and back["A2"].value.endswith("(ingekort)")


def test_print_setup_reads_back(tmp_path):
    workbook = new_workbook()
    ws = add_sheet(workbook, "Afdruk")
    put(ws, 1, 1, "Kop")
    print_setup(ws, landscape=True, title_rows="1:1", header="Jansen & Zn")
    path = save_atomic(workbook, tmp_path / "afdruk.xlsx")
    back = load_workbook(path)["Afdruk"]
    assert back.page_setup.paperSize == 9 or back.page_setup.paperSize == "9"
    assert back.page_setup.orientation == "landscape"
    assert back.sheet_properties.pageSetUpPr.fitToPage
    assert int(back.page_setup.fitToWidth) == 1 and int(back.page_setup.fitToHeight) == 0
    assert back.print_title_rows == "$1:$1"
    assert back.oddHeader.left.text == "Jansen && Zn"


def test_a_failed_save_leaves_no_half_written_file(tmp_path, monkeypatch):
    folder = tmp_path / "uit"
    folder.mkdir()
    target = folder / "agenda.xlsx"
    target.write_bytes(b"oude versie")
    workbook = new_workbook()
    put(add_sheet(workbook, "Blad"), 1, 1, "nieuw")

    def broken_save(filename):
        Path(filename).write_bytes(b"PK half")
        raise OSError("schijf vol")

    monkeypatch.setattr(workbook, "save", broken_save)
    with pytest.raises(OSError, match="schijf vol"):
        save_atomic(workbook, folder / "nieuw.xlsx")
    with pytest.raises(OSError):
        save_atomic(workbook, target)
    assert target.read_bytes() == b"oude versie"
    assert sorted(p.name for p in folder.iterdir()) == ["agenda.xlsx"]
