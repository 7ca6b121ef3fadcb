"""The Overzicht figures added for issue 10: this week's action points, "uit beeld" and
dossiers that have been in one phase for long."""

from __future__ import annotations

import datetime as dt

from db.models import ActionPoint, Dossier, DossierPhaseStep, Person
from db.vocabulary import ActionStatus, DossierPhase

TODAY = dt.date(2026, 6, 17)  # a Wednesday: this week runs up to Sunday 21 June


def test_week_out_of_sight_and_stalled_dossiers(services, database):
    with database.session.begin() as s:
        s.add_all([
            ActionPoint(description="Te laat", due_on=dt.date(2026, 6, 1),
                        status=ActionStatus.OPEN),
            ActionPoint(description="Vandaag", due_on=TODAY, status=ActionStatus.OPEN),
            ActionPoint(description="Zondag", due_on=dt.date(2026, 6, 21),
                        status=ActionStatus.IN_PROGRESS),
            ActionPoint(description="Volgende week", due_on=dt.date(2026, 6, 22),
                        status=ActionStatus.OPEN),
        ])
        s.add_all([
            Person(name="Lang weg", first_name="Lang", last_contact_on=dt.date(2025, 6, 1)),
            Person(name="Net gezien", first_name="Net", last_contact_on=TODAY),
        ])
        stuck = Dossier(title="Speeltuin", phase=DossierPhase.INFLUENCING)
        stuck.phase_history = [
            DossierPhaseStep(phase=DossierPhase.SIGNALLING, reached_on=dt.date(2025, 9, 1)),
            DossierPhaseStep(phase=DossierPhase.INFLUENCING, reached_on=dt.date(2026, 1, 5))]
        moving = Dossier(title="Portiek", phase=DossierPhase.EXPLORING)
        moving.phase_history = [
            DossierPhaseStep(phase=DossierPhase.SIGNALLING, reached_on=dt.date(2025, 1, 1)),
            DossierPhaseStep(phase=DossierPhase.EXPLORING, reached_on=dt.date(2026, 6, 1))]
        closed = Dossier(title="Klaar", phase=DossierPhase.RESULT,
                         closed_on=dt.date(2026, 2, 1))
        closed.phase_history = [
            DossierPhaseStep(phase=DossierPhase.RESULT, reached_on=dt.date(2025, 1, 1))]
        s.add_all([stuck, moving, closed])
    figures = services.overview.figures(TODAY)
    assert (figures.overdue_action_points, figures.due_this_week) == (1, 2)
    assert [p.description for p in figures.action_points][:3] == ["Te laat", "Vandaag", "Zondag"]
    assert [r.name for r in figures.out_of_sight] == ["Lang weg"]
    assert figures.out_of_sight_count == 1
    assert [(d.title, d.phase, d.since) for d in figures.stalled_dossiers] == [
        ("Speeltuin", DossierPhase.INFLUENCING, dt.date(2026, 1, 5))]
