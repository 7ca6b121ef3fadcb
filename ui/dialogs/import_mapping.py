"""The mapping step of the import: the first rows of the file, and above every column a
choice of the field it fills (guessed from the Dutch header, "— niet importeren —" when
the header says nothing we know)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from db.services.import_values import IGNORE, IGNORE_LABEL, TARGETS, guess_mapping
from exports.import_files import SourceTable
from ui.appearance import error_colour
from ui.text import date_text, number, tr

PREVIEW_ROWS = 12
FIELD_ROW = 0  # the table's first row holds the choices; the rows of the file follow


class MappingStep(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget()
        self.table.setAccessibleName(tr("Voorbeeld en kolomkeuze"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.combos: list[QComboBox] = []

    def show_table(self, table: SourceTable) -> None:
        self.intro.setText(tr(
            "<b>{file}</b> ({what}): {rows} rijen; links het rijnummer in het bestand. Kies per "
            "kolom wat erin staat. Kolommen op „niet importeren” blijven buiten Buurtboek: "
            "neem alleen over wat je nodig hebt.")
            .format(file=table.file_name, what=table.description, rows=number(len(table.rows))))
        guessed = guess_mapping(table.header)
        shown = table.rows[:PREVIEW_ROWS]
        self.table.clear()
        self.table.setColumnCount(len(table.header))
        self.table.setRowCount(len(shown) + 1)
        self.table.setHorizontalHeaderLabels(list(table.header))
        self.table.setVerticalHeaderLabels(
            [tr("wordt")] + [str(n) for n in table.row_numbers[:PREVIEW_ROWS]])
        self.combos = []
        for column, title in enumerate(table.header):
            combo = QComboBox()
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setAccessibleName(tr("Veld voor kolom {name}").format(name=title))
            combo.addItem(tr(IGNORE_LABEL), IGNORE)
            for target, label in TARGETS.items():
                combo.addItem(tr(label), target)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(column, IGNORE))))
            combo.currentIndexChanged.connect(self._on_choice)
            self.table.setCellWidget(FIELD_ROW, column, combo)
            self.combos.append(combo)
            for row, cells in enumerate(shown, start=1):
                value = cells[column]
                text = date_text(value) if isinstance(value, dt.date) else value
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            width = max(self.table.columnWidth(column), self.combos[column].sizeHint().width())
            self.table.setColumnWidth(column, min(width + 8, 240))
        self.table.setRowHeight(FIELD_ROW, self.combos[0].sizeHint().height() + 6
                                if self.combos else 30)
        self._on_choice()

    def mapping(self) -> dict[int, str]:
        return {i: combo.currentData() for i, combo in enumerate(self.combos)
                if combo.currentData()}

    def set_field(self, column: int, target: str) -> None:
        self.combos[column].setCurrentIndex(max(0, self.combos[column].findData(target)))

    def has_name(self) -> bool:
        return any(t in ("first_name", "last_name", "full_name")
                   for t in self.mapping().values())

    def _on_choice(self) -> None:
        chosen = self.mapping()
        used = [TARGETS[t] for t in dict.fromkeys(chosen.values())]
        if not self.has_name():
            self.hint.setText(tr("Kies welke kolom de naam bevat (Voornaam, Achternaam of "
                                 "Naam): zonder naam kan niemand worden toegevoegd."))
            self.hint.setStyleSheet(f"color: {error_colour()};")
        else:
            self.hint.setText(tr("Wordt overgenomen: {fields}.").format(
                fields=", ".join(tr(u) for u in used)))
            self.hint.setStyleSheet("")
        self.changed.emit()
