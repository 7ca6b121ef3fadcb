"""Force-directed layout of the network map, stable between sessions.

Chosen by measurement (bench/network.py): igraph's grid Fruchterman-Reingold runs in C and lays
out 5,000 actors and 20,000 ties in about 0.3 s, where networkx.spring_layout takes over a
minute. Stable: once the map has positions, known actors stay exactly where they were and only
newcomers are placed, at the middle of their placed neighbours. A fresh layout ("Opnieuw
schikken") keeps pinned actors where the user dragged them. (Re-running igraph seeded with a
finished, compact layout is 5-20 times slower than a fresh run, so refinement is not offered.)
"""

from __future__ import annotations

from collections.abc import Callable

import igraph as ig
import numpy as np

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

class LayoutCancelled(Exception):
    """The user cancelled the layout; nothing was changed."""


def _iterations(n: int) -> int:
    return 300 if n <= 10_000 else 200


def place_newcomers(edges: np.ndarray, xy: np.ndarray, known: np.ndarray,
                    rng: np.random.Generator) -> np.ndarray:
    """Put each actor without a position at the mean of its placed neighbours (a little
    jittered); repeated so that chains of newcomers follow; the rest at random in the map."""
    xy, known = xy.copy(), known.copy()
    spread = float(np.ptp(xy[known], axis=0).max()) if known.sum() > 1 else 10.0
    jitter = max(spread, 1.0) * 0.01
    for _ in range(3):
        missing = ~known
        if not missing.any() or not len(edges):
            break
        a, b = edges[:, 0], edges[:, 1]
        use = known[a] & missing[b]
        use2 = known[b] & missing[a]
        target = np.concatenate([b[use], a[use2]])
        source = np.concatenate([a[use], b[use2]])
        if not len(target):
            break
        sums = np.zeros_like(xy)
        counts = np.zeros(len(xy))
        np.add.at(sums, target, xy[source])
        np.add.at(counts, target, 1)
        placed = counts > 0
        xy[placed] = sums[placed] / counts[placed, None] + rng.normal(0, jitter, (placed.sum(), 2))
        known |= placed
    rest = ~known
    if rest.any():
        centre = xy[known].mean(axis=0) if known.any() else np.zeros(2)
        xy[rest] = centre + rng.uniform(-spread / 2, spread / 2, (rest.sum(), 2))
    return xy


def force_layout(n: int, edges: np.ndarray, initial: np.ndarray | None = None,
                 known: np.ndarray | None = None, pinned: np.ndarray | None = None,
                 progress: Progress | None = None, cancelled: Cancelled | None = None,
                 seed: int = 1, fresh: bool = False, iterations: int | None = None,
                 ) -> np.ndarray:
    """Positions (n×2) for `n` actors and undirected `edges` (m×2 indices).

    `initial`/`known`: stored positions and which of them are real. When some are known (and
    not `fresh`), known actors stay exactly where they are and only newcomers are placed, near
    their neighbours. Otherwise a full force-directed layout runs, in which `pinned` actors
    keep their `initial` position. Raises LayoutCancelled when `cancelled()` is true."""
    progress = progress or (lambda done, total, text: None)
    cancelled = cancelled or (lambda: False)
    edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    if n == 0:
        return np.zeros((0, 2))
    rng = np.random.default_rng(seed)
    known = np.zeros(n, bool) if known is None else np.asarray(known, bool)
    pinned = np.zeros(n, bool) if pinned is None else np.asarray(pinned, bool) & known
    if cancelled():
        raise LayoutCancelled()
    if known.any() and not fresh:
        progress(0, 1, "Nieuwe actoren bij hun buren zetten")
        return place_newcomers(edges, np.asarray(initial, float), known, rng)
    progress(0, 1, "Netwerk schikken")
    # Actors without a tie on this map, and small groups apart from the rest, would drift
    # far out and shrink the picture: the small parts are packed in columns beside the
    # largest part, and the lone actors in a compact grid next to those (unless pinned).
    lone = (np.bincount(edges.ravel(), minlength=n) == 0) & ~pinned
    tied = np.flatnonzero(~lone)
    xy = np.zeros((n, 2))
    if len(tied):
        index = np.full(n, -1)
        index[tied] = np.arange(len(tied))
        initial_tied = None if initial is None else np.asarray(initial, float)[tied]
        xy[tied] = _fruchterman_reingold(len(tied), index[edges], initial_tied, pinned[tied],
                                         rng, iterations)
        xy[tied], right = _pack_components(xy[tied], index[edges], pinned[tied])
    else:
        right = 0.0
    if lone.any():
        xy[lone] = _grid_beside(xy[tied] if len(tied) else np.zeros((1, 2)),
                                tie_length(xy, edges), int(lone.sum()), right)
    if cancelled():
        raise LayoutCancelled()
    progress(1, 1, "Netwerk geschikt")
    return xy


