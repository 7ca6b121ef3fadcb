"""Detail sheets of the period report and of list exports: one Excel table per sheet (filter
buttons, banded rows), frozen header, column widths, Dutch date and number formats. Rows
stream in: the contact-moment sheet of a million rows takes the memory of one chunk."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from db.services.report_rows import ContactDetail
from exports.privacy import ExportOptions, Pseudonyms
from exports.streaming import Col, StreamSheet
from exports.workbook import INTEGER_FORMAT

Progress = Callable[[int, int, str], None]
Check = Callable[[], None]  # raises ExportCancelled when the user pressed Cancel
SENSITIVE_LEFT_OUT = "(gevoelig — niet opgenomen)"


def contact_columns(options: ExportOptions) -> list[Col]:
    cols = [Col("Datum", 11.5), Col("Setting", 17), Col("Strategie", 13), Col("Buurt", 18),
            Col("Thema's", 24), Col("Met wie", 36),
            Col("Anoniem gesproken", 18, fmt=INTEGER_FORMAT), Col("Werker", 16)]
    if options.text:
        cols += [Col("Notitie", 60, wrap=False), Col("Vervolg", 30)]
    return cols


def contact_sheet(workbook, rows: Iterable[ContactDetail], options: ExportOptions,
                  names: Pseudonyms, *, total: int, check: Check, progress: Progress,
                  title: str = "Contactmomenten") -> int:
    """Stream contact moments into one table; returns how many rows were written."""
    columns = contact_columns(options)
    sheet = StreamSheet(workbook, title, columns, freeze_rows=1, landscape=True)
    sheet.header()
    written = 0
    text = options.text
    for row in rows:
        values = [row.occurred_on, row.setting.label, row.strategy.label if row.strategy else "",
                  row.neighbourhood, row.themes, names.names(row.participants),
                  row.anonymous_count, row.worker]
        if text:
            if row.sensitive and not options.with_sensitive:
                values += [SENSITIVE_LEFT_OUT, ""]
            else:
                values += [row.note, row.follow_up]
        sheet.append(values)
        written += 1
        if written % 2000 == 0:
            check()
            progress(written, max(total, written), "Contactmomenten schrijven")
    sheet.as_table(title)
    return written


def table_sheet(workbook, title: str, columns: list[Col], rows: Iterable[list],
                check: Check | None = None) -> int:
    sheet = StreamSheet(workbook, title, columns, freeze_rows=1, landscape=len(columns) > 5)
    sheet.header()
    written = 0
    for values in rows:
        sheet.append(values)
        written += 1
        if check is not None and written % 2000 == 0:
            check()
    sheet.as_table(title)
    return written


def ties_sheet(workbook, ties: Iterable[tuple], names: Pseudonyms) -> int:
    return table_sheet(workbook, "Nieuwe relaties", [
        Col("Sinds", 11.5), Col("Van", 30), Col("Naar", 30), Col("Strategie", 14),
        Col("Sterkte", 9, fmt=INTEGER_FORMAT)],
        ([since, names.name(a), names.name(b), strategy.label, strength]
         for since, a, b, strategy, strength in ties))


def ladder_sheet(workbook, steps: Iterable[tuple], names: Pseudonyms) -> int:
    from db.vocabulary import ParticipationLevel

    return table_sheet(workbook, "Participatiestappen", [
        Col("Datum", 11.5), Col("Bewoner", 30), Col("Naar niveau", 16)],
        ([since, names.name(who), ParticipationLevel(level).label]
         for since, who, level in steps))


def meetings_sheet(workbook, meetings: list[tuple]) -> int:
    return table_sheet(workbook, "Bijeenkomsten", [
        Col("Datum en tijd", 16), Col("Bijeenkomst", 40), Col("Buurt", 18),
        Col("Aanwezig", 10, fmt=INTEGER_FORMAT), Col("Afgemeld", 10, fmt=INTEGER_FORMAT),
        Col("Afwezig", 10, fmt=INTEGER_FORMAT)], (list(m) for m in meetings))


def signals_sheet(workbook, signals: list[tuple], options: ExportOptions,
                  names: Pseudonyms) -> int:
    columns = [Col("Datum", 11.5), Col("Thema", 16), Col("Buurt", 18),
               Col("Huishoudens", 12, fmt=INTEGER_FORMAT), Col("Bron", 24)]
    if options.text:
        columns += [Col("Plek", 24), Col("Omschrijving", 60)]

    def rows():
        for day, theme, hood, households, location, text, source, anonymous in signals:
            values = [day, theme, hood, households,
                      "anoniem" if anonymous else names.name(source)]
            if options.text:
                values += [location, text]
            yield values

    return table_sheet(workbook, "Signalen", columns, rows())


def dossiers_sheet(workbook, dossiers, outcomes: dict[int, str],
                   options: ExportOptions) -> int:
    columns = [Col("Dossier", 40), Col("Fase", 14), Col("In deze fase sinds", 12),
               Col("Thema", 16), Col("Buurt", 18), Col("Betrokkenen", 12, fmt=INTEGER_FORMAT),
               Col("Signalen", 10, fmt=INTEGER_FORMAT)]
    if options.text:
        columns.append(Col("Resultaat", 50))

    def rows():
        for d in dossiers:
            values = [d.title, d.phase.label, d.phase_since, d.theme, d.neighbourhood,
                      d.involved, d.signals]
            if options.text:
                values.append(outcomes.get(d.id, ""))
            yield values

    return table_sheet(workbook, "Dossiers", columns, rows())
