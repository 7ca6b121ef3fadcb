"""One dossier: title, phase, theme and neighbourhood at the top (edited in place, undoable),
then tabs: Overzicht (problem, what residents want, phase history with dates), Tijdlijn,
Mensen en doelen (with the stakeholder view), Koppelingen en bijlagen, and Resultaat. Out:
the dossier as an Excel workbook, with or without residents' names."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from db.vocabulary import DossierPhase
from ui.advocacy import commands
from ui.advocacy.links_tab import LinksTab
from ui.advocacy.people_tab import PeopleTab
from ui.advocacy.timeline_tab import TimelineTab
from ui.appearance import error_colour, ok_colour
from ui.context import AppContext
from ui.tasks import Task
from ui.text import date_text, label, number, tr

if TYPE_CHECKING:
    from db.services.dossier_read import DossierDetail


class NoteEdit(QPlainTextEdit):
    """A text field that reports `finished` when it loses focus after a change."""

    finished = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if self.document().isModified():
            self.finished.emit()


class DossierDetailView(QWidget):
    back_requested = Signal()
    closed = Signal()  # the dossier shown was deleted
    open_requested = Signal(str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dossier_id: int | None = None
        self.detail: DossierDetail | None = None
        self.task: Task | None = None
        self.last_export: Path | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        back = QPushButton(tr("← &Bord"))
        back.setToolTip(tr("Terug naar het bord (Esc)"))
        back.clicked.connect(self.back_requested)
        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Titel"))
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        top.addWidget(back)
        top.addWidget(self.title, 1)
        layout.addLayout(top)

        grid = QGridLayout()
        self.phase = QComboBox()
        self.phase.setAccessibleName(tr("Fase"))
        for phase in DossierPhase:
            self.phase.addItem(label(phase), phase)
        self.theme = QComboBox()
        self.theme.setEditable(True)
        self.theme.setAccessibleName(tr("Thema"))
        self.hood = QComboBox()
        self.hood.setAccessibleName(tr("Buurt"))
        for combo in (self.theme, self.hood):
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.facts = QLabel()
        for column, (text, widget) in enumerate(((tr("Fase"), self.phase),
                                                 (tr("Thema"), self.theme),
                                                 (tr("Buurt"), self.hood))):
            grid.addWidget(QLabel(text), 0, 2 * column)
            grid.addWidget(widget, 0, 2 * column + 1)
        grid.addWidget(self.facts, 0, 6)
        grid.setColumnStretch(6, 1)
        self.without_names = QCheckBox(tr("zonder namen van bewoners"))
        self.without_names.setChecked(True)
        self.without_names.setToolTip(tr("Bewoners worden 'bewoner 1', 'bewoner 2'; groepen "
                                         "en instellingen houden hun naam."))
        self.excel_button = QPushButton(tr("Naar &Excel…"))
        self.delete_button = QPushButton(tr("Dossier verwijderen"))
        layout.addLayout(grid)
        actions = QHBoxLayout()
        actions.addWidget(self.excel_button)
        actions.addWidget(self.without_names)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        self.tabs = QTabWidget()
        overview = QWidget()
        form = QFormLayout(overview)
        self.notes: dict[str, NoteEdit] = {}
        for name, text, hint in (
                ("problem", tr("Probleem"), tr("Het probleem in de woorden van bewoners")),
                ("desired", tr("Wat bewoners willen"), tr("Wat moet er veranderen?"))):
            self.notes[name] = self._note(name, text, hint)
            form.addRow(text, self.notes[name])
        self.history = QListWidget()
        self.history.setAccessibleName(tr("Fasegeschiedenis"))
        self.history.setMaximumHeight(140)
        form.addRow(tr("Fasen bereikt"), self.history)
        self.tabs.addTab(overview, tr("&Overzicht"))
        self.timeline = TimelineTab(context, self.show_error, self.open_requested.emit)
        self.people = PeopleTab(context, self.show_error, self.open_requested.emit)
        self.links = LinksTab(context, self.show_error, self.open_requested.emit)
        self.tabs.addTab(self.timeline, tr("&Tijdlijn"))
        self.tabs.addTab(self.people, tr("&Mensen en doelen"))
        self.tabs.addTab(self.links, tr("&Koppelingen en bijlagen"))
        result = QWidget()
        form = QFormLayout(result)
        for name, text, hint in (
                ("outcome", tr("Resultaat"), tr("Wat is er bereikt?")),
                ("lessons", tr("Lessen"), tr("Wat nemen bewoners en jij mee naar een volgend "
                                             "dossier?"))):
            self.notes[name] = self._note(name, text, hint)
            form.addRow(text, self.notes[name])
        self.tabs.addTab(result, tr("&Resultaat"))
        layout.addWidget(self.tabs, 1)

        self.title.editingFinished.connect(lambda: self._changed("title", self.title.text()))
        self.theme.lineEdit().editingFinished.connect(
            lambda: self._changed("theme", self.theme.currentText()))
        self.theme.activated.connect(lambda _i: self._changed("theme", self.theme.currentText()))
        self.hood.activated.connect(lambda _i: self._changed("neighbourhood_id",
                                                             self.hood.currentData()))
        self.phase.activated.connect(lambda _i: self.move_to(self.phase.currentData()))
        self.excel_button.clicked.connect(self.choose_export)
        self.delete_button.clicked.connect(self.delete_dossier)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:  # back to the board
            self.back_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _note(self, name: str, text: str, hint: str) -> NoteEdit:
        edit = NoteEdit()
        edit.setAccessibleName(text)
        edit.setPlaceholderText(hint)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(120)
        edit.finished.connect(lambda n=name, e=edit: self._changed(n, e.toPlainText()))
        return edit

    @property
    def services(self):
        return self.context.services

    # -- showing -----------------------------------------------------------------------------
    def show_dossier(self, dossier_id: int) -> None:
        if dossier_id != self.dossier_id:
            self.show_error("")
            self.tabs.setCurrentIndex(0)
        self.dossier_id = dossier_id
        self.load()

    def load(self) -> None:
        if self.services is None or self.dossier_id is None:
            return
        detail = self.services.dossiers.detail(self.dossier_id)
        if detail is None:
            self.dossier_id, self.detail = None, None
            self.closed.emit()
            return
        self.detail = detail
        if not (self.title.hasFocus() and self.title.isModified()):
            self.title.setText(detail.title)
            self.title.setModified(False)
        self.phase.setCurrentIndex(list(DossierPhase).index(detail.phase))
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItems(["", *self.services.signals.themes()])
        self.theme.setCurrentText(detail.theme)
        self.theme.blockSignals(False)
        self.hood.clear()
        self.hood.addItem(tr("(geen buurt)"), None)
        for hood_id, name in self.services.people.neighbourhoods():
            self.hood.addItem(name, hood_id)
        self.hood.setCurrentIndex(max(0, self.hood.findData(detail.neighbourhood_id)))
        facts = [tr("{n} huishoudens").format(n=number(detail.households))]
        if detail.closed_on:
            facts.append(tr("afgesloten {date}").format(date=date_text(detail.closed_on)))
        self.facts.setText(" · ".join(facts))
        for name, edit in self.notes.items():
            if not edit.hasFocus():
                edit.setPlainText(getattr(detail, name))
                edit.document().setModified(False)
        self.history.clear()
        for step in detail.phase_steps:
            self.history.addItem(f"{date_text(step.reached_on)}  {label(step.phase)}")
        self.timeline.set_detail(detail)
        self.people.set_detail(detail)
        self.links.set_detail(detail)

    def show_error(self, message: str) -> None:
        self.message.setStyleSheet(f"color: {error_colour()};")
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def show_note(self, message: str) -> None:
        self.message.setStyleSheet(f"color: {ok_colour()};")
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # -- edits -------------------------------------------------------------------------------
    FIELD_NAMES = {"title": "titel", "theme": "thema", "neighbourhood_id": "buurt",
                   "problem": "probleem", "desired": "wat bewoners willen",
                   "outcome": "resultaat", "lessons": "lessen"}

    def _changed(self, name: str, value) -> None:
        if self.detail is None:
            return
        current = getattr(self.detail, name)
        if (value.strip() if isinstance(value, str) else value) == current:
            return
        what = tr(self.FIELD_NAMES[name])
        if commands.update(self.context, tr("Dossier: {what} wijzigen").format(what=what),
                           self.services.dossiers.update, self.detail.id, {name: value},
                           self.show_error, kind="dossier", version=self.detail.version):
            self.show_error("")
        self.load()

    def move_to(self, phase: DossierPhase) -> bool:
        if self.detail is None or phase == self.detail.phase:
            return False
        moved = commands.move_phase(self.context, self.detail.id, phase, self.detail.title,
                                    self.show_error, version=self.detail.version)
        self.load()
        return moved

    def delete_dossier(self) -> bool:
        if self.detail is None:
            return False
        dossiers, dossier_id = self.services.dossiers, self.detail.id
        # the page hears the change; load() then finds no dossier and emits `closed`
        return commands.remove(self.context, tr("Dossier '{t}' verwijderen").format(
            t=self.detail.title), lambda: dossiers.delete(dossier_id), dossiers.restore,
            self.show_error)

    # -- out ---------------------------------------------------------------------------------
    def choose_export(self) -> None:
        if self.detail is None:
            return
        from ui.dialogs.excel_export import ask_target

        path = ask_target(self, tr("Dossier naar Excel"),
                          f"Dossier {self.detail.title}.xlsx".replace("/", "-"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> Task | None:
        """Write the workbook in the background (progress dialog with Cancel)."""
        from exports.dossier import export_dossier

        if self.dossier_id is None:
            return None
        db, dossier_id = self.services.db, self.dossier_id
        without = self.without_names.isChecked()
        self.task = Task(self, tr("Dossier naar Excel"),
                         lambda progress, cancelled: export_dossier(
                             db, dossier_id, path, without_names=without, progress=progress,
                             cancelled=cancelled))
        self.task.finished.connect(self._exported)
        self.task.failed.connect(self._export_failed)
        self.task.start()
        return self.task

    def _exported(self, path: Path) -> None:
        self.last_export = path
        self.show_note(tr("Dossier bewaard in {path}").format(path=path))

    def _export_failed(self, error: object) -> None:
        from ui.dialogs.excel_export import export_failure

        cancelled, text = export_failure(error)
        if cancelled:
            self.show_note(text)
        else:
            self.show_error(text)

