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
    # Actors without a tie on this map would drift far out and shrink the picture: they get
    # a tidy grid below it instead (unless the user pinned them).
    lone = (np.bincount(edges.ravel(), minlength=n) == 0) & ~pinned
    tied = np.flatnonzero(~lone)
    xy = np.zeros((n, 2))
    if len(tied):
        index = np.full(n, -1)
        index[tied] = np.arange(len(tied))
        initial_tied = None if initial is None else np.asarray(initial, float)[tied]
        xy[tied] = _fruchterman_reingold(len(tied), index[edges], initial_tied, pinned[tied],
                                         rng, iterations)
    if lone.any():
        xy[lone] = _grid_below(xy[tied] if len(tied) else np.zeros((1, 2)), int(lone.sum()))
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


def _grid_below(placed: np.ndarray, count: int) -> np.ndarray:
    """`count` positions in rows under the placed actors, as wide as the picture."""
    lo, hi = placed.min(axis=0), placed.max(axis=0)
    width = max(float(hi[0] - lo[0]), 1.0)
    step = max(width / max(np.sqrt(len(placed)) * 2, 1.0), 1.0)
    columns = max(1, int(width / step) + 1)
    rows, cols = np.divmod(np.arange(count), columns)
    return np.stack([lo[0] + cols * step, lo[1] - 2 * step - rows * step], axis=1)
