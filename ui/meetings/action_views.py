"""Action points in lists: those of one meeting (with what is still open from earlier
meetings of the series), and the overview of every open action point, overdue first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from db.vocabulary import ActionStatus
from ui.appearance import error_colour
from ui.context import AppContext
from ui.meetings.action_edits import (
    ActionDialog, change_action, changed_values, create_action, delete_action, owner_text,
)
from ui.models.paged import Column, PagedTableModel
from ui.text import date_text, label, number, tr

if TYPE_CHECKING:
    from db.services.action_points import ActionRow
    from db.services.agenda import MeetingDocument


def late_colour() -> QColor:
    """Overdue dates: red that reads on the table's background, light or dark."""
    return QColor(error_colour())


def due_text(row: ActionRow) -> str:
    if row.due_on is None:
        return ""
    return date_text(row.due_on) + (tr(" (te laat)") if row.overdue() else "")


class FirstError:
    """Error sink for a dialog: the first message goes back to the dialog; messages that
    come later (from undo or redo) go to the page."""

    def __init__(self, later: Callable[[str], None]) -> None:
        self.later, self.message, self.closed = later, "", False

    def __call__(self, message: str) -> None:
        if self.closed:
            self.later(message)
        else:
            self.message = message


class _ActionButtons:
    """What both lists share: edit in a dialog, mark done, delete; all undoable."""

    context: AppContext
    on_error: Callable[[str], None]
    reload: Callable[[], None]
    dialog: ActionDialog | None

    def current_action(self) -> ActionRow | None:
        raise NotImplementedError

    def dialog_items(self, row: ActionRow | None) -> tuple:
        return ()

    def edit_current(self) -> ActionDialog | None:
        row = self.current_action()
        if row is None:
            return None
        sink = FirstError(self.on_error)

        def submit(values: dict[str, Any]) -> str | None:
            changed = changed_values(row, values)
            if changed and not change_action(self.context, sink, row, **changed):
                return sink.message
            sink.closed = True
            self.reload()
            return None
        self.dialog = ActionDialog(self.context, submit, row, self.dialog_items(row),
                                   parent=self)  # type: ignore[arg-type]
        self.dialog.open()
        return self.dialog

    def mark_done(self) -> None:
        row = self.current_action()
        if row is not None and row.status != ActionStatus.DONE:
            if change_action(self.context, self.on_error, row, status=ActionStatus.DONE):
                self.reload()

    def delete_current(self) -> None:
        row = self.current_action()
        if row is not None and delete_action(self.context, self.on_error, row):
            self.reload()


class MeetingActions(_ActionButtons, QWidget):
    """The action list of one meeting: made here (all), and still open from earlier."""

    HEADERS = ("Actiepunt", "Wie", "Vóór", "Status", "Agendapunt of herkomst")

    def __init__(self, context: AppContext, reload: Callable[[], None],
                 on_error: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.reload, self.on_error = context, reload, on_error
        self.document: MeetingDocument | None = None
        self.rows: list[ActionRow] = []
        self.dialog: ActionDialog | None = None
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("&Nieuw actiepunt…"))
        self.edit_button = QPushButton(tr("&Bewerken…"))
        self.done_button = QPushButton(tr("&Gedaan"))
        self.delete_button = QPushButton(tr("Verwijderen"))
        for button in (self.new_button, self.edit_button, self.done_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in self.HEADERS])
        self.table.setAccessibleName(tr("Actiepunten van deze bijeenkomst"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.new_button.clicked.connect(lambda: self.new_action())
        self.edit_button.clicked.connect(self.edit_current)
        self.done_button.clicked.connect(self.mark_done)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        remove = QAction(tr("Verwijderen"), self.table)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.delete_current)
        self.table.addAction(remove)

    def set_document(self, document: MeetingDocument | None) -> None:
        current = self.current_action()
        self.document = document
        self.rows = [*document.actions, *document.carried] if document else []
        meeting_id = document.agenda.meeting.id if document else None
        self.table.setRowCount(len(self.rows))
        for n, row in enumerate(self.rows):
            origin = row.agenda_item if row.meeting_id == meeting_id else tr(
                "open uit {date}").format(date=date_text(row.meeting_starts_at))
            values = (row.description, owner_text(row), due_text(row), label(row.status),
                      origin)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 2 and row.overdue():
                    cell.setForeground(late_colour())
                if column == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, row.id)
                    cell.setToolTip(row.description)
                self.table.setItem(n, column, cell)
        for column in range(1, len(self.HEADERS)):
            self.table.resizeColumnToContents(column)
        if current is not None:
            self.select(current.id)
        own = len(document.actions) if document else 0
        carried = len(document.carried) if document else 0
        self.summary.setText(tr("{own} actiepunten uit deze bijeenkomst, {carried} nog open "
                                "van eerdere keren (die staan ook op de actielijst van de "
                                "agenda, tot ze gedaan zijn).").format(own=own, carried=carried))

    def select(self, action_id: int) -> bool:
        for n, row in enumerate(self.rows):
            if row.id == action_id:
                self.table.selectRow(n)
                return True
        return False

    def current_action(self) -> ActionRow | None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        row = selected[0].row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def dialog_items(self, row: ActionRow | None) -> tuple:
        if self.document is None or (row and row.meeting_id != self.document.agenda.meeting.id):
            return ()
        return self.document.agenda.items

    def new_action(self, agenda_item_id: int | None = None) -> ActionDialog | None:
        if self.document is None:
            return None
        meeting_id = self.document.agenda.meeting.id
        sink = FirstError(self.on_error)

        def submit(values: dict[str, Any]) -> str | None:
            if create_action(self.context, sink, meeting_id=meeting_id, **values) is None:
                return sink.message
            sink.closed = True
            self.reload()
            return None
        self.dialog = ActionDialog(self.context, submit, None, self.document.agenda.items,
                                   agenda_item_id, parent=self)
        self.dialog.open()
        return self.dialog


