"""Network figures for the period report, over the whole network on a day, in little memory.

The network page's map (NetworkService.map) keeps every actor and tie as Python objects, which
costs about 100 MB at 100,000 residents; a report needs only counts and a top list. Here the
ties stream from SQL into integer arrays and db.network_analysis does the rest (parts,
bridges, betweenness); names are read only for the actors on the top list.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import String, or_, select, type_coerce

from db.database import Database
from db.models import Actor, Group, Tie
from db.network_analysis import (
    EXACT_BETWEENNESS_LIMIT, betweenness, build_graph,
)
from db.services.report_rows import Who
from db.vocabulary import ActorKind, GroupKind, Strategy

STRATEGIES = tuple(Strategy)


@dataclass(frozen=True)
class TopActor:
    who: Who
    kind: str  # Dutch label: Bewoner, Groep, Instelling, Plek
    ties: int
    by_strategy: tuple[int, int, int]  # bonding, bridging, linking
    betweenness: float  # nan when the network is too large to compute it


@dataclass(frozen=True)
class NetworkSummary:
    day: dt.date
    actors: int  # actors with at least one tie
    ties_by_strategy: dict[Strategy, int]
    parts: int  # connected parts among the actors with ties
    largest_part: int
    isolated: int  # actors (in the neighbourhoods) without any tie that day
    bridges: int  # ties that are the only link between two parts
    top: tuple[TopActor, ...]
    betweenness_estimated: bool

    @property
    def ties(self) -> int:
        return sum(self.ties_by_strategy.values())


class ReportNetworkService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def summary(self, day: dt.date, neighbourhood_ids: Sequence[int] = (),
                top: int = 25) -> NetworkSummary:
        ties, actors = Tie.__table__, Actor.__table__
        query = select(ties.c.source_id, ties.c.target_id,
                       type_coerce(ties.c.strategy, String())).where(
            or_(ties.c.since.is_(None), ties.c.since <= day),
            or_(ties.c.until.is_(None), ties.c.until >= day))
        # 32-bit ids and positions: half the memory of every array below (the peak of the
        # whole report at 100,000 residents is here)
        sources, targets, kinds = array("i"), array("i"), array("b")
        code = {str(s): i for i, s in enumerate(STRATEGIES)}
        in_scope = [actors.c.archived_at.is_(None)]
        if neighbourhood_ids:
            in_scope.append(actors.c.neighbourhood_id.in_(neighbourhood_ids))
        with self.db.session() as s:
            connection = s.connection()
            for a, b, strategy in connection.execute(query):  # codes as stored: no enums
                sources.append(a)
                targets.append(b)
                kinds.append(code[strategy])
            archived = np.fromiter(connection.execute(select(actors.c.id).where(
                actors.c.archived_at.is_not(None))).scalars(), np.int64)
            scope = np.fromiter(connection.execute(select(actors.c.id).where(
                *in_scope)).scalars(), np.int64)
            pairs = np.stack([np.frombuffer(sources, np.int32),
                              np.frombuffer(targets, np.int32)], axis=1) if sources \
                else np.zeros((0, 2), np.int32)
            del sources, targets
            strategies = np.frombuffer(kinds, np.int8) if kinds else np.zeros(0, np.int8)
            keep = ~np.isin(pairs, archived).any(axis=1) if len(archived) else None
            if neighbourhood_ids:  # the network page's rule: a tie with one end in scope
                inside = np.isin(pairs, scope).any(axis=1)
                keep = inside if keep is None else keep & inside
            if keep is not None:
                pairs, strategies = pairs[keep], strategies[keep]
            ids = np.unique(pairs) if len(pairs) else np.zeros(0, np.int32)
            n = len(ids)
            edges = np.searchsorted(ids, pairs).astype(np.int32)
            del pairs, keep
            connected_in_scope = int(np.isin(scope, ids).sum())
            graph = _graph(n, edges)
            sizes = sorted(graph.connected_components().sizes(), reverse=True) if n else []
            # betweenness: exact up to EXACT_BETWEENNESS_LIMIT actors; above that even the
            # sampled estimate takes minutes at 100,000 actors, so the top list is by ties
            between, estimated = betweenness(graph) if 0 < n <= EXACT_BETWEENNESS_LIMIT \
                else (np.full(n, np.nan), False)
            per_strategy = [np.bincount(edges[strategies == i].ravel(), minlength=n)
                            if n else np.zeros(0, int) for i in range(len(STRATEGIES))]
            degree = np.bincount(edges.ravel(), minlength=n) if n else np.zeros(0, int)
            rank = np.nan_to_num(between, nan=0.0)
            best = np.lexsort((ids, -degree, -rank))[:top] if n else []
            chosen = [int(ids[i]) for i in best]
            actors, groups = Actor.__table__, Group.__table__
            info = {i: (name, kind, gkind) for i, name, kind, gkind in s.execute(
                select(actors.c.id, actors.c.name, actors.c.kind, groups.c.group_kind)
                .outerjoin(groups, groups.c.id == actors.c.id)
                .where(actors.c.id.in_(chosen)))}
        top_rows = []
        for i in best:
            name, kind, gkind = info[int(ids[i])]
            label = GroupKind.INSTITUTION.label if gkind == GroupKind.INSTITUTION \
                else ActorKind(kind).label
            top_rows.append(TopActor(Who(int(ids[i]), ActorKind(kind), name), label,
                                     int(degree[i]), tuple(int(p[i]) for p in per_strategy),
                                     float(between[i])))
        counts = np.bincount(strategies, minlength=len(STRATEGIES)) if len(strategies) else \
            [0] * len(STRATEGIES)
        return NetworkSummary(
            day, n, {s: int(c) for s, c in zip(STRATEGIES, counts, strict=True)}, len(sizes),
            sizes[0] if sizes else 0, max(0, len(scope) - connected_in_scope),
            _bridges(graph, edges, n), tuple(top_rows), estimated)


def _graph(n: int, edges: np.ndarray):
    """db.network_analysis.build_graph, fed in chunks: a Python list of every pair at once
    cost 36 MB at 240,000 ties."""
    if len(edges) <= 20_000:
        return build_graph(n, edges)
    graph = build_graph(n, edges[:0])
    for start in range(0, len(edges), 20_000):
        graph.add_edges(edges[start:start + 20_000].tolist())
    return graph


def _bridges(graph, edges: np.ndarray, n: int) -> int:
    """Ties that are the only link between two parts; a tie doubled by a second tie between
    the same two actors is no bridge (as db.network_analysis.graph_bridges, in numpy)."""
    if not n:
        return 0
    low, high = edges.min(axis=1).astype(np.int64), edges.max(axis=1)
    keys = low * n + high
    unique, counts = np.unique(keys, return_counts=True)
    found = np.asarray(graph.bridges(), np.int64)
    if not len(found):
        return 0
    multiplicity = counts[np.searchsorted(unique, keys[found])]
    return int((multiplicity == 1).sum())
