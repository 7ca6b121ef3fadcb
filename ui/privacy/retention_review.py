"""Bestand → Privacy → Bewaartermijnen…: the periods per kind of record, and the records past
them. Per record (or a selection): keep with a reason until a date, anonymise (the counts
stay), or delete for good (then the search index and the file are cleaned as well)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMessageBox, QPushButton, QSizePolicy, QSpinBox, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from db.events import Change
from db.services.errors import ValidationError
from db.services.storage_periods import KINDS, NOUNS
from ui.context import AppContext
from ui.privacy.consent_dialog import qdate_to_date
from ui.privacy.purge_task import BACKUP_NOTE, delete_and_purge, purge_only
from ui.text import date_text, number, tr
from ui.widgets.dialog_parts import dialog_buttons, error_label

ROLE = Qt.ItemDataRole.UserRole
HEADERS = ("Wat", "Telt vanaf", "Eerder bewaard tot")


class KeepDialog(QDialog):
    """Reason and date for keeping records past their period."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Bewaren met reden"))
        form = QFormLayout(self)
        form.addRow(QLabel(tr("{n} geselecteerd blijft bewaard tot de datum; daarna staat het "
                              "weer op deze lijst.").format(n=number(count))))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("bijvoorbeeld: lopende klacht bij de corporatie"))
        form.addRow(tr("&Reden"), self.reason)
        self.until = QDateEdit(QDate.currentDate().addYears(1))
        self.until.setDisplayFormat("dd-MM-yyyy")
        self.until.setCalendarPopup(True)
        form.addRow(tr("Bewaren &tot"), self.until)
        form.addRow(dialog_buttons(self, tr("Bewaren")))


class RetentionReviewDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.storage_periods
        self.task = None
        self.setWindowTitle(tr("Bewaartermijnen"))
        self.resize(860, 600)
        layout = QVBoxLayout(self)
        box = QGroupBox(tr("Bewaartermijnen (0 = geen termijn)"))
        periods = QFormLayout(box)
        self.spins: dict[str, QSpinBox] = {}
        for period in self.service.periods():
            spin = QSpinBox()
            spin.setRange(0, 1200)
            spin.setValue(period.months)
            spin.setSuffix(tr(" maanden {after}").format(after=tr(period.counted_from)))
            spin.setAccessibleName(tr(period.label))
            spin.setMinimumWidth(300)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            spin.editingFinished.connect(lambda k=period.kind, s=spin: self._set_period(k, s))
            self.spins[period.kind] = spin
            periods.addRow(tr(period.label), spin)
        layout.addWidget(box)
        layout.addWidget(QLabel(tr("<b>Over de termijn</b> — kies per regel (of selecteer er "
                                   "meer) wat ermee gebeurt:")))
        self.tabs = QTabWidget()
        self.tables: dict[str, QTableWidget] = {}
        for kind in KINDS:
            table = QTableWidget(0, len(HEADERS))
            table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            self.tables[kind] = table
            self.tabs.addTab(table, "")
        layout.addWidget(self.tabs, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(tr("&Bewaren met reden…"))
        self.anonymise_button = QPushButton(tr("&Anonimiseren"))
        self.anonymise_button.setToolTip(tr("Naam, contactgegevens en vrije tekst gaan weg; "
                                            "de aantallen blijven tellen"))
        self.delete_button = QPushButton(tr("&Verwijderen…"))
        self.purge_button = QPushButton(tr("Bestand &opschonen"))
        self.purge_button.setToolTip(tr("Verwijderde gegevens ook uit de zoekindex en het "
                                        "databasebestand halen"))
        self.keep_button.clicked.connect(lambda: self.keep_selected())
        self.anonymise_button.clicked.connect(lambda: self.anonymise_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.purge_button.clicked.connect(
            lambda: setattr(self, "task", purge_only(self, context, self.load)))
        for button in (self.keep_button, self.anonymise_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)
        close = QPushButton(tr("Sluiten"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        context.bridge.changed.connect(self._on_change)
        self.load()

    # -- showing ---------------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.concerns("retention", "person", "contact_moment", "dossier", "settings"):
            self.load()

    @property
    def kind(self) -> str:
        return KINDS[self.tabs.currentIndex()]

    def load(self) -> None:
        for index, kind in enumerate(KINDS):
            records = self.service.due(kind)
            total = self.service.count_due(kind)
            label = next(p.label for p in self.service.periods() if p.kind == kind)
            self.tabs.setTabText(index, f"{tr(label)} ({number(total)})")
            table = self.tables[kind]
            table.setRowCount(max(1, len(records)))
            for r, rec in enumerate(records):
                values = (rec.title, date_text(rec.reference), date_text(rec.kept_until))
                for c, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    item.setData(ROLE, rec.record_id)
                    table.setItem(r, c, item)
            if not records:
                empty = QTableWidgetItem(tr("Niets over de termijn. Goed zo."))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                table.setItem(0, 0, empty)
                for c in (1, 2):
                    table.setItem(0, c, QTableWidgetItem(""))
            table.resizeColumnToContents(1)
            table.resizeColumnToContents(2)

    def selected_ids(self) -> list[int]:
        table = self.tables[self.kind]
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
        ids = [table.item(r, 0).data(ROLE) for r in rows]
        return [i for i in ids if i is not None]

    def _need_selection(self) -> list[int] | None:
        self.error.clear()
        ids = self.selected_ids()
        if not ids:
            self.error.setText(tr("Selecteer eerst een of meer regels."))
            return None
        return ids

    # -- decisions -------------------------------------------------------------------------
    def _set_period(self, kind: str, spin: QSpinBox) -> None:
        if spin.value() != self.service.months(kind):
            try:
                self.service.set_period(kind, spin.value())
            except ValidationError as error:
                self.error.setText(error.message)

    def keep_selected(self, reason: str | None = None, until: dt.date | None = None) -> bool:
        ids = self._need_selection()
        if ids is None:
            return False
        if reason is None:
            dialog = KeepDialog(len(ids), self)
            if not dialog.exec():
                return False
            reason, until = dialog.reason.text(), qdate_to_date(dialog.until.date())
        try:
            self.service.keep(self.kind, ids, reason, until)
        except ValidationError as error:
            self.error.setText(error.message)
            return False
        return True

    def anonymise_selected(self) -> bool:
        ids = self._need_selection()
        if ids is None:
            return False
        self.service.anonymise(self.kind, ids)
        return True

    def delete_selected(self, ask: bool = True):
        ids = self._need_selection()
        if ids is None:
            return None
        noun = tr(NOUNS[self.kind][0 if len(ids) == 1 else 1])
        if ask and QMessageBox.warning(
                self, tr("Verwijderen"),
                tr("{n} {noun} definitief verwijderen? Dit kan niet ongedaan worden gemaakt. "
                   "Ook de zoekindex en het databasebestand worden opgeschoond. {backups}")
                .format(n=number(len(ids)), noun=noun, backups=tr(BACKUP_NOTE)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return None
        kind, service = self.kind, self.service

        def done(_count) -> None:
            self.context.undo_stack.clear()  # earlier edits may point at deleted records
            self.load()

        self.task = delete_and_purge(self, self.context, tr("Verwijderen"),
                                     lambda: service.delete(kind, ids), done)
        return self.task
