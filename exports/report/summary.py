"""The cover sheet and the summary sheet (indicators per month and in total, with charts) of
a period report; the team overview uses the same summary layout with a column per worker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.chart import BarChart, LineChart, Reference

from exports.streaming import HEADER, Col, Style, StreamSheet
from exports.workbook import DATETIME_FORMAT, INTEGER_FORMAT

MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
TITLE = Style(bold=True, size=16, colour="1F3B57")
SUBTITLE = Style(italic=True, colour="555555")
GROUP = Style(bold=True, fill="F3F6F9", colour="1F3B57")
LABEL = Style(bold=True)
NOTE = Style(italic=True, colour="555555", wrap=True, valign="top")
NUMBER = Style(fmt=INTEGER_FORMAT, align="right")
TOTAL = Style(bold=True, fmt=INTEGER_FORMAT, align="right")
#: the groups drawn as charts under the summary table: (group, title, kind)
CHARTS = (
    ("Contactmomenten naar setting", "Contactmomenten per maand, naar setting", "bar"),
    ("Contactmomenten naar strategie", "Contactmomenten per maand, naar strategie", "bar"),
    ("Bereik", "Bereikte bewoners per maand", "line"),
    ("Nieuwe relaties naar strategie", "Nieuwe relaties per maand, naar strategie", "bar"),
)


def month_label(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def period_text(start: dt.date, end: dt.date) -> str:
    return f"{start:%d-%m-%Y} t/m {end:%d-%m-%Y}"


@dataclass(frozen=True)
class SummaryRow:
    group: str
    label: str
    values: tuple[int | str, ...]  # one per column (month or worker), then the total
    key: str = ""


def write_cover(workbook, title: str, facts: Sequence[tuple[str, object]],
                notes: Sequence[str], contents: Sequence[tuple[str, str]]) -> None:
    sheet = StreamSheet(workbook, "Voorblad")
    sheet.set_widths((24, 70))
    sheet.ws.sheet_view.showGridLines = False
    sheet.append([title], TITLE, height=28)
    sheet.append(["Gemaakt met Buurtboek"], SUBTITLE)
    sheet.append([])
    for label, value in facts:
        style = Style(fmt=DATETIME_FORMAT, align="left") if isinstance(value, dt.datetime) \
            else Style(align="left", wrap=True)
        sheet.append([label, value], (LABEL, style))
    sheet.append([])
    for note in notes:
        sheet.append(["", note], NOTE, height=15 * (len(note) // 75 + 1) + 2)
    if contents:
        sheet.append([])
        sheet.append(["Inhoud"], LABEL)
        for name, what in contents:
            sheet.append([name, what])


def write_summary(workbook, *, title: str, subtitle: str, note: str,
                  columns: Sequence[str], rows: Sequence[SummaryRow],
                  charts: Sequence[tuple[str, str, str]] = CHARTS,
                  sheet_title: str = "Samenvatting", column_width: float = 10) -> StreamSheet:
    """Indicators in groups, one column per month (or worker) and a total column; native
    Excel charts of the chosen groups under the table."""
    width = len(columns)
    cols = [Col("Indicator", 44), *(Col(c, column_width) for c in columns), Col("Totaal", 11)]
    sheet = StreamSheet(workbook, sheet_title, cols, landscape=True)
    sheet.column_styles([Style(indent=1), *([NUMBER] * width), TOTAL])
    lines = note.split("\n") if note else []
    sheet.ws.freeze_panes = f"B{len(lines) + 4}"  # under the header row, before any row
    sheet.append([title], TITLE, height=26)
    sheet.append([subtitle], SUBTITLE)
    for line in lines:
        sheet.append([line], SUBTITLE)
    header_row = sheet.append(["Indicator", *columns, "Totaal"], Style(
        bold=True, fill="E8EEF4", line_below=True, valign="bottom", align="center",
        wrap=column_width > 10), height=30 if column_width > 10 else None)
    group_rows: dict[str, list[int]] = {}
    current = None
    for row in rows:
        if row.group != current:
            current = row.group
            sheet.append([row.group, *([""] * (width + 1))], GROUP)
        at = sheet.append([row.label, *row.values])
        group_rows.setdefault(row.group, []).append(at)
    sheet.ws.print_title_rows = f"{header_row}:{header_row}"
    anchor_row = sheet.rows + 3
    placed = 0
    for group, chart_title, kind in charts:
        found = group_rows.get(group)
        if not found or width < 1:
            continue
        chart = LineChart() if kind == "line" else BarChart()
        if kind == "bar":  # stacked: the parts of one whole
            chart.type, chart.grouping, chart.overlap = "col", "stacked", 100
        elif kind == "cluster":  # side by side: figures that overlap (reach and its parts)
            chart.type, chart.grouping = "col", "clustered"
        chart.title = chart_title
        chart.y_axis.title = "aantal"
        chart.height, chart.width = 9, 21
        chart.y_axis.majorGridlines = chart.y_axis.majorGridlines  # keep the grid
        chart.legend.position = "b"
        for at in found:
            data = Reference(sheet.ws, min_col=1, max_col=width + 1, min_row=at, max_row=at)
            chart.add_data(data, from_rows=True, titles_from_data=True)
        if kind == "line":
            for series in chart.series:
                series.smooth = False  # a curve would suggest values between the months
        chart.set_categories(Reference(sheet.ws, min_col=2, max_col=width + 1,
                                       min_row=header_row, max_row=header_row))
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        column = "A" if placed % 2 == 0 else "H"
        sheet.ws.add_chart(chart, f"{column}{anchor_row + (placed // 2) * 19}")
        placed += 1
    return sheet


__all__ = ["HEADER", "SummaryRow", "month_label", "period_text", "write_cover",
           "write_summary"]
