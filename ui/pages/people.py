"""Mensen & groepen: residents, groups and places in lists paged in as you scroll, the
detail page of the one you pick, and who is "uit beeld"."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QStackedWidget,
    QTableView, QTabWidget, QVBoxLayout,
)

from db.services.people import ActorRow, PageKey
from db.vocabulary import ActorKind
from ui.models.paged import Column, PagedTableModel
from ui.pages.base import EmptyState, Page
from ui.people.detail import ActorDetailView
from ui.people.out_of_sight import OutOfSightView
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
NEW_TEXT = {ActorKind.PERSON: "Nieuwe bewoner…", ActorKind.GROUP: "Nieuwe groep…",
            ActorKind.PLACE: "Nieuwe plek…"}
KINDS = list(ActorKind)
OUT_OF_SIGHT_TAB = len(KINDS)


class PeoplePage(Page):
    kinds = ("*", "person", "group", "place", "tie", "contact_moment", "action_point",
             "story", "settings", "meeting", "dossier")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        top.addWidget(self.summary, 1)
        self.without_consent = QCheckBox(tr("Alleen zonder toestemming"))
        self.without_consent.setToolTip(tr("Bewoners zonder geldige toestemming (AVG)"))
        self.without_consent.toggled.connect(lambda _on: self.refresh())
        top.addWidget(self.without_consent)
        self.import_button = QPushButton(tr("Importeren…"))  # only while there is nobody
        self.import_button.setToolTip(tr("Een bestaande contactlijst (Excel of CSV) importeren"))
        self.import_button.clicked.connect(self.import_contacts)
        self.import_button.hide()
        top.addWidget(self.import_button)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_actor)
        top.addWidget(self.new_button)
        self.excel_button = QPushButton(tr("Exporteren naar &Excel…"))
        self.excel_button.setToolTip(tr("De lijst van dit tabblad naar Excel"))
        self.excel_button.clicked.connect(self.export_to_excel)
        top.addWidget(self.excel_button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)

        self.tabs = QTabWidget()
        self.models: dict[ActorKind, PagedTableModel[ActorRow]] = {}
        self.views: dict[ActorKind, QTableView] = {}
        for kind in KINDS:
            model = PagedTableModel(COLUMNS[kind], self._fetcher(kind), self)
            view = QTableView()
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
            view.setAccessibleName(tr(TAB_TITLES[kind]))
            view.selectionModel().currentRowChanged.connect(
                lambda current, _prev, k=kind: self._row_chosen(k, current.row()))
            self.models[kind], self.views[kind] = model, view
            self.tabs.addTab(view, tr(TAB_TITLES[kind]))
        self.out_of_sight = OutOfSightView(context)
        self.out_of_sight.open_requested.connect(self.open_requested)
        self.tabs.addTab(self.out_of_sight, tr("Uit beeld"))
        self.tabs.currentChanged.connect(self._tab_changed)
        splitter.addWidget(self.tabs)

        self.detail_stack = QStackedWidget()
        self.nothing = EmptyState(tr("Kies iemand uit de lijst"),
                                  tr("Hier zie je de gegevens, relaties en de tijdlijn van de "
                                     "bewoner, groep of plek die je kiest. Nieuw? Gebruik de "
                                     "knop rechtsboven (Ctrl+N)."))
        self.detail = ActorDetailView(context)
        self.detail.open_requested.connect(self.open_requested)
        self.detail.record_contact_requested.connect(self.record_contact)
        self.detail.add_tie_requested.connect(self.add_tie)
        self.detail.merge_requested.connect(self.merge)
        self.detail.delete_requested.connect(self.delete_actor)
        self.detail_stack.addWidget(self.nothing)
        self.detail_stack.addWidget(self.detail)
        splitter.addWidget(self.detail_stack)
        splitter.setSizes([330, 870])
        QShortcut(QKeySequence.StandardKey.New, self, self.new_actor,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._tab_changed(0)

    def _fetcher(self, kind: ActorKind):
        def fetch(after: ActorRow | None, limit: int) -> list[ActorRow]:
            key = PageKey(after.name, after.id) if after else None
            if kind == ActorKind.PERSON and self.without_consent.isChecked():
                return self.services.consent.page_without(key, limit)
            return self.services.people.page(kind, key, limit)
        return fetch

    # -- lists -----------------------------------------------------------------------------
    def load(self) -> None:
        counts = {kind: self.services.people.count(kind) for kind in KINDS}
        for kind, model in self.models.items():
            model.reload()
            shown = counts[kind]
            if kind == ActorKind.PERSON and self.without_consent.isChecked():
                shown = self.services.consent.count_without()
            self.tabs.setTabText(KINDS.index(kind), f"{tr(TAB_TITLES[kind])} ({number(shown)})")
            self.views[kind].resizeColumnToContents(0)
        if self.tabs.currentIndex() == OUT_OF_SIGHT_TAB:
            self.out_of_sight.load()
        self.import_button.setVisible(not counts[ActorKind.PERSON])
        if not any(counts.values()):
            self.summary.setText(tr("Nog niemand vastgelegd. Voeg je eerste bewoner toe, of "
                                    "laad de demowijk via Bestand → Demowijk laden."))
        else:
            self.summary.setText(tr("{p} bewoners, {g} groepen en instellingen, {pl} plekken")
                                 .format(p=number(counts[ActorKind.PERSON]),
                                         g=number(counts[ActorKind.GROUP]),
                                         pl=number(counts[ActorKind.PLACE])))
        if self.detail.detail is not None and not self.detail.show_actor(self.detail.detail.id):
            self.detail_stack.setCurrentWidget(self.nothing)

    def _tab_changed(self, index: int) -> None:
        kind = KINDS[index] if index < len(KINDS) else ActorKind.PERSON
        self.new_button.setText(tr(NEW_TEXT[kind]))
        if index == OUT_OF_SIGHT_TAB and self.context.ready:
            self.out_of_sight.load()

    def _row_chosen(self, kind: ActorKind, row: int) -> None:
        if row >= 0:
            self.show_actor(self.models[kind].row_at(row).id)

    def show_actor(self, actor_id: int) -> bool:
        if not self.detail.show_actor(actor_id):
            return False
        self.detail_stack.setCurrentWidget(self.detail)
        return True

    def show_record(self, kind: str, record_id: int) -> bool:
        if kind == "out_of_sight":  # the whole list, e.g. from the Overzicht panel
            self.tabs.setCurrentIndex(OUT_OF_SIGHT_TAB)
            return True
        if kind not in ("person", "group", "place") or not self.show_actor(record_id):
            return False
        actor_kind = ActorKind(kind)
        self.tabs.setCurrentIndex(KINDS.index(actor_kind))
        model, view = self.models[actor_kind], self.views[actor_kind]
        for row in range(model.rowCount()):
            if model.row_at(row).id == record_id:
                view.selectionModel().setCurrentIndex(
                    model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                view.scrollTo(model.index(row, 0))
                break
        return True

    # -- actions ---------------------------------------------------------------------------
    def new_actor(self) -> None:
        from ui.dialogs.new_actor import NewActorDialog

        index = self.tabs.currentIndex()
        kind = KINDS[index] if index < len(KINDS) else ActorKind.PERSON
        dialog = NewActorDialog(self.context, kind, self)
        if dialog.exec():
            chosen = dialog.created_id or dialog.existing_id
            if chosen is not None:
                self.show_record(kind.value, chosen)

    def export_to_excel(self):
        """The list of the current tab (residents on "Uit beeld") to Excel."""
        from ui.dialogs.excel_export import export_list_from

        index = self.tabs.currentIndex()
        kind = KINDS[index] if index < len(KINDS) else ActorKind.PERSON
        name = {ActorKind.PERSON: "personen", ActorKind.GROUP: "groepen",
                ActorKind.PLACE: "plekken"}[kind]
        self.task = export_list_from(self, self.services, name, self.summary.setText)
        return self.task

    def import_contacts(self) -> None:
        from ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.context, self).exec()

    def record_contact(self, actor_id: int, name: str) -> None:
        from ui.dialogs.contact_entry import ContactEntryDialog

        ContactEntryDialog(self.context, self, participants=((actor_id, name),)).exec()

    def add_tie(self, actor_id: int, name: str) -> None:
        from ui.dialogs.tie import TieDialog

        TieDialog(self.context, actor_id, name, self).exec()

    def delete_actor(self, actor_id: int, name: str) -> None:
        """Delete for good, after asking; owned action points are never lost silently."""
        from ui.people.deletion import confirm_and_delete

        if confirm_and_delete(self.context, self, actor_id, name):
            self.detail_stack.setCurrentWidget(self.nothing)
            self.detail.detail = None

    def merge(self, actor_id: int, name: str) -> None:
        from ui.people.merge import MergeDialog

        if MergeDialog(self.context, actor_id, name, self).exec():
            self.show_record("person", actor_id)
