"""Attendance: invite persons and groups, then mark them present / absent / afgemeld, by
button or by key (A, F, M, U on the list) during or after the meeting."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from db.services.attendance import counts_of
from db.vocabulary import ActorKind, AttendanceStatus
from ui.appearance import is_dark
from ui.context import AppContext
from ui.meetings import commands
from ui.meetings.picker import ActorField
from ui.text import label, tr

if TYPE_CHECKING:
    from db.services.attendance import AttendanceRow
    from db.services.meetings import MeetingDetail

COLOURS = {AttendanceStatus.PRESENT: "#1b6e20", AttendanceStatus.ABSENT: "#b3261e",
           AttendanceStatus.EXCUSED: "#8a5a00"}
DARK_COLOURS = {AttendanceStatus.PRESENT: "#81c995", AttendanceStatus.ABSENT: "#ff8a80",
                AttendanceStatus.EXCUSED: "#f2c46d"}


class AttendanceTab(QWidget):
    def __init__(self, context: AppContext, reload: Callable[[], None],
                 on_error: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.reload, self.on_error = context, reload, on_error
        self.meeting: MeetingDetail | None = None
        self.rows: list[AttendanceRow] = []
        layout = QVBoxLayout(self)

        invite = QHBoxLayout()
        self.who = ActorField(context)
        self.who.setPlaceholderText(tr("Naam van een bewoner of groep om uit te nodigen"))
        self.who.setAccessibleName(tr("Uitnodigen"))
        self.with_members = QCheckBox(tr("met de &leden van de groep"))
        self.invite_button = QPushButton(tr("&Uitnodigen"))
        invite.addWidget(self.who, 1)
        invite.addWidget(self.with_members)
        invite.addWidget(self.invite_button)
        layout.addLayout(invite)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Naam"), tr("Soort"), tr("Aanwezigheid")])
        self.table.setAccessibleName(tr("Aanwezigheidslijst"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        marks = QHBoxLayout()
        self.buttons: dict[AttendanceStatus, QPushButton] = {}
        for status, text, key in ((AttendanceStatus.PRESENT, tr("&Aanwezig"), "A"),
                                  (AttendanceStatus.ABSENT, tr("A&fwezig"), "F"),
                                  (AttendanceStatus.EXCUSED, tr("Afge&meld"), "M"),
                                  (AttendanceStatus.INVITED, tr("Nog niet aangegeven"), "U")):
            button = QPushButton(text)
            button.setToolTip(tr("Gekozen personen markeren (toets {key} in de lijst)")
                              .format(key=key))
            button.clicked.connect(lambda _=False, st=status: self.mark(st))
            marks.addWidget(button)
            self.buttons[status] = button
            action = QAction(text.replace("&", ""), self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, st=status: self.mark(st, advance=True))
            self.table.addAction(action)
        self.remove_button = QPushButton(tr("Van de lijst halen"))
        marks.addStretch(1)
        marks.addWidget(self.remove_button)
        layout.addLayout(marks)
        self.counts = QLabel()
        layout.addWidget(self.counts)

        remove = QAction(tr("Van de lijst halen"), self.table)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove)
        self.table.addAction(remove)
        self.invite_button.clicked.connect(self.invite_typed)
        self.who.returnPressed.connect(self.invite_typed)
        self.remove_button.clicked.connect(self.remove)

    @property
    def services(self):
        return self.context.services

    def set_rows(self, meeting: MeetingDetail | None, rows: list[AttendanceRow]) -> None:
        selected = set(self.selected_ids())
        current = self.table.currentRow()
        self.meeting, self.rows = meeting, list(rows)
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            name = QTableWidgetItem(row.name)
            name.setData(Qt.ItemDataRole.UserRole, row.actor_id)
            status = QTableWidgetItem(label(row.status))
            if row.status in COLOURS:
                status.setForeground(QColor((DARK_COLOURS if is_dark() else COLOURS)[row.status]))
            self.table.setItem(n, 0, name)
            self.table.setItem(n, 1, QTableWidgetItem(label(row.kind)))
            self.table.setItem(n, 2, status)
            if row.actor_id in selected:
                self.table.selectRow(n)
        if 0 <= current < len(rows) and not selected:
            self.table.setCurrentCell(current, 0)
        counts = counts_of(self.rows)
        if not rows:
            self.counts.setText(tr("Nog niemand uitgenodigd. Typ hierboven een naam en druk "
                                   "op Enter."))
        else:
            self.counts.setText(
                tr("{p} aanwezig · {a} afwezig · {e} afgemeld · {u} nog niet aangegeven "
                   "(van {n} op de lijst)").format(p=counts.present, a=counts.absent,
                                                  e=counts.excused, u=counts.unmarked,
                                                  n=counts.invited))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.rows[r].actor_id for r in rows if r < len(self.rows)]

    # -- edits -------------------------------------------------------------------------------
    def invite(self, actor_ids: list[int]) -> list[int] | None:
        if self.meeting is None or not actor_ids:
            return None
        meeting_id = self.meeting.id
        attendance = self.services.attendance

        def make(added: list[int]):
            return ((lambda: attendance.remove(meeting_id, added)),
                    (lambda: attendance.invite(meeting_id, added)))
        added = commands.perform(self.context, tr("Uitnodigen"),
                                 lambda: attendance.invite(meeting_id, actor_ids), make,
                                 self.on_error)
        if added is not None:
            self.reload()
        return added

    def invite_typed(self) -> None:
        if self.who.actor_id is None:
            self.who.suggest()
        if self.who.actor_id is None:
            self.on_error(tr("Kies een naam uit de lijst die verschijnt terwijl je typt.")
                          if self.who.text().strip() else "")
            return
        ids = [self.who.actor_id]
        if self.with_members.isChecked() and self.who.actor_kind == ActorKind.GROUP:
            ids += self.services.attendance.members(self.who.actor_id)
        if self.invite(ids) is not None:
            self.on_error("")
            self.who.clear_choice()

    def mark(self, status: AttendanceStatus, advance: bool = False) -> None:
        ids = self.selected_ids()
        if self.meeting is None or not ids:
            return
        meeting_id = self.meeting.id
        attendance = self.services.attendance
        row = self.table.currentRow()

        def make(before):
            return ((lambda: attendance.restore_statuses(meeting_id, before)),
                    (lambda: attendance.set_status(meeting_id, ids, status)))
        text = tr("{n} als {status} markeren").format(
            n=self.rows[row].name if len(ids) == 1 and row >= 0 else len(ids),
            status=label(status).lower())
        if commands.perform(self.context, text,
                            lambda: attendance.set_status(meeting_id, ids, status), make,
                            self.on_error) is not None:
            self.reload()
            if advance and len(ids) == 1 and row + 1 < self.table.rowCount():
                self.table.clearSelection()
                self.table.selectRow(row + 1)

    def remove(self) -> None:
        ids = self.selected_ids()
        if self.meeting is None or not ids:
            return
        meeting_id = self.meeting.id
        attendance = self.services.attendance

        def make(before):
            return ((lambda: attendance.restore_statuses(meeting_id, before)),
                    (lambda: attendance.remove(meeting_id, ids)))
        if commands.perform(self.context, tr("Van de aanwezigheidslijst halen"),
                            lambda: attendance.remove(meeting_id, ids), make,
                            self.on_error) is not None:
            self.reload()
