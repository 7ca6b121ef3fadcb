"""A new meeting: in a series (its agenda starts from the series' template, with the standing
action list), in a new series, or on its own. The date and time are proposed from the
series' rhythm; a wrong or missing date gets a clear message in the dialog itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ui.widgets.dialog_parts import dialog_buttons, error_label
from ui.text import date_text, tr

if TYPE_CHECKING:
    from db.services import Services

LOOSE, NEW = -1, -2  # combo data for "no series" and "new series"


class NewMeetingDialog(QDialog):
    """`submit(values)` creates the meeting and returns an error message, or None."""

    def __init__(self, services: Services, submit: Callable[[dict[str, Any]], str | None],
                 series_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.submit = services, submit
        self.setWindowTitle(tr("Nieuwe bijeenkomst"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.series = QComboBox()
        self.series.setAccessibleName(tr("Reeks"))
        for row in services.meetings.series():
            self.series.addItem(row.name, row.id)
        self.series.addItem(tr("Nieuwe reeks…"), NEW)
        self.series.addItem(tr("— losse bijeenkomst, geen reeks —"), LOOSE)
        self.new_series = QLineEdit()
        self.new_series.setPlaceholderText(tr("Naam van de nieuwe reeks, bv. Bewonersavond "
                                              "Oude Westen"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("leeg = naam van de reeks en de datum"))
        self.day = QLineEdit()
        self.day.setPlaceholderText(tr("dd-mm-jjjj"))
        self.start = QLineEdit()
        self.start.setPlaceholderText(tr("uu:mm"))
        self.start.setMaximumWidth(90)
        self.location = QLineEdit()
        self.neighbourhood = QComboBox()
        self.neighbourhood.addItem(tr("— zoals de reeks —"), None)
        for hood_id, name in services.people.neighbourhoods():
            self.neighbourhood.addItem(name, hood_id)
        form.addRow(tr("&Reeks"), self.series)
        form.addRow(tr("Naam &nieuwe reeks"), self.new_series)
        form.addRow(tr("&Titel"), self.title)
        form.addRow(tr("&Datum"), self.day)
        form.addRow(tr("&Begintijd"), self.start)
        form.addRow(tr("&Plaats"), self.location)
        form.addRow(tr("B&uurt"), self.neighbourhood)
        self.form = form
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, tr("Aanmaken"))
        layout.addWidget(buttons)
        self.series.currentIndexChanged.connect(self._on_series)
        index = self.series.findData(series_id) if series_id is not None else 0
        self.series.setCurrentIndex(max(0, index))
        self._on_series()

    def _on_series(self) -> None:
        choice = self.series.currentData()
        self.form.setRowVisible(self.new_series, choice == NEW)
        draft = self.services.meetings.draft(choice if choice not in (LOOSE, NEW) else None)
        self.day.setText(date_text(draft.day))
        self.start.setText(draft.start_time.strftime("%H:%M"))
        self.location.setText(draft.location)
        if choice == NEW:
            self.hint.setText(tr("Een nieuwe reeks begint met een eenvoudige agenda met een "
                                 "actielijst; pas die aan en bewaar hem als sjabloon."))
            self.new_series.setFocus()
        elif choice == LOOSE:
            self.hint.setText(tr("Een losse bijeenkomst heeft geen actielijst van eerdere "
                                 "keren."))
        else:
            self.hint.setText(tr("De agenda begint met het sjabloon van de reeks; open "
                                 "actiepunten van eerdere keren staan vanzelf op de "
                                 "actielijst."))

    def values(self) -> dict[str, Any]:
        choice = self.series.currentData()
        return {"series_id": choice if choice not in (LOOSE, NEW) else None,
                "new_series": self.new_series.text() if choice == NEW else "",
                "title": self.title.text(), "day": self.day.text(),
                "start_time": self.start.text(), "location": self.location.text(),
                "neighbourhood_id": self.neighbourhood.currentData()}

    def accept(self) -> None:
        if self.series.currentData() == NEW and not self.new_series.text().strip():
            self.error.setText(tr("Geef de nieuwe reeks een naam."))
            self.new_series.setFocus()
            return
        message = self.submit(self.values())
        if message:
            self.error.setText(message)
            return
        super().accept()
