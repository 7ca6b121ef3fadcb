"""Verhalen: stories and contact moments marked as story; tick the ones for the next report.

Ticking is an undoable edit (Ctrl+Z). A contact moment marked as story becomes a story the
first time it is ticked (its note is the text); undo takes it out of the report again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ui.appearance import error_colour
from ui.meetings.commands import perform
from ui.text import date_text, tr

if TYPE_CHECKING:
    from db.services.periods import Period
    from db.services.stories import StoryRow
    from ui.context import AppContext

COLUMNS = ("Voor rapport", "Datum", "Verhaal", "Thema", "Wat veranderde")


class StoriesPanel(QWidget):
    open_requested = Signal(str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[StoryRow] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet(f"color: {error_colour()};")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(tr("Verhalen"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.cellDoubleClicked.connect(self._open)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def load(self, period: Period) -> None:
        self.rows = self.context.services.stories.list(period)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                          | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked if row.selected else Qt.CheckState.Unchecked)
            tick.setToolTip(tr("Aanvinken: dit verhaal gaat mee in het volgende rapport"))
            title = row.title if row.story_id else tr("{title} (contactmoment)").format(
                title=row.title)
            cells = [tick, QTableWidgetItem(date_text(row.told_on)), QTableWidgetItem(title),
                     QTableWidgetItem(row.theme), QTableWidgetItem(row.change)]
            for c, cell in enumerate(cells):
                if c:
                    cell.setToolTip(cell.text())
                self.table.setItem(r, c, cell)
        self.table.blockSignals(False)
        chosen = sum(1 for r in self.rows if r.selected)
        if self.rows:
            self.summary.setText(tr("{n} verhalen in deze periode, {k} gekozen voor het volgende "
                                    "rapport. Vink aan wat mee moet; dubbelklik om een "
                                    "contactmoment te openen.").format(n=len(self.rows), k=chosen))
        else:
            self.summary.setText(tr("Nog geen verhalen in deze periode. Zet bij een contactmoment "
                                    "het vinkje ‘Dit is een verhaal’ aan: dan verschijnt het "
                                    "hier, en kun je het kiezen voor je rapport."))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        self.set_selected(item.row(), item.checkState() == Qt.CheckState.Checked)

    def set_selected(self, index: int, selected: bool) -> None:
        """Select (or deselect) the story in row `index` for the report, undoably."""
        row = self.rows[index]
        stories = self.context.services.stories
        text = tr("Verhaal kiezen voor rapport") if selected else tr("Verhaal uit rapport halen")
        self.message.clear()
        if row.story_id is not None:
            story_id = row.story_id
            perform(self.context, text, lambda: stories.set_selected(story_id, selected),
                    lambda _: (lambda: stories.set_selected(story_id, not selected),
                               lambda: stories.set_selected(story_id, selected)),
                    self.message.setText)
        else:
            moment = row.contact_moment_id
            perform(self.context, text, lambda: stories.write_up(moment, selected),
                    lambda story_id: (lambda: stories.set_selected(story_id, not selected),
                                      lambda: stories.set_selected(story_id, selected)),
                    self.message.setText)

    def _open(self, r: int, _column: int) -> None:
        row = self.rows[r]
        if row.contact_moment_id is not None:
            self.open_requested.emit("contact_moment", row.contact_moment_id)
