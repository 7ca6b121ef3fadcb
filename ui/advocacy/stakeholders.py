"""The stakeholder view: each target (who decides) placed by stance (x: tegen, neutraal, voor)
and influence (y: 1 to 5), labelled with its name. pyqtgraph, imported when first shown."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from db.vocabulary import Stance
from ui.charts.chart import is_dark
from ui.text import label, tr

if TYPE_CHECKING:
    from db.services.dossier_read import TargetRow

X = {Stance.AGAINST: -1.0, Stance.NEUTRAL: 0.0, Stance.FOR: 1.0}
COLOURS = {Stance.AGAINST: "#b8434a", Stance.NEUTRAL: "#6b7b8c", Stance.FOR: "#4c9a5b"}


def positions(targets: list[TargetRow]) -> list[tuple[float, float]]:
    """(x, y) per target; targets on the same spot are spread out sideways a little."""
    spots: dict[tuple[Stance, int], list[int]] = defaultdict(list)
    for i, target in enumerate(targets):
        spots[target.stance, target.influence].append(i)
    result = [(0.0, 0.0)] * len(targets)
    for (stance, influence), members in spots.items():
        for k, i in enumerate(members):
            offset = (k - (len(members) - 1) / 2) * 0.22
            result[i] = (X[stance] + offset, float(influence))
    return result


class StakeholderView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        dark = is_dark()
        self.plot = pg.PlotWidget(background="#202020" if dark else "w")
        self.plot.setAccessibleName(tr("Krachtenveld: houding en invloed van wie beslist"))
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setXRange(-1.6, 1.6, padding=0)
        self.plot.setYRange(0.4, 5.6, padding=0)
        bottom, left = self.plot.getAxis("bottom"), self.plot.getAxis("left")
        bottom.setTicks([[(X[s], label(s).lower()) for s in (Stance.AGAINST, Stance.NEUTRAL,
                                                               Stance.FOR)]])
        left.setTicks([[(v, str(v)) for v in range(1, 6)]])
        self.plot.setLabel("bottom", tr("houding"))
        self.plot.setLabel("left", tr("invloed"))
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.scatter = pg.ScatterPlotItem(size=16, pen=pg.mkPen("w" if not dark else "k"))
        self.plot.addItem(self.scatter)
        self.labels: list[pg.TextItem] = []
        self.shown: list[tuple[str, float, float]] = []  # (name, x, y) as drawn, for tests
        layout.addWidget(self.plot)

    def set_targets(self, targets: list[TargetRow]) -> None:
        for item in self.labels:
            self.plot.removeItem(item)
        self.labels.clear()
        spots = positions(targets)
        self.scatter.setData(
            [{"pos": pos, "brush": pg.mkBrush(COLOURS[t.stance]),
              "data": t.id} for t, pos in zip(targets, spots, strict=True)])
        colour = "#e0e0e0" if is_dark() else "#202020"
        self.shown = []
        # neighbours on one influence line take turns above and below their dot
        order = sorted(range(len(targets)), key=lambda i: (spots[i][1], spots[i][0]))
        below = {i: k % 2 == 1 for k, i in enumerate(order)}
        for i, (target, (x, y)) in enumerate(zip(targets, spots, strict=True)):
            anchor = (0.5, -0.3) if below[i] else (0.5, 1.25)
            text = pg.TextItem(target.name, color=colour, anchor=anchor)
            text.setPos(x, y)
            self.plot.addItem(text)
            self.labels.append(text)
            self.shown.append((target.name, x, y))
