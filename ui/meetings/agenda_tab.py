"""The agenda editor: items in order (drag, or Alt+Up/Alt+Down), times computed from the
meeting's start, title/minutes/presenter edited in place, description and links below."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSpinBox, QStyledItemDelegate, QTableView, QVBoxLayout,
    QWidget,
)

from db.services.meetings import TemplateItem
from ui.context import AppContext
from ui.meetings import commands
from ui.meetings.agenda_model import DURATION, LINK, TITLE, AgendaModel
from ui.meetings.picker import ActorField
from ui.text import tr

if TYPE_CHECKING:
    from db.services.agenda import AgendaItemRow, MeetingDocument
    from db.services.dossiers import DossierRow


class DurationDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        if index.column() != DURATION:
            return super().createEditor(parent, option, index)
        spin = QSpinBox(parent)
        spin.setRange(0, 24 * 60)
        spin.setSuffix(tr(" min"))
        spin.setFrame(False)
        return spin


class AgendaTab(QWidget):
    def __init__(self, context: AppContext, reload: Callable[[], None],
                 on_error: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.reload, self.on_error = context, reload, on_error
        self.document: MeetingDocument | None = None
        self._selected: int | None = None
        self._described: int | None = None  # the item whose description the field shows
        layout = QVBoxLayout(self)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("&Nieuw agendapunt"))
        self.add_button.setToolTip(tr("Nieuw agendapunt onder het gekozen punt (Insert)"))
        self.remove_button = QPushButton(tr("Verwijderen"))
        self.remove_button.setToolTip(tr("Gekozen agendapunt verwijderen (Delete)"))
        self.up_button = QPushButton(tr("Omhoog"))
        self.up_button.setToolTip(tr("Punt eerder op de agenda (Alt+Pijl omhoog)"))
        self.down_button = QPushButton(tr("Omlaag"))
        self.down_button.setToolTip(tr("Punt later op de agenda (Alt+Pijl omlaag)"))
        self.action_list_button = QPushButton(tr("Actielijst toevoegen"))
        self.action_list_button.setToolTip(tr("Een vast punt waarop de open actiepunten van "
                                              "eerdere bijeenkomsten vanzelf verschijnen"))
        self.template_button = QPushButton(tr("Bewaren als sjabloon van de reeks"))
        self.template_button.setToolTip(tr("Een nieuwe bijeenkomst in deze reeks begint "
                                           "met deze agenda"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button,
                       self.action_list_button, self.template_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.model = AgendaModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Agenda"))
        self.view.setItemDelegate(DurationDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LINK, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(LINK, 170)
        layout.addWidget(self.view, 3)
        self.summary = QLabel()
        layout.addWidget(self.summary)

        self.detail = QGroupBox(tr("Gekozen agendapunt"))
        form = QFormLayout(self.detail)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(tr("Toelichting voor op de agenda (wordt bewaard "
                                               "als je het veld verlaat)"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(80)
        self.description.installEventFilter(self)
        self.dossier = QComboBox()
        self.dossier.setAccessibleName(tr("Dossier"))
        self.actor = ActorField(context)
        self.actor.setPlaceholderText(tr("Typ een naam om een persoon of groep te koppelen"))
        self.actor.setAccessibleName(tr("Persoon of groep"))
        form.addRow(tr("&Toelichting"), self.description)
        form.addRow(tr("&Dossier"), self.dossier)
        form.addRow(tr("&Persoon of groep"), self.actor)
        layout.addWidget(self.detail, 1)

        self._actions = {
            "add": self._shortcut(tr("Nieuw agendapunt"), "Ins", self.add_item, self),
            "remove": self._shortcut(tr("Agendapunt verwijderen"), QKeySequence.StandardKey
                                     .Delete, self.remove_item, self.view),
            "up": self._shortcut(tr("Omhoog"), "Alt+Up", lambda: self.move(-1), self.view),
            "down": self._shortcut(tr("Omlaag"), "Alt+Down", lambda: self.move(1), self.view),
        }
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.action_list_button.clicked.connect(self.add_action_list)
        self.template_button.clicked.connect(self.save_template)
        # queued: never reset the table inside the editor's commit or the drop event
        self.model.edit_requested.connect(self.edit, Qt.ConnectionType.QueuedConnection)
        self.model.move_requested.connect(self.move_to, Qt.ConnectionType.QueuedConnection)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.dossier.activated.connect(self._on_dossier)
        self.actor.picked.connect(lambda actor_id, _name: self._link_actor(actor_id))
        self.actor.textEdited.connect(self._on_actor_edited)

    def _shortcut(self, text: str, keys, slot, widget: QWidget) -> QAction:
        action = QAction(text, widget)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut
                                  if widget is self else Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)
        return action

    @property
    def services(self):
        return self.context.services

    # -- showing -----------------------------------------------------------------------------
    def set_document(self, document: MeetingDocument | None,
                     dossiers: list[DossierRow] | None = None) -> None:
        self.document = document
        self.model.set_agenda(document.agenda if document else None,
                              len(document.carried) if document else 0)
        self.dossier.blockSignals(True)
        self.dossier.clear()
        self.dossier.addItem(tr("— geen —"), None)
        for row in dossiers or ():
            self.dossier.addItem(row.title, row.id)
        self.dossier.blockSignals(False)
        if document is None:
            self.summary.clear()
            return
        agenda = document.agenda
        series = agenda.meeting.series_id is not None
        self.template_button.setEnabled(series)
        self.action_list_button.setVisible(not any(i.is_action_list for i in agenda.items))
        total = sum(i.duration_minutes for i in agenda.items)
        self.summary.setText(tr("{n} agendapunten, van {start} tot {end} ({h}:{m:02d} uur)")
                             .format(n=len(agenda.items), start=f"{agenda.meeting.starts_at:%H:%M}",
                                     end=f"{agenda.ends_at:%H:%M}", h=total // 60, m=total % 60))
        row = self.model.row_of(self._selected) if self._selected is not None else -1
        row = row if row >= 0 else 0
        if self.view.currentIndex().row() != row:
            self.select_row(row)
        elif 0 <= row < self.model.rowCount():
            self._show_detail(self.model.items[row])

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self._show_detail(None)
            return
        index = self.model.index(row, TITLE)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self._show_detail(self.model.items[row])

    def current_item(self) -> AgendaItemRow | None:
        row = self.view.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _on_current(self, current, _previous) -> None:
        self._save_description()
        item = self.model.items[current.row()] if current.isValid() else None
        self._selected = item.id if item else None
        self._show_detail(item)

    def _show_detail(self, item: AgendaItemRow | None) -> None:
        self.detail.setEnabled(item is not None)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(item is not None)
        if item is None:
            self.detail.setTitle(tr("Gekozen agendapunt"))
            self.description.setPlainText("")
            self._described = None
            return
        self.detail.setTitle(tr("{n}. {title}").format(n=item.number, title=item.title))
        typing = self.description.hasFocus() and self.description.document().isModified()
        if not (typing and self._described == item.id):
            self.description.setPlainText(item.description)
            self.description.document().setModified(False)
            self._described = item.id
        self.dossier.setCurrentIndex(max(0, self.dossier.findData(item.dossier_id))
                                     if item.dossier_id else 0)
        if not self.actor.hasFocus():
            self.actor.actor_id = item.actor_id
            self.actor.setText(item.actor)

    # -- edits (each one undoable) -----------------------------------------------------------
    def _meeting_id(self) -> int | None:
        return self.document.agenda.meeting.id if self.document else None

    def add_item(self, *, title: str | None = None, is_action_list: bool = False) -> int | None:
        meeting_id = self._meeting_id()
        if meeting_id is None:
            return None
        current = self.view.currentIndex().row()
        index = current + 1 if current >= 0 else None
        title = title or tr("Nieuw agendapunt")
        agenda = self.services.agenda
        item_id = commands.create(
            self.context, tr("Agendapunt '{t}' toevoegen").format(t=title),
            lambda: agenda.add_item(meeting_id, title=title, duration_minutes=10,
                                    is_action_list=is_action_list, index=index),
            agenda.remove_item, agenda.restore_item, self.on_error)
        if item_id is not None:
            self._selected = item_id
            self.reload()
            if not is_action_list:
                self.view.setFocus()
                self.view.edit(self.model.index(self.model.row_of(item_id), TITLE))
        return item_id

    def add_action_list(self) -> None:
        self.add_item(title=tr("Actielijst"), is_action_list=True)

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        agenda = self.services.agenda
        row = self.view.currentIndex().row()
        if commands.delete(self.context, tr("Agendapunt '{t}' verwijderen").format(t=item.title),
                           lambda: agenda.remove_item(item.id), agenda.restore_item,
                           self.on_error):
            following = self.model.items[row + 1] if row + 1 < len(self.model.items) else None
            previous = self.model.items[row - 1] if row > 0 else None
            chosen = following or previous
            self._selected = chosen.id if chosen else None
            self.reload()

    def move(self, delta: int) -> None:
        item = self.current_item()
        if item is not None:
            self.move_to(item.id, item.number - 1 + delta)

    def move_to(self, item_id: int, index: int) -> None:
        meeting_id = self._meeting_id()
        if meeting_id is None or not 0 <= index < self.model.rowCount():
            return
        agenda = self.services.agenda
        item = self.model.items[self.model.row_of(item_id)]
        done = commands.perform(
            self.context, tr("Agendapunt '{t}' verplaatsen").format(t=item.title),
            lambda: agenda.move_item(item_id, index),
            lambda old: ((lambda: agenda.reorder(meeting_id, old)),
                         (lambda: agenda.move_item(item_id, index))), self.on_error)
        if done is not None:
            self._selected = item_id
            self.reload()

    def edit(self, item_id: int, field: str, value: object) -> bool:
        labels = {"title": tr("onderwerp"), "duration_minutes": tr("duur"),
                  "presenter": tr("inleider"), "description": tr("toelichting"),
                  "dossier_id": tr("dossier"), "actor_id": tr("koppeling")}
        item = self.document.agenda.item(item_id) if self.document else None
        ok = commands.update(
            self.context, tr("Agendapunt: {what} wijzigen").format(what=labels[field]),
            lambda **values: self.services.agenda.update_item(item_id, **values),
            {field: value}, self.on_error,
            record=("agenda_item", item_id, item.version if item else None))
        if ok:
            self.reload()
        return ok

    def _save_description(self) -> None:
        """Save a changed description (on leaving the field or choosing another item); run
        after the event that caused it, so the table is not reset in the middle of it."""
        item = next((i for i in self.model.items if i.id == self._described), None)
        if item is None or not self.description.document().isModified():
            return
        self.description.document().setModified(False)
        text = self.description.toPlainText()
        if text.strip() != item.description:
            QTimer.singleShot(0, self, lambda: self.edit(item.id, "description", text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.description and event.type() == QEvent.Type.FocusOut:
            self._save_description()
        return super().eventFilter(watched, event)

    def _on_dossier(self, index: int) -> None:
        item = self.current_item()
        if item is not None and self.dossier.itemData(index) != item.dossier_id:
            self.edit(item.id, "dossier_id", self.dossier.itemData(index))

    def _link_actor(self, actor_id: int | None) -> None:
        item = self.current_item()
        if item is not None and actor_id != item.actor_id:
            self.edit(item.id, "actor_id", actor_id)

    def _on_actor_edited(self, text: str) -> None:
        if not text:  # cleared: unlink
            self._link_actor(None)

    def save_template(self) -> None:
        if self.document is None or self.document.agenda.meeting.series_id is None:
            return
        series_id = self.document.agenda.meeting.series_id
        items = [TemplateItem(i.title, i.duration_minutes, i.is_action_list)
                 for i in self.document.agenda.items]
        meetings = self.services.meetings
        if commands.update(
                self.context, tr("Sjabloon van de reeks vervangen"),
                lambda items: {"items": meetings.set_template(series_id, items)},
                {"items": items}, self.on_error):
            self.on_error("")  # clears an old message
            self.summary.setText(tr("Bewaard als sjabloon van '{s}': een nieuwe bijeenkomst in "
                                    "deze reeks begint met deze agenda.")
                                 .format(s=self.document.agenda.meeting.series))
