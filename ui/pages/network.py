"""Netwerk: the map of who is tied to whom (verbinden, overbruggen, koppelen), with filters, a
time slider, an ego view, and the figures that show the bridge-builders."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox,
    QPushButton, QSlider, QSpinBox, QSplitter, QVBoxLayout,
)

from db.services.network import NetworkFigures, NetworkFilter, NetworkMap
from db.vocabulary import Strategy
from exports.network import write_network_workbook
from ui.network.canvas import STRATEGY_COLOURS, NetworkCanvas
from ui.network.panel import NetworkPanel
from ui.pages.base import Page
from ui.tasks import Task
from ui.text import date_text, label, number, tr

#: kinds show_record accepts: an actor's own kind, or "network" (the owner's route from a
#: detail page: RECORD_PAGES["network"] = ("netwerk",), emit open_requested("network", id))
ACTOR_KINDS = ("person", "group", "place", "network")
#: up to this many ties the map is fetched and laid out on the UI thread (tens of ms): no
#: progress dialog flashing by; larger networks go to a task with progress and Cancel
SMALL_NETWORK_TIES = 3_000


class NetworkPage(Page):
    kinds = ("*", "tie", "person", "group", "place")
    small_network_ties = SMALL_NETWORK_TIES
    #: emitted when a map (and its figures) is on screen
    loaded = Signal()

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.graph: NetworkMap | None = None
        self.figures: NetworkFigures | None = None
        self.ego_id: int | None = None
        self.task: Task | None = None
        self._again = False
        self._fresh = False
        self._first_day = dt.date.today() - dt.timedelta(days=365 * 5)
        self._filling = False

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.neighbourhood = QComboBox()
        self.neighbourhood.setAccessibleName(tr("Buurt"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(tr("Thema"))
        bar.addWidget(QLabel(tr("Buurt:")))
        bar.addWidget(self.neighbourhood)
        bar.addWidget(QLabel(tr("Thema:")))
        bar.addWidget(self.theme)
        self.strategy_boxes: dict[Strategy, QCheckBox] = {}
        for strategy, colour in STRATEGY_COLOURS.items():
            box = QCheckBox(label(strategy))
            box.setChecked(True)
            box.setStyleSheet(f"QCheckBox {{ color: {colour}; font-weight: bold; }}")
            box.toggled.connect(self._changed)
            self.strategy_boxes[strategy] = box
            bar.addWidget(box)
        bar.addWidget(QLabel(tr("Sterkte vanaf:")))
        self.strength = QSpinBox()
        self.strength.setRange(1, 5)
        self.strength.setAccessibleName(tr("Minimale sterkte"))
        bar.addWidget(self.strength)
        bar.addStretch(1)
        layout.addLayout(bar)
        for combo in (self.neighbourhood, self.theme):
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._changed)
        self.strength.valueChanged.connect(self._changed)

        time_bar = QHBoxLayout()
        self.day_label = QLabel()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(tr("Datum van het netwerk"))
        self.slider.setToolTip(tr("Schuif om het netwerk te zien zoals het op die dag was"))
        self.slider.valueChanged.connect(self._slid)
        self.ego_label = QLabel()
        self.ego_steps = QSpinBox()
        self.ego_steps.setRange(1, 2)
        self.ego_steps.setSuffix(tr(" stap(pen)"))
        self.ego_steps.valueChanged.connect(self._changed)
        self.whole = QPushButton(tr("Hele netwerk"))
        self.whole.clicked.connect(self.show_whole)
        time_bar.addWidget(QLabel(tr("Op datum:")))
        time_bar.addWidget(self.slider, 1)
        time_bar.addWidget(self.day_label)
        time_bar.addWidget(self.ego_label)
        time_bar.addWidget(self.ego_steps)
        time_bar.addWidget(self.whole)
        layout.addLayout(time_bar)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        split = QSplitter()
        self.canvas = NetworkCanvas()
        self.canvas.setAccessibleName(tr("Netwerkkaart"))
        self.panel = NetworkPanel()
        self.panel.setMinimumWidth(360)
        split.addWidget(self.canvas)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

        bottom = QHBoxLayout()
        for strategy, colour in STRATEGY_COLOURS.items():
            bottom.addWidget(QLabel(f"<span style='color:{colour}'>━━</span> {label(strategy)}"))
        kinds = QLabel(tr("● bewoner  ■ groep  ◆ instelling  ▲ plek"))
        kinds.setToolTip(tr("Grootte: aantal relaties. Dikkere lijn: sterkere relatie. "
                            "Sleep een punt om het vast te zetten; dubbelklik om te openen."))
        bottom.addWidget(kinds)
        bottom.addStretch(1)
        self.relayout_button = QPushButton(tr("Opnieuw schikken"))
        self.png_button = QPushButton(tr("Afbeelding opslaan…"))
        self.excel_button = QPushButton(tr("Cijfers naar Excel…"))
        self.relayout_button.clicked.connect(self.relayout)
        self.png_button.clicked.connect(self.save_png)
        self.excel_button.clicked.connect(self.save_excel)
        for button in (self.relayout_button, self.png_button, self.excel_button):
            bottom.addWidget(button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+E"), self, self.save_excel)
        QShortcut(QKeySequence("Escape"), self, self.show_whole)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.canvas.node_clicked.connect(self._node_clicked)
        self.canvas.node_activated.connect(self._open_node)
        self.canvas.node_moved.connect(self._node_moved)
        self.panel.open_clicked.connect(lambda: self._open_node(self.canvas.selected))
        self.panel.ego_clicked.connect(self._ego_of_selected)
        self.panel.actor_chosen.connect(self._select_actor)
        self._update_ego_controls()

    # -- filters ------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        self._filling = True
        try:
            for combo, choices, everyone in (
                    (self.neighbourhood, self.services.network.neighbourhoods(),
                     tr("Alle buurten")),
                    (self.theme, self.services.network.themes(), tr("Alle thema's"))):
                current = combo.currentData()
                combo.clear()
                combo.addItem(everyone, None)
                for choice in choices:
                    combo.addItem(choice.name, choice.id)
                combo.setCurrentIndex(max(0, combo.findData(current)))
            span = self.services.network.tie_dates()
            today = dt.date.today()
            at_end = self.slider.value() == self.slider.maximum()
            self._first_day = span[0] if span else today
            self.slider.setRange(0, (max(span[1], today) if span else today).toordinal()
                                 - self._first_day.toordinal())
            if at_end or self.graph is None:
                self.slider.setValue(self.slider.maximum())
        finally:
            self._filling = False
        self._show_day()

    def day(self) -> dt.date:
        return dt.date.fromordinal(self._first_day.toordinal() + self.slider.value())

    def set_day(self, day: dt.date) -> None:
        self.slider.setValue(day.toordinal() - self._first_day.toordinal())

    def _show_day(self) -> None:
        self.day_label.setText(date_text(self.day()))

    def _slid(self) -> None:
        self._show_day()
        self._changed()

    def _changed(self) -> None:
        if not self._filling:
            self._debounce.start()

    def current_filter(self) -> NetworkFilter:
        strategies = frozenset(s for s, box in self.strategy_boxes.items() if box.isChecked())
        return NetworkFilter(on=self.day(), neighbourhood_id=self.neighbourhood.currentData(),
                             theme_id=self.theme.currentData(), strategies=strategies,
                             min_strength=self.strength.value(), ego_id=self.ego_id,
                             ego_steps=self.ego_steps.value())

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        if self.task is not None:
            self._again = True  # one reload after the running one
            return
        self._debounce.stop()
        if self.graph is None:
            self._fill_choices()
        flt, fresh = self.current_filter(), self._fresh
        self._fresh = False
        network = self.services.network
        if network.tie_count() <= self.small_network_ties:
            try:
                result = network.prepare(flt, lambda *_: None, lambda: False, fresh=fresh)
            except Exception as error:  # noqa: BLE001 - the same handling as a task's failure
                self._failed(error)
            else:
                self._loaded(result)
            return
        def work(progress, cancelled):
            return network.prepare(flt, progress, cancelled, fresh=fresh)

        self.task = Task(self, tr("Netwerk tekenen"), work)
        self.task.finished.connect(self._loaded)
        self.task.failed.connect(self._failed)
        self.task.start()  # ui.tasks stops it and waits when the window closes or the app quits

    def _done(self) -> bool:
        if self.task is not None:
            self.task.deleteLater()
        self.task = None
        if self._again:
            self._again = False
            self.refresh()
            return False
        return True

    def _failed(self, error: object) -> None:
        if not self._done():
            return
        message = getattr(error, "message", None)
        if message is None and type(error).__name__ != "LayoutCancelled":
            raise error  # a bug: let the application's error handler report it
        if message:
            self.ego_id = None
            self._update_ego_controls()
            QMessageBox.information(self, tr("Netwerk"), message)

    def _loaded(self, result: tuple[NetworkMap, NetworkFigures]) -> None:
        # the whole map keeps its stored layout: stay where the user was looking; an ego view
        # is laid out anew each time, so show all of it
        keep_view = (self.graph is not None and not self.graph.ego_name
                     and not result[0].ego_name)
        if not self._done():
            return
        self.graph, self.figures = result
        self.canvas.set_graph(self.graph, keep_view=keep_view)
        self.panel.show_figures(self.figures)
        self.panel.show_card(None)
        if self.graph.ego_name and self.graph.nodes:  # the ego comes first: show its card
            self.canvas.select(0)
            self._node_clicked(0)
        self._summarise()
        self.loaded.emit()

    def _summarise(self) -> None:
        graph = self.graph
        assert graph is not None
        if not graph.edges and graph.ego_name == "":
            self.summary.setText(tr(
                "Geen relaties die bij deze keuze passen. Leg vast wie met wie verbonden is "
                "(op de pagina Mensen & groepen), of kies een andere datum of buurt."))
            return
        counts = graph.ties_by_strategy()
        parts = ", ".join(f"{number(counts[s])} {label(s).lower()}" for s in Strategy)
        if graph.ego_name:
            text = tr("Netwerk rond {name}: {n} actoren, {ties} relaties ({parts}).")
        elif graph.limited:
            text = tr("De {n} best verbonden van {total} actoren; kies een buurt of thema om "
                      "alles te zien. Relaties op {day}: {ties} ({parts}).")
        else:
            text = tr("{n} actoren; relaties op {day}: {ties} ({parts}).")
        self.summary.setText(text.format(
            name=graph.ego_name, n=number(len(graph.nodes)), total=number(graph.in_scope),
            day=date_text(graph.day), ties=number(len(graph.edges)), parts=parts))

    # -- ego view -----------------------------------------------------------------------------
    def show_record(self, kind: str, record_id: int) -> bool:
        """Open the ego view ("netwerk rond deze persoon") of an actor."""
        if kind not in ACTOR_KINDS:
            return False
        self.ego_id = record_id
        self._update_ego_controls()
        self.refresh()
        return True

    def show_whole(self) -> None:
        if self.ego_id is not None:
            self.ego_id = None
            self._update_ego_controls()
            self.refresh()

    def _update_ego_controls(self) -> None:
        ego = self.ego_id is not None
        self.ego_label.setText(tr("Ego-netwerk:") if ego else "")
        for widget in (self.ego_label, self.ego_steps, self.whole):
            widget.setVisible(ego)

    def _ego_of_selected(self) -> None:
        node = self._selected_node()
        if node is not None:
            self.show_record(node.kind.value, node.id)

    # -- nodes --------------------------------------------------------------------------------
    def _selected_node(self):
        if self.graph is None or self.canvas.selected is None:
            return None
        return self.graph.nodes[self.canvas.selected]

    def _node_clicked(self, index: int) -> None:
        assert self.graph is not None and self.figures is not None
        node = self.graph.nodes[index]
        row = next((r for r in self.figures.actors if r.id == node.id), None)
        by_strategy = {Strategy.BONDING: row.bonding, Strategy.BRIDGING: row.bridging,
                       Strategy.LINKING: row.linking} if row else None
        self.panel.show_card(node, row.betweenness if row else None, by_strategy)

    def _select_actor(self, actor_id: int) -> None:
        if self.graph is None:
            return
        for index, node in enumerate(self.graph.nodes):
            if node.id == actor_id:
                self.canvas.select(index)
                self._node_clicked(index)
                return

    def _open_node(self, index: int | None) -> None:
        if self.graph is not None and index is not None:
            node = self.graph.nodes[index]
            self.open_requested.emit(node.kind.value, node.id)

    def _node_moved(self, index: int, x: float, y: float) -> None:
        if self.graph is None:
            return
        node = self.graph.nodes[index]
        nodes = list(self.graph.nodes)
        nodes[index] = replace(node, x=x, y=y, pinned=True)
        self.graph = replace(self.graph, nodes=tuple(nodes))
        if self.ego_id is None:  # the ego view has its own, passing layout
            self.services.network.move(node.id, x, y, pinned=True)

    def relayout(self) -> None:
        self._fresh = True
        self.refresh()

    # -- export -------------------------------------------------------------------------------
    def save_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Afbeelding opslaan"), "netwerk.png",
                                              tr("PNG-afbeelding (*.png)"))
        if path:
            self.export_png(path)

    def export_png(self, path: str) -> bool:
        return self.canvas.grab().save(path, "PNG")

    def save_excel(self) -> None:
        if self.graph is None or self.figures is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Cijfers naar Excel"), "netwerk.xlsx",
                                              tr("Excel-werkmap (*.xlsx)"))
        if path:
            try:
                write_network_workbook(path, self.graph, self.figures, self.summary.text())
            except OSError as error:
                QMessageBox.warning(self, tr("Netwerk"), tr(
                    "Opslaan lukte niet: {error}").format(error=error.strerror or error))
