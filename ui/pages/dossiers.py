"""Dossiers: collective advocacy. Two tabs — the board (a column per phase, a card per
dossier, moved by drag-and-drop, "Naar fase…" or Ctrl+Shift+→/←) and Signalen (filters,
combine, turn into a dossier) — and the detail of one dossier in their place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QInputDialog, QLabel, QPushButton, QStackedWidget, QTabWidget, QVBoxLayout,
    QWidget,
)

from db.vocabulary import DossierPhase
from ui.advocacy import commands
from ui.advocacy.board import BoardView
from ui.advocacy.detail import DossierDetailView
from ui.advocacy.signals_view import SignalsView
from ui.pages.base import Page
from ui.text import number, tr
from ui.widgets.dialog_parts import error_label

BOARD, SIGNALS = 0, 1


class DossiersPage(Page):
    kinds = ("*", "dossier", "signal", "person", "group", "meeting", "contact_moment")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self._keep: int | None = None
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        lists = QWidget()
        layout = QVBoxLayout(lists)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.new_button = QPushButton(tr("&Nieuw dossier…"))
        self.signal_button = QPushButton(tr("&Signaal vastleggen…"))
        top.addWidget(self.summary, 1)
        top.addWidget(self.signal_button)
        top.addWidget(self.new_button)
        self.export_button = QPushButton(tr("&Exporteren naar Excel…"))
        self.export_button.setToolTip(tr("De dossiers (tab Bord) of de signalen (tab Signalen) "
                                         "naar Excel, met een privacykeuze"))
        self.export_button.clicked.connect(self.export_list)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.message = error_label()
        self.message.hide()
        layout.addWidget(self.message)
        self.tabs = QTabWidget()
        board_tab = QWidget()
        board_layout = QVBoxLayout(board_tab)
        self.board = BoardView()
        self.empty = QLabel(tr("Nog geen dossiers. Als iets \"niet klopt\" in de buurt en meer "
                               "bewoners het merken, begint hier een dossier: leg signalen vast "
                               "(tab Signalen) en kies 'Dossier maken van signaal', of maak "
                               "meteen een nieuw dossier."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(tr("Sleep een kaart naar een andere fase, of kies de kaart en druk "
                         "Ctrl+Shift+→ / ←; Enter opent het dossier."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        board_layout.addWidget(self.empty)
        board_layout.addWidget(self.board, 1)
        board_layout.addWidget(hint)
        self.signals = SignalsView(context)
        self.tabs.addTab(board_tab, tr("&Bord"))
        self.tabs.addTab(self.signals, tr("Si&gnalen"))
        layout.addWidget(self.tabs, 1)
        self.stack.addWidget(lists)
        self.detail = DossierDetailView(context)
        self.stack.addWidget(self.detail)

        self.board.open_requested.connect(self.open_dossier)
        self.board.move_requested.connect(self.move)
        self.signals.open_dossier.connect(self.open_dossier)
        self.signals.record_requested.connect(self.record_signal)
        self.signal_button.clicked.connect(self.record_signal)
        self.new_button.clicked.connect(self.ask_new_dossier)
        self.detail.back_requested.connect(self.show_lists)
        self.detail.closed.connect(self.show_lists)
        self.detail.open_requested.connect(self.open_requested)
        action = QAction(tr("Nieuw dossier"), self)
        action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.ask_new_dossier)
        self.addAction(action)

    @property
    def columns(self):
        """The board's columns by phase (a QListWidget each)."""
        return self.board.columns

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- filling -----------------------------------------------------------------------------
    def load(self) -> None:
        rows = self.services.dossiers.list()
        self.board.show_rows(rows, keep=self._keep)
        self._keep = None
        self.empty.setVisible(not rows)
        if rows:
            open_ = sum(1 for r in rows if r.phase != DossierPhase.EVALUATION)
            self.summary.setText(tr("{n} dossiers, waarvan {o} lopend, van signaleren tot "
                                    "evaluatie.").format(n=number(len(rows)),
                                                         o=number(open_)))
        else:
            self.summary.setText(tr("Nog geen dossiers."))
        self.signals.load()
        self.tabs.setTabText(SIGNALS, tr("Si&gnalen ({n})").format(
            n=number(len(self.signals.rows))))
        if self.stack.currentWidget() is self.detail:
            self.detail.load()

    def export_list(self):
        """The list on the open tab to Excel: dossiers from the board, or the signals."""
        from ui.dialogs.excel_export import export_list_from

        kind = "signalen" if self.tabs.currentIndex() == 1 else "dossiers"
        self.task = export_list_from(self, self.services, kind, self.summary.setText)
        return self.task

    def show_record(self, kind: str, record_id: int) -> bool:
        if kind == "dossier" and self.context.ready and \
                self.services.dossiers.detail(record_id) is not None:
            self.open_dossier(record_id)
            return True
        if kind == "signal" and self.context.ready:
            self.show_lists()
            self.tabs.setCurrentIndex(SIGNALS)
            if not self.signals.select_signal(record_id):
                self.signals.loose.setChecked(False)
                self.signals.period.setCurrentIndex(0)
                self.signals.theme.setCurrentIndex(0)
                self.signals.hood.setCurrentIndex(0)
                return self.signals.select_signal(record_id)
            return True
        return False

    # -- navigation --------------------------------------------------------------------------
    def open_dossier(self, dossier_id: int) -> None:
        self.detail.show_dossier(dossier_id)
        if self.detail.dossier_id == dossier_id:
            self.stack.setCurrentWidget(self.detail)

    def show_lists(self) -> None:
        shown = self.detail.dossier_id
        self.stack.setCurrentIndex(0)
        if shown is not None and self.tabs.currentIndex() == BOARD:
            self.board.select(shown)

    # -- edits -------------------------------------------------------------------------------
    def move(self, dossier_id: int, phase: DossierPhase) -> bool:
        row = self.board.rows.get(dossier_id)
        if row is None or row.phase == phase:
            return False
        moved = commands.move_phase(self.context, dossier_id, phase, row.title,
                                    self.show_message, version=row.version)
        if moved:
            self.show_message("")
            self._keep = dossier_id  # selected again in its new column when the board reloads
        return moved

    def record_signal(self) -> None:
        from ui.advocacy.signal_dialog import SignalDialog

        SignalDialog(self.context, self).exec()

    def ask_new_dossier(self) -> None:
        title, ok = QInputDialog.getText(self, tr("Nieuw dossier"),
                                         tr("Titel van het dossier (wat speelt er?):"))
        if ok:
            self.new_dossier(title)

    def new_dossier(self, title: str) -> int | None:
        dossiers, wid = self.services.dossiers, commands.worker_id(self.context)
        made = commands.run(self.context, tr("Nieuw dossier"),
                            lambda prev: dossiers.create(title, worker_id=wid,
                                                         dossier_id=prev),
                            dossiers.delete, self.show_message)
        if made is not None:
            self.show_message("")
            self.open_dossier(made)
        return made
