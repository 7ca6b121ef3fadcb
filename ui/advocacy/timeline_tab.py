"""Tijdlijn: actions, phases reached, meetings and contact moments in date order, and a line
to add an action (letter, petition, speaking at the council, talk with the alderman, ...)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from db.services.dossier_read import timeline
from db.vocabulary import DossierActionKind
from ui.advocacy import commands
from ui.advocacy.signal_dialog import pydate, qdate
from ui.context import AppContext
from ui.text import date_text, label, tr

if TYPE_CHECKING:
    from db.services.dossier_read import DossierDetail

RECORD = Qt.ItemDataRole.UserRole


class TimelineTab(QWidget):
    def __init__(self, context: AppContext, on_error: Callable[[str], None],
                 open_record: Callable[[str, int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.on_error, self.open_record = context, on_error, open_record
        self.detail: DossierDetail | None = None
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Datum"), tr("Wat"), tr("Omschrijving"), tr("Resultaat")])
        self.tree.setAccessibleName(tr("Tijdlijn"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setColumnWidth(0, 90)
        self.tree.setColumnWidth(1, 150)
        self.tree.setColumnWidth(2, 380)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)

        add = QHBoxLayout()
        self.day = QDateEdit(qdate(dt.date.today()))
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setCalendarPopup(True)
        self.kind = QComboBox()
        for kind in DossierActionKind:
            self.kind.addItem(label(kind), kind)
        self.description = QLineEdit()
        self.description.setPlaceholderText(tr("Wat er gebeurde, bijvoorbeeld: brief aan de "
                                               "wethouder"))
        self.result = QLineEdit()
        self.result.setPlaceholderText(tr("Resultaat (mag later)"))
        self.add_button = QPushButton(tr("Actie &toevoegen"))
        self.remove_button = QPushButton(tr("Actie verwijderen"))
        for widget, name in ((self.day, tr("Datum van de actie")), (self.kind, tr("Soort actie")),
                             (self.description, tr("Omschrijving van de actie")),
                             (self.result, tr("Resultaat van de actie"))):
            widget.setAccessibleName(name)
        add.addWidget(self.day)
        add.addWidget(self.kind)
        add.addWidget(self.description, 3)
        add.addWidget(self.result, 2)
        add.addWidget(self.add_button)
        layout.addLayout(add)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(self.add_action)
        self.description.returnPressed.connect(self.add_action)
        self.result.returnPressed.connect(self.add_action)
        self.remove_button.clicked.connect(self.remove_action)

    def set_detail(self, detail: DossierDetail) -> None:
        self.detail = detail
        self.tree.clear()
        for entry in timeline(detail):
            item = QTreeWidgetItem([date_text(entry.day), tr(entry.what), entry.text,
                                    entry.result])
            item.setData(0, RECORD, (entry.source, entry.record_id))
            item.setToolTip(2, entry.text)
            item.setToolTip(3, entry.result)
            if entry.source == "phase":
                font = item.font(1)
                font.setBold(True)
                item.setFont(1, font)
            self.tree.addTopLevelItem(item)
        if not self.tree.topLevelItemCount():
            self.tree.addTopLevelItem(QTreeWidgetItem(
                ["", "", tr("Nog niets gebeurd. Voeg hieronder de eerste actie toe.")]))
        self.tree.scrollToBottom()

    def _activated(self, item: QTreeWidgetItem) -> None:
        record = item.data(0, RECORD)
        if record and record[0] in ("meeting", "contact"):
            self.open_record("meeting" if record[0] == "meeting" else "contact_moment",
                             record[1])

    def add_action(self) -> int | None:
        if self.detail is None:
            return None
        parts, dossier_id = self.context.services.dossier_parts, self.detail.id
        values = {"occurred_on": pydate(self.day.date()), "kind": self.kind.currentData(),
                  "description": self.description.text(), "result": self.result.text()}
        wid = commands.worker_id(self.context)
        made = commands.run(
            self.context, tr("Actie toevoegen"),
            lambda prev: parts.add_action(dossier_id, **values, worker_id=wid, action_id=prev),
            parts.remove_action, self.on_error)
        if made is not None:
            self.description.clear()
            self.result.clear()
            self.on_error("")
        return made

    def remove_action(self) -> bool:
        item = self.tree.currentItem()
        record = item.data(0, RECORD) if item else None
        if not record or record[0] != "action":
            self.on_error(tr("Kies eerst een actie in de tijdlijn (fasen, bijeenkomsten en "
                             "contactmomenten haal je elders weg)."))
            return False
        parts = self.context.services.dossier_parts
        return commands.remove(self.context, tr("Actie verwijderen"),
                               lambda: parts.remove_action(record[1]),
                               lambda values: parts.add_action(**values), self.on_error)
