"""The audit log to Excel (AVG accountability): who did what, when, how many rows, with
which file hash. The export is itself logged."""

from __future__ import annotations

from pathlib import Path

from db.database import Database
from db.services.audit import AuditAction, AuditRow, AuditService, file_sha256
from exports.workbook import (
    add_sheet, freeze_below, header_row, new_workbook, print_setup, save_atomic, set_widths,
    write_row,
)

HEADERS = ("Wanneer (UTC)", "Actie", "Door", "Soort", "Nummer", "Wat", "Rijen",
           "Bestandshash (SHA-256)")
ALL = 10_000_000


def action_label(code: str) -> str:
    try:
        return AuditAction(code).label
    except ValueError:
        return code


def write_audit_log(rows: list[AuditRow], path: Path | str) -> Path:
    workbook = new_workbook()
    ws = add_sheet(workbook, "Auditlog")
    header_row(ws, 1, HEADERS)
    for r, e in enumerate(rows, 2):
        write_row(ws, r, (e.at, action_label(e.action), e.worker, e.object_kind, e.object_id,
                          e.detail, e.rows, e.file_hash))
    set_widths(ws, (18, 16, 20, 14, 9, 70, 8, 66))
    freeze_below(ws, 1)
    print_setup(ws, landscape=True, title_rows="1:1")
    return save_atomic(workbook, path)


def export_audit_log(db: Database, path: Path | str, action: str | None = None) -> Path:
    """All entries (of one action when given), newest first; then the export is logged."""
    audit = AuditService(db)
    rows = audit.entries(limit=ALL, action=action)
    written = write_audit_log(rows, path)
    what = f"auditlog ({action_label(action).lower()})" if action else "auditlog"
    audit.record(AuditAction.EXPORT, object_kind="audit_log", detail=what, rows=len(rows),
                 file_hash=file_sha256(written))
    return written
