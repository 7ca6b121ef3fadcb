"""The network map at scale: layout, betweenness and redraw after pan/zoom on synthetic
social-like graphs (neighbourhood clusters, a few hubs, ties across clusters), with peers
measured in the same run.

    python -m bench.network [--runs 5] [--tiny] [--no-peer] [--cpu]

Peers: networkx.spring_layout (same graph) and networkx.betweenness_centrality with the same
number of sampled sources as ours (exact networkx at 5,000 actors takes minutes). Where our
betweenness is an estimate, exact igraph betweenness is timed once and the estimate's top 20
bridge-builders are compared with the exact top 20 (Spearman rank correlation, overlap).
Exits non-zero when a target is missed (not with --tiny).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

import numpy as np

LAYOUT_TARGETS = {5_000: 1.0, 20_000: 3.0}  # seconds
REDRAW_TARGETS = {5_000: 16.0, 20_000: 33.0}  # ms
BETWEENNESS_TARGET = 2.0  # s at 5,000
PEER_RATIO = 50


def social_graph(n: int, m: int, seed: int = 1) -> np.ndarray:
    """Clusters of ~40 (streets, clubs), degree skewed by preferential weights, 15% of the
    ties between clusters."""
    rng = np.random.default_rng(seed)
    clusters = max(1, n // 40)
    member = rng.integers(0, clusters, n)
    weight = rng.pareto(2.0, n) + 1
    order = np.argsort(member, kind="stable")
    starts = np.searchsorted(member[order], np.arange(clusters + 1))
    p = weight / weight.sum()
    source = rng.choice(n, size=m, p=p)
    target = np.empty(m, np.int64)
    local = rng.random(m) < 0.85
    for i in np.flatnonzero(local):
        c = member[source[i]]
        lo, hi = starts[c], starts[c + 1]
        target[i] = order[rng.integers(lo, hi)]
    target[~local] = rng.choice(n, size=int((~local).sum()), p=p)
    edges = np.stack([source, target], 1)
    edges = edges[edges[:, 0] != edges[:, 1]]
    return edges


#: wall-clock time, or (--cpu) this thread's CPU time: igraph, networkx and Qt's drawing all
#: run in the calling thread, and CPU time is far less inflated on a shared, busy machine
CLOCK = time.perf_counter


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    start = CLOCK()
    result = fn(*args, **kwargs)
    return CLOCK() - start, result


def stats(samples: list[float], scale: float = 1.0) -> str:
    values = [s * scale for s in samples]
    return f"{statistics.median(values):.3g} ({min(values):.3g}–{max(values):.3g})"


def bench_layout(n: int, m: int, runs: int, peer: bool) -> tuple[list[str], bool, np.ndarray,
                                                                  np.ndarray]:
    from db.layout import force_layout

    edges = social_graph(n, m)
    samples, xy = [], None
    for run in range(runs):
        seconds, xy = timed(force_layout, n, edges, seed=run + 1)
        samples.append(seconds)
    median = statistics.median(samples)
    ok = median <= LAYOUT_TARGETS.get(n, float("inf"))
    line = f"| Layout {n:,} actoren / {len(edges):,} relaties | {stats(samples)} s |"
    if peer:
        import networkx as nx

        graph = nx.Graph()
        graph.add_nodes_from(range(n))
        graph.add_edges_from(edges.tolist())
        peer_seconds, _ = timed(nx.spring_layout, graph, seed=1)
        ratio = peer_seconds / median
        ok &= n not in LAYOUT_TARGETS or n != 5_000 or ratio >= PEER_RATIO
        line += f" networkx.spring_layout {peer_seconds:.3g} s (1 run) | {ratio:.0f}× |"
    else:
        line += " – | – |"
    return [line], ok, edges, xy


def top_agreement(exact: np.ndarray, estimate: np.ndarray, top: int = 20) -> tuple[float, int]:
    """Spearman rank correlation of the estimate over the exact top `top` actors, and how
    many of the exact top `top` are also in the estimate's top `top`."""
    best = np.argsort(-exact)[:top]
    ranks = [np.argsort(np.argsort(v[best])).astype(float) for v in (exact, estimate)]
    rho = float(np.corrcoef(*ranks)[0, 1])
    return rho, len(set(best.tolist()) & set(np.argsort(-estimate)[:top].tolist()))


