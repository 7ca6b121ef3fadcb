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
SQLITE_VARIABLES = 32_766  # the bound-parameter limit of SQLite 3.32 and later
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
        self._statements: dict[tuple[str, tuple[str, ...]], str] = {}
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
                self._insert(table, rows)
                self.counts[table.name] += len(rows)
                self._buffers[table] = []
        self.check()

    def _insert(self, table: Table, rows: list[dict]) -> None:
        """Multi-row INSERT statements on SQLite: with the search index's triggers, each
        single-row statement of an executemany makes FTS5 flush its buffer, about 4x
        slower. Elsewhere (PostgreSQL) executemany is the fast path."""
        if self.conn.dialect.name != "sqlite":
            self.conn.execute(table.insert(), rows)
            return
        columns = list(rows[0])
        dialect = self.conn.dialect
        # the columns' own conversions (dates, enums, booleans) as SQLAlchemy would apply
        processors = [table.c[c].type._cached_bind_processor(dialect) for c in columns]
        per_statement = max(1, min(500, SQLITE_VARIABLES // len(columns)))
        for start in range(0, len(rows), per_statement):
            chunk = rows[start:start + per_statement]
            if len(chunk) == per_statement:
                statement = self._statements.get((table.name, tuple(columns)))
                if statement is None:
                    statement = self._statements[table.name, tuple(columns)] = \
                        self._multi_row(table, columns, per_statement)
            else:
                statement = self._multi_row(table, columns, len(chunk))
            self.conn.exec_driver_sql(statement, tuple(
                value if convert is None or value is None else convert(value)
                for row in chunk for value, convert in zip(
                    (row[c] for c in columns), processors, strict=True)))

    @staticmethod
    def _multi_row(table: Table, columns: list[str], count: int) -> str:
        row = "(" + ", ".join("?" * len(columns)) + ")"
        names = ", ".join(f'"{c}"' for c in columns)
        return f'INSERT INTO "{table.name}" ({names}) VALUES ' + ", ".join([row] * count)

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
