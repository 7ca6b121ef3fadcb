"""Mensen & groepen: residents, groups and places, alphabetical, paged in as you scroll."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QTabWidget, QVBoxLayout

from db.services.people import ActorRow, PageKey
from db.vocabulary import ActorKind
from ui.models.paged import Column, PagedTableModel
from ui.pages.base import Page
from ui.text import label, number, tr

COLUMNS = {
    ActorKind.PERSON: [
        Column[ActorRow](tr("Naam"), lambda r: r.name),
        Column[ActorRow](tr("Buurt"), lambda r: r.neighbourhood),
        Column[ActorRow](tr("Telefoon"), lambda r: r.detail),
        Column[ActorRow](tr("Participatie"), lambda r: label(r.level)),
    ],
    ActorKind.GROUP: [
        Column[ActorRow](tr("Naam"), lambda r: r.name),
        Column[ActorRow](tr("Soort"), lambda r: r.detail),
        Column[ActorRow](tr("Buurt"), lambda r: r.neighbourhood),
    ],
    ActorKind.PLACE: [
        Column[ActorRow](tr("Naam"), lambda r: r.name),
        Column[ActorRow](tr("Soort plek"), lambda r: r.detail),
        Column[ActorRow](tr("Buurt"), lambda r: r.neighbourhood),
    ],
}
TAB_TITLES = {ActorKind.PERSON: "Bewoners", ActorKind.GROUP: "Groepen en instellingen",
              ActorKind.PLACE: "Plekken"}


class PeoplePage(Page):
    kinds = ("*", "person", "group", "place")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.models: dict[ActorKind, PagedTableModel[ActorRow]] = {}
        self.views: dict[ActorKind, QTableView] = {}
        for kind in ActorKind:
            model = PagedTableModel(COLUMNS[kind], self._fetcher(kind), self)
            view = QTableView()
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
            view.setAccessibleName(tr(TAB_TITLES[kind]))
            self.models[kind], self.views[kind] = model, view
            self.tabs.addTab(view, tr(TAB_TITLES[kind]))

    def _fetcher(self, kind: ActorKind):
        def fetch(after: ActorRow | None, limit: int) -> list[ActorRow]:
            key = PageKey(after.name, after.id) if after else None
            return self.services.people.page(kind, key, limit)
        return fetch

    def load(self) -> None:
        counts = {kind: self.services.people.count(kind) for kind in ActorKind}
        for kind, model in self.models.items():
            model.reload()
            self.views[kind].resizeColumnsToContents()
            self.tabs.setTabText(list(ActorKind).index(kind),
                                 f"{tr(TAB_TITLES[kind])} ({number(counts[kind])})")
        if not any(counts.values()):
            self.summary.setText(tr("Nog niemand vastgelegd. Laad de demowijk via Bestand → "
                                    "Demowijk laden, of voeg je eerste bewoner toe."))
        else:
            self.summary.setText(tr("{p} bewoners, {g} groepen en instellingen, {pl} plekken")
                                 .format(p=number(counts[ActorKind.PERSON]),
                                         g=number(counts[ActorKind.GROUP]),
                                         pl=number(counts[ActorKind.PLACE])))
