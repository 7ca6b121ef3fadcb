"""Rapportages: the indicators per month, charts for a chosen period and neighbourhood,
quarter against quarter, and the stories for the next report.

Only the tab in view is filled; the others are filled when they are opened (each chart is a
few GROUP BY queries, so changing the period shows the new figures at once). The figures
that must count residents over up to a million contact moments (reach per month, volunteer
retention, and the quarter comparison) are counted off the UI thread: the tab shows at once,
says it is counting, and fills when the count is in; only the newest request is applied.
"""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from db.services.comparison import MAIN_INDICATORS, Comparison
from db.services.periods import Period, add_months, quarter_of
from ui.charts.chart import Chart, colours, is_dark
from ui.charts.figures import MONTHS, ladder_figures, retention_figures, series_figures
from ui.pages.base import Page
from ui.pages.contacts import LatestOnly
from ui.stories.panel import StoriesPanel
from ui.text import date_text, number, tr

PERIODS = ("Afgelopen 12 maanden", "Dit kwartaal", "Vorig kwartaal", "Dit jaar", "Vorig jaar")
RETENTION_NOTE = (
    "Van wie in een maand vrijwilliger werd (een stap naar ‘vrijwilliger’ op de "
    "participatieladder): welk deel is 3, 6 en 12 maanden later nog actief? Actief betekent: "
    "in die maand minstens één contactmoment, of aanwezig bij een bijeenkomst. Tussen haakjes "
    "hoeveel mensen in die maand begonnen; een maand die nog niet voorbij is, is ‘nog niet "
    "bekend’.")


def period_for(choice: int, today: dt.date) -> Period:
    if choice == 1:
        return quarter_of(today)
    if choice == 2:
        return quarter_of(add_months(quarter_of(today).start, -3))
    if choice == 3:
        return Period(dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))
    if choice == 4:
        return Period(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))
    return Period(add_months(today, -11), today)


