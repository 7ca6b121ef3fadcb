"""Contactmomenten: every encounter, newest first, paged in as you scroll."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout

from db.services.contacts import ContactKey, ContactRow
from ui.models.paged import Column, PagedTableModel
from ui.pages.base import Page
from ui.text import date_text, label, number, tr


def _who(row: ContactRow) -> str:
    anonymous = tr("{n} bewoners gesproken").format(n=row.anonymous_count) \
        if row.anonymous_count else ""
    return ", ".join(part for part in (row.participants, anonymous) if part)


COLUMNS = [
    Column[ContactRow](tr("Datum"), lambda r: date_text(r.occurred_on)),
    Column[ContactRow](tr("Setting"), lambda r: label(r.setting)),
    Column[ContactRow](tr("Met wie"), _who),
    Column[ContactRow](tr("Buurt"), lambda r: r.neighbourhood),
    Column[ContactRow](tr("Notitie"),
                       lambda r: tr("(gevoelig — open om te lezen)") if r.sensitive else r.note),
]


class ContactsPage(Page):
    kinds = ("*", "contact_moment", "person", "group")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.model = PagedTableModel(COLUMNS, self._fetch, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(tr("Contactmomenten"))
        layout.addWidget(self.view)

    def _fetch(self, after: ContactRow | None, limit: int) -> list[ContactRow]:
        key = ContactKey(after.occurred_on, after.id) if after else None
        return self.services.contacts.page(key, limit)

    def load(self) -> None:
        total = self.services.contacts.count()
        self.model.reload()
        for column, width in enumerate((90, 130, 260, 120)):
            self.view.setColumnWidth(column, width)
        if total:
            self.summary.setText(tr("{n} contactmomenten, nieuwste eerst").format(n=number(total)))
        else:
            self.summary.setText(tr("Nog geen contactmomenten. Elk gesprek in de portiek, op "
                                    "straat of bij het schoolplein komt hier te staan."))
