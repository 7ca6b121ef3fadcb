"""The dossier board: a column per phase, a card per dossier. A card moves to another phase
by drag-and-drop, by the context menu "Naar fase…" or with Ctrl+Shift+→ / ←; Enter or a
double click opens the dossier. The board only asks; the page makes the (undoable) move."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMenu,
    QStyle, QStyledItemDelegate, QVBoxLayout, QWidget,
)

from db.vocabulary import DossierPhase
from ui.appearance import is_dark
from ui.text import date_text, label, tr

if TYPE_CHECKING:
    from db.services.dossiers import DossierRow

MIME = "application/x-buurtboek-dossier"
ID = Qt.ItemDataRole.UserRole
DETAILS = Qt.ItemDataRole.UserRole + 1
PHASES = list(DossierPhase)
PAD = 8


def card_details(row: DossierRow) -> str:
    lines = []
    where = ", ".join(p for p in (row.theme, row.neighbourhood) if p)
    if where:
        lines.append(where)
    if row.phase_since:
        lines.append(tr("sinds {date}").format(date=date_text(row.phase_since)))
    lines.append(", ".join((
        tr("1 betrokkene") if row.involved == 1 else tr("{n} betrokkenen").format(n=row.involved),
        tr("1 signaal") if row.signals == 1 else tr("{n} signalen").format(n=row.signals))))
    return "\n".join(lines)


class CardDelegate(QStyledItemDelegate):
    """A card: a rounded box with the title in bold and the details under it."""

    def _fonts(self, option) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, option.font

    def _heights(self, option, index, width: int) -> tuple[int, int]:
        from PySide6.QtGui import QFontMetrics

        bold, plain = self._fonts(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        title = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 10_000), flags,
                                                index.data(Qt.ItemDataRole.DisplayRole) or "")
        details = QFontMetrics(plain).boundingRect(QRect(0, 0, width, 10_000), flags,
                                                   index.data(DETAILS) or "")
        return title.height(), details.height()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        width = max(80, (option.widget.viewport().width() if option.widget else 160) - 2 * PAD
                    - 8)
        title, details = self._heights(option, index, width)
        return QSize(width, title + details + 3 * PAD)

    def paint(self, painter, option, index) -> None:
        painter.save()
        rect = option.rect.adjusted(2, 3, -2, -3)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        # a soft tint of the highlight under the card's own text: paler in light mode,
        # deeper in dark mode (a pale card would hide the light text)
        tint = highlight.darker(160) if is_dark(palette) else highlight.lighter(185)
        painter.setBrush(tint if selected else palette.color(QPalette.ColorRole.Base))
        focused = selected and bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.setPen(QPen(highlight if selected
                            else palette.color(QPalette.ColorRole.Midlight), 2 if focused else 1))
        painter.drawRoundedRect(rect, 5, 5)
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
        title_height, _ = self._heights(option, index, inner.width())
        bold, plain = self._fonts(option)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(bold)
        flags = int(Qt.TextFlag.TextWordWrap)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), title_height), flags,
                         index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.setFont(plain)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(inner.left(), inner.top() + title_height + PAD // 2,
                               inner.width(), inner.height()), flags, index.data(DETAILS) or "")
        painter.restore()


class PhaseList(QListWidget):
    """One column: its cards can be dragged to another column."""

    dropped = Signal(int, object)  # dossier id, phase

    def __init__(self, phase: DossierPhase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = phase
        self.setItemDelegate(CardDelegate(self))
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)  # the source keeps its card
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAccessibleName(tr("Dossiers in fase {phase}").format(phase=label(phase)))

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        if items:
            data.setData(MIME, str(items[0].data(ID)).encode())
        return data

    def _accepts(self, event) -> bool:
        return event.mimeData().hasFormat(MIME) and event.source() is not self

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._accepts(event):
            event.ignore()
            return
        dossier_id = int(bytes(event.mimeData().data(MIME)).decode())
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        # after the drag has finished: the move reloads every column
        QTimer.singleShot(0, self, lambda: self.dropped.emit(dossier_id, self.phase))


class BoardView(QWidget):
    open_requested = Signal(int)  # dossier id
    move_requested = Signal(int, object)  # dossier id, phase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[int, DossierRow] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headings: dict[DossierPhase, QLabel] = {}
        self.columns: dict[DossierPhase, PhaseList] = {}
        for phase in PHASES:
            box = QVBoxLayout()
            heading = QLabel()
            column = PhaseList(phase)
            column.itemActivated.connect(lambda item: self.open_requested.emit(item.data(ID)))
            column.dropped.connect(self.move_requested)
            column.customContextMenuRequested.connect(
                lambda pos, c=column: self._menu(c, c.viewport().mapToGlobal(pos)))
            box.addWidget(heading)
            box.addWidget(column, 1)
            layout.addLayout(box, 1)
            self.headings[phase], self.columns[phase] = heading, column
        for keys, step in (("Ctrl+Shift+Right", 1), ("Ctrl+Shift+Left", -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=step: self.step_current(s))
            self.addAction(action)

    def show_rows(self, rows: list[DossierRow], keep: int | None = None) -> None:
        """Fill the columns; the card `keep` (or the one that had focus) stays selected."""
        keep = keep if keep is not None else self.current_id()
        self.rows = {row.id: row for row in rows}
        for phase, column in self.columns.items():
            mine = [r for r in rows if r.phase == phase]
            column.clear()
            for row in mine:
                item = QListWidgetItem(row.title)
                item.setData(ID, row.id)
                item.setData(DETAILS, card_details(row))
                item.setToolTip(tr("{title}\nEnter: openen · Ctrl+Shift+→/←: volgende/vorige "
                                   "fase · rechtermuisknop: naar fase…").format(title=row.title))
                column.addItem(item)
            self.headings[phase].setText(f"<b>{label(phase)}</b> ({len(mine)})")
        if keep is not None:
            self.select(keep)

    def select(self, dossier_id: int) -> bool:
        for column in self.columns.values():
            for i in range(column.count()):
                if column.item(i).data(ID) == dossier_id:
                    column.setCurrentRow(i)
                    column.setFocus()
                    return True
        return False

    def current_id(self) -> int | None:
        for column in self.columns.values():
            if column.hasFocus() and column.currentItem() is not None:
                return column.currentItem().data(ID)
        return None

    def card(self, dossier_id: int) -> tuple[PhaseList, QListWidgetItem] | None:
        for column in self.columns.values():
            for i in range(column.count()):
                if column.item(i).data(ID) == dossier_id:
                    return column, column.item(i)
        return None

    def step_current(self, step: int) -> None:
        """Ctrl+Shift+→ / ←: the focused card to the next or previous phase."""
        for column in self.columns.values():
            item = column.currentItem()
            if column.hasFocus() and item is not None:
                index = PHASES.index(column.phase) + step
                if 0 <= index < len(PHASES):
                    self.move_requested.emit(item.data(ID), PHASES[index])
                return

    def menu_for(self, column: PhaseList) -> QMenu | None:
        item = column.currentItem()
        if item is None:
            return None
        dossier_id = item.data(ID)
        menu = QMenu(self)
        menu.addAction(tr("Openen"), lambda: self.open_requested.emit(dossier_id))
        phases = menu.addMenu(tr("Naar fase…"))
        for phase in PHASES:
            action = phases.addAction(label(phase),
                                      lambda p=phase: self.move_requested.emit(dossier_id, p))
            action.setEnabled(phase != column.phase)
        return menu

    def _menu(self, column: PhaseList, where) -> None:
        menu = self.menu_for(column)
        if menu is not None:
            menu.exec(where)
