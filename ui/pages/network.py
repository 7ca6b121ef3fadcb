"""Netwerk: the best-connected actors and their ties, coloured by strategy."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from db.vocabulary import ActorKind, GroupKind, Strategy
from ui.pages.base import Page
from ui.text import label, number, tr

STRATEGY_COLOURS = {Strategy.BONDING: "#e07b39", Strategy.BRIDGING: "#2f6f9f",
                    Strategy.LINKING: "#5a9e4b"}
SYMBOLS = {ActorKind.PERSON: "o", ActorKind.GROUP: "s", ActorKind.PLACE: "t"}
INSTITUTION_SYMBOL = "d"


class NetworkPage(Page):
    kinds = ("*", "tie", "person", "group", "place")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setAspectLocked(True)
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setAccessibleName(tr("Netwerkkaart"))
        layout.addWidget(self.plot, 1)
        legend = QHBoxLayout()
        for strategy, colour in STRATEGY_COLOURS.items():
            legend.addWidget(QLabel(f"<span style='color:{colour}'>━━</span> {label(strategy)}"))
        legend.addWidget(QLabel(tr("● bewoner  ■ groep  ◆ instelling  ▲ plek")))
        legend.addStretch(1)
        layout.addLayout(legend)

    def load(self) -> None:
        sample = self.services.network.sample()
        self.plot.clear()
        if not sample.nodes:
            self.summary.setText(tr("Nog geen relaties. Zodra je vastlegt wie met wie verbonden "
                                    "is, tekent Buurtboek hier het netwerk van de buurt."))
            return
        xy = np.array([(n.x, n.y) for n in sample.nodes])
        for strategy, colour in STRATEGY_COLOURS.items():
            edges = [e for e in sample.edges if e.strategy == strategy]
            if not edges:
                continue
            pairs = np.empty((len(edges) * 2, 2))
            pairs[0::2] = xy[[e.source for e in edges]]
            pairs[1::2] = xy[[e.target for e in edges]]
            self.plot.addItem(pg.PlotCurveItem(pairs[:, 0], pairs[:, 1], connect="pairs",
                                               pen=pg.mkPen(colour, width=1)))
        spots = []
        for node in sample.nodes:
            symbol = INSTITUTION_SYMBOL if node.group_kind == GroupKind.INSTITUTION \
                else SYMBOLS[node.kind]
            spots.append({"pos": (node.x, node.y), "size": 6 + min(18, node.degree),
                          "symbol": symbol, "brush": pg.mkBrush("#ffffff"),
                          "pen": pg.mkPen("#333333"), "data": node.name})
        scatter = pg.ScatterPlotItem(spots=spots, hoverable=True, tip=lambda x, y, data: data)
        self.plot.addItem(scatter)
        ties = sum(sample.ties_by_strategy.values())
        parts = ", ".join(f"{number(sample.ties_by_strategy[s])} {label(s).lower()}"
                          for s in Strategy)
        self.summary.setText(tr("De {n} best verbonden van {total} actoren. Actieve relaties: "
                                "{ties} ({parts}).").format(
            n=len(sample.nodes), total=number(sample.total_actors), ties=number(ties),
            parts=parts))
