"""The network map: which actors and ties to show (filters, a date, an ego view), where they
sit (stored positions, a layout off the UI thread) and what the figures say about them."""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

import numpy as np
from sqlalchemy import String, and_, func, or_, select, type_coerce

from db.database import Database
from db.events import Change
from db.layout import force_layout
from db.models import Actor, ActorPosition, Group, Neighbourhood, Theme, Tie, actor_themes
from db.network_analysis import PeriodCount, analyse, new_ties_per_month
from db.services.errors import ValidationError
from db.vocabulary import ActorKind, GroupKind, Strategy

DEFAULT_LIMIT = 5_000
STRATEGIES = tuple(Strategy)
_CHUNK = 900  # ids per IN (...) list, well below SQLite's variable limit


@dataclass(frozen=True)
class NetworkFilter:
    """What the map shows. `on`: the day the ties must be active (None: today)."""

    on: dt.date | None = None
    neighbourhood_id: int | None = None
    theme_id: int | None = None
    strategies: frozenset[Strategy] = field(default_factory=lambda: frozenset(Strategy))
    min_strength: int = 1
    ego_id: int | None = None
    ego_steps: int = 1
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True)
class MapNode:
    id: int
    name: str
    kind: ActorKind
    group_kind: GroupKind | None
    degree: int
    x: float  # nan until laid out
    y: float
    pinned: bool = False


@dataclass(frozen=True)
class MapEdge:
    tie_id: int
    source: int  # index into NetworkMap.nodes
    target: int
    strategy: Strategy
    strength: int


@dataclass(frozen=True)
class NetworkMap:
    nodes: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]
    day: dt.date
    in_scope: int  # actors that match the filter (before the size limit)
    limited: bool  # True when only the best-connected `limit` are shown
    ego_name: str = ""

    @property
    def placed(self) -> bool:
        return all(not np.isnan(n.x) for n in self.nodes)

    def ties_by_strategy(self) -> dict[Strategy, int]:
        counts = {s: 0 for s in Strategy}
        for edge in self.edges:
            counts[edge.strategy] += 1
        return counts


@dataclass(frozen=True)
class ActorRow:
    id: int
    name: str
    kind: ActorKind
    group_kind: GroupKind | None
    ties: int
    bonding: int
    bridging: int
    linking: int
    betweenness: float
    component: int  # 1 = the largest part


@dataclass(frozen=True)
class BridgeRow:
    tie_id: int
    source: str
    target: str
    strategy: Strategy


@dataclass(frozen=True)
class NetworkFigures:
    actors: tuple[ActorRow, ...]  # sorted by betweenness, highest first
    component_sizes: tuple[int, ...]
    isolated: tuple[str, ...]  # names of shown actors without a tie
    bridges: tuple[BridgeRow, ...]
    per_month: tuple[PeriodCount, ...]
    betweenness_estimated: bool


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


