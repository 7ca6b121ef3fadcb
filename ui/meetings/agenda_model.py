"""The agenda as a table: number, start time, subject, minutes, presenter, link. Rows are
dragged to a new place (or moved with Alt+Up/Down); edits and moves are asked of the editor
through signals, which runs them as undoable service calls. The model never changes its
own rows: it shows what the service returns after the change."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtGui import QFont

from ui.text import tr

if TYPE_CHECKING:
    from db.services.agenda import Agenda, AgendaItemRow

MIME = "application/x-buurtboek-agenda-item"
NUMBER, TIME, TITLE, DURATION, PRESENTER, LINK = range(6)
HEADERS = ("Nr", "Tijd", "Onderwerp", "Min.", "Inleider", "Gekoppeld aan")
FIELDS = {TITLE: "title", DURATION: "duration_minutes", PRESENTER: "presenter"}


def link_text(item: AgendaItemRow) -> str:
    parts = []
    if item.dossier:
        parts.append(tr("dossier {title}").format(title=item.dossier))
    if item.actor:
        parts.append(item.actor)
    return ", ".join(parts)


class AgendaModel(QAbstractTableModel):
    edit_requested = Signal(int, str, object)  # item id, field, new value
    move_requested = Signal(int, int)  # item id, new index (0-based)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: tuple[AgendaItemRow, ...] = ()
        self.carried = 0  # open action points the action-list item shows

    def set_agenda(self, agenda: Agenda | None, carried: int = 0) -> None:
        """Show `agenda`; when only values changed (same items, same order), the rows are
        updated in place, so a cell being edited stays open."""
        items = agenda.items if agenda else ()
        if [i.id for i in items] == [i.id for i in self.items]:
            old, old_carried = self.items, self.carried
            self.items, self.carried = items, carried
            for row, (before, after) in enumerate(zip(old, items, strict=True)):
                for column in range(len(HEADERS)):
                    # only cells that changed: an open editor elsewhere keeps what is typed
                    if self._value(before, column) != self._value(after, column) or (
                            column == TITLE and after.is_action_list
                            and old_carried != carried):
                        index = self.index(row, column)
                        self.dataChanged.emit(index, index)
            return
        self.beginResetModel()
        self.items, self.carried = items, carried
        self.endResetModel()

    def row_of(self, item_id: int) -> int:
        return next((n for n, item in enumerate(self.items) if item.id == item_id), -1)

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE and item.is_action_list:
                return tr("{title}  ({n} open)").format(title=item.title, n=self.carried)
            return self._value(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return {TITLE: item.title, DURATION: item.duration_minutes,
                    PRESENTER: item.presenter}.get(column, self._value(item, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.is_action_list:
                return tr("De open actiepunten van eerdere bijeenkomsten in deze reeks staan "
                          "hier vanzelf, tot ze gedaan zijn.")
            return item.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, DURATION, TIME):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == TITLE and item.is_action_list:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    @staticmethod
    def _value(item: AgendaItemRow, column: int) -> Any:
        return (str(item.number), item.starts_at.strftime("%H:%M"), item.title,
                str(item.duration_minutes), item.presenter, link_text(item))[column]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between rows
        flags = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                 | Qt.ItemFlag.ItemIsDragEnabled)
        if index.column() in FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in FIELDS:
            return False
        item = self.items[index.row()]
        field = FIELDS[index.column()]
        if value == getattr(item, field):
            return False
        self.edit_requested.emit(item.id, field, value)
        return True

    # -- drag and drop -----------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, QByteArray(str(self.items[rows[0]].id).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action, row, column, parent) -> bool:  # noqa: N802
        return data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int,  # noqa: N802
                     parent: QModelIndex) -> bool:
        """Ask for the move; return False so the view never removes rows itself."""
        if not data.hasFormat(MIME):
            return False
        try:
            item_id = int(bytes(data.data(MIME).data()).decode())
        except ValueError:
            return False
        source = self.row_of(item_id)
        if source < 0:
            return False
        if row < 0:  # dropped onto an item: take its place
            target = parent.row() if parent.isValid() else len(self.items) - 1
        else:  # dropped between rows: before `row`
            target = row - 1 if row > source else row
        target = max(0, min(target, len(self.items) - 1))
        if target != source:
            self.move_requested.emit(item_id, target)
        return False
