"""Network figures without Qt or a database: who bridges, what hangs together, what is alone.

Input is a plain graph: `n` actors numbered 0..n-1 and undirected ties as index pairs with a
strategy each. The heavy lifting runs in igraph (C); the results are plain tuples so that the
interface, the command line and the Excel reports share them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import igraph as ig
import numpy as np

from db.vocabulary import Strategy

#: above this many actors betweenness is estimated from a sample of sources (Brandes & Pich):
#: exact betweenness grows with n·m: 0.35 s at 2,000 actors, 3-4 s at 5,000 (igraph, one core)
EXACT_BETWEENNESS_LIMIT = 2_500
#: fewest sampled sources; more when the graph is small enough (see `sample_size`)
BETWEENNESS_SAMPLES = 600
#: work budget of an estimate, in sources × (actors + ties): ~0.6 s on one core. At 5,000
#: actors / 20,000 ties that is 1,000 sources, whose top 20 bridge-builders agree with the
#: exact top 20 at Spearman 0.95-0.97 (19 of 20 the same actors; bench/network.py measures it)
SAMPLE_BUDGET = 25_000_000


def sample_size(n: int, m: int) -> int:
    """How many sources an estimate of betweenness samples for n actors and m ties."""
    return min(n, max(BETWEENNESS_SAMPLES, SAMPLE_BUDGET // max(n + m, 1)))


@dataclass(frozen=True)
class ActorFigures:
    index: int
    ties: int
    by_strategy: dict[Strategy, int]
    betweenness: float  # share of shortest paths between others that run through this actor
    component: int  # 0 is the largest part of the network


@dataclass(frozen=True)
class Analysis:
    actors: tuple[ActorFigures, ...]
    component_sizes: tuple[int, ...]  # largest first; isolated actors are parts of size 1
    isolated: tuple[int, ...]  # indices of actors without any tie
    bridges: tuple[int, ...]  # indices into the edge list: the only link between two parts
    betweenness_estimated: bool

    @property
    def components(self) -> int:
        return len(self.component_sizes)


def build_graph(n: int, edges: np.ndarray | Sequence[tuple[int, int]]) -> ig.Graph:
    pairs = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    return ig.Graph(n=n, edges=pairs.tolist(), directed=False)


def betweenness(graph: ig.Graph, seed: int = 1) -> tuple[np.ndarray, bool]:
    """Normalised betweenness (0..1) per actor; estimated from sampled sources on large graphs.

    Parallel ties count once (a path through two actors is one path, however many ties)."""
    simple = graph.copy()
    simple.simplify(multiple=True, loops=True)
    n = simple.vcount()
    if n < 3:
        return np.zeros(n), False
    scale = 2.0 / ((n - 1) * (n - 2))
    if n <= EXACT_BETWEENNESS_LIMIT:
        return np.asarray(simple.betweenness(directed=False)) * scale, False
    rng = np.random.default_rng(seed)
    k = sample_size(n, simple.ecount())
    sources = rng.choice(n, size=k, replace=False).tolist()
    partial = np.asarray(simple.betweenness(directed=False, sources=sources))
    # a sample of k sources sees about k/n of the paths the exact sum counts
    return partial * (n / k) * scale, True


def analyse(n: int, edges: np.ndarray | Sequence[tuple[int, int]],
            strategies: Sequence[Strategy]) -> Analysis:
    """All figures of one graph. `strategies[i]` belongs to `edges[i]`."""
    pairs = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    graph = build_graph(n, pairs)
    degree = np.bincount(pairs.ravel(), minlength=n) if len(pairs) else np.zeros(n, int)
    per_strategy = {}
    codes = np.array([str(s) for s in strategies]) if len(strategies) else np.array([], str)
    for strategy in Strategy:
        chosen = pairs[codes == str(strategy)] if len(pairs) else pairs
        per_strategy[strategy] = (np.bincount(chosen.ravel(), minlength=n) if len(chosen)
                                  else np.zeros(n, int))
    between, estimated = betweenness(graph)
    membership = np.asarray(graph.connected_components().membership, dtype=np.int64)
    sizes = np.bincount(membership) if n else np.zeros(0, int)
    order = np.argsort(-sizes, kind="stable")  # renumber: largest part first
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    membership = rank[membership] if n else membership
    actors = tuple(
        ActorFigures(i, int(degree[i]), {s: int(per_strategy[s][i]) for s in Strategy},
                     float(between[i]), int(membership[i]))
        for i in range(n))
    return Analysis(actors, tuple(int(s) for s in sizes[order]),
                    tuple(int(i) for i in np.flatnonzero(degree == 0)),
                    tuple(graph_bridges(graph)), estimated)


def graph_bridges(graph: ig.Graph) -> list[int]:
    """Edge indices whose removal splits a part of the network in two. A tie doubled by a
    second tie between the same two actors is no bridge."""
    counts: dict[tuple[int, int], int] = {}
    for a, b in graph.get_edgelist():
        key = (min(a, b), max(a, b))
        counts[key] = counts.get(key, 0) + 1
    result = []
    for index in graph.bridges():
        a, b = graph.es[index].tuple
        if counts[(min(a, b), max(a, b))] == 1:
            result.append(index)
    return sorted(result)


@dataclass(frozen=True)
class PeriodCount:
    start: dt.date  # first day of the month
    by_strategy: dict[Strategy, int]


def new_ties_per_month(ties: Sequence[tuple[dt.date | None, Strategy]]) -> list[PeriodCount]:
    """How many ties began in each month, by strategy; ties without a start date are left out.
    Months without new ties between the first and the last are included with zeros."""
    counts: dict[dt.date, dict[Strategy, int]] = {}
    for since, strategy in ties:
        if since is None:
            continue
        month = since.replace(day=1)
        counts.setdefault(month, {s: 0 for s in Strategy})[Strategy(strategy)] += 1
    if not counts:
        return []
    first, last = min(counts), max(counts)
    result, month = [], first
    while month <= last:
        result.append(PeriodCount(month, counts.get(month, {s: 0 for s in Strategy})))
        month = (month.replace(year=month.year + 1, month=1) if month.month == 12
                 else month.replace(month=month.month + 1))
    return result
