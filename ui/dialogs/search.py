"""Zoeken (Ctrl+K): one field over names, notes, meetings, dossiers, signals and stories.

Results follow the typing (150 ms after the last key), grouped by kind under a heading,
the matching words marked. ↑/↓ move through the results while the cursor stays in the
field, Enter opens the chosen record (`open_requested(kind, id)`) and closes the dialog,
Esc closes it. The search itself is db.services.search (FTS5 in SQL).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QStackedWidget,
    QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from ui.appearance import is_dark
from ui.context import AppContext
from ui.text import date_text, number, tr

if TYPE_CHECKING:
    from db.services.search import Marked, SearchGroup, SearchHit, SearchResults

DEBOUNCE_MS = 150
LIMIT_PER_KIND = 5
ROLE_HTML = Qt.ItemDataRole.UserRole + 1
ROLE_TARGET = Qt.ItemDataRole.UserRole + 2  # (kind, id) of a result; None for a heading
ROLE_MORE = Qt.ItemDataRole.UserRole + 3
MARK_STYLE = "background-color:#ffe27a; color:#1d1d1d; font-weight:600"
SELECTED = QColor("#d7e6fb")  # light mode; dark mode: see selected()
MUTED = "#5f6368"


def selected() -> QColor:
    return QColor("#27415f") if is_dark() else SELECTED


def muted() -> str:
    return "#a8acb0" if is_dark() else MUTED


def detail_colour() -> str:
    return "#c8cacc" if is_dark() else "#3c4043"


def marked_html(marked: Marked) -> str:
    """Escaped text with the matched words highlighted."""
    return "".join(f'<span style="{MARK_STYLE}">{html.escape(part)}</span>' if matched
                   else html.escape(part) for part, matched in marked.parts)


def hit_html(hit: SearchHit) -> str:
    title = marked_html(hit.title) or html.escape(tr("(zonder titel)"))
    day = (f'&nbsp;&nbsp;<span style="color:{muted()}">{date_text(hit.date)}</span>'
           if hit.date else "")
    detail = marked_html(hit.snippet)
    if hit.sensitive:  # the service left the sensitive text out of the snippet
        secret = f"<i>{html.escape(tr('(gevoelig — open om te lezen)'))}</i>"
        detail = f"{detail} · {secret}" if detail else secret
    second = f'<br><span style="color:{detail_colour()}">{detail}</span>' if detail else ""
    return f"<b>{title}</b>{day}{second}"


class ResultDelegate(QStyledItemDelegate):
    """Draws a heading (small capitals) or a result (rich text, two lines at most)."""

    PADDING = 6

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def _document(self, markup: str, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(self.view.font())
        doc.setDocumentMargin(0)
        doc.setHtml(markup)
        doc.setTextWidth(max(50.0, width))
        return doc

    def _width(self) -> float:
        return self.view.viewport().width() - 2 * self.PADDING - 14

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt
        markup = index.data(ROLE_HTML)
        if markup is None:  # heading
            return QSize(100, option.fontMetrics.height() + 16)
        doc = self._document(markup, self._width())
        return QSize(int(self._width()), int(doc.size().height()) + 2 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        rect = option.rect
        markup = index.data(ROLE_HTML)
        if markup is None:
            font = QFont(option.font)
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.85)
            font.setCapitalization(QFont.Capitalization.AllUppercase)
            painter.setFont(font)
            painter.setPen(QColor(muted()))
            text_rect = rect.adjusted(self.PADDING, 8, -self.PADDING, 0)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(text_rect, align, index.data(Qt.ItemDataRole.DisplayRole))
            more = index.data(ROLE_MORE)
            if more:
                small = QFont(option.font)
                small.setPointSizeF(small.pointSizeF() * 0.85)
                painter.setFont(small)
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight
                                 | Qt.AlignmentFlag.AlignVCenter, more)
            painter.restore()
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, selected())
            painter.fillRect(rect.adjusted(0, 0, -(rect.width() - 3), 0), QColor("#1a73e8"))
        doc = self._document(markup, self._width())
        painter.translate(rect.left() + self.PADDING + 8, rect.top() + self.PADDING)
        doc.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.restore()


class SearchDialog(QDialog):
    """Ctrl+K. Emits `open_requested(kind, id)` for the chosen result, then closes."""

    open_requested = Signal(str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_results: SearchResults | None = None
        self.setWindowTitle(tr("Zoeken"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)

        self.field = QLineEdit()
        self.field.setPlaceholderText(tr("Zoek op naam, straat of woord…"))
        self.field.setAccessibleName(tr("Zoeken"))
        self.field.setClearButtonEnabled(True)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.field.setFont(font)
        self.field.setMinimumHeight(36)
        self.field.installEventFilter(self)
        layout.addWidget(self.field)

        self.results = QListWidget()
        self.results.setAccessibleName(tr("Zoekresultaten"))
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the field
        self.results.setStyleSheet("QListWidget { border: none; }")
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message.setContentsMargins(24, 32, 24, 0)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.results)
        layout.addWidget(self.stack, 1)

        hint = QLabel(tr("↑ ↓ kiezen  ·  Enter openen  ·  Esc sluiten"))
        hint.setStyleSheet(f"color: {muted()};")
        layout.addWidget(hint)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(lambda _text: self.timer.start())
        context.bridge.changed.connect(self._on_change)
        self._show_message(self._intro())
        self.field.setFocus()

    # -- searching ----------------------------------------------------------------------------
    def search_now(self) -> None:
        """Search for what is in the field now (the debounce timer calls this)."""
        self.timer.stop()
        typed = self.field.text()
        if not typed.strip():
            self.last_results = None
            self._show_message(self._intro())
            return
        if self.context.services is None:
            self._show_message(tr("De database is nog niet geopend."))
            return
        results = self.context.services.search.search(typed, limit_per_kind=LIMIT_PER_KIND)
        self.last_results = results
        if results.too_short:
            self._show_message(tr("Typ minstens twee letters."))
        elif not results.groups:
            self._show_message(
                "<p style='font-size:12pt'>"
                + html.escape(tr("Niets gevonden voor “{text}”.").format(text=typed.strip()))
                + f"</p><p style='color:{muted()}'>"
                + html.escape(tr("Controleer de spelling, of typ minder of kortere woorden: "
                                 "een resultaat bevat al je woorden."))
                + "</p>")
        else:
            self._fill(results.groups)

    def _fill(self, groups: tuple[SearchGroup, ...]) -> None:
        self.results.clear()
        for group in groups:
            heading = QListWidgetItem(tr(group.label))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            if group.more:
                heading.setData(ROLE_MORE, tr("meer dan {n} — typ verder om te verfijnen")
                                .format(n=number(len(group.hits))))
            self.results.addItem(heading)
            for hit in group.hits:
                item = QListWidgetItem(hit.title.text)
                item.setData(ROLE_HTML, hit_html(hit))
                item.setData(ROLE_TARGET, (hit.kind, hit.record_id))
                item.setToolTip(hit.title.text)
                self.results.addItem(item)
        self.stack.setCurrentWidget(self.results)
        self._move(+1, start=-1)

    def _intro(self) -> str:
        return (
            "<h3>" + html.escape(tr("Zoeken in Buurtboek")) + "</h3><p>"
            + html.escape(tr("Namen, adressen, e-mail en telefoon van bewoners, groepen en "
                             "plekken; notities van contactmomenten; bijeenkomsten en notulen; "
                             "dossiers, signalen en verhalen."))
            + f"</p><p style='color:{muted()}'>"
            + tr("Typ het begin van een woord: <i>voed</i> vindt <i>voedselbank</i>, en "
                 "<i>zoe</i> vindt ook <i>Zoë</i>. Met meer woorden vind je wat ze allemaal "
                 "bevat.")
            + "</p>")

    def _show_message(self, markup: str) -> None:
        self.results.clear()
        self.message.setText(markup)
        self.stack.setCurrentWidget(self.message)

    def _on_change(self, _change) -> None:
        if self.field.text().strip():
            self.timer.start()  # something was saved meanwhile: search again

    # -- choosing and opening -----------------------------------------------------------------
    def current_target(self) -> tuple[str, int] | None:
        item = self.results.currentItem()
        return item.data(ROLE_TARGET) if item is not None else None

    def _move(self, step: int, start: int | None = None) -> None:
        """Select the next (step > 0) or previous result, skipping headings."""
        row = self.results.currentRow() if start is None else start
        count = self.results.count()
        direction = 1 if step > 0 else -1
        for _ in range(abs(step)):
            probe = row + direction
            while 0 <= probe < count and self.results.item(probe).data(ROLE_TARGET) is None:
                probe += direction
            if not 0 <= probe < count:
                break
            row = probe
        if 0 <= row < count and self.results.item(row).data(ROLE_TARGET) is not None:
            self.results.setCurrentRow(row)
            if row == self._first_result_row():
                self.results.scrollToTop()  # keep the first heading in view
            else:
                self.results.scrollToItem(self.results.item(row))

    def _first_result_row(self) -> int:
        for row in range(self.results.count()):
            if self.results.item(row).data(ROLE_TARGET) is not None:
                return row
        return -1

    def open_current(self) -> bool:
        if self.timer.isActive():
            self.search_now()  # Enter before the debounce fired: search what was typed
        item = self.results.currentItem()
        if item is None or item.data(ROLE_TARGET) is None:
            return False
        self._open_item(item)
        return True

    def _open_item(self, item: QListWidgetItem) -> None:
        target = item.data(ROLE_TARGET)
        if target is None:
            return
        kind, record_id = target
        self.open_requested.emit(kind, int(record_id))
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5,
                     Qt.Key.Key_PageUp: -5}
            if key in steps:
                self._move(steps[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)