def _fruchterman_reingold(n: int, edges: np.ndarray, initial: np.ndarray | None,
                          pinned: np.ndarray, rng: np.random.Generator,
                          iterations: int | None) -> np.ndarray:
    # igraph's own random start is fast; a compact start makes its grid slow (many actors
    # per cell), so a start is only given when pinned actors must sit in it
    start, bounds = None, {}
    if pinned.any() and initial is not None:
        xy = rng.uniform(-np.sqrt(n) / 2, np.sqrt(n) / 2, (n, 2))
        xy[pinned] = initial[pinned]
        start = xy.tolist()
        bounds = {"minx": np.where(pinned, xy[:, 0], -np.inf).tolist(),
                  "maxx": np.where(pinned, xy[:, 0], np.inf).tolist(),
                  "miny": np.where(pinned, xy[:, 1], -np.inf).tolist(),
                  "maxy": np.where(pinned, xy[:, 1], np.inf).tolist()}
    graph = ig.Graph(n=n, edges=edges.tolist(), directed=False)
    result = graph.layout_fruchterman_reingold(
        seed=start, niter=iterations or _iterations(n), grid="auto", **bounds)
    return np.asarray(result.coords, dtype=float)


def largest_component(n: int, edges: np.ndarray) -> np.ndarray:
    """Mask of the actors in the largest connected part of the map (all False without ties).
    The map's whole-network view is fitted to it."""
    edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    mask = np.zeros(n, bool)
    if n == 0 or not len(edges):
        return mask
    membership = np.asarray(ig.Graph(n=n, edges=edges.tolist()).connected_components()
                            .membership)
    tied = np.zeros(n, bool)
    tied[edges.ravel()] = True
    sizes = np.bincount(membership[tied], minlength=membership.max() + 1)
    return (membership == int(sizes.argmax())) & tied


def tie_length(xy: np.ndarray, edges: np.ndarray) -> float:
    """The median length of the ties: the unit of the grid spacing."""
    if not len(edges):
        return 1.0
    lengths = np.hypot(*(xy[edges[:, 0]] - xy[edges[:, 1]]).T)
    return float(np.median(lengths)) or 1.0


def _pack_components(xy: np.ndarray, edges: np.ndarray,
                     pinned: np.ndarray) -> tuple[np.ndarray, float]:
    """Keep the largest part where it is; move every other part (without pinned actors) into
    columns to the right of it, as high as the largest part, biggest first. Returns the
    positions and the x right of everything placed."""
    n = len(xy)
    membership = np.asarray(ig.Graph(n=n, edges=edges.tolist()).connected_components()
                            .membership)
    sizes = np.bincount(membership)
    main = int(sizes.argmax())
    lo, hi = xy[membership == main].min(axis=0), xy[membership == main].max(axis=0)
    right = float(hi[0])
    if len(sizes) == 1:
        return xy, right
    xy = xy.copy()
    gap = tie_length(xy, edges)
    height = max(float(hi[1] - lo[1]), gap)
    column_x, y, column_width = right + gap, float(hi[1]), 0.0
    for part in np.argsort(-sizes, kind="stable"):
        if part == main:
            continue
        members = membership == part
        if pinned[members].any():
            continue
        p_lo, p_hi = xy[members].min(axis=0), xy[members].max(axis=0)
        w, h = p_hi - p_lo
        if y - h < hi[1] - height and y < float(hi[1]):  # column full: start the next one
            column_x, y, column_width = column_x + column_width + gap, float(hi[1]), 0.0
        xy[members] += np.array([column_x, y - h]) - p_lo
        y -= h + gap
        column_width = max(column_width, float(w))
        right = max(right, column_x + float(w))
    return xy, right


def _grid_beside(placed: np.ndarray, unit: float, count: int, right: float) -> np.ndarray:
    """`count` positions in a square grid to the right of everything placed, its top level
    with the top of the picture, spaced half a (median) tie apart."""
    top = float(placed[:, 1].max())
    step = max(unit, 1e-6) / 2
    columns = max(1, int(np.ceil(np.sqrt(count))))
    rows, cols = np.divmod(np.arange(count), columns)
    return np.stack([right + 2 * step + cols * step, top - rows * step], axis=1)
