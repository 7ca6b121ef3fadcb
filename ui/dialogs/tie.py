"""Relatie toevoegen: a tie between this actor and another, with its strategy defaulted
from the two ends (verbinden / overbruggen / koppelen)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit,
    QSpinBox, QVBoxLayout, QWidget,
)

from db.services.errors import ValidationError
from db.services.ties import TieInput
from db.vocabulary import ActorKind, Strategy
from ui.context import AppContext
from ui.people.commands import AddTieCommand, push
from ui.widgets.dialog_parts import StandardButton, dialog_buttons, error_label
from ui.text import label, tr
from ui.widgets.actor_picker import ActorPicker

ALL_KINDS = (ActorKind.PERSON, ActorKind.GROUP, ActorKind.PLACE)


class TieDialog(QDialog):
    def __init__(self, context: AppContext, actor_id: int, actor_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.services = context, context.services
        self.actor_id = actor_id
        self.other: tuple[int, str] | None = None
        self.via: tuple[int, str] | None = None
        self._strategy_touched = False
        self.setWindowTitle(tr("Relatie toevoegen"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Relatie van <b>{name}</b> met:").format(name=actor_name)))
        form = QFormLayout()
        layout.addLayout(form)
        self.picker = ActorPicker(context, ALL_KINDS)
        self.picker.picked.connect(self._pick_other)
        self.chosen = QLabel(tr("(nog niemand gekozen)"))
        form.addRow(tr("&Wie of wat"), self.picker)
        form.addRow("", self.chosen)
        self.strategy = QComboBox()
        for strategy in Strategy:
            self.strategy.addItem(label(strategy), strategy.value)
        self.strategy.activated.connect(lambda _: setattr(self, "_strategy_touched", True))
        form.addRow(tr("&Strategie"), self.strategy)
        self.strength = QSpinBox()
        self.strength.setRange(1, 5)
        self.strength.setValue(2)
        self.strength.setToolTip(tr("1 = kennen elkaar van gezicht, 5 = sterke band"))
        form.addRow(tr("S&terkte (1–5)"), self.strength)
        self.has_since = QCheckBox(tr("sinds"))
        self.has_since.setChecked(True)
        self.since = QDateEdit(QDate.currentDate())
        self.since.setDisplayFormat("dd-MM-yyyy")
        self.since.setCalendarPopup(True)
        self.since.setMaximumDate(QDate.currentDate())
        self.has_since.toggled.connect(self.since.setEnabled)
        form.addRow(self.has_since, self.since)
        self.via_picker = ActorPicker(context, ALL_KINDS)
        self.via_picker.setPlaceholderText(tr("Via wie? (optioneel)"))
        self.via_picker.picked.connect(self._pick_via)
        form.addRow(tr("&Via"), self.via_picker)
        self.note = QLineEdit()
        form.addRow(tr("&Notitie"), self.note)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, tr("Toevoegen"),
                           ok=StandardButton.Save)
        layout.addWidget(buttons)
        self.picker.setFocus()

    def _pick_other(self, actor_id: int, name: str) -> None:
        self.other = (actor_id, name)
        self.chosen.setText(f"<b>{name}</b>")
        if not self._strategy_touched and actor_id != self.actor_id:
            suggested = self.services.ties.suggest_strategy(self.actor_id, actor_id)
            self.strategy.setCurrentIndex(self.strategy.findData(suggested.value))

    def _pick_via(self, actor_id: int, name: str) -> None:
        self.via = (actor_id, name)
        self.via_picker.setPlaceholderText(tr("Via {name}").format(name=name))

    def accept(self) -> None:
        if self.other is None:
            self.error.setText(tr("Kies met wie of wat de relatie is."))
            self.picker.setFocus()
            return
        since = self.since.date()
        tie = TieInput(self.actor_id, self.other[0], Strategy(self.strategy.currentData()),
                       self.strength.value(),
                       dt.date(since.year(), since.month(), since.day())
                       if self.has_since.isChecked() else None,
                       self.via[0] if self.via else None, self.note.text())
        profile = self.services.profile.current()
        command = AddTieCommand(self.services, tie, profile.id if profile else None,
                                tr("Relatie met {name}").format(name=self.other[1]))
        if push(self.context.undo_stack, command, self._show_error):
            super().accept()

    def _show_error(self, error: Exception) -> None:
        self.error.setText(error.message if isinstance(error, ValidationError)
                           else tr("Opslaan is mislukt: {error}").format(error=error))
