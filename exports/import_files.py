"""Read a contact list someone made elsewhere (.xlsx, .xls, .ods or CSV) into plain rows: a
header and, per row, text cells and dates, each with the row number the user sees in Excel.

What the file may hold, and what happens:
- empty rows anywhere: left out (the row numbers still count them);
- a title above the header ("Ledenlijst buurthuis 2025"): skipped, the header is the first
  row that fills about half the columns;
- merged header cells: a merged cell names every column it covers; a merged group header
  over a second header row ("Adres" over "Straat" | "Huisnummer") gives the lower names;
  merged data cells give their value to every row they cover;
- dates: Excel date cells become dates; text dates and serial numbers stay text here and
  are read by db.services.person_import, which knows which column is a date;
- CSV: separator ; , or tab, encoding UTF-8 (with or without BOM), UTF-16 with BOM or
  Windows-1252 (see exports.import_csv).
Anything that is not such a file raises ImportFileError with a Dutch message; never
another exception (tests/exports/test_import_files.py and tests/test_fuzz_files.py).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from exports import import_csv, import_excel
from exports.import_excel import DEFAULT_READER, TooManyRows, WorkbookUnreadable

Cell = str | dt.date
Progress = Callable[[int, int, str], None]

MAX_ROWS = 1_000_000
MAX_BYTES = 300 * 1024 * 1024
HEADER_SEARCH_ROWS = 30
FILE_FILTER = "Contactlijsten (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle bestanden (*)"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


class ImportFileError(Exception):
    """The file cannot be imported; `message` is Dutch and names the file, `reason` is a code:
    empty, not_spreadsheet, damaged, password, too_large, encoding, unreadable, cancelled."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason


@dataclass(frozen=True)
class SourceTable:
    file_name: str
    header: tuple[str, ...]
    rows: list[tuple[Cell, ...]]  # every row as wide as the header
    row_numbers: list[int]  # 1-based, as Excel shows them
    reader: str  # calamine | openpyxl | csv
    sheet: str = ""
    encoding: str = ""  # CSV only: utf-8, utf-8-sig, utf-16, cp1252
    separator: str = ""  # CSV only

    @property
    def description(self) -> str:
        """Dutch: what was read, e.g. "CSV, puntkomma, Windows-1252" or "blad Leden"."""
        if self.reader == "csv":
            return (f"CSV, {import_csv.SEPARATOR_NAMES[self.separator]}, "
                    f"{import_csv.ENCODING_NAMES[self.encoding]}")
        return f"Excel, blad {self.sheet}" if self.sheet else "Excel"


