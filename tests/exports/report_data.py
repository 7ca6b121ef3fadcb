"""A small hand-made neighbourhood for the Excel export tests: every figure of the period
report is known by heart (see EXPECTED), and the user's text is risky on purpose."""

from __future__ import annotations

import datetime as dt

from db.models import (
    ActionPoint, AppMeta, Attendance, ContactMoment, Dossier, DossierPhaseStep, Group,
    Initiative, Meeting, Neighbourhood, ParticipationStep, Person, Signal, Story, Theme, Tie,
    Worker, story_actors,
)
from db.services.periods import Period
from db.vocabulary import (
    ActionStatus, AttendanceStatus, ContactSetting, DossierPhase, GroupKind, InitiativeStatus,
    ParticipationLevel, Strategy,
)

PERIOD = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
RISKY_NOTE = "=HYPERLINK(\"http://x\",\"klik\")"
SENSITIVE_NOTE = "Schulden en ruzie met de buren"
RESIDENTS = ("Anna de Vries", "Bram Jansen", "Cor Bakker", "Dilan Yilmaz", "Eva Smit",
             "Fatima El Amrani", "Gerrit Mulder")
EMAIL = "anna@example.nl"
#: what the summary must say for PERIOD over all neighbourhoods
EXPECTED = {
    "contacts.total": (3, 2, 1, 6),
    "contacts.setting.stairwell": (2, 0, 0, 2),
    "contacts.setting.street": (1, 2, 0, 3),
    "contacts.setting.home_visit": (0, 0, 1, 1),
    "contacts.strategy.bonding": (2, 1, 0, 3),
    "contacts.strategy.none": (1, 1, 1, 3),
    "reach.named": (4, 2, 1, 6),  # Gerrit was met in 2025 only; Cor twice in two months
    "reach.anonymous": (12, 0, 3, 15),
    "reach.total": (16, 2, 4, 21),
    "reach.new": (3, 1, 1, 5),  # Anna was met in 2025 already
    "ties.bonding": (1, 0, 1, 2),
    "ties.linking": (0, 1, 0, 1),
    "ladder.volunteer": (0, 1, 0, 1),
    "meetings.count": (1, 0, 1, 2),
    "meetings.present": (2, 0, 1, 3),
    "signals.total": (1, 1, 0, 2),
    "initiatives.active": (1, 1, 1, 1),
    "actions.done": (0, 1, 0, 1),
    "dossiers.phase.agenda_setting": (0, 1, 1, 1),
}


