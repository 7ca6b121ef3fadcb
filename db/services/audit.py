"""The audit log (AVG): an append-only record of exports, imports, deletions, erasures,
consent changes and unlocks — who, when, what, how many rows, and the file's hash.

Entries are only ever added; no service updates or deletes them. A write that must be
logged in the same transaction as its own change passes its session to `record`; a
file export (which has no transaction of its own) calls `record` after the file is in
place, with `file_sha256` of the finished file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.database import Database
from db.events import Change
from db.models import AppMeta, AuditEntry, Worker
from db.models.base import utcnow

CURRENT_WORKER_KEY = "current_worker_id"  # the same key as db.services.profile


class AuditAction(StrEnum):
    """What happened; the Dutch label is what the audit-log view shows."""

    EXPORT = "export"
    IMPORT = "import"
    DELETE = "delete"
    ERASURE = "erasure"
    ANONYMISE = "anonymise"
    CONSENT = "consent"
    UNLOCK = "unlock"
    ACCESS_REQUEST = "access_request"
    ENCRYPTION = "encryption"

    @property
    def label(self) -> str:
        return {
            "export": "Export", "import": "Import", "delete": "Verwijderd",
            "erasure": "Vergeetrecht", "anonymise": "Geanonimiseerd",
            "consent": "Toestemming", "unlock": "Ontgrendeld",
            "access_request": "Inzageverzoek", "encryption": "Versleuteling",
        }[self.value]


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    worker: str
    action: str
    object_kind: str
    object_id: int | None
    detail: str
    rows: int | None
    file_hash: str


def file_sha256(path: Path | str) -> str:
    """SHA-256 of a finished file, read in blocks (exports can be large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _current_worker_id(s: Session) -> int | None:
    meta = s.get(AppMeta, CURRENT_WORKER_KEY)
    return int(meta.value) if meta is not None and meta.value.isdigit() else None


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, action: AuditAction | str, *, object_kind: str = "",
               object_id: int | None = None, detail: str = "", rows: int | None = None,
               file_hash: str = "", session: Session | None = None) -> None:
        """Append one entry. With `session`, inside the caller's transaction (so the entry
        and the change it describes land together or not at all); otherwise on its own.
        `detail` must never hold erased or sensitive content: say what, not whose."""
        def add(s: Session) -> None:
            s.add(AuditEntry(
                at=utcnow(), worker_id=_current_worker_id(s), action=str(action),
                object_kind=object_kind, object_id=object_id, detail=detail[:2000],
                rows=rows, file_hash=file_hash))

        if session is not None:
            add(session)
            return
        with self.db.session.begin() as s:
            add(s)
        self.db.bus.publish(Change("audit", "created", ()))

    def entries(self, *, limit: int = 1000, object_kind: str | None = None,
                object_id: int | None = None, action: str | None = None) -> list[AuditRow]:
        """Newest first; optionally only the entries about one object or of one action."""
        query = (select(AuditEntry.id, AuditEntry.at, Worker.name, AuditEntry.action,
                        AuditEntry.object_kind, AuditEntry.object_id, AuditEntry.detail,
                        AuditEntry.rows, AuditEntry.file_hash)
                 .outerjoin(Worker, Worker.id == AuditEntry.worker_id)
                 .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit))
        if object_kind is not None:
            query = query.where(AuditEntry.object_kind == object_kind)
        if object_id is not None:
            query = query.where(AuditEntry.object_id == object_id)
        if action is not None:
            query = query.where(AuditEntry.action == action)
        with self.db.session() as s:
            return [AuditRow(i, at, worker or "", act, kind, oid, detail, rows, fh)
                    for i, at, worker, act, kind, oid, detail, rows, fh in s.execute(query)]