def _cell(text: str, align_right: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ReportsPage(Page):
    kinds = ("*", "contact_moment", "tie", "meeting", "signal", "person", "dossier", "story",
             "participation")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.today = dt.date.today()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.period_box = QComboBox()
        self.period_box.addItems([tr(p) for p in PERIODS])
        self.period_box.setAccessibleName(tr("Periode"))
        self.hood_box = QComboBox()
        self.hood_box.setAccessibleName(tr("Wijk"))
        self.hood_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_label = QLabel()
        period_caption, hood_caption = QLabel(tr("&Periode:")), QLabel(tr("&Wijk:"))
        period_caption.setBuddy(self.period_box)
        hood_caption.setBuddy(self.hood_box)
        for widget in (period_caption, self.period_box, hood_caption, self.hood_box):
            bar.addWidget(widget)
        bar.addWidget(self.period_label, 1)
        self.export_button = QPushButton(tr("&Verantwoording exporteren…"))
        self.export_button.setToolTip(tr("De cijfers, grafieken en verhalen van een periode "
                                         "naar één Excel-werkmap"))
        self.export_button.clicked.connect(self.export_report)
        self.team_button = QPushButton(tr("&Teamoverzicht maken…"))
        self.team_button.setToolTip(tr("Verantwoordingen van meerdere werkers samenvoegen"))
        self.team_button.clicked.connect(self.make_team_overview)
        bar.addWidget(self.export_button)
        bar.addWidget(self.team_button)
        layout.addLayout(bar)
        self.export_note = QLabel()
        self.export_note.setWordWrap(True)
        self.export_note.hide()
        layout.addWidget(self.export_note)
        self.task = None

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        # -- per month (the last twelve months, as before)
        monthly = QWidget()
        monthly_layout = QVBoxLayout(monthly)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget()
        self.table.setAccessibleName(tr("Indicatoren per maand"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        dark = is_dark()
        self.plot = pg.PlotWidget(background="#1e1e1e" if dark else "w")
        self.plot.setAccessibleName(tr("Contactmomenten per maand"))
        self.plot.setTitle(tr("Contactmomenten per maand"), color="#ddd" if dark else "#333")
        self.plot.showGrid(y=True, alpha=0.3)
        self.plot.setMouseEnabled(x=False, y=False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.plot)
        splitter.setSizes([300, 260])
        monthly_layout.addWidget(self.summary)
        monthly_layout.addWidget(splitter, 1)

        self.charts = {
            "setting": Chart(tr("Contactmomenten per week, naar setting")),
            "strategy": Chart(tr("Contactmomenten per week, naar strategie")),
            "ties": Chart(tr("Nieuwe relaties per maand, naar strategie")),
            "reach": Chart(tr("Bereikte bewoners per maand (bij naam en anoniem)")),
            "ladder": Chart(tr("Stappen op de participatieladder in de periode"),
                            horizontal=True),
            "retention": Chart(tr("Vrijwilligers nog actief na 3, 6 en 12 maanden"),
                               stacked=False),
            "dossiers": Chart(tr("Dossiers per fase (eind van de maand)")),
        }
        retention_note = QLabel(tr(RETENTION_NOTE))
        retention_note.setWordWrap(True)
        self.compare = QTableWidget()
        self.compare.setAccessibleName(tr("Kwartalen vergelijken"))
        self.compare.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.compare_note = QLabel()
        self.compare_note.setWordWrap(True)
        self.stories = StoriesPanel(context)
        self.stories.open_requested.connect(self.open_requested)

        self._tab_loaders = []
        self._add_tab(tr("Per maand"), [monthly], self._load_monthly)
        self._add_tab(tr("Contactmomenten"), [self.charts["setting"], self.charts["strategy"]],
                      self._load_contacts)
        self._add_tab(tr("Relaties en bereik"), [self.charts["ties"], self.charts["reach"]],
                      self._load_ties_and_reach)
        self._add_tab(tr("Participatie"), [self.charts["ladder"], self.charts["retention"],
                                           retention_note], self._load_participation)
        self._add_tab(tr("Dossiers"), [self.charts["dossiers"]], self._load_dossiers)
        self._add_tab(tr("Kwartalen vergelijken"), [self.compare_note, self.compare],
                      self._load_comparison)
        self._add_tab(tr("Verhalen"), [self.stories], self._load_stories)
        self._fresh: set[int] = set()
        self.background = LatestOnly(self)
        self._pending: int | None = None  # the tab whose figures are being counted
        self.tabs.currentChanged.connect(self._show_tab)
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.hood_box.currentIndexChanged.connect(self._period_changed)

    def _add_tab(self, title: str, widgets: list[QWidget], loader) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        for widget in widgets:
            layout.addWidget(widget, 0 if isinstance(widget, QLabel) else 1)
        self.tabs.addTab(page, title)
        self._tab_loaders.append(loader)

    # -- Excel --------------------------------------------------------------------------------
    def export_report(self):
        """Verantwoording: dialog (period, wijken, privacy), file, then off the UI thread."""
        from ui.dialogs.excel_export import export_period_from

        period = self.period
        self.task = export_period_from(self, self.services, period.start, period.end,
                                       self._show_export_note)
        return self.task

    def make_team_overview(self):
        from ui.dialogs.excel_export import merge_team_from

        self.task = merge_team_from(self, self._show_export_note)
        return self.task

    def _show_export_note(self, text: str) -> None:
        self.export_note.setText(text)
        self.export_note.show()

    # -- choices --------------------------------------------------------------------------
    @property
    def period(self) -> Period:
        return period_for(self.period_box.currentIndex(), self.today)

    @property
    def neighbourhood_id(self) -> int | None:
        return self.hood_box.currentData()

    def set_period(self, choice: int, neighbourhood_id: int | None = None) -> None:
        """Choose a period (index in PERIODS) and a neighbourhood (None: all)."""
        for box in (self.hood_box, self.period_box):
            box.blockSignals(True)
        self.hood_box.setCurrentIndex(max(0, self.hood_box.findData(neighbourhood_id)))
        self.period_box.setCurrentIndex(choice)
        for box in (self.hood_box, self.period_box):
            box.blockSignals(False)
        self._period_changed()  # once, not once per box

    def _period_changed(self) -> None:
        self._fresh.clear()
        if self.context.ready:
            self._show_tab(self.tabs.currentIndex())

    # -- loading --------------------------------------------------------------------------
    def load(self) -> None:
        chosen = self.hood_box.currentData()
        self.hood_box.blockSignals(True)
        self.hood_box.clear()
        self.hood_box.addItem(tr("Alle wijken"), None)
        for hood_id, name in self.services.people.neighbourhoods():
            self.hood_box.addItem(name, hood_id)
        self.hood_box.setCurrentIndex(max(0, self.hood_box.findData(chosen)))
        self.hood_box.blockSignals(False)
        self._fresh.clear()
        self._show_tab(self.tabs.currentIndex())

    def _show_tab(self, index: int) -> None:
        if index < 0 or index in self._fresh or not self.context.ready:
            return
        period = self.period
        self.period_label.setText(tr("  {start} t/m {end}").format(
            start=date_text(period.start), end=date_text(period.end)))
        if self._pending is not None and self._pending != index:
            self._pending = None  # its count is superseded: it is counted again when shown
        self._tab_loaders[index]()
        if self._pending != index:
            self._fresh.add(index)

    def _in_background(self, work, apply) -> None:
        """Count `work()` off the UI thread and `apply` the result to the current tab."""
        index = self._pending = self.tabs.currentIndex()

        def done(result) -> None:
            if isinstance(result, Exception):
                self.period_label.setText(tr("Tellen is niet gelukt: {error}").format(
                    error=result))
                return
            apply(result)
            if self._pending == index:
                self._pending = None
                self._fresh.add(index)

        self.background.run(work, done)

    def show_record(self, kind: str, record_id: int) -> bool:
        if kind != "story":
            return False
        self.tabs.setCurrentIndex(self.tabs.count() - 1)
        return True

    def _load_monthly(self) -> None:
        report = self.services.reports.monthly(self.today)
        months = [f"{MONTHS[m.month - 1]} {m.year % 100:02d}" for m in report.months]
        self.table.clear()
        self.table.setRowCount(len(report.indicators))
        self.table.setColumnCount(len(months) + 1)
        self.table.setHorizontalHeaderLabels([*months, tr("Totaal")])
        self.table.setVerticalHeaderLabels([tr(i.label) for i in report.indicators])
        for r, indicator in enumerate(report.indicators):
            for c, value in enumerate([*indicator.per_month, indicator.total]):
                self.table.setItem(r, c, _cell(number(value)))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        contacts = report.indicators[0].per_month
        self.plot.clear()
        self.plot.addItem(pg.BarGraphItem(x=list(range(len(contacts))), height=list(contacts),
                                          width=0.7, brush=colours()[0]))
        self.plot.getAxis("bottom").setTicks([list(enumerate(months))])
        total = report.indicators[0].total
        if total:
            self.summary.setText(tr("De belangrijkste cijfers van de afgelopen twaalf maanden "
                                    "(alle wijken). {n} contactmomenten in totaal. Kies een "
                                    "periode en wijk voor de grafieken in de andere tabbladen.")
                                 .format(n=number(total)))
        else:
            self.summary.setText(tr("Nog geen cijfers: zodra je contactmomenten, relaties en "
                                    "bijeenkomsten vastlegt, verschijnen ze hier per maand."))

    def _load_contacts(self) -> None:
        indicators = self.services.reports.indicators
        for by in ("setting", "strategy"):
            series = indicators.contacts_per_week(self.period, self.neighbourhood_id, by=by)
            self.charts[by].show_figures(series_figures(series, weekly=True), tr(
                "Geen contactmomenten in deze periode. Leg ze vast met Ctrl+Shift+N."))

    def _load_ties_and_reach(self) -> None:
        indicators = self.services.reports.indicators
        ties = indicators.new_ties_per_month(self.period, self.neighbourhood_id)
        self.charts["ties"].show_figures(series_figures(ties, drop_empty=False), tr(
            "Geen nieuwe relaties in deze periode. Leg relaties vast op de pagina Netwerk."))
        period, hood, chart = self.period, self.neighbourhood_id, self.charts["reach"]
        chart.hover.setText(tr("Bezig met tellen van de bereikte bewoners…"))
        self._in_background(
            lambda: indicators.reach_per_month(period, hood),
            lambda reach: chart.show_figures(
                series_figures(reach, keys=("named", "anonymous"), drop_empty=False),
                tr("Niemand bereikt in deze periode.")))

    def _load_participation(self) -> None:
        moves = self.services.reports.indicators.ladder_moves(self.period, self.neighbourhood_id)
        self.charts["ladder"].show_figures(ladder_figures(moves), tr(
            "Niemand zette een stap op de participatieladder in deze periode."))
        period, hood, today, chart = (self.period, self.neighbourhood_id, self.today,
                                      self.charts["retention"])
        retention = self.services.reports.retention
        chart.hover.setText(tr("Bezig met tellen wie nog actief is…"))
        self._in_background(
            lambda: retention.cohorts(period, hood, today=today),
            lambda cohorts: chart.show_figures(retention_figures(cohorts), tr(
                "Niemand werd vrijwilliger in deze periode.")))

    def _load_dossiers(self) -> None:
        series = self.services.reports.indicators.dossiers_by_phase(self.period,
                                                                    self.neighbourhood_id)
        self.charts["dossiers"].show_figures(series_figures(series, drop_empty=False), tr(
            "Nog geen dossiers. Begin er een op de pagina Dossiers."))

    def _load_comparison(self) -> None:
        today, hood = self.today, self.neighbourhood_id
        self.compare_note.setText(tr("Bezig met tellen…"))
        self._in_background(lambda: self.services.reports.comparison.quarters(today, hood),
                            self.show_comparison)

    def show_comparison(self, comparison: Comparison) -> None:
        def name(period: Period) -> str:
            return tr("K{q} {year}").format(q=(period.start.month - 1) // 3 + 1,
                                            year=period.start.year)

        def change(now: int, then: int) -> str:
            relative = Comparison.change(now, then)
            sign = "+" if now >= then else "−"
            text = f"{sign}{number(abs(now - then))}"
            return text if relative is None else f"{text} ({sign}{abs(relative) * 100:.0f}%)"

        headers = [tr("{q} (lopend)").format(q=name(comparison.current)),
                   name(comparison.previous), tr("verschil"), name(comparison.year_ago),
                   tr("verschil")]
        self.compare.clear()
        self.compare.setRowCount(len(MAIN_INDICATORS))
        self.compare.setColumnCount(len(headers))
        self.compare.setHorizontalHeaderLabels(headers)
        self.compare.setVerticalHeaderLabels([tr(text) for _, text in MAIN_INDICATORS])
        for r, (key, _) in enumerate(MAIN_INDICATORS):
            now, before, year_ago = comparison.values[key]
            for c, text in enumerate([number(now), number(before), change(now, before),
                                      number(year_ago), change(now, year_ago)]):
                self.compare.setItem(r, c, _cell(text))
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare_note.setText(tr(
            "Het lopende kwartaal ({start} t/m {end}) naast het vorige kwartaal en hetzelfde "
            "kwartaal een jaar eerder. Bereik telt iedere bewoner één keer per kwartaal, plus "
            "wie anoniem gesproken is.").format(start=date_text(comparison.current.start),
                                                 end=date_text(comparison.current.end)))

    def _load_stories(self) -> None:
        self.stories.load(self.period)

