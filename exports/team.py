"""The team overview: the period reports of several workers merged into one workbook
(indicators per worker and in total, per month for the team, charts, and the stories).

Each report is read from its hidden machine-readable sheet (exports/report/machine.py). A file
that is not a Buurtboek report, of another format version, damaged, of a different period
or given twice is refused with a message naming the file and the reason; nothing is written
then. Counts shown as "<5" in an anonymous report stay unknown: a total with such parts is
shown as a range ("12–18").
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from exports.agenda import ExportCancelled
from exports.privacy import SMALL_TEXT
from exports.report.machine import (
    FORMAT, SHEET, VERSION, MachineIndicator, MachineReport, MachineStory, checksum,
)
from exports.report.summary import (
    SummaryRow, month_label, period_text, write_cover, write_summary,
)
from exports.streaming import Col, StreamSheet, discard, new_streaming_workbook
from exports.workbook import save_atomic

Progress = Callable[[int, int, str], None]
TEAM_CHARTS = (
    ("Contactmomenten", "Contactmomenten per werker", "bar"),
    ("Contactmomenten naar strategie", "Contactmomenten per werker, naar strategie", "bar"),
    ("Bereik", "Bereikte bewoners per werker", "cluster"),
    ("Nieuwe relaties naar strategie", "Nieuwe relaties per werker, naar strategie", "bar"),
)


class MergeError(Exception):
    """A file that cannot be merged; `message` names the file and the reason (Dutch)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path, self.reason = path, reason
        self.message = f"{path.name}: {reason}"
        super().__init__(self.message)


@dataclass(frozen=True)
class TeamResult:
    path: Path
    workers: int
    rows: int


def _date(value: object, path: Path) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise MergeError(path, "beschadigd: een datum op het verborgen blad is onleesbaar.") \
            from None


def read_report(path: Path | str) -> MachineReport:
    """The figures of one period report; MergeError says why a file cannot be used."""
    path = Path(path)
    if not path.is_file():
        raise MergeError(path, "bestand niet gevonden.")
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise MergeError(path, "beschadigd, of geen Excel-werkmap (.xlsx).") from None
    try:
        if SHEET not in workbook.sheetnames:
            raise MergeError(path, "geen verantwoording uit Buurtboek (het verborgen blad "
                                   "met de cijfers ontbreekt).")
        try:
            rows = [tuple(r) for r in workbook[SHEET].iter_rows(values_only=True)]
        except Exception:  # noqa: BLE001 - any parse error of a damaged sheet
            raise MergeError(path, "beschadigd: het blad met de cijfers is onleesbaar.") \
                from None
    finally:
        workbook.close()
    meta = {str(r[0]): r[1] for r in rows if r and r[0] is not None and len(r) > 1}
    if meta.get("formaat") != FORMAT:
        raise MergeError(path, "geen verantwoording uit Buurtboek.")
    try:
        version = int(meta.get("versie"))
    except (TypeError, ValueError):
        raise MergeError(path, "beschadigd: de formaatversie ontbreekt.") from None
    if version != VERSION:
        raise MergeError(path, f"formaatversie {version}; deze Buurtboek leest versie "
                               f"{VERSION}. Maak het rapport opnieuw met dezelfde versie.")
    try:
        start = rows.index(next(r for r in rows if r and r[0] == "sleutel"))
    except StopIteration:
        raise MergeError(path, "beschadigd: de tabel met cijfers ontbreekt.") from None
    months = tuple(_date(m, path) for m in str(meta.get("maanden") or "").split(";") if m)
    indicators, stories = [], []
    for r in rows[start + 1:]:
        if not r or r[0] is None:
            continue
        if r[0] == "verhaal":
            cells = [*r, *([None] * 6)][:6]
            stories.append(MachineStory(_date(cells[1], path), *(str(c or "") for c in
                                                                  cells[2:6])))
            continue
        values = [_value(v, path) for v in (*r, *([None] * (4 + len(months))))[
            3:4 + len(months)]]
        indicators.append(MachineIndicator(str(r[0]), str(r[1] or ""), str(r[2] or ""),
                                           values[0], tuple(values[1:])))
    if checksum(indicators) != meta.get("controle"):
        raise MergeError(path, "beschadigd of met de hand gewijzigd (de controle op de "
                               "cijfers klopt niet).")
    return MachineReport(version, _date(meta.get("van"), path), _date(meta.get("tot"), path),
                         str(meta.get("werker") or ""), str(meta.get("organisatie") or ""),
                         str(meta.get("privacy") or ""), str(meta.get("wijken") or ""),
                         str(meta.get("gemaakt") or ""), months, tuple(indicators),
                         tuple(stories))


def _value(value: object, path: Path) -> int | str:
    if value == SMALL_TEXT:
        return SMALL_TEXT
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value)
    if value is None:
        return 0
    raise MergeError(path, f"beschadigd: '{value}' is geen aantal.")


