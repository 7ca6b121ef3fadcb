"""A meeting to Excel (sheet "Agenda", print-ready on A4; sheet "Notulen" with decisions and
the action list) and to plain text for an e-mail. No Qt: the command line
(`buurtboek agenda MEETING_ID -o agenda.xlsx`) and the window share it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from db.database import Database
from db.services.action_points import ActionRow
from db.services.agenda import AgendaItemRow, AgendaService, MeetingDocument
from db.vocabulary import AttendanceStatus
from exports.workbook import (
    DATE_FORMAT, add_sheet, fit_row, freeze_below, header_row, new_workbook, page_breaks,
    print_setup, printable_height, put, save_atomic, set_widths,
)

Progress = Callable[[int, int, str], None]
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
DUE_FORMAT = '"vóór "dd-mm-yyyy'

# Sheet "Agenda": Nr | Tijd | Onderwerp | Min. | Inleider | Toelichting  (fits A4 portrait)
AGENDA_WIDTHS = (4.5, 7, 34, 6, 16, 25)
AGENDA_HEADER = ("Nr", "Tijd", "Onderwerp", "Min.", "Inleider", "Toelichting")
# Sheet "Notulen": Nr | Tijd | Tekst | Wie | Vóór | Status
MINUTES_WIDTHS = (4.5, 7, 44, 16, 12.5, 10)
ACTIONS_HEADER = ("Nr", "", "Actiepunt", "Wie", "Vóór", "Status")


class ExportCancelled(Exception):
    """The user pressed Cancel; nothing was written."""


def long_date(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def owner_text(action: ActionRow) -> str:
    return action.owner or ("ikzelf" if action.owner_is_worker else "")


def _item_note(item: AgendaItemRow) -> str:
    parts = [item.description] if item.description else []
    if item.dossier and item.dossier not in item.title:
        parts.append(f"Dossier: {item.dossier}")
    if item.actor:
        parts.append(f"Met: {item.actor}")
    return "\n".join(parts)


def _meeting_block(ws: Worksheet, doc: MeetingDocument, heading: str) -> int:
    """Title and the facts of the meeting; returns the next free row."""
    meeting = doc.agenda.meeting
    put(ws, 1, 1, f"{heading} {meeting.title}", bold=True, size=14, valign="center")
    ws.row_dimensions[1].height = 24
    row = 2
    if meeting.series:
        put(ws, row, 1, meeting.series, italic=True)
        row += 1
    facts: list[tuple[str, object, str | None]] = [
        ("Datum", meeting.starts_at.date(), None),
        ("Aanvang", meeting.starts_at.time(), None),
        ("Einde", doc.agenda.ends_at.time(), None),
    ]
    facts += [(label, value, None) for label, value in (
        ("Plaats", meeting.location), ("Voorzitter", meeting.chair),
        ("Notulist", meeting.minute_taker)) if value]
    for label, value, fmt in facts:
        put(ws, row, 1, label, bold=True)
        put(ws, row, 3, value, fmt=fmt, align="left")
        row += 1
    return row + 1


def _carried_rows(ws: Worksheet, row: int, carried: tuple[ActionRow, ...], *,
                  text_col: int, owner_col: int, due_col: int, status_col: int | None,
                  widths: tuple[float, ...], due_format: str = DUE_FORMAT) -> int:
    for action in carried:
        text = f"• {action.description}"
        if action.meeting_starts_at:
            text += f" (uit {action.meeting_starts_at:%d-%m-%Y})"
        put(ws, row, text_col, text, wrap=True)
        put(ws, row, owner_col, owner_text(action), wrap=True)
        if action.due_on:
            put(ws, row, due_col, action.due_on, fmt=due_format, align="left")
        if status_col:
            put(ws, row, status_col, action.status.label)
        fit_row(ws, row, [(text, widths[text_col - 1]),
                          (owner_text(action), widths[owner_col - 1])])
        row += 1
    return row


def agenda_sheet(workbook: Workbook, doc: MeetingDocument) -> Worksheet:
    ws = add_sheet(workbook, "Agenda")
    set_widths(ws, AGENDA_WIDTHS)
    header = _meeting_block(ws, doc, "Agenda")
    header_row(ws, header, AGENDA_HEADER)
    freeze_below(ws, header)
    row, blocks = header + 1, []
    for item in doc.agenda.items:
        first = row
        note = _item_note(item)
        put(ws, row, 1, item.number, align="center")
        put(ws, row, 2, item.starts_at.time(), align="left")
        put(ws, row, 3, item.title, bold=True, wrap=True)
        put(ws, row, 4, item.duration_minutes, align="center")
        put(ws, row, 5, item.presenter, wrap=True)
        put(ws, row, 6, note, wrap=True)
        fit_row(ws, row, [(item.title, AGENDA_WIDTHS[2]), (item.presenter, AGENDA_WIDTHS[4]),
                          (note, AGENDA_WIDTHS[5])])
        row += 1
        if item.is_action_list:
            if doc.carried:
                row = _carried_rows(ws, row, doc.carried, text_col=3, owner_col=5, due_col=6,
                                    status_col=None, widths=AGENDA_WIDTHS)
            else:
                put(ws, row, 3, "Geen open actiepunten van eerdere keren.", italic=True)
                row += 1
        blocks.append((first, row - 1))
    put(ws, row, 2, doc.agenda.ends_at.time(), align="left", italic=True)
    put(ws, row, 3, "Einde", italic=True)
    blocks.append((row, row))
    print_setup(ws, title_rows=f"{header}:{header}",
                header=doc.agenda.meeting.title)
    page_breaks(ws, blocks, start_row=header + 1, page_height=printable_height(),
                repeat_height=20)
    return ws


def _names(doc: MeetingDocument, status: AttendanceStatus) -> str:
    return ", ".join(a.name for a in doc.attendance if a.status == status)


def minutes_sheet(workbook: Workbook, doc: MeetingDocument) -> Worksheet:
    ws = add_sheet(workbook, "Notulen")
    set_widths(ws, MINUTES_WIDTHS)
    row = _meeting_block(ws, doc, "Notulen")
    wide = sum(MINUTES_WIDTHS[2:])

    def paragraph(at: int, text: str, **style) -> int:
        put(ws, at, 3, text, wrap=True, **style)
        ws.merge_cells(start_row=at, start_column=3, end_row=at, end_column=6)
        fit_row(ws, at, [(text, wide)])
        return at + 1

    for label, status in (("Aanwezig", AttendanceStatus.PRESENT),
                          ("Afgemeld", AttendanceStatus.EXCUSED),
                          ("Afwezig", AttendanceStatus.ABSENT)):
        names = _names(doc, status)
        if names:
            put(ws, row, 1, label, bold=True)
            row = paragraph(row, names)
    blocks, start = [], row + 1
    row += 1
    for item in doc.agenda.items:
        first = row
        put(ws, row, 1, item.number, align="center", bold=True)
        put(ws, row, 2, item.starts_at.time(), align="left")
        put(ws, row, 3, item.title, bold=True, wrap=True)
        fit_row(ws, row, [(item.title, MINUTES_WIDTHS[2])])
        row += 1
        if item.minutes.strip():
            row = paragraph(row, item.minutes.strip())
        if item.is_action_list and doc.carried:
            row = _carried_rows(ws, row, doc.carried, text_col=3, owner_col=4, due_col=5,
                                status_col=6, widths=MINUTES_WIDTHS, due_format=DATE_FORMAT)
        for decision in doc.decisions_for(item.id):
            row = paragraph(row, f"Besluit: {decision.text}", bold=True)
        for action in doc.actions_for(item.id):
            row = _action_row(ws, row, f"Actie: {action.description}", action)
        blocks.append((first, row - 1))
        row += 1
    loose = doc.decisions_for(None)
    if loose:
        first = row
        put(ws, row, 3, "Overige besluiten", bold=True)
        row += 1
        for decision in loose:
            row = paragraph(row, f"Besluit: {decision.text}", bold=True)
        blocks.append((first, row - 1))
        row += 1
    # The action list: made at this meeting, and what is still open from earlier ones.
    first = row
    put(ws, row, 1, "Actielijst", bold=True, size=12)
    row += 1
    header_row(ws, row, ACTIONS_HEADER)
    row += 1
    actions = [*doc.actions, *doc.carried]
    if not actions:
        put(ws, row, 3, "Geen actiepunten.", italic=True)
        row += 1
    for number, action in enumerate(actions, 1):
        text = action.description
        if action.meeting_id != doc.agenda.meeting.id and action.meeting_starts_at:
            text += f" (uit {action.meeting_starts_at:%d-%m-%Y})"
        put(ws, row, 1, number, align="center")
        row = _action_row(ws, row, text, action)
    blocks.append((first, min(row - 1, first + 4)))  # keep the heading with its first rows
    print_setup(ws, title_rows="1:1")
    page_breaks(ws, blocks, start_row=start, page_height=printable_height(),
                repeat_height=24)
    return ws


def _action_row(ws: Worksheet, row: int, text: str, action: ActionRow) -> int:
    put(ws, row, 3, text, wrap=True)
    put(ws, row, 4, owner_text(action), wrap=True)
    if action.due_on:
        put(ws, row, 5, action.due_on, align="left")
    put(ws, row, 6, action.status.label)
    fit_row(ws, row, [(text, MINUTES_WIDTHS[2]), (owner_text(action), MINUTES_WIDTHS[3])])
    return row + 1


def build_workbook(doc: MeetingDocument) -> Workbook:
    workbook = new_workbook()
    agenda_sheet(workbook, doc)
    minutes_sheet(workbook, doc)
    return workbook


def export_agenda(db: Database, meeting_id: int, path: Path | str,
                  progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the agenda and minutes of a meeting to `path` (.xlsx); the work function for
    ui.tasks.Task and the command line. Raises ValidationError for an unknown meeting."""
    progress = progress or (lambda done, total, label: None)
    cancelled = cancelled or (lambda: False)
    progress(0, 3, "Bijeenkomst lezen")
    doc = AgendaService(db).document(meeting_id)
    if cancelled():
        raise ExportCancelled()
    progress(1, 3, "Werkmap opbouwen")
    workbook = build_workbook(doc)
    if cancelled():
        raise ExportCancelled()
    progress(2, 3, "Bestand schrijven")
    written = save_atomic(workbook, path)
    progress(3, 3, "Klaar")
    return written