def bench_betweenness(n: int, edges: np.ndarray, runs: int, peer: bool) -> tuple[list[str], bool]:
    from db.network_analysis import betweenness, build_graph, sample_size

    graph = build_graph(n, edges)
    samples = []
    for _ in range(runs):
        seconds, (values, estimated) = timed(betweenness, graph)
        samples.append(seconds)
    median = statistics.median(samples)
    ok = n != 5_000 or median <= BETWEENNESS_TARGET
    simple = graph.copy()
    simple.simplify()
    k = sample_size(n, simple.ecount()) if estimated else None
    how = f"schatting, {k} bronnen" if k else "exact"
    lines = [f"| Betweenness {n:,} actoren ({how}) | {stats(samples)} s |"]
    if peer:
        import networkx as nx

        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_edges_from(edges.tolist())
        peer_seconds, _ = timed(nx.betweenness_centrality, g, k=k, seed=1)
        lines[0] += (f" networkx.betweenness_centrality(k={k}) {peer_seconds:.3g} s (1 run) "
                     f"| {peer_seconds / median:.0f}× |")
    else:
        lines[0] += " – | – |"
    if estimated:
        exact_seconds, exact = timed(simple.betweenness, directed=False)
        rho, same = top_agreement(np.asarray(exact), values)
        lines.append(f"| Betweenness {n:,} exact (igraph, 1 run) | {exact_seconds:.3g} s | "
                     f"top 20 schatting vs exact: Spearman {rho:.2f}, {same}/20 dezelfde | – |")
    return lines, ok


def bench_redraw(n: int, edges: np.ndarray, xy: np.ndarray, runs: int,
                 clock=None) -> tuple[list[str], bool]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from db.services.network import MapEdge, MapNode, NetworkMap
    from db.vocabulary import ActorKind, Strategy
    from ui.network.canvas import NetworkCanvas

    clock = clock or CLOCK
    app = QApplication.instance() or QApplication([])
    degree = np.bincount(edges.ravel(), minlength=n)
    kinds = [ActorKind.PERSON, ActorKind.PERSON, ActorKind.PERSON, ActorKind.GROUP,
             ActorKind.PLACE]
    strategies = list(Strategy)
    nodes = tuple(MapNode(i, f"Actor {i}", kinds[i % 5], None, int(degree[i]),
                          float(xy[i, 0]), float(xy[i, 1])) for i in range(n))
    ties = tuple(MapEdge(i, int(a), int(b), strategies[i % 3], 1 + i % 5)
                 for i, (a, b) in enumerate(edges))
    import datetime as dt

    canvas = NetworkCanvas()
    canvas.resize(1200, 800)
    canvas.show()
    canvas.set_graph(NetworkMap(nodes, ties, dt.date.today(), n, False))
    app.processEvents()
    view = canvas.getViewBox()
    lines, ok = [], True
    width = float(np.ptp(xy[:, 0]))
    moves = {"pan": lambda i: view.translateBy(x=(-1) ** i * 0.02 * width),
             "zoom": lambda i: view.scaleBy(s=(0.9, 0.9) if i % 2 else (1 / 0.9, 1 / 0.9))}
    medians: dict[str, float] = {}
    for name, move in moves.items():
        samples = []
        for i in range(max(runs * 4, 10)):
            move(i)
            start = clock()
            canvas.viewport().repaint()
            samples.append(clock() - start)
        median = statistics.median(samples) * 1000
        medians[name] = median
        target = REDRAW_TARGETS.get(n)
        met = target is None or median <= target
        ok &= met
        lines.append(f"| Hertekenen na {name}, {n:,} actoren (heel netwerk in beeld) | "
                     f"{stats(samples, 1000)} ms | doel {target or '–'} ms | "
                     f"{'gehaald' if met else 'GEMIST'} |")
    cull = [timed(canvas.update_visible)[0] for _ in range(runs)]
    lines.append(f"| Wegknippen + labels na pan (eenmalig, 60 ms na loslaten), {n:,} | "
                 f"{stats(cull, 1000)} ms | – | – |")
    sharp = []
    for _ in range(runs):
        canvas.edges.drop_cache()
        start = clock()
        canvas.viewport().repaint()
        sharp.append(clock() - start)
    lines.append(f"| Relaties scherp opnieuw in het beeldbuffer (eenmalig daarna), {n:,} | "
                 f"{stats(sharp, 1000)} ms | – | – |")
    # the drawing before the image cache, in the same run: a PlotCurveItem per pen
    import pyqtgraph as pg

    canvas.edges.hide()
    for pen, seg in canvas.edges.groups:
        x, y = np.empty(len(seg) * 2), np.empty(len(seg) * 2)
        x[0::2], x[1::2], y[0::2], y[1::2] = seg[:, 0], seg[:, 2], seg[:, 1], seg[:, 3]
        canvas.addItem(pg.PlotCurveItem(x=x, y=y, connect="pairs", pen=pen,
                                        skipFiniteCheck=True))
    for name, move in moves.items():
        samples = []
        for i in range(max(runs * 4, 10)):
            move(i)
            start = clock()
            canvas.viewport().repaint()
            samples.append(clock() - start)
        ours = medians[name]
        lines.append(f"| Peer (vorige versie, PlotCurveItem per pen): hertekenen na {name}, "
                     f"{n:,} | {stats(samples, 1000)} ms | ons {ours:.3g} ms | "
                     f"{statistics.median(samples) * 1000 / ours:.1f}× sneller |")
    canvas.close()
    return lines, ok


