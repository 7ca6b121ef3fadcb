"""One meeting: its facts at the top (edited in place, undoable), then four tabs: Agenda,
Aanwezigheid, Notulen and Actiepunten; and out: Excel, or the agenda or minutes as text
for an e-mail."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget,
    QVBoxLayout, QWidget,
)

from db.services.errors import ValidationError
from ui.appearance import error_colour, ok_colour
from ui.context import AppContext
from ui.meetings import commands
from ui.meetings.action_views import MeetingActions
from ui.meetings.agenda_tab import AgendaTab
from ui.meetings.attendance_tab import AttendanceTab
from ui.meetings.minutes_tab import MinutesTab
from ui.tasks import Task
from ui.text import date_text, tr

if TYPE_CHECKING:
    from db.services.agenda import MeetingDocument

FIELDS = (("title", "Titel"), ("day", "Datum"), ("start_time", "Begintijd"),
          ("location", "Plaats"), ("chair", "Voorzitter"), ("minute_taker", "Notulist"))


class MeetingEditor(QWidget):
    next_requested = Signal(int)  # series id: "a new meeting in this series"
    closed = Signal()  # the meeting shown was deleted

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.document: MeetingDocument | None = None
        self.task: Task | None = None
        self.last_export: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)

        self.series_label = QLabel()
        self.series_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.series_label)
        self.fields: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        for name, text in FIELDS:
            field = QLineEdit()
            field.setAccessibleName(tr(text))
            field.editingFinished.connect(lambda n=name: self._field_done(n))
            self.fields[name] = field
        self.fields["title"].setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.fields["day"].setPlaceholderText(tr("dd-mm-jjjj"))
        self.fields["day"].setMaximumWidth(110)
        self.fields["start_time"].setPlaceholderText(tr("uu:mm"))
        self.fields["start_time"].setMaximumWidth(70)
        grid.addWidget(self.fields["title"], 0, 0, 1, 6)
        grid.addWidget(QLabel(tr("Datum")), 1, 0)
        grid.addWidget(self.fields["day"], 1, 1)
        grid.addWidget(QLabel(tr("om")), 1, 2)
        grid.addWidget(self.fields["start_time"], 1, 3)
        grid.addWidget(QLabel(tr("Plaats")), 1, 4)
        grid.addWidget(self.fields["location"], 1, 5)
        grid.addWidget(QLabel(tr("Voorzitter")), 2, 0)
        grid.addWidget(self.fields["chair"], 2, 1, 1, 3)
        grid.addWidget(QLabel(tr("Notulist")), 2, 4)
        grid.addWidget(self.fields["minute_taker"], 2, 5)
        grid.setColumnStretch(5, 1)
        layout.addLayout(grid)

        buttons = QHBoxLayout()
        self.next_button = QPushButton(tr("Volgende in deze &reeks…"))
        self.excel_button = QPushButton(tr("Naar &Excel…"))
        self.excel_button.setToolTip(tr("Agenda (A4, klaar om te printen) en notulen met "
                                        "besluiten en actielijst"))
        self.copy_agenda = QPushButton(tr("Agenda &kopiëren"))
        self.copy_agenda.setToolTip(tr("Als tekst, om in een e-mail te plakken"))
        self.copy_minutes = QPushButton(tr("Notulen k&opiëren"))
        self.copy_minutes.setToolTip(tr("Als tekst, om in een e-mail te plakken"))
        self.delete_button = QPushButton(tr("Verwijderen"))
        for button in (self.next_button, self.excel_button, self.copy_agenda,
                       self.copy_minutes):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {error_colour()};")
        self.message.hide()
        layout.addWidget(self.message)

        self.tabs = QTabWidget()
        self.agenda = AgendaTab(context, self.load, self.show_error)
        self.attendance = AttendanceTab(context, self.load, self.show_error)
        self.minutes = MinutesTab(context, self.load, self.show_error)
        self.actions = MeetingActions(context, self.load, self.show_error)
        self.tabs.addTab(self.agenda, tr("&Agenda"))
        self.tabs.addTab(self.attendance, tr("Aan&wezigheid"))
        self.tabs.addTab(self.minutes, tr("&Notulen"))
        self.tabs.addTab(self.actions, tr("Ac&tiepunten"))
        layout.addWidget(self.tabs, 1)

        self.next_button.clicked.connect(self._next)
        self.excel_button.clicked.connect(self.choose_export)
        self.copy_agenda.clicked.connect(lambda: self.copy_text("agenda"))
        self.copy_minutes.clicked.connect(lambda: self.copy_text("notulen"))
        self.delete_button.clicked.connect(self.delete_meeting)

    @property
    def services(self):
        return self.context.services

    # -- showing -----------------------------------------------------------------------------
    def show_meeting(self, meeting_id: int | None) -> None:
        if meeting_id != self.meeting_id:
            self.minutes.flush()
            self.show_error("")
        self.meeting_id = meeting_id
        self.load()

    def load(self) -> None:
        """Fill every part from the services (also after each edit made here)."""
        if self.services is None or self.meeting_id is None:
            return
        try:
            self.document = self.services.agenda.document(self.meeting_id)
        except ValidationError:  # deleted in the meantime (or its deletion was redone)
            self.document = None
        document = self.document
        if document is None:
            self.meeting_id = None
            self.closed.emit()
            return
        meeting = document.agenda.meeting
        values = {"title": meeting.title, "day": date_text(meeting.starts_at),
                  "start_time": f"{meeting.starts_at:%H:%M}", "location": meeting.location,
                  "chair": meeting.chair, "minute_taker": meeting.minute_taker}
        for name, field in self.fields.items():
            if not (field.hasFocus() and field.isModified()):
                field.setText(values[name])
                field.setModified(False)
        self.series_label.setText(
            tr("Reeks: {s}").format(s=meeting.series) if meeting.series
            else tr("Losse bijeenkomst (geen reeks)"))
        self.next_button.setEnabled(meeting.series_id is not None)
        self.agenda.set_document(document, self.services.dossiers.list())
        self.attendance.set_rows(meeting, list(document.attendance))
        self.minutes.set_document(document)
        self.actions.set_document(document)
        self.tabs.setTabText(1, tr("Aan&wezigheid ({n})").format(n=len(document.attendance)))
        self.tabs.setTabText(3, tr("Ac&tiepunten ({n})").format(
            n=len(document.actions) + len(document.carried)))

    def show_error(self, message: str) -> None:
        """Messages from edits that were refused (empty: clear)."""
        self.message.setStyleSheet(f"color: {error_colour()};")
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def show_note(self, message: str) -> None:
        self.message.setStyleSheet(f"color: {ok_colour()};")
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # -- edits -------------------------------------------------------------------------------
    def _field_done(self, name: str) -> None:
        field = self.fields[name]
        if self.document is None or not field.isModified():
            return
        field.setModified(False)
        meeting = self.document.agenda.meeting
        old = {"title": meeting.title, "day": date_text(meeting.starts_at),
               "start_time": f"{meeting.starts_at:%H:%M}", "location": meeting.location,
               "chair": meeting.chair, "minute_taker": meeting.minute_taker}[name]
        if field.text().strip() == old:
            return
        meeting_id = meeting.id
        label = dict(FIELDS)[name].lower()
        if commands.update(self.context, tr("Bijeenkomst: {what} wijzigen").format(what=label),
                           lambda **v: self.services.meetings.update_meeting(meeting_id, **v),
                           {name: field.text()}, self.show_error,
                           record=("meeting", meeting_id, meeting.version)):
            self.show_error("")
        else:
            field.setText(old)
        self.load()

    def delete_meeting(self) -> None:
        if self.document is None:
            return
        meeting = self.document.agenda.meeting
        meetings = self.services.meetings
        self.minutes.flush()
        if commands.delete(self.context, tr("Bijeenkomst '{t}' verwijderen").format(
                t=meeting.title), lambda: meetings.remove_meeting(meeting.id),
                meetings.restore_meeting, self.show_error):
            self.meeting_id, self.document = None, None
            self.closed.emit()

    def _next(self) -> None:
        if self.document and self.document.agenda.meeting.series_id is not None:
            self.next_requested.emit(self.document.agenda.meeting.series_id)

    # -- out ---------------------------------------------------------------------------------
    def copy_text(self, which: str) -> str:
        from exports.agenda import agenda_text, minutes_text

        self.minutes.flush()
        self.load()
        if self.document is None:
            return ""
        text = (agenda_text if which == "agenda" else minutes_text)(self.document)
        QGuiApplication.clipboard().setText(text)
        self.show_note(tr("De agenda staat op het klembord: plak hem in je e-mail.")
                       if which == "agenda" else
                       tr("De notulen staan op het klembord: plak ze in je e-mail."))
        return text

    def choose_export(self) -> None:
        if self.document is None:
            return
        meeting = self.document.agenda.meeting
        from ui.dialogs.excel_export import ask_target

        path = ask_target(self, tr("Agenda en notulen naar Excel"),
                          f"Agenda {meeting.title}.xlsx".replace("/", "-"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> Task | None:
        """Write the workbook in the background (progress dialog with Cancel)."""
        from exports.agenda import export_agenda

        if self.meeting_id is None:
            return None
        self.minutes.flush()
        db, meeting_id = self.services.db, self.meeting_id
        self.task = Task(self, tr("Agenda naar Excel"),
                         lambda progress, cancelled: export_agenda(db, meeting_id, path,
                                                                   progress, cancelled))
        self.task.finished.connect(self._exported)
        self.task.failed.connect(self._export_failed)
        self.task.start()
        return self.task

    def _exported(self, path: Path) -> None:
        self.last_export = path
        self.show_note(tr("Agenda en notulen bewaard in {path}").format(path=path))

    def _export_failed(self, error: object) -> None:
        from ui.dialogs.excel_export import export_failure

        cancelled, text = export_failure(error)
        if cancelled:
            self.show_note(text)
        else:
            self.show_error(text)
