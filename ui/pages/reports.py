"""Rapportages: the main indicators per month over the last year."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from ui.pages.base import Page
from ui.text import number, tr

MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


class ReportsPage(Page):
    kinds = ("*", "contact_moment", "tie", "meeting", "signal")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget()
        self.table.setAccessibleName(tr("Indicatoren per maand"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setAccessibleName(tr("Contactmomenten per maand"))
        self.plot.setTitle(tr("Contactmomenten per maand"), color="#333")
        self.plot.showGrid(y=True, alpha=0.3)
        self.plot.setMouseEnabled(x=False, y=False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.plot)
        splitter.setSizes([300, 260])
        layout.addWidget(splitter, 1)

    def load(self) -> None:
        report = self.services.reports.monthly()
        months = [f"{MONTHS[m.month - 1]} {m.year % 100:02d}" for m in report.months]
        self.table.clear()
        self.table.setRowCount(len(report.indicators))
        self.table.setColumnCount(len(months) + 1)
        self.table.setHorizontalHeaderLabels([*months, tr("Totaal")])
        self.table.setVerticalHeaderLabels([tr(i.label) for i in report.indicators])
        for r, indicator in enumerate(report.indicators):
            for c, value in enumerate([*indicator.per_month, indicator.total]):
                item = QTableWidgetItem(number(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        contacts = report.indicators[0].per_month
        self.plot.clear()
        self.plot.addItem(pg.BarGraphItem(x=list(range(len(contacts))), height=list(contacts),
                                          width=0.7, brush="#2f6f9f"))
        self.plot.getAxis("bottom").setTicks([list(enumerate(months))])
        total = report.indicators[0].total
        if total:
            self.summary.setText(tr("De belangrijkste cijfers van de afgelopen twaalf maanden. "
                                    "{n} contactmomenten in totaal.").format(n=number(total)))
        else:
            self.summary.setText(tr("Nog geen cijfers: zodra je contactmomenten, relaties en "
                                    "bijeenkomsten vastlegt, verschijnen ze hier per maand."))
