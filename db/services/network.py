"""A first look at the network: the best-connected actors and the ties between them."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlalchemy import func, or_, select, union_all

from db.database import Database
from db.models import Actor, Group, Tie
from db.vocabulary import ActorKind, GroupKind, Strategy


@dataclass(frozen=True)
class NetworkNode:
    id: int
    name: str
    kind: ActorKind
    group_kind: GroupKind | None
    degree: int
    x: float
    y: float


@dataclass(frozen=True)
class NetworkEdge:
    source: int  # index into nodes
    target: int
    strategy: Strategy
    strength: int


@dataclass(frozen=True)
class NetworkSample:
    nodes: tuple[NetworkNode, ...]
    edges: tuple[NetworkEdge, ...]
    ties_by_strategy: dict[Strategy, int]
    total_actors: int


def _ring(kind: ActorKind, group_kind: GroupKind | None) -> float:
    """Institutions in the middle, networks and places around them, residents outside."""
    if group_kind == GroupKind.INSTITUTION:
        return 1.0
    if kind in (ActorKind.GROUP, ActorKind.PLACE):
        return 2.2
    return 3.6


class NetworkService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def sample(self, limit: int = 250, today: dt.date | None = None) -> NetworkSample:
        today = today or dt.date.today()
        active = or_(Tie.until.is_(None), Tie.until >= today)
        ends = union_all(
            select(Tie.source_id.label("actor_id")).where(active),
            select(Tie.target_id.label("actor_id")).where(active),
        ).subquery()
        degree = func.count().label("degree")
        with self.db.session() as s:
            top = s.execute(
                select(ends.c.actor_id, degree).group_by(ends.c.actor_id)
                .order_by(degree.desc(), ends.c.actor_id).limit(limit)
            ).all()
            ids = [a for a, _ in top]
            actors, groups = Actor.__table__, Group.__table__
            info = {
                row[0]: row for row in s.execute(
                    select(actors.c.id, actors.c.name, actors.c.kind, groups.c.group_kind)
                    .outerjoin(groups, groups.c.id == actors.c.id).where(actors.c.id.in_(ids))
                )
            } if ids else {}
            ties = s.execute(
                select(Tie.source_id, Tie.target_id, Tie.strategy, Tie.strength)
                .where(active, Tie.source_id.in_(ids), Tie.target_id.in_(ids))
            ).all() if ids else []
            by_strategy = dict(s.execute(
                select(Tie.strategy, func.count()).where(active).group_by(Tie.strategy)).all())
            total = s.scalar(select(func.count()).select_from(Actor)
                             .where(Actor.archived_at.is_(None)))
        rings: dict[float, list[tuple[int, int]]] = {}
        for actor_id, deg in top:
            _, _, kind, gkind = info[actor_id]
            kind, gkind = ActorKind(kind), GroupKind(gkind) if gkind else None
            rings.setdefault(_ring(kind, gkind), []).append((actor_id, deg))
        nodes: list[NetworkNode] = []
        for radius, members in sorted(rings.items()):
            for n, (actor_id, deg) in enumerate(members):
                angle = 2 * math.pi * n / len(members)
                _, name, kind, gkind = info[actor_id]
                nodes.append(NetworkNode(actor_id, name, ActorKind(kind),
                                         GroupKind(gkind) if gkind else None, deg,
                                         radius * math.cos(angle), radius * math.sin(angle)))
        index = {node.id: i for i, node in enumerate(nodes)}
        edges = tuple(NetworkEdge(index[a], index[b], Strategy(st), strength)
                      for a, b, st, strength in ties)
        return NetworkSample(tuple(nodes), edges,
                             {st: by_strategy.get(st, 0) for st in Strategy}, total)
