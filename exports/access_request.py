"""Inzageverzoek: one Excel workbook with everything Buurtboek stores about one person.

    path = export_access_request(database, person_id, "inzage.xlsx")

A first sheet explains what the workbook is, then one sheet per kind of data (person,
ties, memberships, contact moments, notes elsewhere that name them, meetings, dossiers,
stories, action points, signals, consent, audit log). Written with exports.workbook (text
stays text, dates are dates, the file appears whole or not at all). Logged in the audit
log as an inzageverzoek, with the number of rows and the file's hash.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.database import Database
from db.services.audit import AuditAction, AuditService, file_sha256
from db.services.profile import ProfileService
from db.services.subject_data import SubjectData, SubjectDataService
from exports.workbook import (
    add_sheet, freeze_below, header_row, new_workbook, print_setup, put, save_atomic,
    set_widths, write_row,
)

WIDE = 60  # columns holding notes


def _intro(workbook, data: SubjectData, worker: str) -> None:
    ws = add_sheet(workbook, "Toelichting")
    put(ws, 1, 1, f"Inzageverzoek: {data.name}", bold=True, size=14)
    lines = [
        ("Bewoner (nummer)", data.person_id),
        ("Gemaakt op", dt.datetime.now().replace(microsecond=0)),
        ("Gemaakt door", worker),
        ("Aantal regels", data.rows),
    ]
    for offset, (key, value) in enumerate(lines, 3):
        put(ws, offset, 1, key, bold=True)
        put(ws, offset, 2, value, align="left")
    row = len(lines) + 4
    put(ws, row, 1, "Wat staat waar", bold=True)
    for offset, section in enumerate(data.sections, row + 1):
        put(ws, offset, 1, section.title)
        put(ws, offset, 2, f"{len(section.rows)} regel(s)")
    note_row = row + len(data.sections) + 2
    put(ws, note_row, 1,
        "Alles wat Buurtboek over deze bewoner bewaart. Lees notities na voordat je het "
        "bestand afgeeft: andere buurtbewoners worden niet bij naam genoemd, maar een "
        "notitie kan iets over een ander vertellen.", wrap=True)
    ws.merge_cells(start_row=note_row, start_column=1, end_row=note_row, end_column=2)
    ws.row_dimensions[note_row].height = 64
    set_widths(ws, (28, 70))
    print_setup(ws)


def write_access_request(data: SubjectData, path: Path | str, worker: str = "") -> Path:
    """Write `data` as a workbook at `path` (atomically); returns the path."""
    workbook = new_workbook()
    _intro(workbook, data, worker)
    for section in data.sections:
        ws = add_sheet(workbook, section.title)
        header_row(ws, 1, section.headers)
        widths = [max(12.0, min(float(WIDE), len(h) + 4)) for h in section.headers]
        for r, values in enumerate(section.rows, 2):
            write_row(ws, r, values, wrap=True)
            for c, value in enumerate(values):
                if isinstance(value, str):
                    widths[c] = min(float(WIDE), max(widths[c], len(value) + 2))
        if not section.rows:
            put(ws, 2, 1, "(niets vastgelegd)", italic=True)
        set_widths(ws, widths)
        freeze_below(ws, 1)
        print_setup(ws, landscape=len(section.headers) > 4, title_rows="1:1")
    return save_atomic(workbook, path)


def export_access_request(db: Database, person_id: int, path: Path | str) -> Path:
    """Collect, write and log an inzageverzoek for one person."""
    data = SubjectDataService(db).collect(person_id)
    profile = ProfileService(db).current()
    written = write_access_request(data, path, profile.name if profile else "")
    AuditService(db).record(
        AuditAction.ACCESS_REQUEST, object_kind="person", object_id=person_id,
        detail=f"inzageverzoek persoon #{person_id}: {len(data.sections)} onderdelen",
        rows=data.rows, file_hash=file_sha256(written))
    return written