def record_lines(lines: list[str], met: bool) -> None:
    """Hand the table rows to the benchmark suite (bench.results): the first row of a group
    carries the group's verdict, the rows after it are figures without their own target."""
    import re

    from bench.results import record

    for index, line in enumerate(lines):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        found = (re.match(r"([\d.,]+)\s*(?:\(.*?\))?\s*(ms|s)\b", cells[1])
                 if len(cells) > 1 else None)
        if not found:
            continue
        value = float(found.group(1).replace(",", ""))
        ratio = re.match(r"([\d.,]+)×", cells[3]) if len(cells) > 3 else None
        record(cells[0], cells[2] if "doel" in cells[2] else "", value, found.group(2),
               met if index == 0 else None, peer=cells[2] if "doel" not in cells[2] else "",
               ratio=float(ratio.group(1).replace(",", "")) if ratio else None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tiny", action="store_true")
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument("--cpu", action="store_true",
                        help="CPU-tijd van de thread meten in plaats van wandkloktijd")
    args = parser.parse_args(argv)
    global CLOCK
    CLOCK = time.thread_time if args.cpu else time.perf_counter
    scales = [(300, 1_200), (600, 2_400)] if args.tiny else [(5_000, 20_000), (20_000, 80_000)]
    runs = 2 if args.tiny else args.runs
    peer = not args.no_peer
    ok = True
    print("| Meting | mediaan (min–max) | peer | verhouding |")
    print("|---|---|---|---|")
    for n, m in scales:
        lines, met, edges, xy = bench_layout(n, m, runs, peer and n <= 5_000)
        ok &= met
        print(*lines, sep="\n")
        record_lines(lines, met)
        if n <= 5_000:
            lines, met = bench_betweenness(n, edges, runs, peer)
            ok &= met
            print(*lines, sep="\n")
            record_lines(lines, met)
        lines, met = bench_redraw(n, edges, xy, runs)
        ok &= met
        print(*lines, sep="\n")
        record_lines(lines, met)
        sys.stdout.flush()
    print("Alle doelen gehaald." if ok else "Niet alle doelen gehaald.")
    return 0 if ok or args.tiny else 1


if __name__ == "__main__":
    raise SystemExit(main())
