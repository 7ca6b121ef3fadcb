"""Toestemming (consent) of one resident: the list per purpose, giving a new one and
withdrawing one, each dated. Changes are saved at once and written to the audit log; a
consent is never deleted (a mistaken one is withdrawn), so there is no undo here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from db.services.errors import ValidationError
from db.vocabulary import ConsentMeans
from ui.context import AppContext
from ui.text import date_text, label, tr
from ui.widgets.dialog_parts import error_label

ROLE = Qt.ItemDataRole.UserRole
HEADERS = ("Doel", "Gegeven op", "Hoe", "Informatietekst", "Ingetrokken op", "Vastgelegd door")


def qdate_to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ConsentDialog(QDialog):
    def __init__(self, context: AppContext, person_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.person_id = context, person_id
        self.consent = context.services.consent
        self.setWindowTitle(tr("Toestemming — {name}").format(name=name))
        self.resize(760, 440)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Toestemming per doel (AVG). Intrekken is net zo makkelijk als "
                          "geven; een ingetrokken toestemming blijft zichtbaar met de datum. "
                          "Elke wijziging komt in het auditlog."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(tr("Toestemmingen"))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.withdraw_date = QDateEdit(QDate.currentDate())
        self.withdraw_date.setDisplayFormat("dd-MM-yyyy")
        self.withdraw_date.setCalendarPopup(True)
        self.withdraw_button = QPushButton(tr("Geselecteerde &intrekken per"))
        self.withdraw_button.clicked.connect(self.withdraw)
        row.addStretch(1)
        row.addWidget(self.withdraw_button)
        row.addWidget(self.withdraw_date)
        layout.addLayout(row)

        box = QGroupBox(tr("Nieuwe toestemming vastleggen"))
        form = QFormLayout(box)
        self.purpose = QComboBox()
        self.purpose.setEditable(True)
        self.purpose.addItems(self.consent.purposes())
        self.purpose.setAccessibleName(tr("Doel"))
        form.addRow(tr("&Doel"), self.purpose)
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setDisplayFormat("dd-MM-yyyy")
        self.given_on.setCalendarPopup(True)
        form.addRow(tr("&Gegeven op"), self.given_on)
        self.means = QComboBox()
        for means in ConsentMeans:
            self.means.addItem(label(means), means.value)
        form.addRow(tr("&Hoe"), self.means)
        self.info_version = QLineEdit(self.consent.info_version())
        self.info_version.setToolTip(tr("De versie van de privacytekst die de bewoner kreeg"))
        form.addRow(tr("&Versie informatietekst"), self.info_version)
        self.give_button = QPushButton(tr("Toestemming &vastleggen"))
        self.give_button.clicked.connect(self.give)
        form.addRow("", self.give_button)
        layout.addWidget(box)
        self.error = error_label()
        layout.addWidget(self.error)
        close = QPushButton(tr("Sluiten"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.give)
        self.load()

    def load(self) -> None:
        records = self.consent.of_person(self.person_id)
        self.table.setRowCount(len(records))
        today = dt.date.today()
        for r, rec in enumerate(records):
            values = (rec.purpose, date_text(rec.given_on), label(rec.means), rec.info_version,
                      date_text(rec.withdrawn_on), rec.worker)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ROLE, rec.id)
                if not rec.valid_on(today):
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.withdraw_button.setEnabled(bool(records))

    def give(self) -> None:
        self.error.clear()
        try:
            self.consent.give(self.person_id, self.purpose.currentText(),
                              qdate_to_date(self.given_on.date()), self.means.currentData(),
                              self.info_version.text())
        except ValidationError as error:
            self.error.setText(error.message)
            return
        self.load()

    def withdraw(self) -> None:
        self.error.clear()
        item = self.table.currentItem()
        if item is None:
            self.error.setText(tr("Kies eerst de toestemming die wordt ingetrokken."))
            return
        try:
            self.consent.withdraw(item.data(ROLE), qdate_to_date(self.withdraw_date.date()))
        except ValidationError as error:
            self.error.setText(error.message)
            return
        self.load()
