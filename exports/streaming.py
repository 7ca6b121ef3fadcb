"""Streaming sheets for large exports: write-only worksheets whose rows go to disk as they
are appended, so a million rows take the memory of one.

The rules are those of exports/workbook.py (the one safe writer): text is always text (an
inline string, never a formula or an error value; Excel's quote prefix when it starts with
= + - @ or a tab or line break), dates are real cells with Dutch formats. Rows are serialised
here in one pass per row: about three times faster than openpyxl's cell-by-cell path, and
with no way to write a formula at all. Save with `exports.workbook.save_atomic`; a workbook
that will not be saved is thrown away with `discard`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import tempfile
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from exports.workbook import (
    _ILLEGAL, _SHEET_TITLE, DATE_FORMAT, DATETIME_FORMAT, DURATION_FORMAT, FONT_NAME,
    HEADER_BORDER, MAX_CELL_TEXT, RISKY_PREFIXES, TIME_FORMAT, clean_text, print_setup,
)

_EPOCH = dt.datetime(1899, 12, 30)
_EPOCH_DAY = _EPOCH.date()
_TABLE_NAME = re.compile(r"[^A-Za-z0-9_]")


def new_streaming_workbook(creator: str = "Buurtboek") -> Workbook:
    """An empty write-only workbook: add sheets with `StreamSheet`, save with `save_atomic`."""
    workbook = Workbook(write_only=True)
    workbook.properties.creator = creator
    return workbook


def discard(workbook: Workbook) -> None:
    """Remove the temporary files of a write-only workbook that will not be saved."""
    for ws in workbook._sheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        for step in (getattr(ws, "_rows", None), writer.xf):
            try:
                if step is not None:
                    step.close()
            except Exception:  # noqa: BLE001 - a half-written stream may complain on close
                pass
        try:
            writer.cleanup()
        except (OSError, ValueError):
            pass
        ws._writer = ws._rows = None
        if isinstance(ws, _FastSheet):
            ws.forget_rows()


@dataclass(frozen=True)
class Style:
    """How a streamed cell looks; cells of one style share one style id in the workbook."""

    bold: bool = False
    italic: bool = False
    size: float = 11
    colour: str | None = None
    wrap: bool = False
    align: str | None = None
    valign: str | None = None
    fill: str | None = None  # background colour, e.g. "E8EEF4"
    line_below: bool = False
    fmt: str | None = None  # number format for numbers (dates get the Dutch date format)
    indent: int = 0


HEADER = Style(bold=True, fill="E8EEF4", line_below=True, valign="bottom")


@dataclass(frozen=True)
class Col:
    """A column of a streamed sheet: its title, width and number format."""

    title: str
    width: float = 14
    fmt: str | None = None  # e.g. INTEGER_FORMAT; dates default to DATE_FORMAT
    wrap: bool = False


class _FastSheet(WriteOnlyWorksheet):
    """A write-only worksheet whose rows are serialised in one pass per row as XML text and
    written straight to a file of their own, spliced into the sheet when it closes: parsing
    every row back into an element for openpyxl's XML stream took as long as making it.
    No way to write a formula."""

    PAPERSIZE_A4 = "9"
    _MARK = "BUURTBOEK-RIJEN-HIER"

    def __init__(self, parent: Workbook, title: str, owner: StreamSheet) -> None:
        super().__init__(parent, title)
        self.sheet_state = "visible"
        self._owner = owner
        self._rows_file: str | None = None

    def _write_rows(self):
        xf = self._writer.xf.send(True)
        owner = self._owner
        handle, self._rows_file = tempfile.mkstemp(prefix="buurtboek-", suffix=".rows")
        with xf.element("sheetData"):
            xf.write(self._MARK)
            with open(handle, "w", encoding="utf-8", buffering=1 << 20) as out:
                write, row_text = out.write, owner._row_text
                try:
                    while True:
                        write(row_text((yield)))
                except GeneratorExit:
                    pass
        self._writer.xf.send(None)

    def close(self) -> None:
        super().close()
        if self._rows_file is None:
            return
        sheet = Path(self._writer.out)
        head, mark, tail = sheet.read_bytes().partition(self._MARK.encode())
        if not mark:
            raise RuntimeError("rijen niet gevonden in het werkblad")
        with open(sheet, "wb") as out, open(self._rows_file, "rb") as rows:
            out.write(head)
            shutil.copyfileobj(rows, out, 1 << 20)
            out.write(tail)
        self.forget_rows()

    def forget_rows(self) -> None:
        """Remove the rows file (after splicing, or when the workbook is discarded)."""
        if self._rows_file is not None:
            with contextlib.suppress(OSError):
                os.remove(self._rows_file)
            self._rows_file = None


class StreamSheet:
    """A write-only sheet: set it up, `append` rows (they go to disk at once), then
    optionally `as_table`. Text is always written as text: an inline string, with Excel's
    quote prefix when it starts with = + - @ or a tab or line break."""

    def __init__(self, workbook: Workbook, title: str, columns: Sequence[Col] = (), *,
                 freeze_rows: int = 0, hidden: bool = False, landscape: bool = False) -> None:
        taken = {ws.title for ws in workbook._sheets}
        clean = _SHEET_TITLE.sub("-", title).strip("'")[:31] or "Blad"
        base, n = clean, 2
        while clean in taken:
            clean, n = base[:31 - len(f" ({n})")] + f" ({n})", n + 1
        self.workbook = workbook
        self.ws = _FastSheet(workbook, clean, self)
        workbook._add_sheet(self.ws)
        self.columns = tuple(columns)
        self.letters = [get_column_letter(i) for i in range(1, max(len(columns), 40) + 1)]
        self.rows = 0
        self._styles: dict[tuple[Style, str, bool], str] = {}
        self._fast: dict[tuple[int, int, str, bool], str] = {}
        self._plain: dict[tuple[int, str | bool], str] = {}  # column's own style per kind
        self._keep: list[Style | None] = []
        self._heights: dict[int, float] = {}
        self._proto = WriteOnlyCell(self.ws)
        for index, column in enumerate(self.columns, 1):
            self.ws.column_dimensions[get_column_letter(index)].width = column.width
        if freeze_rows:
            self.ws.freeze_panes = f"A{freeze_rows + 1}"
        if hidden:
            self.ws.sheet_state = "hidden"
        self.ws.page_setup.orientation = "landscape" if landscape else "portrait"
        self.print_setup()
        self._col_styles = [Style(wrap=c.wrap, fmt=c.fmt, valign="top" if c.wrap else None)
                            for c in self.columns]

    def set_widths(self, widths: Sequence[float]) -> None:
        """Column widths for a sheet without `columns`; before the first row."""
        for index, width in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(index)].width = width

    # -- styles -------------------------------------------------------------------------------
    def _style_id(self, style: Style, kind: str, quoted: bool = False) -> str:
        key = (style, kind, quoted)
        found = self._styles.get(key)
        if found is None:
            cell = self._proto = WriteOnlyCell(self.ws)
            if style.bold or style.italic or style.size != 11 or style.colour:
                cell.font = Font(name=FONT_NAME, bold=style.bold, italic=style.italic,
                                 size=style.size, color=style.colour)
            if style.wrap or style.align or style.valign or style.indent:
                cell.alignment = Alignment(wrap_text=style.wrap, horizontal=style.align,
                                           vertical=style.valign, indent=style.indent)
            if style.fill:
                cell.fill = PatternFill("solid", fgColor=style.fill)
            if style.line_below:
                cell.border = HEADER_BORDER
            formats = {"date": DATE_FORMAT, "datetime": DATETIME_FORMAT, "time": TIME_FORMAT,
                       "duration": DURATION_FORMAT}
            if kind in formats:
                cell.number_format = style.fmt if style.fmt and "y" in style.fmt \
                    else formats[kind]
            elif kind == "number" and style.fmt:
                cell.number_format = style.fmt
            if quoted:
                cell.quotePrefix = True
            found = self._styles[key] = str(cell.style_id) if cell.has_style else ""
        return found

    # -- rows ---------------------------------------------------------------------------------
    def column_styles(self, styles: Sequence[Style | None]) -> None:
        """The style of each column for rows appended without a style of their own."""
        self._col_styles = list(styles)
        self._fast.clear()
        self._plain.clear()

    def append(self, values: Sequence[Any], style: Style | Sequence[Style | None] | None = None,
               height: float | None = None) -> int:
        """Write one row (None leaves a cell empty); returns its number. `style` is one style
        for the whole row, or one per cell."""
        self.rows += 1
        if height is not None:
            self._heights[self.rows] = height
        self._row_style = style
        self.ws.append(values)
        return self.rows

    def header(self, titles: Sequence[str] | None = None) -> int:
        return self.append(list(titles if titles is not None else
                                (c.title for c in self.columns)), HEADER)

    def _cell_style(self, style: Style | None, index: int, kind: str, quoted: bool) -> str:
        """The style attribute for a cell, cached per (row style or column, kind): hashing a Style
        for every cell cost a third of the time at 100,000 rows."""
        key = (id(style), index if style is None else -1, kind, quoted)
        found = self._fast.get(key)
        if found is None:
            if style is None:
                style = self._col_styles[index] if index < len(self._col_styles) else None
            needs = style is not None or quoted or kind not in ("text", "number", "bool")
            found = self._style_id(style or Style(), kind, quoted) if needs else ""
            found = self._fast[key] = f' s="{found}"' if found else ""
            self._keep.append(style)  # id() stays unique while the style lives
        return found

    def _row_text(self, values: Sequence[Any]) -> str:
        """One row as XML text, in one pass: building it with an element per cell took three
        times as long, and parsing the text back into an element as long again."""
        number = str(self.rows)
        head = f'<row r="{number}"'
        if self.rows in self._heights:
            head += f' ht="{self._heights.pop(self.rows)}" customHeight="1"'
        parts = [head + ">"]
        forced = self._row_style
        if forced is None:
            self._plain_cells(values, number, parts)
        else:
            per_cell = forced if isinstance(forced, list | tuple) else None
            cell, letters = self._cell, self.letters
            for index, value in enumerate(values):
                if value is not None:
                    style = forced if per_cell is None else \
                        per_cell[index] if index < len(per_cell) else None
                    parts.append(cell(style, index, value, letters[index] + number))
        parts.append("</row>")
        return "".join(parts)

    def _plain_cells(self, values: Sequence[Any], number: str, parts: list[str]) -> None:
        """The cells of a row in the columns' own styles: text, whole numbers and dates
        (nearly every cell of a large sheet) without the general path's type tests."""
        letters, plain, add = self.letters, self._plain, parts.append
        for index, value in enumerate(values):
            kind = type(value)
            if kind is str:
                if not value.isprintable() and _needs_cleaning(value) or \
                        len(value) > MAX_CELL_TEXT:
                    value = clean_text(value)
                quoted = value.startswith(RISKY_PREFIXES)
                s = plain.get((index, quoted))
                if s is None:
                    s = plain[index, quoted] = self._cell_style(None, index, "text", quoted)
                space = ' xml:space="preserve"' if value[:1].isspace() or \
                    value[-1:].isspace() else ""
                if "&" in value or "<" in value or ">" in value:
                    value = value.replace("&", "&amp;").replace("<", "&lt;") \
                        .replace(">", "&gt;")
                add(f'<c r="{letters[index]}{number}"{s} t="inlineStr"><is><t{space}>'
                    f'{value}</t></is></c>')
            elif kind is int or kind is dt.date:
                name = "number" if kind is int else "date"
                s = plain.get((index, name))
                if s is None:
                    s = plain[index, name] = self._cell_style(None, index, name, False)
                shown = value if kind is int else (value - _EPOCH_DAY).days
                add(f'<c r="{letters[index]}{number}"{s}><v>{shown}</v></c>')
            elif value is not None:
                add(self._cell(None, index, value, letters[index] + number))

    def _cell(self, style: Style | None, index: int, value: Any, ref: str) -> str:
        """One cell as XML text: text always as an inline string (quote-prefixed when it
        could be read as a formula), numbers, booleans, dates and times as values."""
        cell_style = self._cell_style
        if isinstance(value, str):
            text = value if len(value) <= MAX_CELL_TEXT and (
                value.isprintable() or not _needs_cleaning(value)) else clean_text(value)
            s = cell_style(style, index, "text", text.startswith(RISKY_PREFIXES))
            space = ' xml:space="preserve"' if text[:1].isspace() or \
                text[-1:].isspace() else ""
            return (f'<c r="{ref}"{s} t="inlineStr"><is>'
                    f'<t{space}>{_escape(text)}</t></is></c>')
        if isinstance(value, Decimal) or (isinstance(value, int | float)
                                          and not isinstance(value, bool)):
            name, shown, extra = "number", str(value), ""
        elif isinstance(value, bool):
            name, shown, extra = "bool", "1" if value else "0", ' t="b"'
        elif isinstance(value, dt.datetime):
            delta = value.replace(tzinfo=None) - _EPOCH
            name, shown, extra = "datetime", repr(delta / dt.timedelta(days=1)), ""
        elif isinstance(value, dt.date):
            name, shown, extra = "date", str((value - _EPOCH_DAY).days), ""
        elif isinstance(value, dt.time):
            seconds = value.hour * 3600 + value.minute * 60 + value.second
            name, shown, extra = "time", repr(seconds / 86400), ""
        elif isinstance(value, dt.timedelta):
            name, shown, extra = "duration", repr(value / dt.timedelta(days=1)), ""
        else:
            return (f'<c r="{ref}" t="inlineStr"><is><t>'
                    f'{_escape(clean_text(str(value)))}</t></is></c>')
        return f'<c r="{ref}"{cell_style(style, index, name, False)}{extra}><v>{shown}</v></c>'

    # -- after the rows -----------------------------------------------------------------------
    def as_table(self, name: str, first_row: int = 1, style: str = "TableStyleLight9") -> None:
        """Make the block from the header at `first_row` to the last row an Excel table
        (filter buttons, banded rows). Call after the last row, before saving."""
        last_col = self.letters[len(self.columns) - 1]
        last_row = max(self.rows, first_row + 1)
        ref = f"A{first_row}:{last_col}{last_row}"
        names = _unique([c.title or f"Kolom {i}" for i, c in enumerate(self.columns, 1)])
        table = Table(displayName=_table_name(name, self.workbook), ref=ref,
                      tableStyleInfo=TableStyleInfo(name=style, showRowStripes=True))
        table.tableColumns = [TableColumn(id=i, name=n) for i, n in enumerate(names, 1)]
        table.autoFilter = AutoFilter(ref=ref)
        with warnings.catch_warnings():  # the columns are given above
            warnings.simplefilter("ignore", UserWarning)
            self.ws.add_table(table)

    def print_setup(self, *, title_rows: str | None = None, header: str = "") -> None:
        """A4, one page wide, page numbers; before the first row (the page-fit setting is
        written at the top of the sheet)."""
        print_setup(self.ws, landscape=self.ws.page_setup.orientation == "landscape",
                    title_rows=title_rows, header=header)


def _escape(text: str) -> str:
    if "&" in text or "<" in text or ">" in text:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


def _needs_cleaning(text: str) -> bool:
    return len(text) > MAX_CELL_TEXT or "\r" in text or _ILLEGAL.search(text) is not None


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for name in names:
        candidate, n = name, 2
        while candidate.lower() in seen:
            candidate, n = f"{name} {n}", n + 1
        seen.add(candidate.lower())
        result.append(candidate)
    return result


def _table_name(name: str, workbook: Workbook) -> str:
    clean = _TABLE_NAME.sub("_", name) or "Tabel"
    if not clean[0].isalpha():
        clean = "T" + clean
    taken = {t.lower() for ws in workbook._sheets for t in getattr(ws, "tables", {})}
    base, n = clean, 2
    while clean.lower() in taken:
        clean, n = f"{base}{n}", n + 1
    return clean
