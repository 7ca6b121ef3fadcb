"""The whole-network picture: small parts and lone actors beside the largest part, compact;
betweenness estimates rank the bridge-builders like the exact figures."""

from __future__ import annotations

import numpy as np

from bench.network import social_graph, top_agreement
from db.layout import force_layout, largest_component
from db.network_analysis import EXACT_BETWEENNESS_LIMIT, betweenness, build_graph


def _ring(start: int, size: int) -> list[tuple[int, int]]:
    return [(start + i, start + (i + 1) % size) for i in range(size)]


def test_lone_actors_and_small_parts_lie_compactly_beside_the_largest_part():
    # a 60-actor part, two pairs, and 40 actors without ties
    edges = np.array(_ring(0, 60) + [(i, i + 7) for i in range(0, 53, 3)]
                     + [(60, 61), (62, 63)])
    n = 104
    xy = force_layout(n, edges)
    main = largest_component(n, edges)
    assert main.sum() == 60 and not main[60:].any()
    lo, hi = xy[main].min(axis=0), xy[main].max(axis=0)
    size = hi - lo
    rest = xy[60:]
    assert (rest[:, 0] > hi[0]).all()  # all to the right of the largest part, none inside it
    # nearby and compact: the whole picture is at most about twice as wide as the largest
    # part, and no taller than it
    assert np.ptp(xy[:, 0]) < 2.2 * size[0]
    assert rest[:, 1].max() <= hi[1] + 1e-9 and rest[:, 1].min() >= lo[1] - 1e-9
    lone = xy[64:]
    assert len(np.unique(lone.round(6), axis=0)) == 40  # a grid: nobody on top of another


def test_largest_component_ignores_actors_without_ties():
    assert not largest_component(5, np.zeros((0, 2), np.int64)).any()
    assert largest_component(5, np.array([(0, 1), (2, 3), (3, 4)])).tolist() == [
        False, False, True, True, True]


def test_an_estimate_ranks_the_top_bridge_builders_like_the_exact_figures():
    n = EXACT_BETWEENNESS_LIMIT + 500
    graph = build_graph(n, social_graph(n, 4 * n, seed=2))
    estimate, estimated = betweenness(graph)
    assert estimated
    simple = graph.copy()
    simple.simplify()
    exact = np.asarray(simple.betweenness(directed=False))
    rho, same = top_agreement(exact, estimate)
    assert rho > 0.85 and same >= 17
