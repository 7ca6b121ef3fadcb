"""Uit beeld: who has dropped out of sight, and which groups have no link to any institution."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from db.services.out_of_sight import GROUP_KEY
from db.vocabulary import ParticipationLevel
from ui.context import AppContext
from ui.text import date_text, label, number, tr

ROLE = Qt.ItemDataRole.UserRole


class OutOfSightView(QWidget):
    open_requested = Signal(str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("Naam"), tr("Participatie"),
                                              tr("Laatste contact"), tr("Weken"),
                                              tr("Sterkte relaties")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(tr("Uit beeld"))
        self.table.itemActivated.connect(
            lambda item: self.open_requested.emit(*item.data(ROLE)))
        body.addWidget(self.table, 3)
        side = QVBoxLayout()
        settings = QGroupBox(tr("Uit beeld na … weken zonder contact"))
        form = QFormLayout(settings)
        self.spins: dict = {}
        for level in (*ParticipationLevel, None, GROUP_KEY):
            spin = QSpinBox()
            spin.setRange(1, 520)
            spin.setSuffix(tr(" weken"))
            text = (label(level) if isinstance(level, ParticipationLevel)
                    else tr("Groepen") if level == GROUP_KEY else tr("Zonder niveau"))
            spin.setAccessibleName(text)
            spin.editingFinished.connect(lambda lv=level, sp=spin: self._set(lv, sp.value()))
            self.spins[level] = spin
            form.addRow(text, spin)
        side.addWidget(settings)
        side.addWidget(QLabel(tr("<b>Groepen zonder koppeling met een instelling</b>")))
        self.unlinked = QListWidget()
        self.unlinked.setAccessibleName(tr("Groepen zonder koppeling"))
        self.unlinked.itemActivated.connect(
            lambda item: self.open_requested.emit("group", item.data(ROLE)))
        side.addWidget(self.unlinked, 1)
        body.addLayout(side, 2)

    def _set(self, level, weeks: int) -> None:
        if self.context.services.out_of_sight.thresholds()[level] != weeks:
            self.context.services.out_of_sight.set_threshold(level, weeks)
            self.load()

    def load(self) -> None:
        service = self.context.services.out_of_sight
        for level, weeks in service.thresholds().items():
            self.spins[level].setValue(weeks)
        rows = service.list()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row.name, label(row.level) if row.level else label(row.kind),
                      date_text(row.last_contact_on), str(row.weeks), str(row.tie_strength))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ROLE, (row.kind.value, row.id))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        groups = service.groups_without_linking()
        self.unlinked.clear()
        for group in groups:
            item = QListWidgetItem(f"{group.name} ({label(group.group_kind).lower()})")
            item.setData(ROLE, group.id)
            self.unlinked.addItem(item)
        self.summary.setText(tr(
            "{n} bewoners en groepen zijn langer dan hun drempel niet gezien; bovenaan wie de "
            "sterkste banden heeft en het langst uit beeld is. {g} groepen hebben geen "
            "koppeling met een instelling.").format(n=number(len(rows)), g=len(groups)))
