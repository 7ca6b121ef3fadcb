"""Contactmomenten: every encounter, filtered and sorted in SQL, paged in as you scroll.

The rows come first, on the UI thread (one keyset page: 5–25 ms on 1,000,000 contact
moments). The count follows: exact and at once where that is cheap, otherwise capped at
10.000 and counted on a worker thread, so no filter combination holds the list up.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QTableView,
    QVBoxLayout, QWidget,
)

from db.services.contacts import ContactCount, ContactFilter, ContactRow, ContactSort, SortKey
from ui.models.paged import PAGE_SIZE, Column, PagedTableModel
from ui.pages.base import Page
from ui.pages.contact_filters import ContactFilterBar, period_bounds
from ui.privacy.sensitive import RevealedNotes, mask_text, note_column
from ui.text import date_text, label, number, tr

__all__ = ["COLUMNS", "ContactsPage", "period_bounds"]
log = logging.getLogger(__name__)


def _who(row: ContactRow) -> str:
    anonymous = tr("{n} bewoners gesproken").format(n=number(row.anonymous_count)) \
        if row.anonymous_count else ""
    return ", ".join(part for part in (row.participants, anonymous) if part)


COLUMNS = [
    Column[ContactRow](tr("Datum"), lambda r: date_text(r.occurred_on), sort_key=SortKey.DATE,
                       initial_descending=True),
    Column[ContactRow](tr("Setting"), lambda r: label(r.setting), sort_key=SortKey.SETTING),
    Column[ContactRow](tr("Strategie"), lambda r: label(r.strategy)),
    Column[ContactRow](tr("Met wie"), _who),
    Column[ContactRow](tr("Buurt"), lambda r: r.neighbourhood, sort_key=SortKey.NEIGHBOURHOOD),
    Column[ContactRow](tr("Thema's"), lambda r: r.themes),
    Column[ContactRow](tr("Werker"), lambda r: r.worker),
    Column[ContactRow](tr("Notitie"),
                       lambda r: mask_text() if r.sensitive else r.note,
                       muted=lambda r: r.sensitive),
]
WIDTHS = (88, 120, 92, 200, 110, 130, 100)
WORKER_COLUMN = 6
EMPTY_WIDTH = 560


class _Ready(QObject):
    ready = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, generation: int, latest: Callable[[], int], work: Callable[[], Any],
                 signal: _Ready) -> None:
        super().__init__()
        self.generation, self.latest, self.work, self.signal = generation, latest, work, signal

    def run(self) -> None:
        if self.latest() != self.generation:
            return  # superseded before it started: the user changed the filter again
        try:
            value = self.work()
        except Exception as error:  # shown as "could not count", never lost
            value = error
        try:
            self.signal.ready.emit(self.generation, value)
        except RuntimeError:
            pass  # the page is gone


class LatestOnly(QObject):
    """Runs reads off the UI thread, one at a time; only the newest result is applied."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._apply: Callable[[Any], None] | None = None
        self._signal = _Ready(self)
        self._signal.ready.connect(self._on_ready)

    def run(self, work: Callable[[], Any], apply: Callable[[Any], None]) -> None:
        self._generation += 1
        self._apply = apply
        self._pool.start(_Job(self._generation, lambda: self._generation, work, self._signal))

    def cancel(self) -> None:
        self._generation += 1

    def wait(self) -> None:
        """Block until the worker is idle (results still arrive through the event loop)."""
        self._pool.waitForDone()

    def _on_ready(self, generation: int, value: Any) -> None:
        if generation == self._generation and self._apply is not None:
            self._apply(value)


