"""Signalen: record, filter, combine into a collective signal, turn into a dossier."""

from __future__ import annotations

import datetime as dt

import pytest

from db.events import Change
from db.services.errors import ValidationError
from db.services.signals import SignalFilter
from db.vocabulary import DossierPhase, InvolvementRole

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def resident(services):
    return services.people.create_person(first_name="Fatima", last_name="El Amrani")


def record(services, text, households, day=DAY, **extra):
    return services.signals.record(observed_on=day, description=text, households=households,
                                   theme="Wonen", **extra)


def test_combining_three_signals_sums_their_households(services):
    ids = [record(services, "Schimmel in de slaapkamer", n) for n in (3, 5, 4)]
    seen: list[Change] = []
    services.db.bus.subscribe(seen.append)
    collective = services.signals.combine(ids, "Schimmel in de portiekflats")
    row = services.signals.get(collective)
    assert row.households == 12
    assert row.members == 3 and row.theme == "Wonen"
    assert [m.id for m in services.signals.members(collective)] == ids
    assert seen and seen[-1].kind == "signal"
    loose = services.signals.list(SignalFilter(loose_only=True))
    assert [r.id for r in loose] == [collective]  # the three are no longer loose
    with pytest.raises(ValidationError, match="al gecombineerd"):
        services.signals.combine(ids[:2])
    services.signals.split(collective)  # undo: loose again, the collective one gone
    assert services.signals.get(collective) is None
    assert {r.id for r in services.signals.list(SignalFilter(loose_only=True))} == set(ids)


def test_one_signal_cannot_be_combined(services):
    only = record(services, "Lekkage", 1)
    with pytest.raises(ValidationError, match="minstens twee"):
        services.signals.combine([only, only])


def test_a_signal_becomes_a_dossier(services, resident):
    signal = record(services, "Gordijnen overdag dicht bij vier woningen\nAl weken.", 4,
                    source_actor_id=resident)
    dossier_id = services.signals.to_dossier(signal)
    detail = services.dossiers.detail(dossier_id)
    assert detail.title == "Gordijnen overdag dicht bij vier woningen"
    assert detail.phase == DossierPhase.SIGNALLING
    assert detail.reached(DossierPhase.SIGNALLING) == DAY
    assert detail.theme == "Wonen" and detail.households == 4
    assert [(i.actor_id, i.role) for i in detail.involvements] == [
        (resident, InvolvementRole.AFFECTED)]
    assert services.signals.get(signal).dossier_id == dossier_id
    with pytest.raises(ValidationError, match="al bij een dossier"):
        services.signals.to_dossier(signal)


def test_an_anonymous_source_is_not_involved(services, resident):
    signal = record(services, "Post blijft liggen", 1, source_actor_id=resident,
                    anonymous_source=True)
    detail = services.dossiers.detail(services.signals.to_dossier(signal, "Post"))
    assert detail.involvements == ()


def test_filters_period_theme_neighbourhood(services):
    old = record(services, "Oud", 1, day=dt.date(2025, 1, 5))
    new = record(services, "Nieuw", 2)
    other = services.signals.record(observed_on=DAY, description="Ander thema", theme="Groen")
    ids = lambda f: [r.id for r in services.signals.list(f)]  # noqa: E731
    assert ids(SignalFilter(start=dt.date(2026, 1, 1))) == [other, new]
    assert ids(SignalFilter(end=dt.date(2025, 12, 31))) == [old]
    assert ids(SignalFilter(theme="groen")) == [other]


def test_bad_input_is_refused_in_dutch(services):
    with pytest.raises(ValidationError, match="verplicht"):
        services.signals.record(observed_on=DAY, description="  ")
    with pytest.raises(ValidationError, match="huishoudens"):
        services.signals.record(observed_on=DAY, description="x", households=-2)
    with pytest.raises(ValidationError, match="geen geldige datum"):
        services.signals.record(observed_on="31-02-2026", description="x")
    assert services.signals.list() == []


def test_edit_and_delete_with_undo(services):
    signal = record(services, "Lekkage", 2)
    old = services.signals.update(signal, {"households": 7, "theme": "Veiligheid"})
    assert old == {"households": 2, "theme": "Wonen"}
    assert services.signals.get(signal).households == 7
    services.signals.update(signal, old)
    assert services.signals.get(signal).theme == "Wonen"
    snapshot = services.signals.delete(signal)
    assert services.signals.get(signal) is None
    services.signals.restore(snapshot)
    assert services.signals.get(signal).description == "Lekkage"