def read_all(paths: Sequence[Path | str]) -> list[tuple[Path, MachineReport]]:
    """Read every file; the first problem stops it (MergeError names the file)."""
    if not paths:
        raise ValueError("Kies minstens één verantwoording.")
    reports: list[tuple[Path, MachineReport]] = []
    seen: dict[Path, Path] = {}
    for given in paths:
        path = Path(given)
        key = path.resolve()
        if key in seen:
            raise MergeError(path, "staat twee keer in de lijst.")
        seen[key] = path
        report = read_report(path)
        if reports:
            first_path, first = reports[0]
            if (report.start, report.end) != (first.start, first.end):
                raise MergeError(path, f"andere periode ({period_text(report.start, report.end)}"
                                       f") dan {first_path.name} "
                                       f"({period_text(first.start, first.end)}).")
        reports.append((path, report))
    return reports


def combine(values: Sequence[int | str]) -> int | str:
    """A sum; parts shown as "<5" (1 to 4) make it a range."""
    low = sum(1 if v == SMALL_TEXT else int(v) for v in values)
    high = sum(4 if v == SMALL_TEXT else int(v) for v in values)
    return low if low == high else f"{low}–{high}"


def merge_reports(paths: Sequence[Path | str], output: Path | str,
                  progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> TeamResult:
    """Check every file first, then write the team workbook to `output` atomically."""
    progress = progress or (lambda done, total, label: None)
    cancelled = cancelled or (lambda: False)
    reports = []
    for index, path in enumerate(paths):
        progress(index, len(paths) + 1, f"{Path(path).name} lezen")
        if cancelled():
            raise ExportCancelled()
        reports = read_all(paths[:index + 1])
    first = reports[0][1]
    names = _worker_names([r for _, r in reports])
    keys: dict[str, tuple[str, str]] = {}
    for _, report in reports:
        for row in report.indicators:
            keys.setdefault(row.key, (row.group, row.label))
    by_worker = [{row.key: row for row in report.indicators} for _, report in reports]
    zero = MachineIndicator("", "", "", 0, tuple(0 for _ in first.months))
    per_worker, per_month = [], []
    for key, (group, label) in keys.items():
        rows = [found.get(key, zero) for found in by_worker]
        totals = [r.total for r in rows]
        per_worker.append(SummaryRow(group, label, (*totals, combine(totals)), key))
        months = [combine([r.per_month[i] if i < len(r.per_month) else 0 for r in rows])
                  for i in range(len(first.months))]
        per_month.append(SummaryRow(group, label, (*months, combine(totals)), key))
    if cancelled():
        raise ExportCancelled()
    progress(len(paths), len(paths) + 1, "Teamoverzicht schrijven")
    workbook = new_streaming_workbook()
    try:
        period = period_text(first.start, first.end)
        privacy = sorted({r.privacy for _, r in reports})
        write_cover(workbook, "Teamoverzicht opbouwwerk", [
            ("Periode", period), ("Werkers", ", ".join(names)),
            ("Organisatie", ", ".join(sorted({r.organisation for _, r in reports
                                              if r.organisation}))),
            ("Privacyniveau", ", ".join(privacy)),
            ("Gemaakt op", dt.datetime.now().replace(microsecond=0))],
            ["Samengevoegd uit de verantwoordingen: " + ", ".join(
                p.name for p, _ in reports) + ".",
             "Een totaal als “12–18” bevat aantallen die in een anonieme verantwoording "
             "als “<5” staan."],
            [("Per werker", "de indicatoren van de hele periode per werker en voor het team"),
             ("Team per maand", "de indicatoren van het team per maand"),
             ("Verhalen", "de gekozen verhalen van alle werkers")])
        write_summary(workbook, title=f"Teamoverzicht {period}", subtitle=", ".join(names),
                      note="Totalen per werker over de hele periode.", columns=names,
                      rows=per_worker, charts=TEAM_CHARTS, sheet_title="Per werker",
                      column_width=16)
        write_summary(workbook, title=f"Team per maand {period}", subtitle=", ".join(names),
                      note="De werkers opgeteld per maand.",
                      columns=[month_label(m) for m in first.months], rows=per_month,
                      charts=(), sheet_title="Team per maand")
        sheet = StreamSheet(workbook, "Verhalen", [
            Col("Werker", 18), Col("Datum", 11.5), Col("Titel", 30), Col("Thema", 14),
            Col("Wat veranderde", 45), Col("Verhaal", 80, wrap=True)], freeze_rows=1,
            landscape=True)
        sheet.header()
        for name, (_, report) in zip(names, reports, strict=True):
            for story in report.stories:
                sheet.append([name, story.told_on, story.title, story.theme, story.change,
                              story.body], height=min(409, 15 * (len(story.body) // 85 + 1) + 4))
        sheet.as_table("Verhalen")
        if cancelled():
            raise ExportCancelled()
        target = save_atomic(workbook, output)
    except BaseException:
        discard(workbook)
        raise
    progress(1, 1, "Klaar")
    return TeamResult(target, len(reports), len(keys))


def _worker_names(reports: Sequence[MachineReport]) -> list[str]:
    names, seen = [], {}
    for index, report in enumerate(reports, 1):
        name = report.worker or f"Werker {index}"
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return names
