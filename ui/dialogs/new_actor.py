"""A new resident, group or place. For residents, a possible duplicate (similar name, same
phone number or e-mail) is shown before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from db.services.errors import ValidationError
from db.vocabulary import ActorKind, GroupKind
from ui.context import AppContext
from ui.people.commands import CreateActorCommand, push
from ui.widgets.dialog_parts import error_label
from ui.text import label, tr

TITLES = {ActorKind.PERSON: "Nieuwe bewoner", ActorKind.GROUP: "Nieuwe groep of instelling",
          ActorKind.PLACE: "Nieuwe plek"}


class NewActorDialog(QDialog):
    """After accept(): `created_id` is the new record, or `existing_id` when the worker
    chose an existing person instead."""

    def __init__(self, context: AppContext, kind: ActorKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.services, self.kind = context, context.services, kind
        self.created_id: int | None = None
        self.existing_id: int | None = None
        self._checked_duplicates = False
        self.setWindowTitle(tr(TITLES[kind]))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.inputs: dict[str, QLineEdit] = {}
        if kind == ActorKind.PERSON:
            names = (("first_name", "&Voornaam"), ("infix", "&Tussenvoegsel"),
                     ("last_name", "&Achternaam"), ("phone", "Tele&foon"),
                     ("email", "&E-mail"))
        elif kind == ActorKind.GROUP:
            names = (("name", "&Naam"),)
        else:
            names = (("name", "&Naam"), ("place_type", "&Soort plek"))
        for key, text in names:
            field = QLineEdit()
            field.setAccessibleName(tr(text).replace("&", ""))
            field.textEdited.connect(self._forget_duplicate_check)
            self.inputs[key] = field
            form.addRow(tr(text), field)
        self.group_kind = QComboBox()
        if kind == ActorKind.GROUP:
            for group_kind in GroupKind:
                self.group_kind.addItem(label(group_kind), group_kind.value)
            form.addRow(tr("S&oort"), self.group_kind)
        self.neighbourhood = QComboBox()
        self.neighbourhood.addItem(tr("(onbekend)"), None)
        for hood_id, name in self.services.people.neighbourhoods():
            self.neighbourhood.addItem(name, hood_id)
        form.addRow(tr("&Buurt"), self.neighbourhood)

        self.duplicates_label = QLabel(tr("<b>Bestaat deze persoon al?</b> Kies de bestaande "
                                          "om dubbele gegevens te voorkomen, of voeg toch een "
                                          "nieuwe toe."))
        self.duplicates_label.setWordWrap(True)
        self.duplicates = QListWidget()
        self.duplicates.setAccessibleName(tr("Mogelijke dubbelen"))
        self.use_existing = QPushButton(tr("&Bestaande openen"))
        self.use_existing.clicked.connect(self._choose_existing)
        self.duplicates.itemActivated.connect(lambda _: self._choose_existing())
        for widget in (self.duplicates_label, self.duplicates, self.use_existing):
            widget.hide()
            layout.addWidget(widget)

        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def value(self, key: str) -> str:
        return self.inputs[key].text()

    def _forget_duplicate_check(self) -> None:
        self._checked_duplicates = False
        self.save_button.setText(tr("Opslaan"))

    def _show_duplicates(self) -> bool:
        """Show possible duplicates; True when there are any (the worker must choose)."""
        found = self.services.duplicates.candidates(
            first_name=self.value("first_name"), infix=self.value("infix"),
            last_name=self.value("last_name"), phone=self.value("phone"),
            email=self.value("email"))
        self.duplicates.clear()
        for candidate in found:
            details = ", ".join(p for p in (candidate.neighbourhood, candidate.phone,
                                            candidate.email) if p)
            item = QListWidgetItem(f"{candidate.name} — {', '.join(candidate.reasons)}"
                                   + (f" ({details})" if details else ""))
            item.setData(Qt.ItemDataRole.UserRole, candidate.id)
            self.duplicates.addItem(item)
        for widget in (self.duplicates_label, self.duplicates, self.use_existing):
            widget.setVisible(bool(found))
        if found:
            self.duplicates.setCurrentRow(0)
            self.save_button.setText(tr("Toch nieuw toevoegen"))
        return bool(found)

    def _choose_existing(self) -> None:
        item = self.duplicates.currentItem()
        if item is not None:
            self.existing_id = item.data(Qt.ItemDataRole.UserRole)
            super().accept()

    def accept(self) -> None:
        if self.kind == ActorKind.PERSON and not self._checked_duplicates:
            self._checked_duplicates = True
            if self._show_duplicates():
                return
        fields = {key: field.text() for key, field in self.inputs.items()}
        fields["neighbourhood_id"] = self.neighbourhood.currentData()
        if self.kind == ActorKind.GROUP:
            fields["group_kind"] = self.group_kind.currentData()
        profile = self.services.profile.current()
        command = CreateActorCommand(self.services, self.kind, fields,
                                     profile.id if profile else None)
        if push(self.context.undo_stack, command, self._show_error):
            self.created_id = command.actor_id
            super().accept()

    def _show_error(self, error: Exception) -> None:
        self._checked_duplicates = False
        self.save_button.setText(tr("Opslaan"))
        self.error.setText(error.message if isinstance(error, ValidationError)
                           else tr("Opslaan is mislukt: {error}").format(error=error))
