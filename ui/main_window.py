"""The main window: navigation between pages, menus, status bar and saved geometry.

The window is built and painted before the database is open (see ui.context); pages
are built, and their modules imported, the first time they are opened, so start-up
pays only for the Overzicht page.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QStackedWidget,
    QWidget,
)

from db.vocabulary import ActorKind
from ui.context import AppContext
from ui.appearance import tab_leaves_tables
from ui.i18n import add_language_menu
from ui.pages import PAGES
from ui.pages.base import Page
from ui.text import number, tr

if TYPE_CHECKING:
    from db.events import Change
    from db.services import Services

PAGE_NAMES = [spec.name for spec in PAGES]
# Which pages can show a record of each kind (ui.pages.base.Page.show_record).
RECORD_PAGES: dict[str, tuple[str, ...]] = {
    "person": ("mensen",), "group": ("mensen",), "place": ("mensen",),
    "out_of_sight": ("mensen",), "network": ("netwerk",),
    "contact_moment": ("contactmomenten",), "meeting": ("bijeenkomsten",),
    "action_point": ("bijeenkomsten",), "dossier": ("dossiers",), "signal": ("dossiers",),
    "story": ("rapportages",),
}


class MainWindow(QMainWindow):
    page_shown = Signal(str)
    demo_requested = Signal()
    profile_requested = Signal()
    encryption_requested = Signal()  # Bestand → Versleuteling… (desktop.app, issue 8)
    lock_requested = Signal()  # Bestand → Vergrendelen, Ctrl+L (ui.lock)
    team_server_requested = Signal()  # Bestand → Teamserver… (desktop.app, issue 13)

    def __init__(self, context: AppContext, settings: QSettings, version: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self.version = version
        self.undo_stack = context.undo_stack
        self._pages: dict[str, Page] = {}
        self.setWindowTitle(tr("Buurtboek"))
        self.setMinimumSize(760, 520)

        self.nav = QListWidget()
        self.nav.setAccessibleName(tr("Navigatie"))
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(2)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; padding-top: 8px; }"
                               "QListWidget::item { padding: 6px 10px; }")
        self.stack = QStackedWidget()
        for spec in PAGES:
            item = QListWidgetItem(tr(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            item.setToolTip(f"{tr(spec.title)} ({spec.shortcut})")
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until the page is first opened
        self.nav.currentRowChanged.connect(self._on_nav)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.worker_label = QLabel()
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.worker_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        context.bridge.changed.connect(self._on_change)

    @property
    def services(self) -> Services | None:
        return self.context.services

    def attach(self, services: Services) -> None:
        """The database is open: show its data on every page built so far."""
        self.context.attach(services)
        for page in self._pages.values():
            page.refresh()
        self.update_status()

    # -- pages -------------------------------------------------------------------------------
    def page(self, name: str) -> Page:
        """The page called `name`, built on first use."""
        if name not in self._pages:
            spec = PAGES[PAGE_NAMES.index(name)]
            module = importlib.import_module(spec.module)
            page: Page = getattr(module, spec.cls)(self.context)
            page.navigate.connect(self.show_page)
            page.demo_requested.connect(self.demo_requested)
            page.open_requested.connect(self.open_record)
            if name == "overzicht":  # its "Signaal vastleggen…" button shows once wired
                page.record_signal_requested.connect(self.record_signal)
            index = PAGE_NAMES.index(name)
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._pages[name] = page
            tab_leaves_tables(page)
            page.refresh()
        return self._pages[name]

    def show_page(self, name: str) -> None:
        index = PAGE_NAMES.index(name)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # comes back through _on_nav
        else:
            self._on_nav(index)

    def open_record(self, kind: str, record_id: int) -> None:
        """Open a record wherever it lives: the page that holds `kind` shows it; a contact
        moment opens in its edit dialog from wherever it was chosen."""
        if kind == "contact_moment" and self.context.ready:
            self.edit_contact(record_id)
            return
        for name in RECORD_PAGES.get(kind, ()):
            if self.page(name).show_record(kind, record_id):
                self.show_page(name)
                return
        self.statusBar().showMessage(tr("Dit onderdeel kan (nog) niet geopend worden."), 5000)

    def record_contact(self) -> None:
        """The quick-entry dialog, reachable from everywhere (Ctrl+Shift+N)."""
        if not self.context.ready:
            return
        from ui.dialogs.contact_entry import ContactEntryDialog

        dialog = ContactEntryDialog(self.context, self)
        if dialog.exec():
            self.statusBar().showMessage(tr("Contactmoment vastgelegd. Ongedaan maken: Ctrl+Z"),
                                         6000)

    def record_signal(self) -> None:
        """Signaal vastleggen (Ctrl+Shift+S), from the File menu and the Overzicht page."""
        if not self.context.ready:
            return
        from ui.advocacy.signal_dialog import SignalDialog

        if SignalDialog(self.context, self).exec():
            self.statusBar().showMessage(tr("Signaal vastgelegd. Ongedaan maken: Ctrl+Z"), 6000)

    def open_search(self) -> None:
        """Zoeken (Ctrl+K): names, notes, meetings, dossiers, signals and stories."""
        if not self.context.ready:
            return
        from ui.dialogs.search import SearchDialog

        dialog = SearchDialog(self.context, self)
        dialog.open_requested.connect(self.open_record)
        dialog.exec()

    def show_backups(self) -> None:
        from ui.dialogs.backups import BackupsDialog

        BackupsDialog(self.context, self.settings, self).exec()

    def import_contacts(self) -> None:
        """Bestand → Contactlijst importeren…: an .xlsx or CSV list of residents."""
        if not self.context.ready:
            return
        from ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.context, self).exec()

    def show_privacy(self, which: str) -> None:
        """Bestand → Privacy: "retention" (Bewaartermijnen…) or "audit" (Auditlog…)."""
        if not self.context.ready:
            return
        from ui.privacy.audit_view import AuditLogDialog
        from ui.privacy.retention_review import RetentionReviewDialog

        dialog = {"retention": RetentionReviewDialog, "audit": AuditLogDialog}[which]
        dialog(self.context, self).exec()

    def edit_contact(self, contact_moment_id: int) -> None:
        from ui.dialogs.contact_entry import ContactEntryDialog

        ContactEntryDialog(self.context, self, contact_moment_id=contact_moment_id).exec()

    def new_person(self) -> None:
        if not self.context.ready:
            return
        self.show_page("mensen")
        people = self.page("mensen")
        people.tabs.setCurrentIndex(0)
        people.new_actor()

    def current_page_name(self) -> str:
        return PAGE_NAMES[max(0, self.nav.currentRow())]

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        name = PAGE_NAMES[row]
        page = self.page(name)
        self.stack.setCurrentWidget(page)
        self.settings.setValue("window/page", name)
        self.page_shown.emit(name)

    # -- menus -------------------------------------------------------------------------------
    def _action(self, menu, text: str, shortcut=None, slot=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&Bestand"))
        self._action(file_menu, tr("&Contactmoment vastleggen…"), "Ctrl+Shift+N",
                     self.record_contact)
        self._action(file_menu, tr("Nieuwe &bewoner…"), "Ctrl+Shift+P", self.new_person)
        self._action(file_menu, tr("&Signaal vastleggen…"), "Ctrl+Shift+S", self.record_signal)
        file_menu.addSeparator()
        self._action(file_menu, tr("Contactlijst &importeren…"), None, self.import_contacts)
        self._action(file_menu, tr("&Demowijk laden…"), None, self.demo_requested.emit)
        self._action(file_menu, tr("&Profiel…"), None, self.profile_requested.emit)
        self._action(file_menu, tr("Back-&ups…"), None, self.show_backups)
        privacy = file_menu.addMenu(tr("P&rivacy"))
        self._action(privacy, tr("&Bewaartermijnen…"), None,
                     lambda: self.show_privacy("retention"))
        self._action(privacy, tr("&Auditlog…"), None, lambda: self.show_privacy("audit"))
        self._action(file_menu, tr("&Versleuteling…"), None, self.encryption_requested.emit)
        self._action(file_menu, tr("&Teamserver…"), None, self.team_server_requested.emit)
        self._action(file_menu, tr("&Vergrendelen"), "Ctrl+L", self.lock_requested.emit)
        add_language_menu(file_menu, self.settings, self)
        file_menu.addSeparator()
        self._action(file_menu, tr("&Afsluiten"), QKeySequence.StandardKey.Quit, self.close)

        edit_menu = bar.addMenu(tr("Be&werken"))
        undo = self.undo_stack.createUndoAction(self, tr("&Ongedaan maken"))
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.undo_stack.createRedoAction(self, tr("Opnie&uw"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"),
                           QKeySequence(QKeySequence.StandardKey.Redo)])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self._action(edit_menu, tr("&Zoeken…"), "Ctrl+K", self.open_search)

        view_menu = bar.addMenu(tr("Beel&d"))
        for spec in PAGES:
            self._action(view_menu, tr(spec.title).replace("&", "&&"), spec.shortcut,
                         lambda _=False, n=spec.name: self.show_page(n))
        view_menu.addSeparator()
        self._action(view_menu, tr("&Vernieuwen"), QKeySequence.StandardKey.Refresh,
                     self.refresh_all)

        help_menu = bar.addMenu(tr("&Help"))
        self._action(help_menu, tr("&Sneltoetsen"), "F1", self.show_shortcuts)
        self._action(help_menu, tr("&Over Buurtboek"), None, self._about)

    def show_shortcuts(self) -> None:
        """Help → Sneltoetsen, read from the actions of the menus and of every page."""
        from ui.dialogs.shortcuts import ShortcutsDialog, collect

        if self.context.ready:
            for name in PAGE_NAMES:
                self.page(name)
        owners = {self._pages[spec.name]: tr(spec.title) for spec in PAGES
                  if spec.name in self._pages}
        ShortcutsDialog(collect(self, owners), self).exec()

    def _about(self) -> None:
        url = self.services.db.url if self.services else tr("(nog niet geopend)")
        QMessageBox.about(
            self, tr("Over Buurtboek"),
            tr("<b>Buurtboek</b> {version}<br>Relatienotities, netwerk, bijeenkomsten en "
               "dossiers voor opbouwwerkers.<br><br>Database: {url}")
            .format(version=self.version, url=url),
        )

    # -- state -------------------------------------------------------------------------------
    def refresh_all(self) -> None:
        from db.events import Change

        self.context.bridge.publish_locally(Change("*"))

    def _on_change(self, change: Change) -> None:
        if change.concerns("worker", "person", "group", "place"):
            self.update_status()

    def update_status(self) -> None:
        if self.services is None:
            return
        profile = self.services.profile.current()
        if profile:
            who = profile.name + (f" — {profile.organisation}" if profile.organisation else "")
            self.worker_label.setText(who)
            self.setWindowTitle(tr("Buurtboek — {name}").format(name=profile.name))
        else:
            self.worker_label.setText(tr("Geen profiel ingesteld"))
        people = self.services.people
        self.counts_label.setText(
            tr("{persons} bewoners · {groups} groepen · {places} plekken").format(
                persons=number(people.count(ActorKind.PERSON)),
                groups=number(people.count(ActorKind.GROUP)),
                places=number(people.count(ActorKind.PLACE))))

    def restore_state(self, page: str | None = None) -> None:
        geometry = self.settings.value("window/geometry")
        # a hand-edited or damaged settings file may hold anything here
        if not isinstance(geometry, (bytes, bytearray, QByteArray)) or \
                not self.restoreGeometry(geometry):
            self.resize(1200, 780)
        remembered = self.settings.value("window/page", "overzicht")
        self.show_page(page or (remembered if remembered in PAGE_NAMES else "overzicht"))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        from ui.tasks import cancel_all_and_wait

        cancel_all_and_wait()  # a demo load or export still running stops and rolls back
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/page", self.current_page_name())
        self.settings.sync()
        super().closeEvent(event)
