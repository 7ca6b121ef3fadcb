"""THE safe Excel writer every export of Buurtboek uses.

- Whatever a user typed is written as text: never a formula (openpyxl turns a string that
  starts with "=" into one), never an error cell ("#N/A"). Text that starts with = + - @,
  a tab or a line break is stored as a text cell with Excel's quote prefix, so that editing
  the cell in Excel does not turn it into a formula either; the text reads back unchanged.
- Dates, times and date-times are real cells with Dutch formats (dd-mm-jjjj, uu:mm).
- Helpers for column widths, a frozen header, row heights for wrapped text, page breaks
  and print setup (A4, portrait or landscape, print titles, fit to width).
- `save_atomic` writes to a temporary file next to the target and renames it when it is
  complete, so a failure never leaves a half-written file where the user asked for one.
- Large sheets stream: exports/streaming.py (`new_streaming_workbook`, `StreamSheet`) holds
  write-only worksheets built on the same rules (`clean_text`, `RISKY_PREFIXES`, the formats
  here); their rows go to disk as they are appended.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

# Excel stores format codes in English; a Dutch Excel shows them as dd-mm-jjjj and uu:mm.
DATE_FORMAT = "dd-mm-yyyy"
TIME_FORMAT = "hh:mm"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
DURATION_FORMAT = "[h]:mm"
INTEGER_FORMAT = "#,##0"
TEXT_FORMAT = "@"

#: Leading characters that make Excel (or a CSV reader) start a formula, or hide text.
RISKY_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
MAX_CELL_TEXT = 32_767
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_TITLE = re.compile(r"[\[\]:*?/\\]")

FONT_NAME = "Calibri"
HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")
THIN = Side(style="thin", color="A0A0A0")
HEADER_BORDER = Border(bottom=THIN)
LINE_HEIGHT_PT = 15.0  # one line of 11 pt Calibri
A4_PORTRAIT_HEIGHT_PT = 842.0
A4_LANDSCAPE_HEIGHT_PT = 595.0


def new_workbook(creator: str = "Buurtboek") -> Workbook:
    """An empty workbook (no default sheet) that writes dates as serial numbers."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = creator
    return workbook


def add_sheet(workbook: Workbook, title: str) -> Worksheet:
    """A sheet with a title Excel accepts (no []:*?/\\, at most 31 characters, unique)."""
    clean = _SHEET_TITLE.sub("-", title).strip("'") or "Blad"
    clean = clean[:31]
    taken = {ws.title for ws in workbook.worksheets}
    base, n = clean, 2
    while clean in taken:
        suffix = f" ({n})"
        clean, n = base[:31 - len(suffix)] + suffix, n + 1
    return workbook.create_sheet(clean)


def clean_text(text: str) -> str:
    """Text as Excel can hold it: control characters Excel refuses become U+FFFD, a carriage
    return becomes the line break Excel uses (XML reads a bare CR as one anyway), and text
    beyond Excel's 32,767 characters per cell is cut with a note. Anything else (tabs, line
    breaks, a leading = + - @, spaces around it) is kept exactly."""
    text = _ILLEGAL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > MAX_CELL_TEXT:
        note = " … (ingekort)"
        text = text[:MAX_CELL_TEXT - len(note)] + note
    return text


def write_text(cell: Cell, text: str) -> Cell:
    """Put `text` in `cell` as a text cell, never as a formula or error value."""
    text = clean_text(str(text))
    cell.value = text
    cell.data_type = "s"  # undo openpyxl's guess ("=..." -> formula, "#N/A" -> error)
    if text.startswith(RISKY_PREFIXES):
        cell.quotePrefix = True  # Excel keeps it text when the cell is edited
    return cell


def put(ws: Worksheet, row: int, column: int, value: Any, *, fmt: str | None = None,
        bold: bool = False, italic: bool = False, size: float | None = None,
        wrap: bool = False, align: str | None = None, valign: str = "top",
        fill: PatternFill | None = None, border: Border | None = None) -> Cell:
    """Write one value with the right cell type; text always through `write_text`."""
    cell = ws.cell(row=row, column=column)
    if value is None:
        cell.value = None
    elif isinstance(value, str):  # StrEnum codes too: give the label if it is for people
        write_text(cell, value)
    elif isinstance(value, bool):
        cell.value = value
    elif isinstance(value, int | float | Decimal):
        cell.value = value
    elif isinstance(value, dt.datetime):
        cell.value = value.replace(tzinfo=None) if value.tzinfo else value
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, dt.time):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = TIME_FORMAT
    elif isinstance(value, dt.timedelta):
        cell.value = value
        cell.number_format = DURATION_FORMAT
    else:
        write_text(cell, str(value))
    if fmt is not None:
        cell.number_format = fmt
    if bold or italic or size:
        cell.font = Font(name=FONT_NAME, bold=bold, italic=italic, size=size or 11)
    if wrap or align or valign:
        cell.alignment = Alignment(wrap_text=wrap, horizontal=align, vertical=valign)
    if fill is not None:
        cell.fill = fill
    if border is not None:
        cell.border = border
    return cell


