"""The network map's data: analysis on hand-made graphs, filters, the time slider, the ego
view, stable positions."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from db.layout import LayoutCancelled, force_layout
from db.models import Group, Neighbourhood, Person, Place, Theme, Tie
from db.network_analysis import analyse, new_ties_per_month
from db.services import ValidationError
from db.services.network import NetworkFilter
from db.vocabulary import GroupKind, Strategy

B, R, L = Strategy.BONDING, Strategy.BRIDGING, Strategy.LINKING
TODAY = dt.date(2026, 6, 15)


def test_two_triangles_joined_by_one_tie_have_one_bridge_and_a_bridge_builder():
    # 0-1-2 triangle, 3-4-5 triangle, 2-3 the only link; 6 has no tie at all
    edges = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)]
    result = analyse(7, edges, [B] * 6 + [R])
    assert result.bridges == (6,)
    assert result.isolated == (6,)
    assert result.component_sizes == (6, 1) and result.components == 2
    between = [a.betweenness for a in result.actors]
    assert between[2] == between[3] == max(between) > 0  # the two ends of the bridge
    assert between[0] == 0 and between[6] == 0
    # 2 lies on the paths of {0,1} x {3,4,5}: 6 of the 15 pairs among the other 6 actors
    assert between[2] == pytest.approx(6 / 15)
    assert result.actors[2].by_strategy == {B: 2, R: 1, L: 0}
    assert result.actors[6].component == 1 and result.actors[0].component == 0


def test_a_doubled_tie_is_no_bridge_and_a_cycle_has_none():
    assert analyse(3, [(0, 1), (1, 0), (1, 2)], [B, R, B]).bridges == (2,)
    assert analyse(4, [(0, 1), (1, 2), (2, 3), (3, 0)], [B] * 4).bridges == ()


def test_component_count_of_three_parts():
    result = analyse(6, [(0, 1), (2, 3), (3, 4)], [B, B, L])
    assert result.component_sizes == (3, 2, 1)
    assert result.isolated == (5,)


def test_large_graphs_get_a_close_estimate_of_betweenness():
    rng = np.random.default_rng(3)
    n = 3000
    edges = np.stack([rng.integers(0, n, 9000), rng.integers(0, n, 9000)], 1)
    edges = edges[edges[:, 0] != edges[:, 1]]
    result = analyse(n, edges, [B] * len(edges))
    assert result.betweenness_estimated
    top = np.argsort([-a.betweenness for a in result.actors])[:20]
    degree = np.bincount(edges.ravel(), minlength=n)
    assert degree[top].mean() > 2 * degree.mean()  # the hubs come out on top


def test_new_ties_per_month_fill_empty_months():
    months = new_ties_per_month([(dt.date(2026, 1, 5), B), (dt.date(2026, 1, 9), R),
                                 (dt.date(2026, 3, 1), B), (None, L)])
    assert [(m.start, m.by_strategy[B], m.by_strategy[R]) for m in months] == [
        (dt.date(2026, 1, 1), 1, 1), (dt.date(2026, 2, 1), 0, 0), (dt.date(2026, 3, 1), 1, 0)]


def test_layout_keeps_pinned_actors_and_places_newcomers_near_neighbours():
    edges = np.array([(0, 1), (1, 2), (2, 0), (2, 3)])
    first = force_layout(4, edges)
    assert np.isfinite(first).all()
    xy = np.vstack([first[:3], [[np.nan, np.nan]], [[0, 0]]])
    known = np.array([True, True, True, False, False])
    again = force_layout(5, np.vstack([edges, [(3, 4)]]), np.nan_to_num(xy), known,
                         pinned=np.array([True, False, False, False, False]))
    assert np.allclose(again[0], first[0])  # pinned: did not move
    spread = np.ptp(first, axis=0).max()
    assert np.linalg.norm(again[3] - again[2]) < spread  # the newcomer sits near its neighbour


def test_layout_can_be_cancelled():
    with pytest.raises(LayoutCancelled):
        force_layout(50, np.array([(i, i + 1) for i in range(49)]), cancelled=lambda: True)


@pytest.fixture
def town(database):
    """Two neighbourhoods; a tie that ended last year; a theme; an isolated resident."""
    with database.session.begin() as s:
        north, south = Neighbourhood(name="Noord"), Neighbourhood(name="Zuid")
        green = Theme(name="Groen")
        s.add_all([north, south, green])
        s.flush()
        people = {name: Person(name=name, first_name=name, neighbourhood_id=hood.id)
                  for name, hood in [("Ans", north), ("Bram", north), ("Cor", north),
                                     ("Dirk", south), ("Els", south)]}
        club = Group(name="Moestuin", group_kind=GroupKind.INFORMAL, neighbourhood_id=north.id)
        city = Group(name="Gemeente", group_kind=GroupKind.INSTITUTION)
        square = Place(name="Plein", neighbourhood_id=south.id)
        s.add_all([*people.values(), club, city, square])
        club.themes = [green]
        s.flush()
        ids = {name: p.id for name, p in people.items()}
        ids.update(club=club.id, city=city.id, square=square.id, north=north.id,
                   south=south.id, green=green.id)

        def tie(a, b, strategy, strength=2, since=dt.date(2025, 1, 1), until=None):
            s.add(Tie(source_id=ids[a], target_id=ids[b], strategy=strategy, strength=strength,
                      since=since, until=until))
        tie("Ans", "Bram", B, 4)
        tie("Bram", "club", R)
        tie("club", "city", L, 1, since=dt.date(2026, 3, 1))
        tie("Dirk", "Els", B, 3, since=dt.date(2024, 1, 1), until=dt.date(2025, 12, 31))
        tie("Els", "square", R, 2)
    return ids


def names(graph, with_ties=True):
    return {n.name for n in graph.nodes if n.degree or not with_ties}


def test_a_tie_that_ended_last_year_is_not_shown_today_but_was_then(services, town):
    today = services.network.map(NetworkFilter(on=TODAY))
    assert ("Dirk" not in names(today)) and "Els" in names(today)
    then = services.network.map(NetworkFilter(on=dt.date(2025, 6, 1)))
    assert "Dirk" in names(then)
    assert "Gemeente" not in names(then)  # linked only from March 2026


def test_filters_by_neighbourhood_theme_strategy_and_strength(services, town):
    north = services.network.map(NetworkFilter(on=TODAY, neighbourhood_id=town["north"]))
    assert names(north) == {"Ans", "Bram", "Moestuin", "Gemeente"}  # ties leaving Noord too
    assert "Cor" in names(north, with_ties=False)  # isolated, but lives in Noord
    green = services.network.map(NetworkFilter(on=TODAY, theme_id=town["green"]))
    assert names(green) == {"Bram", "Moestuin", "Gemeente"}
    bonding = services.network.map(NetworkFilter(on=TODAY, strategies=frozenset({B})))
    assert {e.strategy for e in bonding.edges} == {B} and len(bonding.edges) == 1
    strong = services.network.map(NetworkFilter(on=TODAY, min_strength=3))
    assert names(strong) == {"Ans", "Bram"}


def test_ego_view_one_and_two_steps(services, town):
    one = services.network.map(NetworkFilter(on=TODAY, ego_id=town["Ans"], ego_steps=1))
    assert names(one) == {"Ans", "Bram"} and one.ego_name == "Ans"
    assert one.nodes[0].name == "Ans"
    two = services.network.map(NetworkFilter(on=TODAY, ego_id=town["Ans"], ego_steps=2))
    assert names(two) == {"Ans", "Bram", "Moestuin"}
    with pytest.raises(ValidationError):
        services.network.map(NetworkFilter(ego_id=99_999))


def test_limit_keeps_the_best_connected(services, town):
    graph = services.network.map(NetworkFilter(on=TODAY, limit=2))
    assert graph.limited and len(graph.nodes) == 2
    assert {n.name for n in graph.nodes} <= {"Bram", "Moestuin", "Els"}


def test_positions_are_stored_and_a_dragged_actor_stays_pinned(services, town, database):
    seen = []
    database.bus.subscribe(seen.append)
    graph = services.network.map(NetworkFilter(on=TODAY))
    assert not graph.placed
    placed = services.network.lay_out(graph)
    assert placed.placed
    again = services.network.map(NetworkFilter(on=TODAY))
    assert [(n.x, n.y) for n in again.nodes] == [(n.x, n.y) for n in placed.nodes]
    services.network.move(town["Ans"], 42.0, -7.0)
    assert seen[-1].kind == "actor_position"
    fresh = services.network.lay_out(services.network.map(NetworkFilter(on=TODAY)), fresh=True)
    ans = next(n for n in fresh.nodes if n.id == town["Ans"])
    assert (ans.x, ans.y, ans.pinned) == (42.0, -7.0, True)
    with pytest.raises(ValidationError):
        services.network.move(town["Ans"], float("nan"), 0.0)


def test_figures_of_the_map(services, town):
    figures = services.network.figures(services.network.map(NetworkFilter(on=TODAY)))
    assert figures.actors[0].name == "Bram" or figures.actors[0].name == "Moestuin"
    assert {"Cor", "Dirk"} <= set(figures.isolated)
    assert {(b.source, b.target) for b in figures.bridges} >= {("Ans", "Bram")}
    assert figures.component_sizes[0] == 4  # Ans - Bram - Moestuin - Gemeente
    assert sum(m.by_strategy[B] for m in figures.per_month) == 2  # incl. the ended tie
