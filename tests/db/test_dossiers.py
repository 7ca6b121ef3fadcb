"""Dossiers: fields, phases with the date each was reached, people, targets, actions, links."""

from __future__ import annotations

import datetime as dt

import pytest

from db.services.dossier_read import timeline
from db.services.errors import ValidationError
from db.vocabulary import DossierActionKind, DossierPhase, InvolvementRole, Stance

START = dt.date(2026, 1, 10)


@pytest.fixture
def dossier(services):
    return services.dossiers.create("Weggeefwinkel verliest haar pand", theme="Armoede",
                                    problem="Het pand wordt verkocht.", started_on=START)


def test_moving_through_the_phases_keeps_each_date(services, dossier):
    days = {}
    for n, phase in enumerate(list(DossierPhase)[1:], 1):
        days[phase] = START + dt.timedelta(days=30 * n)
        services.dossiers.move_phase(dossier, phase, days[phase])
    detail = services.dossiers.detail(dossier)
    assert detail.phase == DossierPhase.EVALUATION
    assert detail.reached(DossierPhase.SIGNALLING) == START
    for phase, day in days.items():
        assert detail.reached(phase) == day
    assert detail.closed_on == days[DossierPhase.EVALUATION]  # evaluation closes it
    board = {r.id: r for r in services.dossiers.list()}
    assert board[dossier].phase_since == days[DossierPhase.EVALUATION]


def test_a_phase_move_is_undone_exactly(services, dossier):
    move = services.dossiers.move_phase(dossier, DossierPhase.AGENDA_SETTING,
                                        dt.date(2026, 2, 1))
    services.dossiers.revert_phase(move)
    detail = services.dossiers.detail(dossier)
    assert detail.phase == DossierPhase.SIGNALLING
    assert [s.phase for s in detail.phase_steps] == [DossierPhase.SIGNALLING]
    with pytest.raises(ValidationError, match="al in de fase"):
        services.dossiers.move_phase(dossier, DossierPhase.SIGNALLING)
    with pytest.raises(ValidationError, match="vóór het begin"):
        services.dossiers.move_phase(dossier, DossierPhase.EXPLORING, dt.date(2025, 1, 1))


def test_fields_people_targets_actions_and_links(services, dossier):
    old = services.dossiers.update(dossier, {"desired": "Een nieuwe plek", "theme": "Wonen"})
    assert old == {"desired": "", "theme": "Armoede"}
    person = services.people.create_person(first_name="Kees", last_name="Bakker")
    parts = services.dossier_parts
    assert parts.set_involvement(dossier, person, InvolvementRole.ORGANISER) is None
    assert parts.set_involvement(dossier, person, "thinker") == InvolvementRole.ORGANISER
    target = parts.add_target(dossier, name="Woonstad", stance=Stance.AGAINST, influence=5)
    parts.update_target(target, {"stance": "neutral"})
    first = parts.add_action(dossier, occurred_on=dt.date(2026, 2, 3),
                             kind=DossierActionKind.PETITION,
                             description="Handtekeningen opgehaald", result="640")
    parts.add_action(dossier, occurred_on="20-01-2026", kind="letter", description="Brief")
    signal = services.signals.record(observed_on=START, description="Pand te koop",
                                     households=9)
    parts.link_signal(dossier, signal)
    detail = services.dossiers.detail(dossier)
    assert detail.desired == "Een nieuwe plek" and detail.theme == "Wonen"
    assert [(i.name, i.role) for i in detail.involvements] == [("Kees Bakker",
                                                                InvolvementRole.THINKER)]
    assert [(t.name, t.stance, t.influence) for t in detail.targets] == [
        ("Woonstad", Stance.NEUTRAL, 5)]
    assert detail.households == 9
    entries = timeline(detail)
    assert [e.what for e in entries] == ["Fase: signaleren", "Brief", "Petitie"]
    assert entries[2].result == "640"
    values = parts.remove_action(first)
    parts.add_action(**values)  # undo: the same action, the same id
    assert [a.id for a in services.dossiers.detail(dossier).actions][-1] == first
    with pytest.raises(ValidationError, match="1 \\(weinig\\) tot 5"):
        parts.add_target(dossier, name="Gemeente", influence=9)


def test_delete_and_restore_bring_everything_back(services, dossier):
    person = services.people.create_person(first_name="An", last_name="Smit")
    services.dossier_parts.set_involvement(dossier, person, "affected")
    services.dossier_parts.add_target(dossier, name="Gemeente", stance="for")
    signal = services.signals.record(observed_on=START, description="x", households=2)
    services.dossier_parts.link_signal(dossier, signal)
    before = services.dossiers.detail(dossier)
    snapshot = services.dossiers.delete(dossier)
    assert services.dossiers.detail(dossier) is None
    assert services.signals.get(signal).dossier_id is None
    services.dossiers.restore(snapshot)
    assert services.dossiers.detail(dossier) == before


def test_the_demo_dossiers_read_whole(services):
    from db import demo

    demo.run(services.db.engine, demo.DemoSize(people=150, seed=3))
    rows = services.dossiers.list()
    detail = services.dossiers.detail(rows[-1].id)
    assert detail.phase_steps and detail.actions and detail.involvements
    assert timeline(detail)[0].day <= timeline(detail)[-1].day
