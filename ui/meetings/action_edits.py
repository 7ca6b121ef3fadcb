"""Creating, changing, finishing and deleting action points: undoable steps, and the dialog
for a whole action point (description, owner, due date, status, agenda item)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget,
)

from db.vocabulary import ActionStatus, ActorKind
from ui.context import AppContext
from ui.meetings import commands
from ui.meetings.picker import ActorField
from ui.widgets.dialog_parts import dialog_buttons, error_label
from ui.text import date_text, label, tr

if TYPE_CHECKING:
    from db.services.action_points import ActionRow
    from db.services.agenda import AgendaItemRow

ErrorSink = Callable[[str], None]


def owner_text(row: ActionRow) -> str:
    return tr("ikzelf") if row.owner_is_worker else row.owner


def create_action(context: AppContext, on_error: ErrorSink, *, description: str,
                  owner_actor_id: int | None = None, due_on: str = "",
                  meeting_id: int | None = None, agenda_item_id: int | None = None,
                  status: ActionStatus = ActionStatus.OPEN) -> int | None:
    points = context.services.action_points
    return commands.create(
        context, tr("Actiepunt '{t}' toevoegen").format(t=description.strip()[:40]),
        lambda: points.create(description=description, owner_actor_id=owner_actor_id,
                              due_on=due_on, status=status, meeting_id=meeting_id,
                              agenda_item_id=agenda_item_id,
                              worker_id=commands.current_worker_id(context)),
        points.delete, points.restore, on_error)


def change_action(context: AppContext, on_error: ErrorSink, row: ActionRow,
                  **values: Any) -> bool:
    points = context.services.action_points
    if set(values) == {"status"}:
        text = tr("Actiepunt '{t}': {s}").format(t=row.description[:40],
                                                 s=label(ActionStatus(values["status"])).lower())
    else:
        text = tr("Actiepunt '{t}' wijzigen").format(t=row.description[:40])
    return commands.update(context, text, lambda **v: points.update(row.id, **v), values,
                           on_error, record=("action_point", row.id, row.version))


def delete_action(context: AppContext, on_error: ErrorSink, row: ActionRow) -> bool:
    points = context.services.action_points
    return commands.delete(context, tr("Actiepunt '{t}' verwijderen").format(
        t=row.description[:40]), lambda: points.delete(row.id), points.restore, on_error)


class ActionDialog(QDialog):
    """A whole action point. `submit(values)` saves and returns an error message (the dialog
    stays open and shows it) or None (the dialog closes)."""

    def __init__(self, context: AppContext, submit: Callable[[dict[str, Any]], str | None],
                 row: ActionRow | None = None, items: tuple[AgendaItemRow, ...] = (),
                 agenda_item_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit, self.row = submit, row
        self.setWindowTitle(tr("Actiepunt") if row else tr("Nieuw actiepunt"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.description = QLineEdit(row.description if row else "")
        self.description.setPlaceholderText(tr("Wat moet er gebeuren?"))
        self.owner = ActorField(context, (ActorKind.PERSON,))
        self.owner.setPlaceholderText(tr("Naam van een bewoner; leeg = ikzelf"))
        if row is not None and not row.owner_is_worker:
            self.owner.actor_id = row.owner_actor_id
            self.owner.setText(row.owner)
        self.due = QLineEdit(date_text(row.due_on) if row and row.due_on else "")
        self.due.setPlaceholderText(tr("dd-mm-jjjj (mag leeg)"))
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(label(status), status)
        self.status.setCurrentIndex(self.status.findData(row.status if row else
                                                         ActionStatus.OPEN))
        self.item = QComboBox()
        self.item.addItem(tr("— geen —"), None)
        for item in items:
            self.item.addItem(f"{item.number}. {item.title}", item.id)
        chosen = row.agenda_item_id if row else agenda_item_id
        self.item.setCurrentIndex(max(0, self.item.findData(chosen)) if chosen else 0)
        form.addRow(tr("&Omschrijving"), self.description)
        form.addRow(tr("&Wie"), self.owner)
        form.addRow(tr("&Vóór"), self.due)
        form.addRow(tr("&Status"), self.status)
        if items:
            form.addRow(tr("&Agendapunt"), self.item)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, tr("Opslaan"))
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        if self.owner.text().strip() and self.owner.actor_id is None:
            self.owner.suggest()
        return {"description": self.description.text(),
                "owner_actor_id": self.owner.actor_id if self.owner.text().strip() else None,
                "due_on": self.due.text(), "status": self.status.currentData(),
                "agenda_item_id": self.item.currentData()}

    def accept(self) -> None:
        values = self.values()
        if self.owner.text().strip() and values["owner_actor_id"] is None:
            self.error.setText(tr("'{name}' is niet gevonden: kies een bewoner uit de lijst, of "
                                  "maak het veld leeg voor jezelf.").format(
                                      name=self.owner.text().strip()))
            return
        message = self.submit(values)
        if message:
            self.error.setText(message)
            return
        super().accept()


def changed_values(row: ActionRow, values: dict[str, Any]) -> dict[str, Any]:
    """Only what the dialog changed (the due date compared as shown)."""
    current = {"description": row.description, "owner_actor_id": row.owner_actor_id,
               "due_on": date_text(row.due_on) if row.due_on else "", "status": row.status,
               "agenda_item_id": row.agenda_item_id}
    changed = {k: v for k, v in values.items() if current.get(k) != v}
    if "description" in changed and changed["description"].strip() == row.description:
        del changed["description"]
    return changed
