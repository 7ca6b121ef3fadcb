"""One chart: (stacked or grouped) bars with hover values, save as PNG and copy the figures.

A chart holds its figures as plain rows (categories x series) so hover text, the clipboard
copy and the tests all read the same numbers the bars were drawn from. Colours follow the
application palette: a dark window gets a dark plot.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ui.text import number, tr

LIGHT = ("#2f6f9f", "#e07b39", "#4c9a5b", "#b8434a", "#7b5ea7", "#c9a227", "#3aa6a6",
         "#8c6d4f", "#d46fa5", "#6b7b8c", "#9fb83a", "#5a5adb")
DARK = ("#6fb3e6", "#f2a15e", "#7cc98a", "#ec7b82", "#ad91d6", "#e6c75a", "#69d1d1",
        "#c49b76", "#f19ccb", "#9fb0c1", "#c4de5e", "#8f8fff")


def is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colours() -> tuple[str, ...]:
    return DARK if is_dark() else LIGHT


@dataclass(frozen=True)
class Figures:
    """What a chart shows: one value per category for each named series."""

    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]  # None: not known (yet)
    unit: str = ""  # e.g. "%" after each value

    def value_text(self, value: float | None) -> str:
        if value is None:
            return tr("nog niet bekend")
        if self.unit == "%":
            return f"{value:.0f}%"
        return number(int(value)) if float(value).is_integer() else f"{value:.1f}"

    def as_tsv(self) -> str:
        """Tab-separated, one row per category: pastes as a table in Excel or Word."""
        lines = ["\t".join(["", *(name for name, _ in self.series)])]
        for i, category in enumerate(self.categories):
            lines.append("\t".join([category, *(self.value_text(v[i]) for _, v in self.series)]))
        return "\n".join(lines)

    def describe(self, index: int) -> str:
        parts = [f"{name}: {self.value_text(values[index])}" for name, values in self.series
                 if values[index] != 0]
        return f"{self.categories[index]} — " + (", ".join(parts) or tr("niets"))


class Chart(QWidget):
    """A titled bar chart with a hover line, a PNG export and a copy of its figures."""

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 stacked: bool = True, horizontal: bool = False) -> None:
        super().__init__(parent)
        self.title = title
        self.stacked = stacked
        self.horizontal = horizontal
        self.figures = Figures((), ())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        dark = is_dark()
        self.plot = pg.PlotWidget(background="#1e1e1e" if dark else "w")
        self.plot.setAccessibleName(title)
        self.plot.setTitle(title, color="#ddd" if dark else "#333")
        self.plot.showGrid(x=horizontal, y=not horizontal, alpha=0.3)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.legend = self.plot.addLegend(
            offset=(-10, 10), labelTextColor="#ddd" if dark else "#333",
            brush=pg.mkBrush(30, 30, 30, 215) if dark else pg.mkBrush(255, 255, 255, 215),
            pen=pg.mkPen("#666" if dark else "#bbb"))
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTextPen("#ccc" if dark else "#333")
        layout.addWidget(self.plot, 1)
        bar = QHBoxLayout()
        self.hover = QLabel(tr("Wijs een staaf aan om de cijfers te zien."))
        self.hover.setAccessibleName(tr("Cijfers onder de muis"))
        self.hover.setWordWrap(True)
        self.hover.setMinimumHeight(2 * self.hover.fontMetrics().lineSpacing() + 4)
        self.save_button = QPushButton(tr("Opslaan als PNG…"))
        self.copy_button = QPushButton(tr("Cijfers kopiëren"))
        self.save_button.setToolTip(tr("De grafiek als afbeelding bewaren, voor een verslag"))
        self.copy_button.setToolTip(tr("De cijfers als tabel naar het klembord (plakken in "
                                       "Excel of Word)"))
        self.save_button.clicked.connect(self.ask_save)
        self.copy_button.clicked.connect(self.copy_figures)
        bar.addWidget(self.hover, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.copy_button)
        layout.addLayout(bar)
        self._proxy = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30,
                                     slot=self._mouse_moved)

    # -- data -----------------------------------------------------------------------------
    def show_figures(self, figures: Figures, empty_text: str = "") -> None:
        self.figures = figures
        self.plot.clear()
        self.legend.clear()
        palette = colours()
        n = len(figures.categories)
        xs = list(range(n))
        base = [0.0] * n
        count = max(1, len(figures.series))
        width = 0.75 if self.stacked else 0.8 / count
        for k, (name, known) in enumerate(figures.series):
            values = [v or 0 for v in known]
            colour = palette[k % len(palette)]
            if self.stacked:
                positions, start = xs, list(base)
                base = [b + v for b, v in zip(base, values, strict=True)]
            else:
                positions = [x - 0.4 + width * (k + 0.5) for x in xs]
                start = [0.0] * n
            options = dict(brush=colour, pen=pg.mkPen(colour), name=name)
            if self.horizontal:
                item = pg.BarGraphItem(x0=start, y=positions, width=values, height=width,
                                       **options)
            else:
                item = pg.BarGraphItem(x=positions, y0=start, height=values, width=width,
                                       **options)
            self.plot.addItem(item)
        self.legend.setColumnCount(2 if len(figures.series) > 6 else 1)
        axis = self.plot.getAxis("left" if self.horizontal else "bottom")
        step = max(1, n // 14)  # no crowded labels on a year of weeks
        if not self.horizontal and n:  # nor labels written over each other
            metrics = QFontMetrics(axis.style.get("tickFont") or self.plot.font())
            widest = max(metrics.horizontalAdvance(str(c)) for c in figures.categories) + 12
            room = max(self.plot.width() - 60, 400) / n
            step = max(step, math.ceil(widest / room))
        axis.setTicks([[(i, c) for i, c in enumerate(figures.categories) if i % step == 0]])
        if not any(any(v or 0 for v in vs) for _, vs in figures.series):
            self.hover.setText(empty_text or tr("Geen cijfers in deze periode."))
        else:
            self.hover.setText(tr("Wijs een staaf aan om de cijfers te zien."))
        self.plot.enableAutoRange()

    # -- hover, save, copy ----------------------------------------------------------------
    def _mouse_moved(self, event) -> None:
        position = event[0]
        if not self.plot.sceneBoundingRect().contains(position) or not self.figures.categories:
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(position)
        self.show_values_at(point.y() if self.horizontal else point.x())

    def show_values_at(self, x: float) -> None:
        index = round(x)
        if 0 <= index < len(self.figures.categories):
            self.hover.setText(self.figures.describe(index))
            self.hover.setToolTip(self.hover.text())

    def copy_figures(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.title}\n{self.figures.as_tsv()}")
        self.hover.setText(tr("Cijfers gekopieerd: plak ze in Excel of Word."))

    def save_png(self, path: str) -> bool:
        return self.plot.grab().save(path, "PNG")

    def ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Grafiek opslaan"),
                                              f"{self.title}.png", tr("Afbeelding (*.png)"))
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            ok = self.save_png(path)
            self.hover.setText(tr("Opgeslagen: {path}").format(path=path) if ok else
                               tr("Opslaan is niet gelukt. Kies een andere map."))


def chart_row(*charts: QWidget) -> QWidget:
    """Charts side by side."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for chart in charts:
        layout.addWidget(chart)
    return row


def percent(part: int | None, whole: int) -> float:
    return 0.0 if not whole or part is None else 100 * part / whole
