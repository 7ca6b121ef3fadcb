"""Batched Core inserts with progress reporting and cancellation.

Rows are buffered per table and flushed together in foreign-key order, so a child row never
reaches the database before its parent, whatever order the generators add them in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from sqlalchemy import Connection, Table

from db.models import Base

BATCH_ROWS = 20_000
REPORT_ROWS = 20_000

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The caller asked to stop; the transaction is rolled back and nothing is kept."""


class Writer:
    def __init__(self, conn: Connection, total: int, progress: Progress | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.conn = conn
        self.total = total
        self._progress = progress
        self._cancelled = cancelled
        self._order = {table: i for i, table in enumerate(Base.metadata.sorted_tables)}
        self._buffers: dict[Table, list[dict]] = {}
        self._buffered = 0
        self._since_report = 0
        self.counts: Counter[str] = Counter()
        self.done = 0
        self.label = ""
        self._phase_end = 0

    # -- rows -----------------------------------------------------------------------------

    def add(self, table: Table, row: dict) -> None:
        buffer = self._buffers.get(table)
        if buffer is None:
            buffer = self._buffers[table] = []
        buffer.append(row)
        self._since_report += 1
        if len(buffer) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        for table in sorted(self._buffers, key=self._order.__getitem__):
            rows = self._buffers[table]
            if rows:
                self.conn.execute(table.insert(), rows)
                self.counts[table.name] += len(rows)
                self._buffers[table] = []
        self.check()

    # -- progress -------------------------------------------------------------------------

    def phase(self, label: str, units: int) -> None:
        """Start a phase worth `units` of the fixed total; ends the previous one exactly."""
        self.done = self._phase_end
        self._phase_end = min(self.total, self.done + units)
        self.label = label
        self.report()

    def advance(self, units: int = 1) -> None:
        """Count work done in the current phase; reports every REPORT_ROWS rows added."""
        self.done = min(self.done + units, self._phase_end)
        if self._since_report >= REPORT_ROWS:
            self.report()

    def report(self) -> None:
        self._since_report = 0
        if self._progress is not None:
            self._progress(self.done, self.total, self.label)
        self.check()

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled("Het maken van de demowijk is afgebroken.")

    def finish(self, label: str) -> None:
        self.done = self.total
        self.label = label
        if self._progress is not None:
            self._progress(self.total, self.total, label)
