"""Signalen: every signal with filters (period, theme, neighbourhood, only loose ones),
several selected at once to combine into one collective signal, and "Dossier maken van
signaal". Every edit is one undoable step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from db.services.signals import SignalFilter, SignalRow, first_line
from ui.advocacy import commands
from ui.appearance import error_colour, ok_colour
from ui.context import AppContext
from ui.text import date_text, number, tr
from ui.widgets.dialog_parts import error_label

ID = Qt.ItemDataRole.UserRole
PERIODS = (("Alle perioden", None), ("Laatste 3 maanden", 91), ("Laatste 12 maanden", 365))
COLUMNS = ("Datum", "Signaal", "Thema", "Buurt", "Huishoudens", "Bron", "Hoort bij")


class SignalsView(QWidget):
    open_dossier = Signal(int)
    record_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[SignalRow] = []
        self.pending: int | None = None  # chosen once the list has reloaded
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.period = QComboBox()
        for text, days in PERIODS:
            self.period.addItem(tr(text), days)
        self.theme = QComboBox()
        self.hood = QComboBox()
        self.loose = QCheckBox(tr("Alleen &losse signalen (nog niet gecombineerd, geen dossier)"))
        for widget, name in ((self.period, tr("Periode")), (self.theme, tr("Thema")),
                             (self.hood, tr("Buurt"))):
            widget.setAccessibleName(name)
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            widget.currentIndexChanged.connect(lambda _i: self.load())
            filters.addWidget(widget)
        self.loose.toggled.connect(lambda _on: self.load())
        filters.addWidget(self.loose)
        filters.addStretch(1)
        layout.addLayout(filters)

        buttons = QHBoxLayout()
        self.record_button = QPushButton(tr("Signaal &vastleggen… (Ctrl+Shift+S)"))
        self.combine_button = QPushButton(tr("&Combineren…"))
        self.combine_button.setToolTip(tr("Kies twee of meer signalen (Ctrl+klik): ze worden "
                                          "één gebundeld signaal met de huishoudens opgeteld."))
        self.dossier_button = QPushButton(tr("&Dossier maken van signaal"))
        self.edit_button = QPushButton(tr("&Wijzigen…"))
        self.delete_button = QPushButton(tr("Verwijderen"))
        for button in (self.record_button, self.combine_button, self.dossier_button,
                       self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self.message = error_label()
        self.message.hide()
        layout.addWidget(self.message)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setAccessibleName(tr("Signalen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.count = QLabel()
        layout.addWidget(self.count)

        self.record_button.clicked.connect(self.record_requested)
        self.combine_button.clicked.connect(self.ask_combine)
        self.dossier_button.clicked.connect(self.make_dossier)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        delete = QAction(self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)
        self._selection_changed()

    @property
    def services(self):
        return self.context.services

    def show_message(self, text: str, ok: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ok_colour() if ok else error_colour()};")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- filling -----------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        for combo, everything, options in (
                (self.theme, tr("Alle thema's"), [(t, t) for t in
                                                  self.services.signals.themes()]),
                (self.hood, tr("Alle buurten"),
                 [(name, i) for i, name in self.services.people.neighbourhoods()])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in options:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)

    def filters(self) -> SignalFilter:
        days = self.period.currentData()
        return SignalFilter(start=dt.date.today() - dt.timedelta(days=days) if days else None,
                            theme=self.theme.currentData(),
                            neighbourhood_id=self.hood.currentData(),
                            loose_only=self.loose.isChecked())

    def load(self) -> None:
        if not self.context.ready:
            return
        if self.theme.count() == 0:
            self._fill_filters()
        chosen = set(self.selected_ids())
        self.rows = self.services.signals.list(self.filters())
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            text = first_line(row.description, 140)
            if row.members:
                text = tr("{text} (gebundeld uit {n})").format(text=text, n=row.members)
            belongs = row.dossier or (tr("gecombineerd") if row.combined_into_id else "")
            values = (date_text(row.observed_on), text, row.theme, row.neighbourhood,
                      number(row.households), row.source, belongs)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID, row.id)
                if c == 1:
                    item.setToolTip(row.description)
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.clearSelection()
        if self.pending is not None and self.select_signal(self.pending):
            self.pending = None
        else:
            for r, row in enumerate(self.rows):
                if row.id in chosen:
                    self.table.selectRow(r)
        self.table.setVisible(bool(self.rows))
        filtered = self.filters() != SignalFilter()
        self.empty.setVisible(not self.rows)
        self.empty.setText(
            tr("Geen signalen met deze keuze; zet de filters op 'Alle' om alles te zien.")
            if filtered else
            tr("Nog geen signalen. Merk je iets dat niet klopt in de buurt (gordijnen die "
               "overdag dicht blijven, lekkages die niemand oplost)? Leg het vast met "
               "'Signaal vastleggen…' (Ctrl+Shift+S)."))
        self.count.setVisible(bool(self.rows))
        self.count.setText(tr("{n} signalen, samen {h} huishoudens").format(
            n=number(len(self.rows)), h=number(sum(r.households for r in self.rows
                                                   if r.combined_into_id is None))))
        self._selection_changed()

    def select_signal(self, signal_id: int) -> bool:
        for r, row in enumerate(self.rows):
            if row.id == signal_id:
                self.table.clearSelection()
                self.table.selectRow(r)
                self.table.scrollToItem(self.table.item(r, 0))
                return True
        return False

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r].id for r in rows if r < len(self.rows)]

    def _selection_changed(self) -> None:
        chosen = self.selected_ids()
        self.combine_button.setEnabled(len(chosen) >= 2)
        self.dossier_button.setEnabled(len(chosen) == 1)
        self.edit_button.setEnabled(len(chosen) == 1)
        self.delete_button.setEnabled(len(chosen) == 1)

    # -- edits -------------------------------------------------------------------------------
    def ask_combine(self) -> None:
        chosen = self.selected_ids()
        if len(chosen) < 2:
            return
        rows = [r for r in self.rows if r.id in chosen]
        households = sum(r.households for r in rows)
        text, ok = QInputDialog.getText(
            self, tr("Signalen combineren"),
            tr("{n} signalen worden één gebundeld signaal met {h} huishoudens.\n"
               "Omschrijving:").format(n=len(rows), h=number(households)),
            text=tr("Gebundeld: {t}").format(t=first_line(rows[0].description, 200)))
        if ok:
            self.combine(chosen, text)

    def combine(self, signal_ids: list[int], description: str = "") -> int | None:
        signals, wid = self.services.signals, commands.worker_id(self.context)
        made = commands.run(
            self.context, tr("{n} signalen combineren").format(n=len(signal_ids)),
            lambda prev: signals.combine(signal_ids, description, worker_id=wid,
                                         signal_id=prev),
            signals.split, self.show_message)
        if made is not None:
            self.show_message(tr("Gecombineerd. Ongedaan maken: Ctrl+Z"), ok=True)
            self.pending = made
        return made

    def make_dossier(self) -> int | None:
        chosen = self.selected_ids()
        if len(chosen) != 1:
            return None
        signal_id = chosen[0]
        signals, dossiers = self.services.signals, self.services.dossiers
        wid = commands.worker_id(self.context)
        made = commands.run(
            self.context, tr("Dossier maken van signaal"),
            lambda prev: signals.to_dossier(signal_id, worker_id=wid, dossier_id=prev),
            dossiers.delete, self.show_message)
        if made is not None:
            self.show_message("")
            self.open_dossier.emit(made)
        return made

    def edit_selected(self) -> None:
        chosen = self.selected_ids()
        if len(chosen) == 1:
            from ui.advocacy.signal_dialog import SignalDialog

            SignalDialog(self.context, self, chosen[0]).exec()

    def delete_selected(self) -> bool:
        chosen = self.selected_ids()
        if len(chosen) != 1:
            return False
        signals = self.services.signals
        return commands.remove(self.context, tr("Signaal verwijderen"),
                               lambda: signals.delete(chosen[0]), signals.restore,
                               self.show_message)
