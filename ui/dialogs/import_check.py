"""The check step of the import: how many rows can come in, which rows are refused and why,
which are skipped because the person is already there, and the choice to import only the
valid rows when some are refused."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ui.appearance import error_colour, is_dark
from ui.text import number, tr

if TYPE_CHECKING:
    from db.services.person_import import ImportCheck

MAX_SHOWN = 2000  # rows of the report shown; the summary counts them all
REFUSED_COLOUR = QColor("#fdecea")  # light mode; row_colours() follows light and dark
DUPLICATE_COLOUR = QColor("#fff8e1")
DARK_REFUSED_COLOUR = QColor("#4a2623")
DARK_DUPLICATE_COLOUR = QColor("#463c1c")


def row_colours() -> tuple[QColor, QColor]:
    """Backgrounds of refused and duplicate rows, soft enough for the text on top."""
    if is_dark():
        return DARK_REFUSED_COLOUR, DARK_DUPLICATE_COLOUR
    return REFUSED_COLOUR, DUPLICATE_COLOUR


class CheckStep(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(tr("Geweigerde en dubbele rijen"))
        self.table.setHorizontalHeaderLabels([tr("Rij"), tr("Wat"), tr("Waarom")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.more = QLabel()
        self.more.hide()
        layout.addWidget(self.more)
        self.valid_only = QCheckBox(tr("Alleen de geldige rijen importeren (de geweigerde rijen "
                                       "blijven buiten Buurtboek)"))
        self.valid_only.toggled.connect(self.changed)
        layout.addWidget(self.valid_only)
        self.check: ImportCheck | None = None

    def show_check(self, check: ImportCheck) -> None:
        self.check = check
        parts = [tr("<b>{n} van de {total} rijen</b> kunnen worden geïmporteerd.").format(
            n=number(len(check.people)), total=number(check.total))]
        if check.refused:
            refused = (tr("1 rij is geweigerd") if len(check.refused) == 1 else
                       tr("{n} rijen zijn geweigerd").format(n=number(len(check.refused))))
            parts.append(tr("<span style='color:#b3261e'><b>{refused}</b></span> (zie hieronder "
                            "waarom). Verbeter het bestand en probeer opnieuw, of importeer "
                            "alleen de geldige rijen.").format(refused=refused)
                         .replace("#b3261e", error_colour()))  # the colour for this mode
        if check.duplicates:
            parts.append(tr("1 rij staat al in Buurtboek of eerder in het bestand en wordt "
                            "overgeslagen.") if len(check.duplicates) == 1 else
                         tr("{n} rijen staan al in Buurtboek of eerder in het bestand en worden "
                            "overgeslagen.").format(n=number(len(check.duplicates))))
        if check.new_neighbourhoods:
            parts.append(tr("Nieuwe buurten: {names}.").format(
                names=", ".join(check.new_neighbourhoods[:8])
                + (" …" if len(check.new_neighbourhoods) > 8 else "")))
        if not check.refused and not check.duplicates:
            parts.append(tr("Alle rijen zijn in orde."))
        self.summary.setText(" ".join(parts))
        refused_colour, duplicate_colour = row_colours()
        rows = [(r.row, tr("Geweigerd"), " ".join(r.reasons), refused_colour)
                for r in check.refused]
        rows += [(d.row, tr("Dubbel"), f"{d.name} {d.reason}", duplicate_colour)
                 for d in check.duplicates]
        rows.sort(key=lambda item: item[0])
        shown = rows[:MAX_SHOWN]
        self.table.setRowCount(len(shown))
        for index, (row, what, why, colour) in enumerate(shown):
            for column, text in enumerate((str(row), what, why)):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(colour))
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(rows))
        self.more.setText(tr("De eerste {n} van {total} meldingen staan hierboven.").format(
            n=number(MAX_SHOWN), total=number(len(rows))) if len(rows) > MAX_SHOWN else "")
        self.more.setVisible(len(rows) > MAX_SHOWN)
        self.valid_only.setChecked(False)
        self.valid_only.setVisible(bool(check.refused) and bool(check.people))
        self.changed.emit()

    def may_import(self) -> bool:
        """All rows are fine, or the user chose to import the valid ones only."""
        if self.check is None or not self.check.people:
            return False
        return not self.check.refused or self.valid_only.isChecked()