class OverviewModel(PagedTableModel):
    """Open action points, paged; overdue ones in red."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and \
                index.column() == 0 and self.row_at(index.row()).overdue():
            return late_colour()
        return super().data(index, role)


class ActionOverview(_ActionButtons, QWidget):
    """Every open action point, overdue first, from meetings, dossiers and contacts."""

    open_meeting = Signal(int)

    def __init__(self, context: AppContext, on_error: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.on_error = context, on_error
        self.dialog: ActionDialog | None = None
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.summary = QLabel()
        self.done_button = QPushButton(tr("&Gedaan"))
        self.edit_button = QPushButton(tr("&Bewerken…"))
        self.meeting_button = QPushButton(tr("Naar de &bijeenkomst"))
        self.excel_button = QPushButton(tr("Exporteren naar &Excel…"))
        self.excel_button.clicked.connect(self.export_to_excel)
        buttons.addWidget(self.summary, 1)
        for button in (self.done_button, self.edit_button, self.meeting_button,
                       self.excel_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        columns = [
            Column(tr("Vóór"), due_text),
            Column(tr("Actiepunt"), lambda r: r.description),
            Column(tr("Wie"), owner_text),
            Column(tr("Status"), lambda r: label(r.status)),
            Column(tr("Uit"), lambda r: r.source),
        ]
        self.model = OverviewModel(columns, self._fetch, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Open actiepunten"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self.done_button.clicked.connect(self.mark_done)
        self.edit_button.clicked.connect(self.edit_current)
        self.meeting_button.clicked.connect(self._go_to_meeting)
        self.view.doubleClicked.connect(lambda _i: self._go_to_meeting() or self.edit_current())

    def _fetch(self, after: ActionRow | None, limit: int) -> list[ActionRow]:
        return self.context.services.action_points.open_page(after, limit)

    def export_to_excel(self):
        """The open action points as listed here, to Excel (privacy level asked)."""
        from ui.dialogs.excel_export import export_list_from

        self.task = export_list_from(self, self.context.services, "actiepunten",
                                     self.summary.setText)
        return self.task

    def reload(self) -> None:
        current = self.current_action()
        selected = self.view.selectionModel().selectedRows()
        position = selected[0].row() if selected else -1
        self.model.reload()
        for column in (0, 2, 3):
            self.view.resizeColumnToContents(column)
        self.view.setColumnWidth(1, max(260, self.view.width() // 2))
        total, late = self.context.services.action_points.count_open()
        self.summary.setText(tr("{n} open actiepunten, waarvan {late} te laat").format(
            n=number(total), late=number(late)) if total else
            tr("Geen open actiepunten. Nieuwe maak je bij een bijeenkomst, in de notulen."))
        if current is not None and not self.select(current.id, fetch=False) and \
                self.model.rowCount():  # it was done: keep the place in the list
            self.view.selectRow(min(position, self.model.rowCount() - 1))

    def select(self, action_id: int, fetch: bool = True) -> bool:
        row = next((n for n in range(self.model.rowCount())
                    if self.model.row_at(n).id == action_id), -1)
        while row < 0 and fetch and self.model.canFetchMore():
            start = self.model.rowCount()
            self.model.fetchMore()
            row = next((n for n in range(start, self.model.rowCount())
                        if self.model.row_at(n).id == action_id), -1)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        return row >= 0

    def current_action(self) -> ActionRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _go_to_meeting(self) -> bool:
        row = self.current_action()
        if row is None or row.meeting_id is None:
            return False
        self.open_meeting.emit(row.meeting_id)
        return True