# -- plain text, for an e-mail -----------------------------------------------------------------
def _heading(doc: MeetingDocument, word: str) -> list[str]:
    meeting = doc.agenda.meeting
    lines = [f"{word} {meeting.title}",
             f"{long_date(meeting.starts_at.date())}, {meeting.starts_at:%H:%M}–"
             f"{doc.agenda.ends_at:%H:%M}" + (f", {meeting.location}" if meeting.location else "")]
    roles = [f"{label}: {name}" for label, name in (("Voorzitter", meeting.chair),
                                                     ("Notulist", meeting.minute_taker)) if name]
    if roles:
        lines.append(" · ".join(roles))
    return [*lines, ""]


def _action_line(action: ActionRow, indent: str, with_status: bool = False) -> str:
    details = [d for d in (owner_text(action),
                           f"vóór {action.due_on:%d-%m-%Y}" if action.due_on else "",
                           action.status.label.lower() if with_status else "") if d]
    return f"{indent}- {action.description}" + (f" ({', '.join(details)})" if details else "")


def _indented(text: str, indent: str) -> list[str]:
    return [f"{indent}{line}" if line else "" for line in text.strip().split("\n")]


def agenda_text(doc: MeetingDocument) -> str:
    lines = _heading(doc, "Agenda")
    indent = " " * 11
    for item in doc.agenda.items:
        lines.append(f"{item.number:>2}. {item.starts_at:%H:%M}  {item.title} "
                     f"({item.duration_minutes} min)" +
                     (f" – {item.presenter}" if item.presenter else ""))
        note = _item_note(item)
        if note:
            lines += _indented(note, indent)
        if item.is_action_list:
            lines += [_action_line(a, indent) for a in doc.carried] or \
                [f"{indent}(geen open actiepunten)"]
    lines.append(f"    {doc.agenda.ends_at:%H:%M}  Einde")
    return "\n".join(lines) + "\n"


