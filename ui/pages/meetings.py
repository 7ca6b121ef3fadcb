"""Bijeenkomsten: upcoming and past meetings, grouped by series."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from ui.pages.base import Page
from ui.text import datetime_text, number, tr


class MeetingsPage(Page):
    kinds = ("*", "meeting", "action_point")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Bijeenkomst"), tr("Wanneer"), tr("Waar"),
                                   tr("Aanwezig"), tr("Open actiepunten")])
        self.tree.setAccessibleName(tr("Bijeenkomsten per reeks"))
        self.tree.setAlternatingRowColors(True)
        layout.addWidget(self.tree)

    def load(self) -> None:
        rows = self.services.meetings.list()
        now = dt.datetime.now()
        self.tree.clear()
        series: dict[str, QTreeWidgetItem] = {}
        bold = QFont()
        bold.setBold(True)
        for row in rows:
            name = row.series or tr("Losse bijeenkomsten")
            parent = series.get(name)
            if parent is None:
                parent = QTreeWidgetItem([name])
                parent.setFont(0, bold)
                series[name] = parent
                self.tree.addTopLevelItem(parent)
            upcoming = row.is_upcoming(now)
            title = row.title + (tr("  (gepland)") if upcoming else "")
            if not row.invited:
                present = ""
            elif upcoming:
                present = tr("{n} uitgenodigd").format(n=row.invited)
            else:
                present = f"{row.present}/{row.invited}"
            QTreeWidgetItem(parent, [title, datetime_text(row.starts_at), row.location, present,
                                     str(row.open_actions) if row.open_actions else ""])
        for item in series.values():
            item.setText(1, tr("{n} bijeenkomsten").format(n=item.childCount()))
            item.setExpanded(True)
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        upcoming = sum(1 for r in rows if r.is_upcoming(now))
        if rows:
            self.summary.setText(tr("{n} bijeenkomsten in {s} reeksen, {u} gepland").format(
                n=number(len(rows)), s=len(series), u=upcoming))
        else:
            self.summary.setText(tr("Nog geen bijeenkomsten. Bewonersavonden, regiegroepen en "
                                    "overleggen met de gemeente komen hier, per reeks."))
