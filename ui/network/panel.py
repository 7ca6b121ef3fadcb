"""The side panel of the network map: the card of the chosen actor and the figures (sortable)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
    QVBoxLayout, QWidget,
)

from db.services.network import MapNode, NetworkFigures
from db.vocabulary import GroupKind, Strategy
from ui.text import date_text, label, number, tr

MAX_ROWS = 1_000  # the sortable table lists the actors with the highest betweenness


class _Number(QTableWidgetItem):
    """A cell that sorts by its number, not its text."""

    def __init__(self, text: str, value: float) -> None:
        super().__init__(text)
        self.value = value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.value < getattr(other, "value", 0)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setDefaultSectionSize(72)
    table.setWordWrap(False)
    table.setColumnWidth(0, 160)
    return table


def kind_text(node: MapNode) -> str:
    return label(GroupKind.INSTITUTION) if node.group_kind == GroupKind.INSTITUTION \
        else label(node.kind)


class NetworkPanel(QTabWidget):
    """Card | Cijfers | Bruggen | Per maand."""

    open_clicked = Signal()
    ego_clicked = Signal()
    actor_chosen = Signal(int)  # actor id picked in the figures table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = QWidget()
        layout = QVBoxLayout(card)
        self.card = QLabel(tr("Klik op een bewoner, groep of plek op de kaart."))
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.open_button = QPushButton(tr("Openen"))
        self.open_button.setToolTip(tr("Open de detailpagina (of dubbelklik op de kaart)"))
        self.ego_button = QPushButton(tr("Netwerk rond deze persoon"))
        for button in (self.open_button, self.ego_button):
            button.setEnabled(False)
        self.open_button.clicked.connect(self.open_clicked)
        self.ego_button.clicked.connect(self.ego_clicked)
        layout.addWidget(self.card)
        layout.addWidget(self.open_button)
        layout.addWidget(self.ego_button)
        layout.addStretch(1)
        self.addTab(card, tr("Kaartje"))
        self.actors = _table([tr("Naam"), tr("Soort"), tr("Relaties"), label(Strategy.BONDING),
                              label(Strategy.BRIDGING), label(Strategy.LINKING),
                              tr("Brugfunctie"), tr("Deel")])
        self.actors.setSortingEnabled(True)
        self.actors.cellDoubleClicked.connect(self._chosen)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        figures = QWidget()
        fl = QVBoxLayout(figures)
        fl.addWidget(self.summary)
        fl.addWidget(self.actors, 1)
        self.actors.setAccessibleName(tr("Cijfers"))
        self.addTab(figures, tr("Cijfers"))
        self.bridges = _table([tr("Van"), tr("Naar"), tr("Strategie")])
        self.bridges.setSortingEnabled(True)
        self.bridges.setAccessibleName(tr("Bruggen"))
        self.addTab(self.bridges, tr("Bruggen"))
        self.months = _table([tr("Maand"), label(Strategy.BONDING), label(Strategy.BRIDGING),
                              label(Strategy.LINKING)])
        self.months.setAccessibleName(tr("Per maand"))
        self.addTab(self.months, tr("Per maand"))
        self._ids: list[int] = []

    def show_card(self, node: MapNode | None, betweenness: float | None = None,
                  by_strategy: dict[Strategy, int] | None = None) -> None:
        enabled = node is not None
        self.open_button.setEnabled(enabled)
        self.ego_button.setEnabled(enabled)
        if node is None:
            self.card.setText(tr("Klik op een bewoner, groep of plek op de kaart."))
            return
        lines = [f"<h3>{node.name}</h3>", kind_text(node),
                 tr("{n} relaties").format(n=number(node.degree))]
        if by_strategy:
            lines.append(", ".join(f"{number(by_strategy[s])} {label(s).lower()}"
                                   for s in Strategy))
        if betweenness is not None:
            lines.append(tr("Brugfunctie: {v}").format(v=f"{betweenness:.3f}".replace(".", ",")))
        if node.pinned:
            lines.append(tr("Vastgezet op de kaart"))
        self.card.setText("<br>".join(lines))
        self.setCurrentIndex(0)

    def show_figures(self, figures: NetworkFigures) -> None:
        parts = len(figures.component_sizes)
        self.summary.setText(tr(
            "{parts} losse delen (grootste {big}), {isolated} zonder relatie, {bridges} "
            "bruggen.{est}").format(
            parts=number(parts), big=number(figures.component_sizes[0] if parts else 0),
            isolated=number(len(figures.isolated)), bridges=number(len(figures.bridges)),
            est=tr(" Brugfunctie geschat uit een steekproef.")
            if figures.betweenness_estimated else ""))
        self.actors.setSortingEnabled(False)
        rows = figures.actors[:MAX_ROWS]
        self.actors.setRowCount(len(rows))
        self._ids = []
        for r, row in enumerate(rows):
            self._ids.append(row.id)
            name = QTableWidgetItem(row.name)
            name.setData(Qt.ItemDataRole.UserRole, row.id)
            kind = label(GroupKind.INSTITUTION) if row.group_kind == GroupKind.INSTITUTION \
                else label(row.kind)
            cells = [name, QTableWidgetItem(kind), _Number(number(row.ties), row.ties),
                     _Number(number(row.bonding), row.bonding),
                     _Number(number(row.bridging), row.bridging),
                     _Number(number(row.linking), row.linking),
                     _Number(f"{row.betweenness:.3f}".replace(".", ","), row.betweenness),
                     _Number(number(row.component), row.component)]
            for c, cell in enumerate(cells):
                self.actors.setItem(r, c, cell)
        self.actors.setSortingEnabled(True)
        self.actors.sortItems(6, Qt.SortOrder.DescendingOrder)  # the bridge-builders first
        self.bridges.setSortingEnabled(False)
        self.bridges.setRowCount(len(figures.bridges))
        for r, bridge in enumerate(figures.bridges):
            for c, text in enumerate((bridge.source, bridge.target, label(bridge.strategy))):
                self.bridges.setItem(r, c, QTableWidgetItem(text))
        self.bridges.setSortingEnabled(True)
        self.months.setRowCount(len(figures.per_month))
        for r, month in enumerate(reversed(figures.per_month)):
            self.months.setItem(r, 0, QTableWidgetItem(date_text(month.start)[3:]))
            for c, strategy in enumerate(Strategy, start=1):
                value = month.by_strategy[strategy]
                self.months.setItem(r, c, _Number(number(value), value))

    def _chosen(self, row: int, column: int) -> None:
        item = self.actors.item(row, 0)
        if item is not None:
            self.actor_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
