"""Contactmoment vastleggen (Ctrl+Shift+N): faster than a notebook.

Date is today, the cursor starts in the participants field, Ctrl+Enter saves. The same
dialog edits an existing contact moment.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDateEdit, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSpinBox, QVBoxLayout, QWidget,
)

from db.services.errors import ConflictError, ValidationError
from db.services.recording import ContactInput, NewPerson
from db.vocabulary import ActorKind, ContactSetting, Strategy
from ui.context import AppContext
from ui.people.commands import EditContactCommand, RecordContactCommand, push
from ui.widgets.dialog_parts import StandardButton, dialog_buttons, error_label
from ui.text import label, tr
from ui.widgets.actor_picker import NEW_PERSON, ActorPicker

ROLE_ID = Qt.ItemDataRole.UserRole


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def split_name(text: str) -> NewPerson:
    """"Karim Bouzid" -> first Karim, last Bouzid; "Ans van der Berg" keeps the infix."""
    parts = text.split()
    if len(parts) == 1:
        return NewPerson(parts[0])
    infixes = {"van", "de", "der", "den", "het", "ter", "te", "ten", "in", "'t", "la", "le", "du"}
    first, rest = parts[0], parts[1:]
    infix = []
    while len(rest) > 1 and rest[0].lower() in infixes:
        infix.append(rest.pop(0))
    return NewPerson(first, " ".join(rest), " ".join(infix))


class ContactEntryDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 contact_moment_id: int | None = None,
                 participants: tuple[tuple[int, str], ...] = ()) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.contact_moment_id = contact_moment_id
        self.recorded_id: int | None = None
        self.version: int | None = None  # of the contact moment as loaded (editing)
        editing = contact_moment_id is not None
        self.setWindowTitle(tr("Contactmoment wijzigen") if editing
                            else tr("Contactmoment vastleggen"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.date = QDateEdit(qdate(dt.date.today()))
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(qdate(dt.date.today()))
        self.setting = QComboBox()
        for setting in ContactSetting:
            self.setting.addItem(label(setting), setting.value)
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addWidget(self.setting, 1)
        form.addRow(tr("&Datum en setting"), row)

        self.picker = ActorPicker(context, allow_new=not editing)
        self.picker.setAccessibleName(tr("Deelnemers"))
        self.picker.picked.connect(self.add_participant)
        self.people = QListWidget()
        self.people.setMaximumHeight(90)
        self.people.setAccessibleName(tr("Gekozen deelnemers"))
        remove = QPushButton(tr("Verwijderen"))
        remove.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.people, self.remove_selected)
        people_box = QVBoxLayout()
        people_box.addWidget(self.picker)
        chosen = QHBoxLayout()
        chosen.addWidget(self.people, 1)
        chosen.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        people_box.addLayout(chosen)
        form.addRow(tr("&Met wie"), people_box)
        self.anonymous = QSpinBox()
        self.anonymous.setRange(0, 100_000)
        self.anonymous.setSuffix(tr(" bewoners zonder naam"))
        form.addRow(tr("&Anoniem gesproken"), self.anonymous)

        self.place = QComboBox()
        self.place.addItem(tr("(geen plek)"), None)
        for place in self.services.people.page(ActorKind.PLACE, limit=2000):
            self.place.addItem(place.name, place.id)
        self.neighbourhood = QComboBox()
        self.neighbourhood.addItem(tr("(onbekend)"), None)
        for hood_id, name in self.services.people.neighbourhoods():
            self.neighbourhood.addItem(name, hood_id)
        if self.neighbourhood.count() > 1:
            self.neighbourhood.setCurrentIndex(1)
        where = QHBoxLayout()
        where.addWidget(self.place, 1)
        where.addWidget(self.neighbourhood, 1)
        form.addRow(tr("&Plek en buurt"), where)

        self.strategy = QComboBox()
        self.strategy.addItem(tr("(eigen contact met bewoner)"), None)
        for strategy in Strategy:
            self.strategy.addItem(label(strategy), strategy.value)
        form.addRow(tr("&Strategie"), self.strategy)
        self.themes = QLineEdit()
        self.themes.setPlaceholderText(tr("bijvoorbeeld Wonen, Armoede"))
        completer = QCompleter(self.services.actors.themes(), self.themes)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.themes.setCompleter(completer)
        form.addRow(tr("&Thema's"), self.themes)

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(tr("Wat is er besproken? Wat viel op?"))
        self.note.setTabChangesFocus(True)
        self.sensitive = QCheckBox(tr("Gevoelig (gezondheid, geld, conflicten)"))
        note_box = QVBoxLayout()
        note_box.addWidget(self.note)
        note_box.addWidget(self.sensitive)
        form.addRow(tr("&Notitie"), note_box)

        self.follow_up = QLineEdit()
        self.follow_up.setPlaceholderText(tr("Vervolgactie (wordt een actiepunt)"))
        self.due = QDateEdit(qdate(dt.date.today() + dt.timedelta(days=7)))
        self.due.setDisplayFormat("dd-MM-yyyy")
        self.due.setCalendarPopup(True)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up, 1)
        follow.addWidget(QLabel(tr("uiterlijk")))
        follow.addWidget(self.due)
        form.addRow(tr("&Vervolg"), follow)
        self.story = QCheckBox(tr("Dit is een verhaal (voor de verantwoording)"))
        form.addRow("", self.story)

        self.error = error_label()
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, tr("Opslaan (Ctrl+Enter)"),
                           ok=StandardButton.Save)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        # rows whose field is a layout get no buddy from QFormLayout: Alt+letter needs one
        for row_layout, first in ((row, self.date), (people_box, self.picker),
                                  (where, self.place), (note_box, self.note),
                                  (follow, self.follow_up)):
            form.labelForField(row_layout).setBuddy(first)
        for widget, name in ((self.date, "Datum"), (self.setting, "Setting"),
                             (self.place, "Plek"), (self.neighbourhood, "Buurt"),
                             (self.strategy, "Strategie"), (self.themes, "Thema's"),
                             (self.note, "Notitie"), (self.follow_up, "Vervolg"),
                             (self.due, "Vervolg uiterlijk"), (self.anonymous, "Anoniem")):
            widget.setAccessibleName(tr(name))

        for actor_id, name in participants:
            self.add_participant(actor_id, name)
        if editing:
            self._load(contact_moment_id)
        self.picker.setFocus()

    # -- participants ----------------------------------------------------------------------
    def add_participant(self, actor_id: int, name: str) -> None:
        for i in range(self.people.count()):
            item = self.people.item(i)
            if actor_id != NEW_PERSON and item.data(ROLE_ID) == actor_id:
                return
        text = tr("{name} (nieuw)").format(name=name) if actor_id == NEW_PERSON else name
        item = QListWidgetItem(text)
        item.setData(ROLE_ID, actor_id)
        item.setData(Qt.ItemDataRole.UserRole + 1, name)
        self.people.addItem(item)

    def remove_selected(self) -> None:
        for item in self.people.selectedItems():
            self.people.takeItem(self.people.row(item))

    def participant_ids(self) -> tuple[int, ...]:
        return tuple(self.people.item(i).data(ROLE_ID) for i in range(self.people.count())
                     if self.people.item(i).data(ROLE_ID) != NEW_PERSON)

    def new_people(self) -> tuple[NewPerson, ...]:
        return tuple(split_name(self.people.item(i).data(Qt.ItemDataRole.UserRole + 1))
                     for i in range(self.people.count())
                     if self.people.item(i).data(ROLE_ID) == NEW_PERSON)

    # -- reading and saving ----------------------------------------------------------------
    def _load(self, contact_moment_id: int) -> None:
        detail = self.services.recording.detail(contact_moment_id)
        if detail is None:
            self.error.setText(tr("Dit contactmoment bestaat niet meer."))
            return
        data = detail.input
        self.version = detail.version
        self.date.setDate(qdate(data.occurred_on))
        self.setting.setCurrentIndex(self.setting.findData(data.setting.value))
        for actor_id, name in detail.participants:
            self.add_participant(actor_id, name)
        self.anonymous.setValue(data.anonymous_count)
        self.place.setCurrentIndex(max(0, self.place.findData(data.place_id)))
        self.neighbourhood.setCurrentIndex(max(0, self.neighbourhood.findData(
            data.neighbourhood_id)))
        self.strategy.setCurrentIndex(max(0, self.strategy.findData(
            data.strategy.value if data.strategy else None)))
        self.themes.setText(", ".join(data.themes))
        self.note.setPlainText(data.note)
        self.sensitive.setChecked(data.sensitive)
        self.follow_up.setText(data.follow_up)
        if data.follow_up_due:
            self.due.setDate(qdate(data.follow_up_due))
        self.story.setChecked(data.is_story)

    def contact_input(self) -> ContactInput:
        follow_up = self.follow_up.text().strip()
        strategy = self.strategy.currentData()
        return ContactInput(
            occurred_on=pydate(self.date.date()), setting=ContactSetting(
                self.setting.currentData()),
            participant_ids=self.participant_ids(), new_people=self.new_people(),
            anonymous_count=self.anonymous.value(), place_id=self.place.currentData(),
            neighbourhood_id=self.neighbourhood.currentData(),
            strategy=Strategy(strategy) if strategy else None,
            themes=tuple(t.strip() for t in self.themes.text().split(",") if t.strip()),
            note=self.note.toPlainText(), sensitive=self.sensitive.isChecked(),
            follow_up=follow_up, follow_up_due=pydate(self.due.date()) if follow_up else None,
            is_story=self.story.isChecked())

    def accept(self) -> None:
        profile = self.services.profile.current()
        worker_id = profile.id if profile else None
        if self.contact_moment_id is None:
            command = RecordContactCommand(self.services, self.contact_input(), worker_id)
        else:
            command = EditContactCommand(self.services, self.contact_moment_id,
                                         self.contact_input(), version=self.version)
        if push(self.context.undo_stack, command, self._show_error):
            if isinstance(command, RecordContactCommand):
                self.recorded_id = command.recorded.contact_moment_id
            super().accept()

    def _show_error(self, error: Exception) -> None:
        if isinstance(error, ConflictError) and self.contact_moment_id is not None:
            self.people.clear()
            self._load(self.contact_moment_id)  # what the other worker saved; edit again
        if isinstance(error, ValidationError):
            self.error.setText(error.message)
            field = {"participants": self.picker, "note": self.note,
                     "occurred_on": self.date, "follow_up": self.follow_up,
                     "anonymous_count": self.anonymous}.get(error.field or "")
            if field is not None:
                field.setFocus()
        else:
            self.error.setText(tr("Opslaan is mislukt; er is niets opgeslagen.\n{error}")
                               .format(error=error))