def write_row(ws: Worksheet, row: int, values: Sequence[Any], *, first_column: int = 1,
              **style: Any) -> int:
    for offset, value in enumerate(values):
        put(ws, row, first_column + offset, value, **style)
    return row


def header_row(ws: Worksheet, row: int, titles: Sequence[str], *, first_column: int = 1) -> int:
    """Bold column titles on a light band with a line under them."""
    return write_row(ws, row, titles, first_column=first_column, bold=True, fill=HEADER_FILL,
                     border=HEADER_BORDER, valign="bottom")


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    """Column widths in Excel's units (about one digit each), from column A on."""
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width


def freeze_below(ws: Worksheet, row: int) -> None:
    """Keep rows 1..`row` in view while scrolling."""
    ws.freeze_panes = ws.cell(row=row + 1, column=1)


def text_lines(text: str, width: float) -> int:
    """How many lines `text` takes in a wrapped cell `width` units wide (an estimate that
    errs on the high side, so nothing printed is cut off)."""
    per_line = max(1, int(width * 1.1))
    return sum(max(1, math.ceil(len(line) / per_line)) for line in str(text).split("\n"))


def fit_row(ws: Worksheet, row: int, cells: Iterable[tuple[str, float]],
            minimum_lines: int = 1, line_height: float = LINE_HEIGHT_PT) -> float:
    """Set the height of `row` for its wrapped cells [(text, width), ...]; returns points."""
    lines = max([minimum_lines, *(text_lines(text, width) for text, width in cells if text)])
    height = lines * line_height + 3
    ws.row_dimensions[row].height = height
    return height


def row_height(ws: Worksheet, row: int) -> float:
    return ws.row_dimensions[row].height or LINE_HEIGHT_PT


def page_breaks(ws: Worksheet, blocks: Sequence[tuple[int, int]], *, start_row: int,
                page_height: float, repeat_height: float = 0.0) -> list[int]:
    """Add page breaks so that no block of rows [(first, last), ...] is split over two pages
    when it fits on one. Rows before `start_row` fill the first page; `repeat_height` is what
    the print titles take on every later page. Returns the rows a break comes after."""
    used = sum(row_height(ws, r) for r in range(1, start_row))
    breaks = []
    for first, last in blocks:
        height = sum(row_height(ws, r) for r in range(first, last + 1))
        if used + height > page_height and used > repeat_height:
            ws.row_breaks.append(Break(id=first - 1))
            breaks.append(first - 1)
            used = repeat_height
        used += height
    return breaks


def print_setup(ws: Worksheet, *, landscape: bool = False, title_rows: str | None = None,
                fit_width: bool = True, footer: str = "Pagina &P van &N",
                header: str = "") -> None:
    """A4, orientation, rows repeated on every page ("5:5"), one page wide, page numbers."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if fit_width:
        if ws.sheet_properties.pageSetUpPr is None:
            ws.sheet_properties.pageSetUpPr = PageSetupProperties()
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as needed
    if title_rows:
        ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    if footer:
        ws.oddFooter.center.text = footer
    if header:
        ws.oddHeader.left.text = header.replace("&", "&&")


def printable_height(landscape: bool = False) -> float:
    """Points of an A4 page left for rows, after margins and the footer."""
    page = A4_LANDSCAPE_HEIGHT_PT if landscape else A4_PORTRAIT_HEIGHT_PT
    return page - 2 * 0.75 * 72 - 20


def save_atomic(workbook: Workbook, path: Path | str) -> Path:
    """Write next to `path` under a temporary name and rename when complete."""
    path = Path(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        if workbook.write_only:
            _save_streamed(workbook, temporary)
        else:
            workbook.save(temporary)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    return path



def _save_streamed(workbook: Workbook, filename: str) -> None:
    """openpyxl's save for a write-only workbook, with fast zip compression: the streamed
    sheets are large and mostly repeated text, level 1 halves the time for a few % of size."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    archive = ZipFile(filename, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=1)
    workbook.properties.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    ExcelWriter(workbook, archive).save()
