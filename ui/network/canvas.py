"""The network canvas: nodes as one scatter item, ties as one item drawn through an image
cache (ui/network/edges.py: a pan only moves the picture), off-screen ties culled, labels
only when zoomed in, and nodes that can be dragged (pinned)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPalette

from db.layout import largest_component
from db.services.network import NetworkMap
from db.vocabulary import ActorKind, GroupKind, Strategy
from ui.appearance import is_dark
from ui.network.edges import MARGIN, EdgeLayer

STRATEGY_COLOURS = {Strategy.BONDING: "#e07b39", Strategy.BRIDGING: "#2f6f9f",
                    Strategy.LINKING: "#5a9e4b"}
KIND_SYMBOLS = {ActorKind.PERSON: "o", ActorKind.GROUP: "s", ActorKind.PLACE: "t1"}
INSTITUTION_SYMBOL = "d"
KIND_BRUSH = {ActorKind.PERSON: "#ffffff", ActorKind.GROUP: "#fbe3a0",
              ActorKind.PLACE: "#d8ecd0"}
INSTITUTION_BRUSH = "#cfd8e8"
WIDTHS = {1: 1.0, 2: 1.0, 3: 2.0, 4: 3.0, 5: 3.0}  # strength -> pen width (3 buckets)
MAX_LABELS = 120
CROWDED = 3_000  # more actors in view: all ties drawn 1 px wide
LIGHT_BACKGROUND, LIGHT_LABEL = "w", "#222222"


def map_colours() -> tuple[object, object]:
    """Background and label colour: white with dark names in light mode, the palette's base
    with its (light) text in dark mode."""
    if not is_dark():
        return LIGHT_BACKGROUND, LIGHT_LABEL
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)


def symbol_of(kind: ActorKind, group_kind: GroupKind | None) -> str:
    return INSTITUTION_SYMBOL if group_kind == GroupKind.INSTITUTION else KIND_SYMBOLS[kind]


class _Nodes(pg.ScatterPlotItem):
    """A scatter whose points can be dragged; tells the canvas where a drag ended."""

    def __init__(self, canvas: NetworkCanvas) -> None:
        super().__init__(pxMode=True, hoverable=True, tip=canvas.tip)
        self.canvas = canvas
        self._dragged: int | None = None

    def mouseDragEvent(self, ev) -> None:  # noqa: N802 - Qt override
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        if ev.isStart():
            hits = self.pointsAt(ev.buttonDownPos())
            if len(hits) == 0:
                ev.ignore()
                return
            self._dragged = int(hits[0].index())
        if self._dragged is None:
            ev.ignore()
            return
        ev.accept()
        pos = ev.pos()
        self.canvas.move_node(self._dragged, pos.x(), pos.y(), finished=ev.isFinish())
        if ev.isFinish():
            self._dragged = None


class _Ring(pg.ScatterPlotItem):
    """The selection ring. It lets clicks through to the node beneath: otherwise the second
    click of a double-click lands on the ring and the detail page never opens."""

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 - pyqtgraph override
        ev.ignore()


class NetworkCanvas(pg.PlotWidget):
    """Shows one NetworkMap. Signals carry node indices into the map's nodes."""

    node_clicked = Signal(int)
    node_activated = Signal(int)  # double-click: open the detail page
    node_moved = Signal(int, float, float)  # dragged and dropped: pin here

    def __init__(self, parent=None) -> None:
        background, label_colour = map_colours()
        super().__init__(parent, background=background)
        self._label_colour = label_colour
        self.setAntialiasing(False)
        self.setAspectLocked(True)
        self.hideAxis("left")
        self.hideAxis("bottom")
        self.graph: NetworkMap | None = None
        self.xy = np.zeros((0, 2))
        self.pairs = np.zeros((0, 2), np.int64)
        # (tie indices, full pen, thin pen) per strategy and width, thin widths first
        self._edge_groups: list[tuple[np.ndarray, object, object]] = []
        self.edges = EdgeLayer()
        self.edges.setZValue(1)
        self.addItem(self.edges)
        self._labels: list[pg.TextItem] = []
        self.selected: int | None = None
        self.sizes = np.zeros(0)
        self._scale = 1.0
        self.nodes = _Nodes(self)
        self.nodes.setZValue(10)
        self.nodes.sigClicked.connect(self._clicked)
        self.highlight = _Ring(pxMode=True, brush=None, pen=pg.mkPen("#d62728", width=3))
        self.highlight.setZValue(11)
        self.addItem(self.nodes)
        self.addItem(self.highlight)
        self._cull_timer = QTimer(self, singleShot=True, interval=60)
        self._cull_timer.timeout.connect(self.update_visible)
        self.getViewBox().sigRangeChanged.connect(lambda *_: self._cull_timer.start())

    # -- data ---------------------------------------------------------------------------------
    def set_graph(self, graph: NetworkMap, keep_view: bool = False) -> None:
        self.graph = graph
        self.selected = None
        self.highlight.setData([])
        self.xy = np.array([(n.x, n.y) for n in graph.nodes], float).reshape(-1, 2)
        self.xy = np.nan_to_num(self.xy)
        self.pairs = np.array([(e.source, e.target) for e in graph.edges],
                              np.int64).reshape(-1, 2)
        self._edge_groups = []
        strategy = np.array([str(e.strategy) for e in graph.edges])
        width = np.array([WIDTHS[e.strength] for e in graph.edges])
        for w in sorted(set(WIDTHS.values())):
            for code, colour in STRATEGY_COLOURS.items():
                chosen = np.flatnonzero((strategy == str(code)) & (width == w)) \
                    if len(graph.edges) else np.zeros(0, np.int64)
                if len(chosen):
                    self._edge_groups.append((chosen, pg.mkPen(colour, width=w),
                                              pg.mkPen(colour, width=1)))
        degree = np.array([n.degree for n in graph.nodes], float)
        # a few sizes only: pyqtgraph draws each distinct symbol/size/brush from one atlas
        # entry, and thousands of distinct sizes make every redraw slow
        sizes = np.select([degree >= 20, degree >= 8, degree >= 3], [20.0, 14.0, 10.0], 7.0)
        symbols = [symbol_of(n.kind, n.group_kind) for n in graph.nodes]
        palette = {colour: pg.mkBrush(colour)
                   for colour in (*KIND_BRUSH.values(), INSTITUTION_BRUSH)}  # shared brushes
        brushes = [palette[INSTITUTION_BRUSH if n.group_kind == GroupKind.INSTITUTION
                           else KIND_BRUSH[n.kind]] for n in graph.nodes]
        self.sizes = sizes
        self._scale = 1.0
        self.nodes.setData(pos=self.xy, size=sizes, symbol=symbols, brush=brushes,
                           pen=pg.mkPen("#333333"), data=np.arange(len(graph.nodes)))
        if not keep_view and len(self.xy):
            self.fit_view()
        self.update_visible()

    def fit_view(self) -> None:
        """Fit the view to the largest connected part of the map: isolated actors and small
        groups apart are placed beside it (db.layout) and would otherwise shrink it."""
        main = largest_component(len(self.xy), self.pairs)
        if main.sum() < 2:
            self.getViewBox().autoRange(padding=0.05)
            return
        (x0, y0), (x1, y1) = self.xy[main].min(axis=0), self.xy[main].max(axis=0)
        self.getViewBox().setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.05)

    def tip(self, x: float, y: float, data: object) -> str:
        if self.graph is None:
            return ""
        node = self.graph.nodes[int(data)]
        return f"{node.name} ({node.degree})"

    # -- drawing ------------------------------------------------------------------------------
    def visible_rect(self) -> QRectF:
        return self.getViewBox().viewRect()

    def update_visible(self) -> None:
        """Cull edges outside the view and put labels on the nodes when zoomed in."""
        if self.graph is None or self.plotItem is None:  # nothing shown, or closed
            return
        rect = self.visible_rect()
        x0, x1, y0, y1 = rect.left(), rect.right(), rect.top(), rect.bottom()
        lo_y, hi_y = min(y0, y1), max(y0, y1)
        inside = ((self.xy[:, 0] >= x0) & (self.xy[:, 0] <= x1)
                  & (self.xy[:, 1] >= lo_y) & (self.xy[:, 1] <= hi_y))
        crowded = int(inside.sum()) > CROWDED
        # ties are kept up to half a view beyond the edges: the edge layer's image has that
        # margin, so a pan shows them before the next cull
        mx, my = (x1 - x0) * MARGIN, (hi_y - lo_y) * MARGIN
        cx0, cx1, cy0, cy1 = x0 - mx, x1 + mx, lo_y - my, hi_y + my
        groups = []
        for chosen, full_pen, thin_pen in self._edge_groups:
            ends = self.pairs[chosen]
            a, b = self.xy[ends[:, 0]], self.xy[ends[:, 1]]
            keep = ~((np.maximum(a[:, 0], b[:, 0]) < cx0) | (np.minimum(a[:, 0], b[:, 0]) > cx1)
                     | (np.maximum(a[:, 1], b[:, 1]) < cy0)
                     | (np.minimum(a[:, 1], b[:, 1]) > cy1))
            # thick lines cost far more to draw; when zoomed out thickness is not readable
            groups.append((thin_pen if crowded else full_pen,
                           np.hstack([a[keep], b[keep]])))
        self.edges.set_segments(groups)
        self._scale_nodes(int(inside.sum()))
        self._place_labels(np.flatnonzero(inside))

    def _scale_nodes(self, visible: int) -> None:
        """Smaller symbols when many actors share the view, so a crowd stays readable."""
        box = self.getViewBox().sceneBoundingRect()
        room = np.sqrt(max(box.width() * box.height(), 1.0) / max(visible, 1))
        scale = float(np.clip(room / 30.0, 0.35, 1.0))
        scale = round(scale * 4) / 4 or 0.25  # a few steps only (see the sizes above)
        if scale != self._scale:
            self._scale = scale
            self.nodes.setSize(self.sizes * scale)

    def _place_labels(self, visible: np.ndarray) -> None:
        for item in self._labels:
            self.removeItem(item)
        self._labels = []
        if self.graph is None or len(visible) > MAX_LABELS:
            return  # zoomed out: names would only be noise
        for i in visible:
            text = pg.TextItem(self.graph.nodes[i].name, color=self._label_colour,
                                anchor=(0.5, -0.4))
            text.setPos(*self.xy[i])
            text.setZValue(12)
            self.addItem(text)
            self._labels.append(text)

    @property
    def label_count(self) -> int:
        return len(self._labels)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """The system switched between light and dark: follow it."""
        super().changeEvent(event)
        if (event.type() == QEvent.Type.PaletteChange and "_labels" in self.__dict__
                and self.plotItem is not None):
            background, self._label_colour = map_colours()
            self.setBackground(background)
            for item in self._labels:
                item.setColor(self._label_colour)

    # -- interaction --------------------------------------------------------------------------
    def select(self, index: int | None) -> None:
        self.selected = index
        if index is None:
            self.highlight.setData([])
        else:
            size = float(self.nodes.data["size"][index]) + 6
            self.highlight.setData(pos=self.xy[index:index + 1], size=size, symbol="o",
                                   brush=None, pen=pg.mkPen("#d62728", width=3))

    def _clicked(self, item, points, ev) -> None:
        if len(points):
            index = int(points[0].index())
            self.select(index)
            self.node_clicked.emit(index)
            if ev is not None and ev.double():
                self.node_activated.emit(index)

    def move_node(self, index: int, x: float, y: float, finished: bool) -> None:
        self.xy[index] = (x, y)
        self.nodes.data["x"][index], self.nodes.data["y"][index] = x, y
        self.nodes.prepareGeometryChange()
        self.nodes.bounds = [None, None]
        self.nodes.invalidate()
        self.update_visible()
        if self.selected == index:
            self.select(index)
        if finished:
            self.node_moved.emit(index, x, y)

    def view_point(self, index: int):
        """Where node `index` is drawn, in widget coordinates (for tests and keyboard focus)."""
        scene = self.getViewBox().mapViewToScene(pg.Point(*self.xy[index]))
        return self.mapFromScene(scene)
