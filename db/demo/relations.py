"""Memberships and ties: bonding between residents, bridging to networks and places,
linking to institutions (the strategy always comes from `default_strategy`)."""

from __future__ import annotations

import datetime as dt
import random

from db.demo import texts
from db.demo.world import Node, World
from db.vocabulary import ActorKind, GroupKind, default_strategy

STRENGTHS = (1, 2, 3, 4, 5)
STRENGTH_WEIGHTS = (25, 35, 20, 12, 8)


def _ends(node: Node | None) -> tuple[ActorKind, GroupKind | None]:
    if node is None:
        return ActorKind.PERSON, None
    if node.kind == "place":
        return ActorKind.PLACE, None
    return ActorKind.GROUP, GroupKind(node.kind)


def strategy(a: Node | None, b: Node | None) -> str:
    """The strategy of a tie between two actors; None stands for a resident."""
    return default_strategy(*_ends(a), *_ends(b)).value


class TieMaker:
    def __init__(self, world: World, rng: random.Random) -> None:
        self.world = world
        self.rng = rng

    def add(self, source: int, target: int, kind: str, via: int | None = None) -> None:
        world, rng = self.world, self.rng
        since = world.days_ago(int(rng.random() ** 1.5 * 1800))
        until = None
        if rng.random() < 0.09 and since < world.today:
            until = since + dt.timedelta(days=rng.randint(1, (world.today - since).days))
        tid = world.ids("ties")
        world.add("ties", {
            "id": tid, "source_id": source, "target_id": target, "strategy": kind,
            "strength": rng.choices(STRENGTHS, weights=STRENGTH_WEIGHTS)[0],
            "since": since, "until": until, "introduced_via_id": via,
            "note": rng.choice(texts.TIE_NOTES[kind]) if rng.random() < 0.15 else "",
            "worker_id": world.worker_id, **world.stamps(since, tid)})


def relations(world: World) -> None:
    rng = world.rng("relations")
    ties = TieMaker(world, rng)
    n_areas = len(world.areas)
    community = [world.nodes_in(world.groups, a, ("informal", "formal")) +
                 world.nodes_in(world.places, a, ("place",)) for a in range(n_areas)]
    informal = [world.nodes_in(world.groups, a, ("informal",)) for a in range(n_areas)]
    formal = [world.nodes_in(world.groups, a, ("formal",)) for a in range(n_areas)]
    city = [g for g in world.groups if g.kind == "institution" and g.area is None]
    institutions = [world.nodes_in(world.groups, a, ("institution",)) + city
                    for a in range(n_areas)]
    bonding = strategy(None, None)
    seen: set[int] = set()
    big = world.p0 + world.people
    for i in range(world.people):
        pid = world.p0 + i
        a, s, level = world.area_of[i], world.street_of[i], world.level[i]
        # Bonding: mostly the same street, sometimes the same neighbourhood, rarely further.
        for _ in range(rng.choices((0, 1, 2, 3, 4), weights=(20, 35, 25, 12, 8))[0]):
            r = rng.random()
            pool = world.by_street[a][s] if r < 0.55 else world.by_area[a] if r < 0.9 else \
                world.by_area[rng.randrange(n_areas)]
            other = rng.choice(pool)
            key = min(pid, other) * big + max(pid, other)
            if other == pid or key in seen:
                continue
            seen.add(key)
            via = None
            if rng.random() < 0.2:
                via = rng.choice(community[a]).id if rng.random() < 0.7 else rng.choice(pool)
                via = via if via not in (pid, other) else None
            ties.add(pid, other, bonding, via)
        # Bridging: residents to the networks and places of their neighbourhood.
        count = rng.choices((0, 1, 2, 3), weights=(45, 35, 15, 5))[0] + (1 if level else 0)
        for node in rng.sample(community[a], min(count, len(community[a]))):
            via = rng.choice(world.by_area[a]) if rng.random() < 0.15 else None
            ties.add(pid, node.id, strategy(None, node), via if via != pid else None)
        # Linking: the more active residents know someone at an institution.
        chance = {"organiser": 0.4, "volunteer": 0.12}.get(level or "", 0.02)
        if rng.random() < chance:
            node = rng.choice(institutions[a])
            ties.add(pid, node.id, strategy(None, node))
        # Memberships of informal and formal networks.
        if level or rng.random() < 0.06:
            count = 2 if level in ("volunteer", "organiser") and rng.random() < 0.5 else 1
            options = informal[a] if level and rng.random() < 0.7 else formal[a]
            for node in rng.sample(options, min(count, len(options))):
                since = world.days_ago(rng.randint(20, 1500))
                until = None
                if rng.random() < 0.08:
                    until = since + dt.timedelta(days=rng.randint(1, (world.today - since).days))
                mid = world.ids("memberships")
                world.add("memberships", {
                    "id": mid, "person_id": pid, "group_id": node.id,
                    "role": rng.choice(texts.MEMBERSHIP_ROLES[level or "visitor"]),
                    "since": since, "until": until, "worker_id": world.worker_id,
                    **world.stamps(since, mid)})
        world.writer.advance(3)
    # Networks and places: linking to institutions, bridging among themselves.
    for node in world.groups + world.places:
        if node.kind == "institution":
            continue
        area = node.area if node.area is not None else 0
        links = rng.randint(1, 3) if node.kind != "place" else int(rng.random() < 0.4)
        for other in rng.sample(institutions[area], min(links, len(institutions[area]))):
            ties.add(node.id, other.id, strategy(node, other))
        peers = [p for p in community[area] if p.id != node.id]
        for other in rng.sample(peers, min(rng.randint(0, 2), len(peers))):
            ties.add(node.id, other.id, strategy(node, other))
        world.writer.advance(3)
    # Institutions among each other (linking), e.g. wijkteam and GGD.
    inst = [g for g in world.groups if g.kind == "institution"]
    for node in inst:
        other = rng.choice(inst)
        if other.id != node.id:
            ties.add(node.id, other.id, strategy(node, other))