def build(database) -> dict[str, int]:
    """Fill `database`; returns ids by name."""
    ids: dict[str, int] = {}
    with database.session.begin() as s:
        worker = Worker(name="Samira @Ouali", organisation="+Welzijn Zuid", team="Team Zuid")
        north, south = Neighbourhood(name="Noord"), Neighbourhood(name="Zuid")
        health, money = Theme(name="Gezondheid"), Theme(name="=Geld")
        s.add_all([worker, north, south, health, money])
        s.flush()
        s.add(AppMeta(key="current_worker_id", value=str(worker.id)))
        people = []
        for index, name in enumerate(RESIDENTS):
            first, *rest = name.split()
            person = Person(name=name, first_name=first, last_name=" ".join(rest),
                            email=EMAIL if index == 0 else "", phone="-06 1234",
                            neighbourhood_id=(north if index < 5 else south).id,
                            worker_id=worker.id)
            people.append(person)
        council = Group(name="Gemeente", group_kind=GroupKind.INSTITUTION)
        s.add_all([*people, council])
        s.flush()
        anna, bram, cor, dilan, eva, fatima, gerrit = people
        ids.update({p.name: p.id for p in people}, council=council.id, north=north.id,
                   south=south.id, worker=worker.id)

        def contact(day, setting, who, *, strategy=None, anonymous=0, note="", sensitive=False,
                    hood=north, themes=()):
            moment = ContactMoment(occurred_on=day, setting=setting, strategy=strategy,
                                   anonymous_count=anonymous, note=note, sensitive=sensitive,
                                   neighbourhood_id=hood.id, worker_id=worker.id,
                                   follow_up="@terugbellen" if note else "")
            moment.participants = list(who)
            moment.themes = list(themes)
            s.add(moment)
            return moment

        contact(dt.date(2025, 12, 10), ContactSetting.STREET, [anna, gerrit])
        contact(dt.date(2026, 1, 5), ContactSetting.STAIRWELL, [anna, bram],
                strategy=Strategy.BONDING, anonymous=12, note=RISKY_NOTE, themes=[health])
        contact(dt.date(2026, 1, 20), ContactSetting.STAIRWELL, [cor, council],
                strategy=Strategy.BONDING, note=SENSITIVE_NOTE, sensitive=True,
                themes=[money])
        contact(dt.date(2026, 1, 28), ContactSetting.STREET, [dilan])
        contact(dt.date(2026, 2, 3), ContactSetting.STREET, [cor, eva],
                strategy=Strategy.BONDING, note="-min of meer")
        contact(dt.date(2026, 2, 17), ContactSetting.STREET, [eva], hood=south)
        contact(dt.date(2026, 3, 9), ContactSetting.HOME_VISIT, [fatima], anonymous=3,
                hood=south)
        s.add_all([
            Tie(source_id=anna.id, target_id=bram.id, strategy=Strategy.BONDING,
                since=dt.date(2026, 1, 6)),
            Tie(source_id=cor.id, target_id=council.id, strategy=Strategy.LINKING,
                since=dt.date(2026, 2, 10)),
            Tie(source_id=fatima.id, target_id=eva.id, strategy=Strategy.BONDING,
                since=dt.date(2026, 3, 12)),
            Tie(source_id=anna.id, target_id=cor.id, strategy=Strategy.BONDING,
                since=dt.date(2025, 6, 1)),
            ParticipationStep(person_id=cor.id, level=ParticipationLevel.PARTICIPANT,
                              since=dt.date(2025, 5, 1)),
            ParticipationStep(person_id=cor.id, level=ParticipationLevel.VOLUNTEER,
                              since=dt.date(2026, 2, 14)),
            Initiative(title="+Moestuin", status=InitiativeStatus.RUNNING,
                       neighbourhood_id=north.id, started_on=dt.date(2025, 9, 1)),
        ])
        first = Meeting(title="=Bewonersavond", starts_at=dt.datetime(2026, 1, 15, 19, 30),
                        neighbourhood_id=north.id)
        second = Meeting(title="Regiegroep", starts_at=dt.datetime(2026, 3, 2, 10),
                         neighbourhood_id=south.id)
        s.add_all([first, second])
        s.flush()
        s.add_all([
            Attendance(meeting_id=first.id, actor_id=anna.id, status=AttendanceStatus.PRESENT),
            Attendance(meeting_id=first.id, actor_id=bram.id, status=AttendanceStatus.PRESENT),
            Attendance(meeting_id=first.id, actor_id=cor.id, status=AttendanceStatus.EXCUSED),
            Attendance(meeting_id=second.id, actor_id=fatima.id,
                       status=AttendanceStatus.PRESENT),
            ActionPoint(description="=Brief sturen", owner_actor_id=bram.id,
                        status=ActionStatus.DONE, done_on=dt.date(2026, 2, 2),
                        meeting_id=first.id, created_at=dt.datetime(2025, 12, 1)),
            ActionPoint(description="@Zaal boeken", owner_actor_id=anna.id,
                        status=ActionStatus.OPEN, due_on=dt.date(2026, 4, 1),
                        meeting_id=first.id, created_at=dt.datetime(2025, 12, 1)),
            Signal(observed_on=dt.date(2026, 1, 9), description="+Gordijnen dicht",
                   theme_id=health.id, neighbourhood_id=north.id, households=3,
                   source_actor_id=dilan.id),
            Signal(observed_on=dt.date(2026, 2, 9), description="Lekkage", theme_id=money.id,
                   neighbourhood_id=north.id, households=8, anonymous_source=True),
        ])
        dossier = Dossier(title="-Weggeefwinkel", phase=DossierPhase.AGENDA_SETTING,
                          neighbourhood_id=north.id, outcome="=Gemeente zoekt ruimte")
        s.add(dossier)
        s.flush()
        s.add_all([
            DossierPhaseStep(dossier_id=dossier.id, phase=DossierPhase.SIGNALLING,
                             reached_on=dt.date(2026, 1, 10)),
            DossierPhaseStep(dossier_id=dossier.id, phase=DossierPhase.AGENDA_SETTING,
                             reached_on=dt.date(2026, 2, 20)),
        ])
        story = Story(title="Van bezoeker tot trekker", told_on=dt.date(2026, 3, 1),
                      body="Cor kwam voor de koffie; nu organiseert Cor Bakker de ochtend.",
                      change="=Cor is vrijwilliger", selected_for_report=True)
        secret = Story(title="Geheim verhaal", told_on=dt.date(2026, 3, 2), body="Geheim",
                       selected_for_report=True, sensitive=True)
        s.add_all([story, secret])
        s.flush()
        s.execute(story_actors.insert().values(story_id=story.id, actor_id=cor.id))
    return ids
