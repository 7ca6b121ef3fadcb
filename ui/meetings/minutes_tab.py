"""Minutes during the meeting: pick an agenda item (Alt+PgDn / Alt+PgUp), type the notes
(saved 500 ms after the last keystroke and when the field loses focus, no Save button),
record decisions (Enter) and action points (Enter), and tick off the open action points on
the standing action list.

Undo for the notes is the text field's own (Ctrl+Z while typing; each agenda item keeps its
own history while the meeting is open). Decisions and action points are undoable steps on
the window's undo stack, like every other edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextDocumentLayout, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from db.services.errors import ConflictError, ValidationError
from db.vocabulary import ActionStatus, ActorKind
from ui.context import AppContext
from ui.meetings import commands
from ui.meetings.action_edits import change_action, create_action, owner_text
from ui.meetings.action_views import due_text
from ui.meetings.picker import ActorField
from ui.text import label, tr
from ui.versions import book

if TYPE_CHECKING:
    from db.services.agenda import AgendaItemRow, MeetingDocument

SAVE_DELAY_MS = 500


def _heading(text: str) -> QLabel:
    heading = QLabel(f"<b>{text}</b>")
    return heading


def _compact(widget: QListWidget) -> None:
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def _fit(widget: QListWidget, max_rows: int) -> None:
    """As tall as its rows (one empty row at least, `max_rows` at most): the notes field
    keeps the room."""
    row = widget.sizeHintForRow(0) if widget.count() else widget.fontMetrics().height() + 6
    rows = min(max(widget.count(), 1), max_rows)
    widget.setFixedHeight(rows * row + 2 * widget.frameWidth() + 4)


class MinutesTab(QWidget):
    def __init__(self, context: AppContext, reload: Callable[[], None],
                 on_error: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.reload, self.on_error = context, reload, on_error
        self.document: MeetingDocument | None = None
        self.item_id: int | None = None
        self._docs: dict[int, QTextDocument] = {}
        self._pending: set[int] = set()
        self._versions: dict[int, int] = {}  # item id -> version its shown minutes are of
        self._loading = False
        self._empty = QTextDocument(self)
        self._empty.setDocumentLayout(QPlainTextDocumentLayout(self._empty))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.items = QListWidget()
        self.items.setAccessibleName(tr("Agendapunten"))
        self.items.setMinimumWidth(160)
        _compact(self.items)
        splitter.addWidget(self.items)

        right = QWidget()
        column = QVBoxLayout(right)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        self.carried_label = _heading(tr("Open actiepunten van eerdere keren — vink af wat "
                                         "gedaan is"))
        self.carried = QListWidget()
        _compact(self.carried)
        self.carried.setAccessibleName(tr("Actielijst"))
        column.addWidget(self.carried_label)
        column.addWidget(self.carried)

        notes_row = QHBoxLayout()
        notes_row.addWidget(_heading(tr("Notulen")))
        self.saved = QLabel()
        self.saved.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        notes_row.addStretch(1)
        notes_row.addWidget(self.saved)
        column.addLayout(notes_row)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(tr("Notulen van dit agendapunt"))
        self.editor.setPlaceholderText(tr("Typ hier de notulen van dit punt; ze worden vanzelf "
                                          "bewaard."))
        self.editor.setTabChangesFocus(True)
        self.editor.installEventFilter(self)
        column.addWidget(self.editor, 3)

        column.addWidget(_heading(tr("Besluiten")))
        self.decisions = QListWidget()
        _compact(self.decisions)
        self.decisions.setAccessibleName(tr("Besluiten"))
        self.new_decision = QLineEdit()
        self.new_decision.setPlaceholderText(tr("Nieuw besluit, dan Enter"))
        self.new_decision.setAccessibleName(tr("Nieuw besluit"))
        column.addWidget(self.decisions)
        column.addWidget(self.new_decision)

        column.addWidget(_heading(tr("Actiepunten bij dit punt")))
        self.actions = QListWidget()
        _compact(self.actions)
        self.actions.setAccessibleName(tr("Actiepunten bij dit punt"))
        column.addWidget(self.actions)
        add = QHBoxLayout()
        self.action_text = QLineEdit()
        self.action_text.setPlaceholderText(tr("Nieuw actiepunt: wat moet er gebeuren? "
                                               "(dan Enter)"))
        self.action_text.setAccessibleName(tr("Nieuw actiepunt"))
        self.action_owner = ActorField(context, (ActorKind.PERSON,))
        self.action_owner.setPlaceholderText(tr("Wie? (leeg: ikzelf)"))
        self.action_due = QLineEdit()
        self.action_due.setPlaceholderText(tr("vóór dd-mm-jjjj"))
        self.action_due.setMinimumWidth(120)
        self.action_add = QPushButton(tr("Toevoegen"))
        column.addWidget(self.action_text)
        add.addWidget(self.action_owner, 2)
        add.addWidget(self.action_due, 1)
        add.addWidget(self.action_add)
        column.addLayout(add)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 600])
        QVBoxLayout(self).addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._on_typed)
        self.items.currentRowChanged.connect(self._on_item)
        self.new_decision.returnPressed.connect(self.add_decision)
        self.decisions.itemChanged.connect(self._on_decision_edited)
        self.action_text.returnPressed.connect(self.add_action)
        self.action_due.returnPressed.connect(self.add_action)
        self.action_add.clicked.connect(self.add_action)
        self.carried.itemChanged.connect(self._on_ticked)
        self.actions.itemChanged.connect(self._on_ticked)
        for keys, step in (("Alt+PgDown", 1), ("Alt+PgUp", -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=step: self.step(s))
            self.addAction(action)
        remove = QAction(tr("Besluit verwijderen"), self.decisions)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_decision)
        self.decisions.addAction(remove)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    @property
    def services(self):
        return self.context.services

    # -- showing -----------------------------------------------------------------------------
    def set_document(self, document: MeetingDocument | None) -> None:
        same_meeting = (document is not None and self.document is not None
                        and document.agenda.meeting.id == self.document.agenda.meeting.id)
        if not same_meeting:
            self.flush()
            self._loading = True
            self.editor.setDocument(self._empty)
            self._loading = False
            for doc in self._docs.values():
                doc.deleteLater()
            self._docs.clear()
            self._versions.clear()
            self.item_id = None
        self.document = document
        items = document.agenda.items if document else ()
        for item in items:  # take over changes made elsewhere (e.g. an undone delete)
            doc = self._docs.get(item.id)
            if doc is not None and item.id not in self._pending:
                self._versions[item.id] = item.version
                if doc.toPlainText() != item.minutes:
                    self._set_text(doc, item.minutes)
        self.items.blockSignals(True)
        self.items.clear()
        for item in items:
            entry = QListWidgetItem(f"{item.number}. {item.starts_at:%H:%M}  {item.title}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setToolTip(item.title)
            self.items.addItem(entry)
        row = next((n for n, i in enumerate(items) if i.id == self.item_id), 0 if items else -1)
        self.items.setCurrentRow(row)
        self.items.blockSignals(False)
        self._show_item(items[row] if row >= 0 else None)

    def _set_text(self, doc: QTextDocument, text: str) -> None:
        self._loading = True
        doc.setPlainText(text)
        doc.setModified(False)
        self._loading = False

    def _doc_for(self, item: AgendaItemRow) -> QTextDocument:
        doc = self._docs.get(item.id)
        if doc is None:
            doc = QTextDocument(self)
            doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
            doc.setDefaultFont(self.editor.font())
            self._set_text(doc, item.minutes)
            self._docs[item.id] = doc
            self._versions[item.id] = item.version
        return doc

    def current_item(self) -> AgendaItemRow | None:
        if self.document is None or self.item_id is None:
            return None
        return self.document.agenda.item(self.item_id)

    def _on_item(self, row: int) -> None:
        self.flush()
        items = self.document.agenda.items if self.document else ()
        self._show_item(items[row] if 0 <= row < len(items) else None)

    def step(self, delta: int) -> None:
        row = self.items.currentRow() + delta
        if 0 <= row < self.items.count():
            self.items.setCurrentRow(row)

    def _show_item(self, item: AgendaItemRow | None) -> None:
        self.item_id = item.id if item else None
        enabled = item is not None
        for widget in (self.editor, self.new_decision, self.action_text, self.action_owner,
                       self.action_due, self.action_add):
            widget.setEnabled(enabled)
        if item is None:
            self.title.setText(tr("Geen agendapunten: maak eerst de agenda."))
            self._loading = True
            self.editor.setDocument(self._empty)
            self._loading = False
            self.decisions.clear()
            self.actions.clear()
            self.carried_label.hide()
            self.carried.hide()
            return
        self.title.setText(tr("{n}. {title} — {start}, {m} min").format(
            n=item.number, title=item.title, start=f"{item.starts_at:%H:%M}",
            m=item.duration_minutes))
        doc = self._doc_for(item)
        if self.editor.document() is not doc:
            self._loading = True
            self.editor.setDocument(doc)
            self._loading = False
        self.carried_label.setVisible(item.is_action_list)
        self.carried.setVisible(item.is_action_list)
        self._fill_actions(self.carried, self.document.carried if item.is_action_list else ())
        self.decisions.blockSignals(True)
        self.decisions.clear()
        for decision in self.document.decisions_for(item.id):
            entry = QListWidgetItem(decision.text)
            entry.setData(Qt.ItemDataRole.UserRole, decision.id)
            entry.setToolTip(tr("Dubbelklik om te wijzigen, Delete om te verwijderen"))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsEditable)
            self.decisions.addItem(entry)
        self.decisions.blockSignals(False)
        _fit(self.decisions, 4)
        self._fill_actions(self.actions, self.document.actions_for(item.id))

    def _fill_actions(self, widget: QListWidget, rows) -> None:
        widget.blockSignals(True)
        widget.clear()
        for row in rows:
            details = ", ".join(p for p in (owner_text(row), due_text(row)) if p)
            entry = QListWidgetItem(f"{row.description}" + (f"  ({details})" if details else "")
                                    + ("" if row.is_open else f" — {label(row.status).lower()}"))
            entry.setData(Qt.ItemDataRole.UserRole, row.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked if row.is_open
                                else Qt.CheckState.Checked)
            entry.setToolTip(entry.text())
            widget.addItem(entry)
        widget.blockSignals(False)
        _fit(widget, 5 if widget is self.carried else 4)

    # -- the notes: saved as you type ---------------------------------------------------------
    def _on_typed(self) -> None:
        if self._loading or self.item_id is None:
            return
        self._pending.add(self.item_id)
        self.saved.setText(tr("wordt bewaard…"))
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().hideEvent(event)

    def flush(self) -> None:
        """Save every item whose notes changed since the last save."""
        self._timer.stop()
        if not self._pending or self.services is None:
            return
        versions, conflicted = book(self.services), False
        for item_id in sorted(self._pending):
            doc = self._docs.get(item_id)
            if doc is None:
                self._pending.discard(item_id)
                continue
            # Our own earlier saves never conflict (the book knows them); a save of someone
            # else since this text was loaded does (ui.versions).
            expected = versions.expected("agenda_item", item_id, self._versions.get(item_id))
            try:
                version = self.services.agenda.set_minutes(item_id, doc.toPlainText(),
                                                           expected_version=expected)
            except ConflictError as error:
                self._conflict(item_id, doc, error)
                conflicted = True
                continue
            except ValidationError as error:
                self.saved.setText(tr("Niet bewaard: {m}").format(m=error.message))
                if "bestaat niet" in error.message:
                    self._pending.discard(item_id)
                continue
            versions.wrote("agenda_item", item_id, expected, version)
            self._versions[item_id] = version
            self._pending.discard(item_id)
            self.saved.setText(tr("bewaard om {t}").format(t=f"{dt.datetime.now():%H:%M:%S}"))
        if conflicted:  # show what the other worker saved (not from inside set_document)
            QTimer.singleShot(0, self, self.reload)

    def _conflict(self, item_id: int, doc: QTextDocument, error: ConflictError) -> None:
        """Someone else saved these minutes since they were loaded: theirs are shown, ours
        go to the clipboard, so nothing is overwritten and nothing typed is lost."""
        QGuiApplication.clipboard().setText(doc.toPlainText())
        self._pending.discard(item_id)
        self._versions.pop(item_id, None)
        self.saved.setText(tr("Niet bewaard: {m}").format(m=error.message))
        self.on_error(error.message + " " + tr("Jouw tekst staat op het klembord."))

    # -- decisions and action points (undoable) ----------------------------------------------
    def add_decision(self) -> None:
        text = self.new_decision.text()
        item = self.current_item()
        if item is None or not text.strip():
            return
        meeting_id = self.document.agenda.meeting.id
        agenda = self.services.agenda
        if commands.create(self.context, tr("Besluit vastleggen"),
                           lambda: agenda.add_decision(meeting_id, text, item.id),
                           agenda.remove_decision, agenda.restore_decision,
                           self.on_error) is not None:
            self.new_decision.clear()
            self.reload()

    def _on_decision_edited(self, entry: QListWidgetItem) -> None:
        decision_id = entry.data(Qt.ItemDataRole.UserRole)
        text = entry.text()
        agenda = self.services.agenda

        def change() -> None:
            if commands.update(self.context, tr("Besluit wijzigen"),
                               lambda text: {"text": agenda.update_decision(decision_id, text)},
                               {"text": text}, self.on_error):
                self.reload()
            else:
                self.reload()  # show the old wording again
        QTimer.singleShot(0, self, change)

    def remove_decision(self) -> None:
        entry = self.decisions.currentItem()
        if entry is None:
            return
        decision_id = entry.data(Qt.ItemDataRole.UserRole)
        agenda = self.services.agenda
        if commands.delete(self.context, tr("Besluit verwijderen"),
                           lambda: agenda.remove_decision(decision_id),
                           agenda.restore_decision, self.on_error):
            self.reload()

    def add_action(self) -> int | None:
        item = self.current_item()
        if item is None or not self.action_text.text().strip():
            return None
        owner = self.action_owner
        if owner.text().strip() and owner.actor_id is None:
            owner.suggest()
            if owner.actor_id is None:
                self.on_error(tr("'{name}' is niet gevonden: kies een bewoner uit de lijst, of "
                                 "laat 'Wie?' leeg voor jezelf.").format(name=owner.text()))
                return None
        action_id = create_action(
            self.context, self.on_error, description=self.action_text.text(),
            owner_actor_id=owner.actor_id if owner.text().strip() else None,
            due_on=self.action_due.text(), meeting_id=self.document.agenda.meeting.id,
            agenda_item_id=item.id)
        if action_id is not None:
            self.on_error("")
            self.action_text.clear()
            owner.clear_choice()
            self.action_due.clear()
            self.action_text.setFocus()
            self.reload()
        return action_id

    def _on_ticked(self, entry: QListWidgetItem) -> None:
        action_id = entry.data(Qt.ItemDataRole.UserRole)
        done = entry.checkState() == Qt.CheckState.Checked
        rows = [*self.document.carried, *self.document.actions] if self.document else []
        row = next((r for r in rows if r.id == action_id), None)
        if row is None:
            return
        status = ActionStatus.DONE if done else ActionStatus.OPEN

        def change() -> None:
            change_action(self.context, self.on_error, row, status=status)
            self.reload()
        QTimer.singleShot(0, self, change)
