"""Sensitive notes in lists: a mask ("•••• gevoelig — klik om te tonen") until the worker
clicks that one note open. The text is fetched only then (db.services.sensitivity), held
by the list that showed it, and masked again when the list reloads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QListWidgetItem

from ui.context import AppContext
from ui.models.paged import Column
from ui.text import tr

if TYPE_CHECKING:
    from db.services.contacts import ContactRow

PREVIEW = 200


def mask_text() -> str:
    return tr("•••• gevoelig — klik om te tonen")


def preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW else flat[:PREVIEW - 1] + "…"


class RevealedNotes:
    """The sensitive notes one list has shown on request, by record id."""

    def __init__(self) -> None:
        self._texts: dict[int, str] = {}

    def get(self, record_id: int) -> str | None:
        return self._texts.get(record_id)

    def reveal(self, context: AppContext, kind: str, record_id: int) -> str:
        if record_id not in self._texts:
            self._texts[record_id] = preview(
                context.services.sensitivity.reveal(kind, record_id)) or tr("(leeg)")
        return self._texts[record_id]

    def clear(self) -> None:
        self._texts.clear()


def note_column(revealed: RevealedNotes, title: str) -> Column[ContactRow]:
    """The Notitie column of the contact list: masked (grey, italic) until revealed."""
    def value(row: ContactRow) -> str:
        if not row.sensitive:
            return row.note
        return revealed.get(row.id) or mask_text()

    return Column(title, value, muted=lambda r: r.sensitive and revealed.get(r.id) is None)


def reveal_item(context: AppContext, item: QListWidgetItem, role) -> bool:
    """Replace the mask in a list item (a timeline entry) by the note itself."""
    mask, data = mask_text(), item.data(role)
    if not data or mask not in item.text():
        return False
    kind, record_id = data
    text = preview(context.services.sensitivity.reveal(kind, record_id)) or tr("(leeg)")
    item.setText(item.text().replace(mask, text))
    return True
