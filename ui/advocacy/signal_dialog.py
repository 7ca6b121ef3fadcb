"""Signaal vastleggen (Ctrl+Shift+S): what doesn't add up, where, from whom, how many
households. Quick: the date is today, the cursor starts in "Wat merkte je op?", Ctrl+Enter
saves. The same dialog edits a signal. Saving is one undoable step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from db.services.errors import ConflictError
from db.vocabulary import ActorKind
from ui.advocacy import commands
from ui.context import AppContext
from ui.text import tr
from ui.widgets.actor_picker import ActorPicker
from ui.widgets.dialog_parts import dialog_buttons, error_label


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class SignalDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 signal_id: int | None = None) -> None:
        super().__init__(parent)
        self.context, self.services, self.signal_id = context, context.services, signal_id
        self.version: int | None = None
        self.saved_id: int | None = None
        self.source: tuple[int, str] | None = None
        self.setWindowTitle(tr("Signaal wijzigen") if signal_id else tr("Signaal vastleggen"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Wat klopt er niet in de buurt? Leg het vast, ook als het klein "
                          "lijkt: meerdere signalen samen kunnen een dossier worden."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.day = QDateEdit(qdate(dt.date.today()))
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setCalendarPopup(True)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(tr("Bijvoorbeeld: bij vier woningen blijven de "
                                               "gordijnen overdag dicht."))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)
        self.location = QLineEdit()
        self.location.setPlaceholderText(tr("straat, flat, plein…"))
        self.hood = QComboBox()
        self.hood.addItem(tr("(geen buurt)"), None)
        for hood_id, name in self.services.people.neighbourhoods():
            self.hood.addItem(name, hood_id)
        self.theme = QComboBox()
        self.theme.setEditable(True)
        self.theme.addItem("")
        self.theme.addItems(self.services.signals.themes())
        self.theme.lineEdit().setPlaceholderText(tr("kies of typ een thema"))
        self.households = QSpinBox()
        self.households.setRange(0, 1_000_000)
        self.households.setSuffix(tr(" huishoudens"))
        source_row = QHBoxLayout()
        self.picker = ActorPicker(context, (ActorKind.PERSON, ActorKind.GROUP))
        self.picker.setAccessibleName(tr("Bron (van wie)"))
        self.picker.picked.connect(self._picked)
        self.source_label = QLabel(tr("niemand gekozen"))
        self.clear_source = QPushButton(tr("Geen bron"))
        self.clear_source.clicked.connect(lambda: self._picked(None, ""))
        source_row.addWidget(self.picker, 1)
        source_row.addWidget(self.source_label)
        source_row.addWidget(self.clear_source)
        self.anonymous = QCheckBox(tr("Bron anoniem houden (naam komt nergens in beeld)"))
        for text, widget in ((tr("&Datum"), self.day), (tr("&Wat merkte je op?"),
                                                         self.description),
                             (tr("Waa&r"), self.location), (tr("&Buurt"), self.hood),
                             (tr("&Thema"), self.theme), (tr("&Getroffen"), self.households)):
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(text, widget)
        source_text = QLabel(tr("Bron (&van wie)"))
        source_text.setBuddy(self.picker)
        form.addRow(source_text, source_row)
        form.addRow("", self.anonymous)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, tr("Opslaan")))
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        if signal_id is not None:
            self._fill(signal_id)
        self.description.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, signal_id: int) -> None:
        row = self.services.signals.get(signal_id)
        if row is None:
            return
        self.version = row.version  # what this edit is made on (ui.versions)
        self.day.setDate(qdate(row.observed_on))
        self.description.setPlainText(row.description)
        self.location.setText(row.location)
        self.hood.setCurrentIndex(max(0, self.hood.findData(row.neighbourhood_id)))
        self.theme.setCurrentText(row.theme)
        self.households.setValue(row.households)
        self.anonymous.setChecked(row.anonymous_source)
        if row.source_actor_id is not None:
            self._picked(row.source_actor_id, row.source)

    def _refused(self, message: str) -> None:
        """A refused save; after a conflict the dialog shows what the other worker saved."""
        if message == ConflictError.MESSAGE and self.signal_id is not None:
            self._fill(self.signal_id)
        self.error.setText(message)

    def _picked(self, actor_id: int | None, name: str) -> None:
        self.source = (actor_id, name) if actor_id is not None else None
        self.source_label.setText(name if actor_id is not None else tr("niemand gekozen"))

    def values(self) -> dict:
        return {"observed_on": pydate(self.day.date()),
                "description": self.description.toPlainText(),
                "location": self.location.text(), "neighbourhood_id": self.hood.currentData(),
                "theme": self.theme.currentText(), "households": self.households.value(),
                "source_actor_id": self.source[0] if self.source else None,
                "anonymous_source": self.anonymous.isChecked()}

    def accept(self) -> None:
        values, signals = self.values(), self.services.signals
        if self.signal_id is None:
            wid = commands.worker_id(self.context)
            saved = commands.run(
                self.context, tr("Signaal vastleggen"),
                lambda prev: signals.record(**values, worker_id=wid, signal_id=prev),
                lambda sid: signals.delete(sid), self.error.setText)
        else:
            saved = commands.update(self.context, tr("Signaal wijzigen"), signals.update,
                                    self.signal_id, values, self._refused,
                                    kind="signal", version=self.version)
            saved = self.signal_id if saved else None
        if saved is not None:
            self.saved_id = saved
            super().accept()