class NetworkService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- choices for the filters ---------------------------------------------------------------
    def neighbourhoods(self) -> list[Choice]:
        with self.db.session() as s:
            return [Choice(i, n) for i, n in s.execute(
                select(Neighbourhood.id, Neighbourhood.name).order_by(Neighbourhood.name))]

    def themes(self) -> list[Choice]:
        with self.db.session() as s:
            return [Choice(i, n) for i, n in s.execute(
                select(Theme.id, Theme.name).order_by(Theme.name))]

    def tie_count(self) -> int:
        """All ties, ended ones too: tells the page whether the map is small."""
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(Tie)) or 0

    def tie_dates(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day the time slider needs to cover."""
        with self.db.session() as s:
            first, last = s.execute(select(func.min(Tie.since), func.max(Tie.since))).one()
        return (first, max(last, dt.date.today())) if first else None

    # -- the map -----------------------------------------------------------------------------
    def map(self, flt: NetworkFilter | None = None) -> NetworkMap:
        """The actors and ties the filter selects, with their stored positions.

        Ids and ties stream into arrays; names are read only for the actors shown (at most
        `limit`). Holding every actor and tie as a row (100,000 and 270,000 at the largest
        demo) cost the Netwerk page ~180 MB of peak memory."""
        flt = flt or NetworkFilter()
        day = flt.on or dt.date.today()
        code = {str(x): i for i, x in enumerate(STRATEGIES)}
        tie_ids, sources, targets = array("q"), array("q"), array("q")
        kinds, strengths = array("b"), array("i")
        with self.db.session() as s:
            conn = s.connection()
            actors = Actor.__table__
            ids = np.fromiter(conn.execute(select(actors.c.id).where(
                actors.c.archived_at.is_(None)).order_by(actors.c.id)).scalars(), np.int64)
            for tie_id, a, b, strategy, strength in conn.execute(
                    select(Tie.id, Tie.source_id, Tie.target_id,
                           type_coerce(Tie.strategy, String()), Tie.strength).where(
                        or_(Tie.since.is_(None), Tie.since <= day),
                        or_(Tie.until.is_(None), Tie.until >= day),
                        Tie.strength >= flt.min_strength,
                        Tie.strategy.in_([str(x) for x in flt.strategies]))
                    .order_by(Tie.id)):
                tie_ids.append(tie_id)
                sources.append(a)
                targets.append(b)
                kinds.append(code[strategy])
                strengths.append(strength)
            scope = self._scope(s, flt)
            ego_name = ""
            if flt.ego_id is not None:
                ego_name = s.scalar(select(Actor.name).where(Actor.id == flt.ego_id)) or ""
                if not ego_name:
                    raise ValidationError("Deze persoon of groep bestaat niet meer.", "ego")
        n = len(ids)
        ties = np.stack([np.frombuffer(sources, np.int64), np.frombuffer(targets, np.int64)],
                        axis=1) if sources else np.zeros((0, 2), np.int64)
        del sources, targets
        pos = np.searchsorted(ids, ties) if n else np.zeros_like(ties)
        pos = np.minimum(pos, max(n - 1, 0))
        alive = (ids[pos] == ties).all(axis=1) if n else np.zeros(len(ties), bool)
        in_scope = np.ones(n, bool)
        if scope is not None:
            in_scope = np.isin(ids, np.fromiter(scope, np.int64, len(scope)))
        keep = alive & (in_scope[pos[:, 0]] | in_scope[pos[:, 1]]) if len(ties) else alive
        kept = np.flatnonzero(keep)
        pairs = pos[keep]
        del ties, pos
        degree = np.bincount(pairs.ravel(), minlength=n)
        if flt.ego_id is not None:
            start = int(np.searchsorted(ids, flt.ego_id))
            if start >= n or ids[start] != flt.ego_id:
                raise ValidationError("Deze persoon of groep is gearchiveerd.", "ego")
            chosen = self._ego(start, pairs, n, flt.ego_steps)
            total = len(chosen)
        else:
            candidates = np.flatnonzero((degree > 0) | in_scope)
            total = len(candidates)
            order = np.lexsort((ids[candidates], -degree[candidates]))
            chosen = candidates[order[:flt.limit]]
        index = np.full(n, -1)
        index[chosen] = np.arange(len(chosen))
        chosen_ids = [int(ids[i]) for i in chosen]
        positions = self._positions(chosen_ids)
        info = self._info(chosen_ids)
        nodes = []
        for actor_id, i in zip(chosen_ids, chosen, strict=True):
            name, kind, gkind = info[actor_id]
            x, y, pinned = positions.get(actor_id, (np.nan, np.nan, False))
            nodes.append(MapNode(actor_id, name, ActorKind(kind),
                                 GroupKind(gkind) if gkind else None, int(degree[i]),
                                 x, y, pinned))
        shown = (index[pairs[:, 0]] >= 0) & (index[pairs[:, 1]] >= 0) if len(pairs) else []
        edges = [MapEdge(tie_ids[t], int(index[a]), int(index[b]), STRATEGIES[kinds[t]],
                         strengths[t])
                 for t, (a, b) in zip(kept[shown].tolist(), pairs[shown].tolist(), strict=True)]
        limited = flt.ego_id is None and total > len(chosen)
        return NetworkMap(tuple(nodes), tuple(edges), day, total, limited, ego_name)

    def _info(self, actor_ids: list[int]) -> dict[int, tuple[str, str, str | None]]:
        """(name, kind, group kind) of the given actors."""
        actors, groups = Actor.__table__, Group.__table__
        result: dict[int, tuple[str, str, str | None]] = {}
        with self.db.session() as s:
            for chunk in _chunks(actor_ids):
                for actor_id, name, kind, gkind in s.execute(
                        select(actors.c.id, actors.c.name, actors.c.kind, groups.c.group_kind)
                        .outerjoin(groups, groups.c.id == actors.c.id)
                        .where(actors.c.id.in_(chunk))):
                    result[actor_id] = (name, kind, gkind)
        return result

    @staticmethod
    def _scope(s, flt: NetworkFilter) -> set[int] | None:
        """Actors selected by neighbourhood and theme (None: everyone)."""
        conditions = []
        if flt.neighbourhood_id is not None:
            conditions.append(Actor.neighbourhood_id == flt.neighbourhood_id)
        if flt.theme_id is not None:
            conditions.append(Actor.id.in_(select(actor_themes.c.actor_id)
                                           .where(actor_themes.c.theme_id == flt.theme_id)))
        if not conditions:
            return None
        return set(s.scalars(select(Actor.id).where(and_(*conditions))))

    @staticmethod
    def _ego(start: int, pairs: np.ndarray, n: int, steps: int) -> np.ndarray:
        reached = np.zeros(n, bool)
        reached[start] = True
        order = [start]
        frontier = reached.copy()
        for _ in range(max(1, steps)):
            touch = frontier[pairs[:, 0]] | frontier[pairs[:, 1]] if len(pairs) else []
            new = np.zeros(n, bool)
            if len(pairs):
                new[pairs[touch].ravel()] = True
            new &= ~reached
            order.extend(np.flatnonzero(new).tolist())
            reached |= new
            frontier = new
        return np.array(order, np.int64)

    def _positions(self, actor_ids: list[int]) -> dict[int, tuple[float, float, bool]]:
        result: dict[int, tuple[float, float, bool]] = {}
        with self.db.session() as s:
            for chunk in _chunks(actor_ids):
                for actor_id, x, y, pinned in s.execute(
                        select(ActorPosition.actor_id, ActorPosition.x, ActorPosition.y,
                               ActorPosition.pinned).where(ActorPosition.actor_id.in_(chunk))):
                    result[actor_id] = (x, y, bool(pinned))
        return result

    # -- layout and positions ----------------------------------------------------------------
    def prepare(self, flt: NetworkFilter, progress: Callable[[int, int, str], None],
                cancelled: Callable[[], bool], *, fresh: bool = False,
                ) -> tuple[NetworkMap, NetworkFigures]:
        """Everything the map page shows, for a task off the UI thread: the map, laid out where
        needed, and its figures. An ego view gets its own layout, which is not stored."""
        progress(0, 1, "Netwerk ophalen")
        graph = self.map(flt)
        if flt.ego_id is not None:
            loose = tuple(replace(n, x=np.nan, y=np.nan, pinned=False) for n in graph.nodes)
            graph = self.lay_out(replace(graph, nodes=loose), progress, cancelled, store=False)
        elif fresh or not graph.placed:
            graph = self.lay_out(graph, progress, cancelled, fresh=fresh)
        progress(0, 1, "Cijfers berekenen")
        return graph, self.figures(graph)

    def lay_out(self, graph: NetworkMap, progress: Callable[[int, int, str], None] | None = None,
                cancelled: Callable[[], bool] | None = None, *, fresh: bool = False,
                store: bool = True) -> NetworkMap:
        """Place the actors without a position (or, with `fresh`, all unpinned actors) and
        store the positions. Runs off the UI thread; one write transaction at the end."""
        n = len(graph.nodes)
        xy = np.array([(node.x, node.y) for node in graph.nodes], float).reshape(-1, 2)
        known = ~np.isnan(xy).any(axis=1)
        pinned = np.array([node.pinned for node in graph.nodes], bool)
        edges = np.array([(e.source, e.target) for e in graph.edges], np.int64).reshape(-1, 2)
        placed = force_layout(n, edges, np.nan_to_num(xy), known, pinned, progress, cancelled,
                              fresh=fresh)
        if store:
            self._store(graph, placed, pinned)
        nodes = tuple(replace(node, x=float(x), y=float(y))
                      for node, (x, y) in zip(graph.nodes, placed, strict=True))
        return replace(graph, nodes=nodes)

    def _store(self, graph: NetworkMap, xy: np.ndarray, pinned: np.ndarray) -> None:
        table = ActorPosition.__table__
        rows = [{"actor_id": node.id, "x": float(x), "y": float(y), "pinned": bool(p)}
                for node, (x, y), p in zip(graph.nodes, xy, pinned, strict=True)]
        with self.db.session.begin() as s:
            for chunk in _chunks([r["actor_id"] for r in rows]):
                s.execute(table.delete().where(table.c.actor_id.in_(chunk)))
            if rows:
                s.execute(table.insert(), rows)
        self.db.bus.publish(Change("actor_position", "updated", tuple(r["actor_id"] for r in rows)))

    def move(self, actor_id: int, x: float, y: float, pinned: bool = True) -> None:
        """The user dragged an actor: it stays where it was put (pinned)."""
        if not (np.isfinite(x) and np.isfinite(y)):
            raise ValidationError("Ongeldige positie op de kaart.", "x")
        with self.db.session.begin() as s:
            if s.get(Actor, actor_id) is None:
                raise ValidationError("Deze persoon of groep bestaat niet meer.", "actor")
            position = s.get(ActorPosition, actor_id)
            if position is None:
                s.add(ActorPosition(actor_id=actor_id, x=x, y=y, pinned=pinned))
            else:
                position.x, position.y, position.pinned = x, y, pinned
        self.db.bus.publish(Change("actor_position", "updated", (actor_id,)))

    # -- figures -----------------------------------------------------------------------------
    def figures(self, graph: NetworkMap) -> NetworkFigures:
        """Ties by strategy, betweenness, parts, isolated actors and bridges of what is shown;
        new ties per month over all ties between the shown actors (whatever their date)."""
        edges = np.array([(e.source, e.target) for e in graph.edges], np.int64).reshape(-1, 2)
        result = analyse(len(graph.nodes), edges, [e.strategy for e in graph.edges])
        rows = tuple(sorted((
            ActorRow(node.id, node.name, node.kind, node.group_kind, f.ties,
                     f.by_strategy[Strategy.BONDING], f.by_strategy[Strategy.BRIDGING],
                     f.by_strategy[Strategy.LINKING], f.betweenness, f.component + 1)
            for node, f in zip(graph.nodes, result.actors, strict=True)),
            key=lambda r: (-r.betweenness, -r.ties, r.name)))
        bridges = tuple(
            BridgeRow(graph.edges[i].tie_id, graph.nodes[graph.edges[i].source].name,
                      graph.nodes[graph.edges[i].target].name, graph.edges[i].strategy)
            for i in result.bridges)
        return NetworkFigures(rows, result.component_sizes,
                              tuple(graph.nodes[i].name for i in result.isolated), bridges,
                              tuple(self._per_month(graph)), result.betweenness_estimated)

    def _per_month(self, graph: NetworkMap) -> list[PeriodCount]:
        shown = {node.id for node in graph.nodes}
        if not shown:
            return []
        strategies = {e.strategy for e in graph.edges} or set(Strategy)
        query = select(Tie.since, Tie.source_id, Tie.target_id,
                       type_coerce(Tie.strategy, String()))
        if len(shown) <= _CHUNK:
            query = query.where(Tie.source_id.in_(shown), Tie.target_id.in_(shown))
        codes = {str(x): x for x in strategies}
        with self.db.session() as s:
            # streamed from the connection: as an ORM result every tie of the database was
            # held at once (~90 MB at 270,000 ties) to keep the few between shown actors
            rows = s.connection().execution_options(yield_per=5_000).execute(query)
            ties = [(since, codes[st]) for since, a, b, st in rows
                    if st in codes and a in shown and b in shown]
        return new_ties_per_month(ties)
