"""Reading contact lists: messy workbooks and CSVs become plain rows; anything else gives a
Dutch message (ImportFileError), never a crash."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from exports.import_files import ImportFileError, read_table
from tests.import_messy import (
    CSV_LINES, DUPLICATE_XLSX_ROWS, REFUSED_XLSX_ROWS, VALID_XLSX_ROWS, messy_csv, messy_xlsx,
)


@pytest.mark.parametrize("reader", ["calamine", "openpyxl"])
def test_messy_workbook_skips_title_and_empty_rows_and_keeps_row_numbers(tmp_path, reader):
    table = read_table(messy_xlsx(tmp_path / "leden.xlsx"), reader=reader)
    assert table.reader == reader and table.sheet == "Leden"
    assert table.header[:4] == ("Voornaam", "Tussenvoegsel", "Achternaam", "E-mailadres")
    assert table.row_numbers == sorted(VALID_XLSX_ROWS + REFUSED_XLSX_ROWS
                                       + DUPLICATE_XLSX_ROWS)
    by_row = dict(zip(table.row_numbers, table.rows, strict=True))
    zoe = by_row[5]
    assert zoe[0] == "Zoë" and zoe[5] == "12"  # a number cell comes back as "12", not 12.0
    assert zoe[7] == "03-05-1982"  # a text date stays text; the service reads it
    assert by_row[8][7] == "29000"  # a serial number without date format
    assert by_row[14][7] == dt.date(1975, 1, 2)  # a date cell is a date


def test_merged_group_header_over_a_second_header_row_gives_the_lower_names(tmp_path):
    table = read_table(messy_xlsx(tmp_path / "leden.xlsx"), reader="calamine")
    assert table.header == ("Voornaam", "Tussenvoegsel", "Achternaam", "E-mailadres", "Straat",
                            "Huisnummer", "Postcode", "Geboortedatum")
    assert 4 not in table.row_numbers  # the sub-header is no data row


def test_merged_header_cell_names_every_column_it_covers(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Naam", "Adres", None, "Postcode"])
    sheet.merge_cells("B1:C1")
    sheet.append(["Jan Jansen", "Dorpsstraat", 12, "1234 AB"])
    workbook.save(tmp_path / "lijst.xlsx")
    table = read_table(tmp_path / "lijst.xlsx")
    assert table.header == ("Naam", "Adres", "Adres (2)", "Postcode")
    assert table.rows == [("Jan Jansen", "Dorpsstraat", "12", "1234 AB")]


def test_windows_1252_csv_with_semicolons(tmp_path):
    table = read_table(messy_csv(tmp_path / "lijst.csv"))
    assert (table.reader, table.encoding, table.separator) == ("csv", "cp1252", ";")
    assert table.description == "CSV, puntkomma, Windows-1252"
    assert table.header[0] == "Naam" and len(table.header) == 7
    assert table.rows[0][0] == "Zoë de Wit" and table.rows[2][0] == "Chloé van Dijk"
    assert table.row_numbers == [2, 4, 5, 7]  # the empty lines 3 and 6 are left out


@pytest.mark.parametrize(("separator", "encoding", "bom"), [
    (",", "utf-8", b""), ("\t", "utf-8", b""), (";", "utf-8", b"\xef\xbb\xbf"),
    (",", "cp1252", b"")])
def test_csv_separators_and_encodings(tmp_path, separator, encoding, bom):
    lines = [separator.join(line.split(";")) for line in CSV_LINES]
    (tmp_path / "l.csv").write_bytes(bom + "\n".join(lines).encode(encoding))
    table = read_table(tmp_path / "l.csv")
    assert table.separator == separator
    assert table.encoding == ("utf-8-sig" if bom else encoding)
    assert table.rows[0][0] == "Zoë de Wit"


def test_quoted_csv_field_may_hold_the_separator(tmp_path):
    (tmp_path / "l.csv").write_text('Naam,Notitie\n"Jansen, Jan","kookt, graag"\n',
                                    encoding="utf-8")
    table = read_table(tmp_path / "l.csv")
    assert table.rows == [("Jansen, Jan", "kookt, graag")]


def _bytes(path, data: bytes):
    path.write_bytes(data)
    return path


def _password_protected(path):
    """An encrypted .xlsx is an OLE container with an EncryptedPackage stream."""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500
                     + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 500)
    return path


def _damaged(path, tmp_path):
    whole = messy_xlsx(tmp_path / "heel.xlsx").read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _word(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


@pytest.mark.parametrize(("make", "reason", "words"), [
    (lambda p, t: _bytes(p, b""), "empty", "leeg"),
    (lambda p, t: _password_protected(p), "password", "wachtwoord"),
    (_damaged, "damaged", "beschadigd"),
    (lambda p, t: _word(p), "not_spreadsheet", "Word-document"),
    (lambda p, t: _bytes(p, b"%PDF-1.7\n..."), "not_spreadsheet", "PDF"),
    (lambda p, t: _bytes(p, bytes(range(256)) * 4), "encoding", "UTF-8"),
    (lambda p, t: _bytes(p, b"\n\n;;;\n"), "empty", "geen gegevens"),
    (lambda p, t: _bytes(p, b"<html><table></table></html>"), "not_spreadsheet", "webpagina"),
])
def test_files_that_cannot_be_imported_give_a_dutch_message(tmp_path, make, reason, words):
    path = make(tmp_path / "lijst.xlsx", tmp_path)
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert caught.value.reason == reason
    assert words in caught.value.message and "'lijst.xlsx'" in caught.value.message


def test_missing_file_and_too_many_rows(tmp_path, monkeypatch):
    with pytest.raises(ImportFileError, match="Kan 'weg.csv' niet openen"):
        read_table(tmp_path / "weg.csv")
    monkeypatch.setattr("exports.import_files.MAX_ROWS", 3)
    (tmp_path / "l.csv").write_text("Naam\nA\nB\nC\nD\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="te veel rijen") as caught:
        read_table(tmp_path / "l.csv")
    assert caught.value.reason == "too_large"


def test_cancel_while_reading(tmp_path):
    rows = "\n".join(f"Naam {i};n{i}@example.org" for i in range(30_000))
    (tmp_path / "l.csv").write_text("Naam;E-mail\n" + rows, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_table(tmp_path / "l.csv", cancelled=lambda: True)
    assert caught.value.reason == "cancelled"


# -- never a crash: random and damaged files ----------------------------------------------
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read_or_refuse(path) -> None:
    try:
        table = read_table(path)
    except ImportFileError as error:
        assert error.message.startswith("'lijst") or "lijst" in error.message
        return
    assert all(len(row) == len(table.header) for row in table.rows)


@FUZZ
@given(data=st.binary(max_size=4000))
def test_random_bytes_are_read_or_refused(tmp_path, data):
    path = tmp_path / "lijst.csv"
    path.write_bytes(data)
    _read_or_refuse(path)


@FUZZ
@given(cuts=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1,
                     max_size=8), length=st.floats(0.05, 1.0))
def test_damaged_workbooks_are_read_or_refused(tmp_path, cuts, length):
    whole = bytearray(messy_xlsx(tmp_path / "heel.xlsx").read_bytes())
    for position, value in cuts:
        whole[position % len(whole)] = value
    path = tmp_path / "lijst.xlsx"
    path.write_bytes(bytes(whole[: max(1, int(len(whole) * length))]))
    _read_or_refuse(path)