def minutes_text(doc: MeetingDocument) -> str:
    lines = _heading(doc, "Notulen")
    for label, status in (("Aanwezig", AttendanceStatus.PRESENT),
                          ("Afgemeld", AttendanceStatus.EXCUSED),
                          ("Afwezig", AttendanceStatus.ABSENT)):
        names = _names(doc, status)
        if names:
            lines.append(f"{label}: {names}")
    if lines[-1]:
        lines.append("")
    indent = "    "
    for item in doc.agenda.items:
        lines.append(f"{item.number}. {item.title}")
        if item.minutes.strip():
            lines += _indented(item.minutes, indent)
        if item.is_action_list:
            lines += [_action_line(a, indent, True) for a in doc.carried]
        lines += [f"{indent}Besluit: {d.text}" for d in doc.decisions_for(item.id)]
        lines += [f"{indent}Actie: {_action_line(a, '')[2:]}" for a in doc.actions_for(item.id)]
        lines.append("")
    loose = doc.decisions_for(None)
    if loose:
        lines += ["Overige besluiten", *[f"{indent}Besluit: {d.text}" for d in loose], ""]
    actions = [*doc.actions, *doc.carried]
    lines.append("Actielijst")
    lines += [_action_line(a, indent, True) for a in actions] or [f"{indent}(geen)"]
    return "\n".join(lines) + "\n"
