"""All ties of the network map in one item, drawn through an image cache.

Stroking 80,000 ties costs ~35 ms of CPU at every repaint, more than a frame. Panning does
not change the picture, only where it lies, so the ties are drawn once into an image with
half a view of margin on every side, at the view's scale, and a repaint after a pan only
copies that image to its new place (~2 ms). While zooming, the same image is drawn scaled
(a moment of blurred lines); the canvas hands in fresh segments when the view has been
still for 60 ms (NetworkCanvas.update_visible), and that redraws the image sharp, once.
The image is drawn again at once when the view leaves the image or the scale differs more
than twice from the image's. Drawing into the image clips to it: Qt's raster engine strokes
the same 80,000 cosmetic lines ~5x faster with a clip rectangle than without one.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath, QPen, QTransform

MARGIN = 0.5  # of the view's width and height, on each side of the cached image
MAX_ZOOM_PREVIEW = 2.0  # a scaled image is shown up to this zoom factor from its own


class EdgeLayer(pg.GraphicsObject):
    """Segments per pen, drawn from an image cache (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self._groups: list[tuple[QPen, np.ndarray]] = []  # pen, rows of x0, y0, x1, y1
        self._paths: list[tuple[QPen, QPainterPath]] | None = None  # built on first render
        self._bounds = QRectF()
        self._image: QImage | None = None
        self._image_transform = QTransform()  # item -> image pixels when it was drawn
        self.renders = 0  # how often the ties were stroked (for tests and the benchmark)

    # -- data ---------------------------------------------------------------------------
    def set_segments(self, groups: list[tuple[QPen, np.ndarray]]) -> None:
        """`groups`: (pen, float array of shape (k, 4)) drawn in this order (thin first)."""
        same = len(groups) == len(self._groups) and all(
            pen == old_pen and seg.shape == old.shape and np.array_equal(seg, old)
            for (pen, seg), (old_pen, old) in zip(groups, self._groups, strict=True))
        if same:
            return
        self.prepareGeometryChange()
        self._groups = groups
        rows = [seg for _, seg in groups if len(seg)]
        if rows:
            every = np.concatenate(rows)
            xs, ys = every[:, [0, 2]], every[:, [1, 3]]
            self._bounds = QRectF(float(xs.min()), float(ys.min()),
                                  float(np.ptp(xs)) or 1e-9, float(np.ptp(ys)) or 1e-9)
        else:
            self._bounds = QRectF()
        self._image = None
        self._paths = None
        self.update()

    def drop_cache(self) -> None:
        """Draw the ties afresh at the next repaint (the benchmark times that)."""
        self._image = None
        self.update()

    @property
    def groups(self) -> list[tuple[QPen, np.ndarray]]:
        return list(self._groups)

    @property
    def segment_count(self) -> int:
        return sum(len(seg) for _, seg in self._groups)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    # -- drawing ------------------------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self._groups:
            return
        view = painter.transform()  # item -> device
        device = painter.device()
        width, height = device.width(), device.height()
        if width <= 0 or height <= 0:
            return
        screen = QRectF(0, 0, width, height)
        place = self._placement(view, screen)
        if place is None:
            self._render(view, width, height, device.devicePixelRatioF())
            place = self._placement(view, screen)
            if place is None:  # pragma: no cover - a fresh image always covers the view
                return
        painter.save()
        painter.resetTransform()
        painter.setTransform(place)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(QPointF(0, 0), self._image)
        painter.restore()

    def _placement(self, view: QTransform, screen: QRectF) -> QTransform | None:
        """image pixels -> device for the current view, or None when the cached image cannot
        stand in (none, too far zoomed, or not covering the screen)."""
        if self._image is None:
            return None
        inverse, ok = self._image_transform.inverted()
        if not ok:
            return None
        place = inverse * view
        sx, sy = abs(place.m11()), abs(place.m22())
        if not (1 / MAX_ZOOM_PREVIEW <= sx <= MAX_ZOOM_PREVIEW
                and 1 / MAX_ZOOM_PREVIEW <= sy <= MAX_ZOOM_PREVIEW):
            return None
        size = self._image.deviceIndependentSize()
        image = QRectF(0, 0, size.width(), size.height())
        if not place.mapRect(image).adjusted(-0.5, -0.5, 0.5, 0.5).contains(screen):
            return None
        return place

    def _render(self, view: QTransform, width: int, height: int, ratio: float) -> None:
        """Draw the ties into a fresh image; on a high-DPI screen at its real pixels (the
        painter keeps working in logical pixels)."""
        mx, my = int(width * MARGIN), int(height * MARGIN)
        image = QImage(round((width + 2 * mx) * ratio), round((height + 2 * my) * ratio),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        to_image = view * QTransform.fromTranslate(mx, my)
        if self._paths is None:
            self._paths = [(pen, _path(seg)) for pen, seg in self._groups if len(seg)]
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setClipRect(QRectF(0, 0, width + 2 * mx, height + 2 * my))  # see the docstring
        painter.setTransform(to_image)
        for pen, path in self._paths:
            painter.setPen(pen)
            painter.drawPath(path)
        painter.end()
        self._image, self._image_transform = image, to_image
        self.renders += 1


def _path(seg: np.ndarray) -> QPainterPath:
    xy = np.empty((len(seg) * 2, 2))
    xy[0::2], xy[1::2] = seg[:, :2], seg[:, 2:]
    return pg.arrayToQPath(xy[:, 0], xy[:, 1], connect="pairs", finiteCheck=False)
