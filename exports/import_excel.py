"""Workbooks for the import: the raw cells of the first sheet with data, and its merged ranges.

Two readers. python-calamine (Rust) is the default: reading a 100.000-row, 12-column
workbook takes about a tenth of openpyxl's read-only mode (bench/import_rows.py measures
both in the same run). openpyxl read-only stays as the fallback and the benchmark's peer;
read-only mode does not parse merged ranges, so `_merged_ranges` reads them from the
sheet's XML itself.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

try:  # a wheel for every platform we ship; the fallback keeps the import working without it
    import python_calamine
except ImportError:  # pragma: no cover - exercised only where the wheel is missing
    python_calamine = None

READERS = ("calamine", "openpyxl")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+[0-9]+):([A-Z]+[0-9]+)"')
DEFAULT_READER = "calamine" if python_calamine is not None else "openpyxl"


class WorkbookUnreadable(Exception):
    """The reader refused the file; `detail` is its own (English) explanation, for the log."""

    def __init__(self, detail: str, *, password: bool = False) -> None:
        super().__init__(detail)
        self.detail = detail
        self.password = password


class TooManyRows(Exception):
    def __init__(self, rows: int) -> None:
        super().__init__(rows)
        self.rows = rows


@dataclass
class RawSheet:
    """Cell values as the reader gives them (str, float, int, bool, date, datetime, None),
    row by row from the sheet's first used row; `first_row` is that row's 0-based index.
    `merged` holds (top, left, bottom, right), 0-based and inclusive, in sheet coordinates."""

    name: str
    rows: list[list[object]]
    first_row: int = 0
    first_column: int = 0
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    sheet_names: tuple[str, ...] = ()
    reader: str = ""


def read_workbook(path: Path, reader: str = DEFAULT_READER, *, max_rows: int) -> RawSheet:
    if reader not in READERS:
        raise ValueError(f"unknown reader {reader!r}")
    if reader == "calamine" and python_calamine is None:
        reader = "openpyxl"
    try:
        if reader == "calamine":
            return _read_calamine(path, max_rows)
        return _read_openpyxl(path, max_rows)
    except (WorkbookUnreadable, TooManyRows, MemoryError, KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:  # noqa: BLE001 - a Rust panic (pyo3's PanicException
        # derives from BaseException) or a reader's own bug on a strange file: refuse the
        # file with a message instead of taking the app down
        raise WorkbookUnreadable(f"{type(error).__name__}: {error}") from None


def _has_values(rows: Iterable[list[object]]) -> bool:
    return any(value not in (None, "") for row in rows for value in row)


def _read_calamine(path: Path, max_rows: int) -> RawSheet:
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as error:
        raise WorkbookUnreadable(str(error), password=True) from None
    except (python_calamine.CalamineError, OSError, ValueError) as error:
        raise WorkbookUnreadable(str(error)) from None
    try:
        names = tuple(workbook.sheet_names)
        visible = [meta.name for meta in workbook.sheets_metadata
                   if meta.visible == python_calamine.SheetVisibleEnum.Visible
                   and meta.typ == python_calamine.SheetTypeEnum.WorkSheet] or list(names)
        first: RawSheet | None = None
        for name in visible:
            try:
                sheet = workbook.get_sheet_by_name(name)
            except python_calamine.PasswordError as error:
                raise WorkbookUnreadable(str(error), password=True) from None
            except (python_calamine.CalamineError, ValueError) as error:
                raise WorkbookUnreadable(str(error)) from None
            if sheet.height > max_rows:
                raise TooManyRows(sheet.height)
            rows = sheet.to_python(skip_empty_area=True)
            start = sheet.start or (0, 0)
            merged = [(top, left, bottom, right)
                      for (top, left), (bottom, right) in (sheet.merged_cell_ranges or [])]
            raw = RawSheet(name, rows, start[0], start[1], merged, names, "calamine")
            if _has_values(rows):
                return raw
            first = first or raw
        return first or RawSheet("", [], sheet_names=names, reader="calamine")
    finally:
        workbook.close()


def _merged_ranges(path: Path, sheet_path: str) -> list[tuple[int, int, int, int]]:
    """(top, left, bottom, right), 0-based, from the <mergeCell ref="E3:F3"/> elements."""
    from openpyxl.utils.cell import range_boundaries

    ranges, tail = [], b""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(sheet_path.lstrip("/")) as stream:
            while block := stream.read(1 << 20):
                text = tail + block
                for first, last in _MERGE.findall(text):
                    left, top, right, bottom = range_boundaries(
                        f"{first.decode()}:{last.decode()}")
                    ranges.append((top - 1, left - 1, bottom - 1, right - 1))
                tail = text[-200:]  # a match cut in two is found whole next time
    except (KeyError, OSError, ValueError, zipfile.BadZipFile):
        return []  # no merged ranges is a fine answer for a file openpyxl could read
    return list(dict.fromkeys(ranges))


def _read_openpyxl(path: Path, max_rows: int) -> RawSheet:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise WorkbookUnreadable(str(error)) from None
    try:
        names = tuple(workbook.sheetnames)
        first: RawSheet | None = None
        for sheet in workbook.worksheets:
            if getattr(sheet, "sheet_state", "visible") != "visible":
                continue
            rows: list[list[object]] = []
            for values in sheet.iter_rows(values_only=True):
                rows.append(list(values))
                if len(rows) > max_rows:
                    raise TooManyRows(len(rows))
            while rows and not _has_values(rows[-1:]):
                rows.pop()
            merged = _merged_ranges(path, getattr(sheet, "_worksheet_path", ""))
            raw = RawSheet(sheet.title, rows, 0, 0, merged, names, "openpyxl")
            if _has_values(rows):
                return raw
            first = first or raw
        return first or RawSheet("", [], sheet_names=names, reader="openpyxl")
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as error:
        raise WorkbookUnreadable(str(error)) from None
    finally:
        workbook.close()
