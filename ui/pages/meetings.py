"""Bijeenkomsten: upcoming and past meetings grouped by series (filter by series,
neighbourhood and period), the meeting editor beside them, and every open action point,
overdue first."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSplitter, QStackedWidget,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ui.meetings import commands
from ui.meetings.action_views import ActionOverview, FirstError
from ui.meetings.editor import MeetingEditor
from ui.meetings.new_meeting import NewMeetingDialog
from ui.pages.base import Page
from ui.text import date_text, datetime_text, number, tr

PERIODS = (("Alle", "all"), ("Gepland", "upcoming"), ("Laatste 3 maanden", "recent"),
           ("Dit jaar", "this_year"), ("Vorig jaar", "last_year"))


def period_bounds(key: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    if key == "upcoming":
        return today, None
    if key == "recent":
        return today - dt.timedelta(days=91), today
    if key == "this_year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if key == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None, None


class MeetingsPage(Page):
    kinds = ("*", "meeting", "meeting_series", "action_point", "attendance", "agenda_item",
             "decision", "dossier", "person", "group")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.meeting_id: int | None = None
        self.dialog: NewMeetingDialog | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.new_button = QPushButton(tr("Nieuwe bijeenkomst…"))
        self.new_button.setToolTip(tr("Nieuwe bijeenkomst (Ctrl+Shift+B)"))
        top.addWidget(self.summary, 1)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filters = QFormLayout()
        self.series_filter = QComboBox()
        self.hood_filter = QComboBox()
        self.period_filter = QComboBox()
        for text, key in PERIODS:
            self.period_filter.addItem(tr(text), key)
        for text, combo in ((tr("&Reeks"), self.series_filter),
                            (tr("B&uurt"), self.hood_filter),
                            (tr("&Periode"), self.period_filter)):
            combo.setAccessibleName(text.replace("&", ""))
            combo.currentIndexChanged.connect(lambda _i: self.load_list())
            filters.addRow(text, combo)
        left_layout.addLayout(filters)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Bijeenkomst"), tr("Wanneer"), tr("Aanwezig"),
                                   tr("Open")])
        self.tree.setToolTip(tr("Schuingedrukt: gepland. Aanwezig: aanwezigen van het aantal "
                                "uitgenodigden. Open: open actiepunten uit de bijeenkomst."))
        self.tree.setAccessibleName(tr("Bijeenkomsten per reeks"))
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(self._on_tree)
        left_layout.addWidget(self.tree, 1)
        splitter.addWidget(left)

        self.detail = QStackedWidget()
        self.empty = QLabel(tr("Kies links een bijeenkomst, of maak een nieuwe "
                               "(Ctrl+Shift+B)."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.editor = MeetingEditor(context)
        self.detail.addWidget(self.empty)
        self.detail.addWidget(self.editor)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 900])
        self.tabs.addTab(splitter, tr("Bijeenkomsten"))
        self.overview = ActionOverview(context, self.editor.show_error)
        self.tabs.addTab(self.overview, tr("Open actiepunten"))

        action = QAction(tr("Nieuwe bijeenkomst"), self)
        action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.new_meeting())
        self.addAction(action)
        self.new_button.clicked.connect(lambda: self.new_meeting())
        self.editor.next_requested.connect(lambda series_id: self.new_meeting(series_id))
        self.editor.closed.connect(self._on_closed)
        self.overview.open_meeting.connect(self.open_meeting)

    # -- filling -----------------------------------------------------------------------------
    def load(self) -> None:
        self._fill_filters()
        self.load_list()
        self.overview.reload()
        total, late = self.services.action_points.count_open()
        self.tabs.setTabText(1, tr("Open actiepunten ({n})").format(n=number(total)))
        self.overview.setToolTip(tr("{late} te laat").format(late=late))

    def _fill_filters(self) -> None:
        for combo, everything, options in (
                (self.series_filter, tr("Alle reeksen"),
                 [(s.name, s.id) for s in self.services.meetings.series()]),
                (self.hood_filter, tr("Alle buurten"),
                 [(name, i) for i, name in self.services.people.neighbourhoods()])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in options:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        start, end = period_bounds(self.period_filter.currentData(), dt.date.today())
        return {"series_id": self.series_filter.currentData(),
                "neighbourhood_id": self.hood_filter.currentData(), "start": start,
                "end": end}

    def load_list(self) -> None:
        if not self.context.ready:
            return
        rows = self.services.meetings.list(**self.filters())
        now = dt.datetime.now()
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        bold, italic = QFont(), QFont()
        bold.setBold(True)
        italic.setItalic(True)
        chosen = None
        for row in rows:
            name = row.series or tr("Losse bijeenkomsten")
            parent = groups.get(name)
            if parent is None:
                parent = QTreeWidgetItem([name])
                parent.setFont(0, bold)
                parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                groups[name] = parent
                self.tree.addTopLevelItem(parent)
            upcoming = row.is_upcoming(now)
            short = row.title
            if row.series and short.startswith(row.series) and short != row.series:
                short = short[len(row.series):].strip(" -–:") or row.title  # the group says it
            title = short
            if not row.invited:
                present = ""
            elif upcoming:
                present = tr("{n} uitgen.").format(n=row.invited)
            else:
                present = f"{row.present}/{row.invited}"
            item = QTreeWidgetItem(parent, [title, date_text(row.starts_at), present,
                                            str(row.open_actions) if row.open_actions else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(0, f"{row.title}, {datetime_text(row.starts_at)}"
                            + (tr(" (gepland)") if upcoming else "")
                            + (f"\n{row.location}" if row.location else ""))
            if upcoming:
                for column in range(4):
                    item.setFont(column, italic)
            if row.id == self.meeting_id:
                chosen = item
        for name, group in groups.items():
            group.setText(0, tr("{name} ({n})").format(name=name, n=group.childCount()))
            group.setFirstColumnSpanned(True)
            group.setExpanded(True)
        self.tree.setColumnWidth(0, 125)
        for column in range(1, 4):
            self.tree.resizeColumnToContents(column)
        self.tree.blockSignals(False)
        upcoming = [r for r in rows if r.is_upcoming(now)]
        if rows:
            self.summary.setText(tr("{n} bijeenkomsten in {s} reeksen, {u} gepland").format(
                n=number(len(rows)), s=len(groups), u=len(upcoming)))
        elif any(v is not None for v in self.filters().values()):
            self.summary.setText(tr("Geen bijeenkomsten met deze keuze; zet de filters op "
                                    "'Alle' om alles te zien."))
        else:
            self.summary.setText(tr("Nog geen bijeenkomsten. Bewonersavonden, regiegroepen en "
                                    "overleggen met de gemeente komen hier, per reeks: maak "
                                    "de eerste met Nieuwe bijeenkomst (Ctrl+Shift+B)."))
        if chosen is None and self.meeting_id is None and upcoming:
            # nothing chosen yet: the next meeting, ready to prepare
            chosen = self._item_for(upcoming[0].id)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)  # the tree was cleared: this shows it (_on_tree)
        else:
            self.editor.show_meeting(self.meeting_id)
            self.detail.setCurrentWidget(self.editor if self.meeting_id else self.empty)

    def _item_for(self, meeting_id: int) -> QTreeWidgetItem | None:
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount()):
                if group.child(c).data(0, Qt.ItemDataRole.UserRole) == meeting_id:
                    return group.child(c)
        return None

    def _on_tree(self, current: QTreeWidgetItem | None, _previous) -> None:
        meeting_id = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        if meeting_id is None:
            return
        self.meeting_id = meeting_id
        self.editor.show_meeting(meeting_id)
        self.detail.setCurrentWidget(self.editor)

    def _on_closed(self) -> None:
        self.meeting_id = None
        self.detail.setCurrentWidget(self.empty)
        self.load_list()

    # -- opening records ---------------------------------------------------------------------
    def open_meeting(self, meeting_id: int) -> bool:
        if self.services.meetings.detail(meeting_id) is None:
            return False
        self.tabs.setCurrentIndex(0)
        self.meeting_id = meeting_id
        self._fill_filters()
        if self._item_for(meeting_id) is None:  # hidden by a filter: show everything
            for combo in (self.series_filter, self.hood_filter, self.period_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        self.load_list()
        item = self._item_for(meeting_id)
        if item is not None:
            self.tree.scrollToItem(item)
        return True

    def show_record(self, kind: str, record_id: int) -> bool:
        if kind == "meeting":
            return self.open_meeting(record_id)
        if kind == "action_point":
            row = self.services.action_points.get(record_id)
            if row is None:
                return False
            if row.meeting_id is not None and self.open_meeting(row.meeting_id):
                self.editor.tabs.setCurrentWidget(self.editor.actions)
                return self.editor.actions.select(record_id)
            self.tabs.setCurrentWidget(self.overview)
            self.overview.reload()
            return self.overview.select(record_id)
        return False

    # -- a new meeting -----------------------------------------------------------------------
    def new_meeting(self, series_id: int | None = None) -> NewMeetingDialog:
        meetings = self.services.meetings

        def submit(values: dict[str, Any]) -> str | None:
            sink = FirstError(self.editor.show_error)
            with_series = bool(values.get("new_series"))
            meeting_id = commands.create(
                self.context, tr("Nieuwe bijeenkomst"),
                lambda: meetings.create_meeting(
                    **values, worker_id=commands.current_worker_id(self.context)),
                lambda record_id: meetings.remove_meeting(record_id, with_series=with_series),
                meetings.restore_meeting, sink)
            if meeting_id is None:
                return sink.message or tr("De bijeenkomst kon niet worden gemaakt.")
            sink.closed = True
            self.open_meeting(meeting_id)
            self.editor.tabs.setCurrentWidget(self.editor.agenda)
            self.editor.agenda.view.setFocus()
            return None
        if series_id is None and self.editor.document is not None:
            series_id = self.editor.document.agenda.meeting.series_id
        self.dialog = NewMeetingDialog(self.services, submit, series_id, self)
        self.dialog.open()
        return self.dialog
