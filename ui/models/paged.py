"""A table model that pages rows in from a service as the user scrolls.

It never holds more than the rows scrolled past, and each page is a keyset query,
so the first screen of a million contact moments costs one small query.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

Row = TypeVar("Row")
PAGE_SIZE = 200


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    value: Callable[[Row], Any]
    align_right: bool = False
    #: what the page sorts on (in SQL) when this header is clicked; None: not sortable
    sort_key: Any = None
    #: the order a first click on this header sorts in (dates: newest first)
    initial_descending: bool = False
    #: rows for which this cell is a placeholder rather than data (shown grey and italic)
    muted: Callable[[Row], bool] | None = None


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]],
                 fetch: Callable[[Row | None, int], list[Row]], parent=None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._page_size = page_size
        self._rows: list[Row] = []
        self._exhausted = False

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch(None, self._page_size)
        self._exhausted = len(self._rows) < self._page_size
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and not self._exhausted and bool(self._rows)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt override
        if parent.isValid() or self._exhausted or not self._rows:
            return
        more = self._fetch(self._rows[-1], self._page_size)
        self._exhausted = len(more) < self._page_size
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def column(self, section: int) -> Column[Row]:
        return self._columns[section]

    def find(self, predicate: Callable[[Row], bool]) -> int:
        """The position of the first loaded row that satisfies `predicate`, or -1."""
        return next((i for i, row in enumerate(self._rows) if predicate(row)), -1)

    def fetch_until(self, predicate: Callable[[Row], bool], max_pages: int) -> int:
        """Page in (at most `max_pages` more pages) until a row satisfies `predicate`;
        its position, or -1."""
        found = self.find(predicate)
        while found < 0 and max_pages > 0 and self.canFetchMore():
            start = len(self._rows)
            self.fetchMore()
            max_pages -= 1
            found = next((i for i in range(start, len(self._rows))
                          if predicate(self._rows[i])), -1)
        return found

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.value(self._rows[index.row()])
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column.muted is not None and role in (Qt.ItemDataRole.ForegroundRole,
                                                 Qt.ItemDataRole.FontRole):
            if not column.muted(self._rows[index.row()]):
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.InitialSortOrderRole and column.sort_key is not None:
            order = (Qt.SortOrder.DescendingOrder if column.initial_descending
                     else Qt.SortOrder.AscendingOrder)
            return order.value  # the header reads an int
        return None