def read_table(path: Path | str, *, reader: str | None = None,
               progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> SourceTable:
    """The table in `path`. `reader` picks the workbook reader (calamine or openpyxl; the
    measured fastest by default). Raises ImportFileError with a Dutch message."""
    path = Path(path)
    name = path.name
    report = progress or (lambda done, total, label: None)
    report(0, 1, "Bestand lezen")
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise ImportFileError(f"Kan '{name}' niet openen: {error.strerror or error}.",
                              "unreadable") from None
    if size == 0:
        raise ImportFileError(f"'{name}' is leeg: er staat niets in.", "empty")
    if size > MAX_BYTES:
        raise ImportFileError(
            f"'{name}' is te groot om te importeren ({size // (1024 * 1024)} MB; hoogstens "
            f"{MAX_BYTES // (1024 * 1024)} MB). Splits de lijst in delen.", "too_large")
    if head.startswith(b"PK\x03\x04") or head.startswith(_OLE):
        raw = _open_workbook(path, head, reader or DEFAULT_READER)
        return _shape(name, raw.rows, raw.first_row, raw.first_column, raw.merged, raw.reader,
                      report, cancelled, sheet=raw.name)
    if head.startswith(b"%PDF"):
        raise ImportFileError(f"'{name}' is een PDF-bestand, geen spreadsheet. Gebruik de "
                              "lijst als Excel- of CSV-bestand.", "not_spreadsheet")
    return _read_csv(path, name, report, cancelled)


def _open_workbook(path: Path, head: bytes, reader: str) -> import_excel.RawSheet:
    name = path.name
    if head.startswith(_OLE) and _is_encrypted(path):
        raise ImportFileError(
            f"'{name}' is met een wachtwoord beveiligd. Open het in Excel, haal het wachtwoord "
            "eraf (Bestand → Info → Werkmap beveiligen) en sla het opnieuw op.", "password")
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            raise ImportFileError(
                f"'{name}' is beschadigd (of niet helemaal gedownload) en kan niet gelezen "
                "worden. Open het in Excel en sla het opnieuw op.", "damaged") from None
        if not ({"xl/workbook.xml", "xl/workbook.bin", "content.xml"} & names):
            kind = ("een Word-document" if "word/document.xml" in names
                    else "een PowerPoint-presentatie" if "ppt/presentation.xml" in names
                    else "een zip-bestand")
            raise ImportFileError(f"'{name}' is {kind}, geen spreadsheet. Kies een Excel- of "
                                  "CSV-bestand.", "not_spreadsheet")
        if "content.xml" in names and reader == "openpyxl":
            reader = "calamine"  # openpyxl reads no OpenDocument
    elif reader == "openpyxl":
        reader = "calamine"  # the old .xls format: only calamine reads it
    try:
        return import_excel.read_workbook(path, reader, max_rows=MAX_ROWS)
    except TooManyRows as error:
        raise ImportFileError(
            f"'{name}' heeft te veel rijen ({error.rows:,}; hoogstens {MAX_ROWS:,}). Splits de "
            "lijst in delen.".replace(",", "."), "too_large") from None
    except WorkbookUnreadable as error:
        if error.password:
            raise ImportFileError(f"'{name}' is met een wachtwoord beveiligd. Haal het "
                                  "wachtwoord eraf in Excel en sla het opnieuw op.",
                                  "password") from None
        if head.startswith(_OLE):
            raise ImportFileError(
                f"'{name}' is geen werkmap die Buurtboek kan lezen (misschien een Word-document "
                "of een ander programma). Sla de lijst in Excel op als .xlsx.",
                "not_spreadsheet") from None
        raise ImportFileError(f"'{name}' is beschadigd en kan niet gelezen worden. Open het in "
                              "Excel en sla het opnieuw op.", "damaged") from None


def _is_encrypted(path: Path) -> bool:
    """An encrypted .xlsx is an OLE container with an "EncryptedPackage" stream."""
    with open(path, "rb") as handle:
        start = handle.read(4 * 1024 * 1024)
    return _ENCRYPTED in start


def _read_csv(path: Path, name: str, report: Progress,
              cancelled: Callable[[], bool] | None) -> SourceTable:
    data = path.read_bytes()
    try:
        text, encoding = import_csv.decode(data)
    except (import_csv.TextDecodeError, UnicodeDecodeError):
        raise ImportFileError(
            f"'{name}' is geen spreadsheet en geen tekstbestand dat Buurtboek kan lezen "
            "(verwacht: Excel, of CSV in UTF-8 of Windows-1252).", "encoding") from None
    if text.lstrip().startswith("<"):
        raise ImportFileError(f"'{name}' is een webpagina (HTML of XML), geen spreadsheet. Open "
                              "het in Excel en sla het op als .xlsx of .csv.", "not_spreadsheet")
    separator = import_csv.detect_separator(text)
    rows: list[list[object]] = []
    for row in import_csv.rows(text, separator):
        rows.append(row)  # type: ignore[arg-type]
        if len(rows) > MAX_ROWS:
            raise ImportFileError(f"'{name}' heeft te veel rijen (meer dan {MAX_ROWS:,}). "
                                  "Splits de lijst in delen.".replace(",", "."), "too_large")
    table = _shape(name, rows, 0, 0, [], "csv", report, cancelled)
    return SourceTable(table.file_name, table.header, table.rows, table.row_numbers, "csv",
                       encoding=encoding, separator=separator)


# -- from raw cells to a table -----------------------------------------------------------

def cell_value(value: object) -> Cell:
    """A reader's value as text or a date: 12.0 -> "12", True -> "ja", a datetime -> its date."""
    kind = type(value)
    if kind is str:
        return value.strip()  # type: ignore[union-attr]
    if value is None:
        return ""
    if kind is float:
        return str(int(value)) if value.is_integer() else str(value)  # type: ignore[union-attr]
    if kind is bool:
        return "ja" if value else "nee"
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value).strip()


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _shape(name: str, raw: Sequence[list[object]], first_row: int, first_column: int,
           merged: Sequence[tuple[int, int, int, int]], reader: str, report: Progress,
           cancelled: Callable[[], bool] | None, sheet: str = "") -> SourceTable:
    counts = [sum(1 for v in row if v not in (None, "") and str(v).strip())
              for row in raw[:HEADER_SEARCH_ROWS]]
    widest = max(counts, default=0)
    if widest == 0:
        raise ImportFileError(f"'{name}' bevat geen gegevens: alle rijen zijn leeg.", "empty")
    threshold = max(2, (widest + 1) // 2) if widest >= 2 else 1
    header_at = next(i for i, count in enumerate(counts) if count >= threshold)
    fills = _merge_fills(raw, first_row, first_column, merged, header_at)

    def cells(index: int) -> list[object]:
        row = raw[index]
        if not fills:
            return row
        row = list(row)
        for c, value in fills.get(index, {}).items():
            while len(row) <= c:
                row.append(None)
            row[c] = value
        return row

    header = [cell_value(v) for v in cells(header_at)]
    data_from = header_at + 1
    if merged and data_from < len(raw):
        below = [cell_value(v) for v in cells(data_from)]
        if _is_subheader(header, below, merged, first_row + header_at, first_column):
            header = [b if isinstance(b, str) and b else h for h, b in
                      zip(header + [""] * (len(below) - len(header)),
                          below + [""] * (len(header) - len(below)), strict=True)]
            data_from += 1
    while header and header[-1] == "":
        header.pop()
    body: list[list[Cell]] = []
    numbers: list[int] = []
    width = len(header)
    total = len(raw)
    for index in range(data_from, total):
        if index % 20_000 == 0:
            report(index, total, "Rijen lezen")
            if cancelled is not None and cancelled():
                raise ImportFileError("Het lezen is afgebroken.", "cancelled")
        values = [v.strip() if type(v) is str else cell_value(v) for v in cells(index)]
        while values and values[-1] == "":
            values.pop()
        if not values:
            continue
        width = max(width, len(values))
        body.append(values)
        numbers.append(first_row + index + 1)
    names = _header_names(header, width, first_column)
    padded = [tuple(row) + ("",) * (width - len(row)) if len(row) < width else tuple(row[:width])
              for row in body]
    report(total, total, "Rijen lezen")
    return SourceTable(name, names, padded, numbers, reader, sheet=sheet)


def _header_names(header: list[Cell], width: int, first_column: int) -> tuple[str, ...]:
    names: list[str] = []
    seen: dict[str, int] = {}
    for i in range(width):
        value = header[i] if i < len(header) else ""
        text = value.strftime("%d-%m-%Y") if isinstance(value, dt.date) else " ".join(
            str(value).split())
        text = text or f"Kolom {_column_letter(first_column + i)}"
        seen[text.lower()] = seen.get(text.lower(), 0) + 1
        names.append(text if seen[text.lower()] == 1 else f"{text} ({seen[text.lower()]})")
    return tuple(names)


def _merge_fills(raw: Sequence[list[object]], first_row: int, first_column: int,
                 merged: Sequence[tuple[int, int, int, int]],
                 header_at: int) -> dict[int, dict[int, object]]:
    """Per row index, the cells a merged range covers (below the title rows) and the value
    of its top-left cell."""
    fills: dict[int, dict[int, object]] = {}
    last = len(raw) - 1
    for top, left, bottom, right in merged:
        top, bottom = top - first_row, min(bottom - first_row, last)
        left, right = left - first_column, right - first_column
        if top < header_at or top > last or left < 0 or right - left > 500:
            continue
        row = raw[top]
        value = row[left] if left < len(row) else None
        for r in range(top, bottom + 1):
            for c in range(left, right + 1):
                if (r, c) != (top, left):
                    fills.setdefault(r, {})[c] = value
    return fills


def _is_subheader(header: list[Cell], below: list[Cell],
                  merged: Sequence[tuple[int, int, int, int]], header_row: int,
                  first_column: int) -> bool:
    """A second header row: the header row has a cell merged across columns, and the row below
    has text (no dates, no e-mail addresses) under every column that merged cell covers."""
    spans = [(left - first_column, right - first_column) for top, left, bottom, right in merged
             if top <= header_row <= bottom and right > left]
    if not spans:
        return False
    for left, right in spans:
        for c in range(left, right + 1):
            value = below[c] if c < len(below) else ""
            if not isinstance(value, str) or not value or "@" in value or value.isdigit():
                return False
    return all(isinstance(v, str) for v in below)