class ContactsPage(Page):
    kinds = ("*", "contact_moment", "person", "group", "neighbourhood", "theme", "worker")
    #: the count (or the advice of an empty list) is shown; for tests and the benchmark
    counted = Signal()

    def __init__(self, context, parent=None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(context, parent)
        # The filter (on the bar) and the sort live as long as the page: the whole session.
        self.sort = ContactSort()
        self.background = LatestOnly(self)
        layout = QVBoxLayout(self)
        self.filters = ContactFilterBar(today)
        self.filters.changed.connect(self._reload)
        layout.addWidget(self.filters)
        self.summary = QLabel()
        self.summary.setAccessibleName(tr("Aantal contactmomenten"))
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        self.excel_button = QPushButton(tr("Exporteren naar &Excel…"))
        self.excel_button.setToolTip(tr("De contactmomenten met deze filters naar Excel"))
        self.excel_button.clicked.connect(self.export_to_excel)
        summary_row.addWidget(self.excel_button)
        layout.addLayout(summary_row)

        self.revealed = RevealedNotes()  # sensitive notes clicked open, until the next reload
        columns = [*COLUMNS[:-1], note_column(self.revealed, COLUMNS[-1].title)]
        self.model = PagedTableModel(columns, self._fetch, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(tr("Contactmomenten"))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setToolTip(tr("Klik op Datum, Setting of Buurt om te sorteren"))
        header.sortIndicatorChanged.connect(self._on_header_sort)
        self._show_sort()
        for column, width in enumerate(WIDTHS):
            self.view.setColumnWidth(column, width)
        self.view.activated.connect(self._on_activated)  # double-click or Enter
        self.view.clicked.connect(self._reveal)  # a click on a masked note shows it

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        self.empty_title = QLabel()
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setFixedWidth(EMPTY_WIDTH)
        self.empty_button = QPushButton(tr("Wis filters"))
        self.empty_button.clicked.connect(self.clear_filters)
        empty_layout.addStretch(1)
        for widget in (self.empty_title, self.empty_text, self.empty_button):
            empty_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.filters.focus)

    # -- filter and sort ---------------------------------------------------------------------
    @property
    def filter(self) -> ContactFilter:
        return self.filters.filter

    def set_filter(self, f: ContactFilter, preset: str = "custom") -> None:
        """Show the contact moments matching `f` (the filter bar follows)."""
        self.filters.set_filter(f, preset)
        self._reload()

    def clear_filters(self) -> None:
        self.filters.clear()  # announces the change: the list reloads

    def set_sort(self, sort: ContactSort) -> None:
        self.sort = sort
        self._show_sort()
        self._reload()

    def _show_sort(self) -> None:
        section = next(i for i, c in enumerate(COLUMNS) if c.sort_key == self.sort.key)
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(section, Qt.SortOrder.DescendingOrder if self.sort.descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def _on_header_sort(self, section: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[section].sort_key
        if key is None:  # not sortable: the arrow goes back to where the list is sorted
            self._show_sort()
            return
        self.set_sort(ContactSort(key, order == Qt.SortOrder.DescendingOrder))

    # -- loading ---------------------------------------------------------------------------
    def _fetch(self, after: ContactRow | None, limit: int) -> list[ContactRow]:
        return self.services.contacts.page(self.filter, self.sort, after, limit)

    def load(self) -> None:
        options = self.services.contacts.filter_options()
        # one worker (a laptop of one opbouwwerker): the column would say the same every row
        self.view.setColumnHidden(WORKER_COLUMN, len(options.workers) < 2)
        self.filters.set_options(options)
        self.filters.follow_calendar()
        self._reload()

    def _reload(self) -> None:
        if not self.context.ready:
            return
        self.background.cancel()
        self.revealed.clear()
        self.model.reload()
        loaded = self.model.rowCount()
        if loaded == 0:
            self._show_empty()
            return
        self.stack.setCurrentWidget(self.view)
        contacts, f = self.services.contacts, self.filter
        if loaded < PAGE_SIZE:  # a first page that is not full is the whole list
            self._show_count(ContactCount(loaded))
        elif contacts.count_is_cheap(f):
            self._show_count(contacts.count_capped(f))
        else:
            self.summary.setText(tr("Contactmomenten tellen…"))
            self.background.run(lambda: contacts.count_capped(f), self._show_count)

    def _show_count(self, count: ContactCount | Exception) -> None:
        if isinstance(count, Exception):
            log.warning("contactmomenten tellen mislukt: %s", count)
            shown = tr("Contactmomenten (tellen lukte niet)")
        else:
            shown = (tr("Meer dan {n} contactmomenten") if count.capped
                     else tr("1 contactmoment") if count.value == 1
                     else tr("{n} contactmomenten")).format(n=number(count.value))
        if not self.filter.is_empty:
            shown += " " + tr("met deze filters")
        order = {SortKey.DATE: tr("nieuwste eerst") if self.sort.descending
                 else tr("oudste eerst"),
                 SortKey.SETTING: tr("op setting"), SortKey.NEIGHBOURHOOD: tr("op buurt")}
        self.summary.setText(f"{shown}, {order[self.sort.key]}")
        self.counted.emit()

    def _show_empty(self) -> None:
        self.stack.setCurrentWidget(self.empty)
        if self.filter.is_empty:
            self.summary.setText("")
            self.empty_title.setText(f"<h2>{tr('Nog geen contactmomenten')}</h2>")
            self._set_empty_text(tr(
                "Elk gesprek in de portiek, op straat of bij het schoolplein komt hier te staan. "
                "Leg er een vast met Ctrl+Shift+N."))
            self.empty_button.hide()
            self.counted.emit()
            return
        self.summary.setText(tr("Geen contactmomenten met deze filters"))
        self.empty_title.setText(f"<h2>{tr('Niets gevonden met deze filters')}</h2>")
        self._set_empty_text(tr("Kijken welk filter het verschil maakt…"))
        self.empty_button.show()
        contacts, f = self.services.contacts, self.filter
        self.background.run(lambda: contacts.loosen(f), self._show_advice)

    def _show_advice(self, parts: tuple[str, ...] | Exception) -> None:
        if isinstance(parts, Exception) or not parts:
            self._set_empty_text(tr("Geen enkel filter apart maakt het verschil: zet er meer "
                                    "ruimer, of wis de filters."))
        else:
            self._set_empty_text(
                tr("Zet een van deze filters ruimer om weer contactmomenten te zien: {parts}.")
                .format(parts="; ".join(self.filters.part_text(p) for p in parts)))
        self.counted.emit()

    def _set_empty_text(self, text: str) -> None:
        self.empty_text.setText(text)
        # a fixed width lets the word-wrapped label know its height (no clipped lines)
        self.empty_text.setMinimumHeight(self.empty_text.heightForWidth(EMPTY_WIDTH))

    def export_to_excel(self):
        """The contact moments as listed (filters and order) to Excel."""
        from ui.dialogs.excel_export import export_list_from

        self.task = export_list_from(self, self.services, "contactmomenten",
                                     self.summary.setText, self.filter, self.sort)
        return self.task

    # -- records -----------------------------------------------------------------------------
    def _reveal(self, index) -> None:
        if index.isValid() and index.column() == len(COLUMNS) - 1:
            row = self.model.row_at(index.row())
            if row.sensitive and self.revealed.get(row.id) is None:
                self.revealed.reveal(self.context, "contact_moment", row.id)
                self.model.dataChanged.emit(index, index)

    def _on_activated(self, index) -> None:
        if index.isValid():
            self.open_requested.emit("contact_moment", self.model.row_at(index.row()).id)

    def show_record(self, kind: str, record_id: int) -> bool:
        """Select a contact moment. Loaded: select it. Matching the filters: page on (up to
        5 pages). Otherwise the filters give way to that one day, newest first."""
        if kind != "contact_moment" or not self.context.ready:
            return False

        def wanted(row: ContactRow) -> bool:
            return row.id == record_id

        position = self.model.find(wanted)
        if position < 0:
            contacts = self.services.contacts
            record = contacts.row(record_id)
            if record is None:
                return False
            if contacts.matches(self.filter, record_id):
                position = self.model.fetch_until(wanted, max_pages=5)
            if position < 0:
                day = record.occurred_on
                self.sort = ContactSort()
                self._show_sort()
                self.set_filter(ContactFilter(date_from=day, date_to=day))
                position = self.model.fetch_until(wanted, max_pages=1000)
        if position < 0:
            return False
        index = self.model.index(position, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True
