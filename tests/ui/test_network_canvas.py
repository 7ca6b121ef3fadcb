"""The network canvas: a pan moves the cached picture of the ties (and shows what a fresh
drawing shows), and the whole-network view is fitted to the largest part of the network."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from db.services.network import MapEdge, MapNode, NetworkMap
from db.vocabulary import ActorKind, Strategy


def _map(xy: np.ndarray, edges: list[tuple[int, int]]) -> NetworkMap:
    degree = np.bincount(np.array(edges).ravel(), minlength=len(xy))
    nodes = tuple(MapNode(i, f"Actor {i}", ActorKind.PERSON, None, int(degree[i]),
                          float(x), float(y)) for i, (x, y) in enumerate(xy))
    ties = tuple(MapEdge(i, a, b, list(Strategy)[i % 3], 1 + i % 5)
                 for i, (a, b) in enumerate(edges))
    return NetworkMap(nodes, ties, dt.date(2026, 6, 1), len(nodes), False)


@pytest.fixture
def canvas(qtbot):
    from ui.network.canvas import NetworkCanvas

    widget = NetworkCanvas()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _pixels(widget) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return np.frombuffer(image.constBits(), np.uint32).reshape(
        image.height(), image.bytesPerLine() // 4)[:, :image.width()].copy()


def _unexplained(moved: np.ndarray, fresh: np.ndarray) -> float:
    """Share of pixels of `moved` that `fresh` does not have within one pixel (a line may
    be rounded to the neighbouring pixel when the picture moved by a fraction of one)."""
    near = np.zeros(moved.shape, bool)
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            near |= np.roll(fresh, (dy, dx), axis=(0, 1)) == moved
    return float((~near[1:-1, 1:-1]).mean())


def test_a_pan_moves_the_cached_ties_and_shows_what_a_fresh_drawing_shows(canvas):
    rng = np.random.default_rng(4)
    xy = rng.uniform(0, 100, (300, 2))
    edges = [(int(a), int(b)) for a, b in rng.integers(0, 300, (900, 2)) if a != b]
    canvas.set_graph(_map(xy, edges))
    canvas.viewport().repaint()
    drawn = canvas.edges.renders
    before = _pixels(canvas)
    canvas.getViewBox().translateBy(x=8.0, y=-5.0)
    canvas.viewport().repaint()
    assert canvas.edges.renders == drawn  # the pan reused the picture
    moved = _pixels(canvas)
    canvas.edges.drop_cache()
    canvas.viewport().repaint()
    assert canvas.edges.renders == drawn + 1
    fresh = _pixels(canvas)
    # the same picture, up to a pixel of rounding (and far from the picture before the pan)
    assert _unexplained(moved, fresh) < 0.01 and _unexplained(fresh, moved) < 0.01
    assert _unexplained(moved, before) > 0.05
    assert (fresh != fresh[0, 0]).mean() > 0.05  # and not an empty one
    canvas.getViewBox().scaleBy(s=(1 / 3, 1 / 3))  # zoomed in 3x: drawn sharp again
    canvas.viewport().repaint()
    assert canvas.edges.renders == drawn + 2


def test_the_whole_network_view_fits_the_largest_part(canvas):
    # a 40-actor ring around (0, 0) and 30 lone actors far away to the right
    angle = np.linspace(0, 2 * np.pi, 40, endpoint=False)
    ring = np.stack([10 * np.cos(angle), 10 * np.sin(angle)], 1)
    lone = np.stack([np.full(30, 200.0), np.arange(30.0)], 1)
    canvas.set_graph(_map(np.vstack([ring, lone]), [(i, (i + 1) % 40) for i in range(40)]))
    (x0, x1), (y0, y1) = canvas.getViewBox().viewRange()
    assert x0 < -10 and x1 > 10 and y0 < -10 and y1 > 10  # the ring is in view
    assert x1 < 100  # the lone actors do not shrink it
    assert max(x1 - x0, y1 - y0) < 40
