"""Services: validated writes in one transaction, change events, and the read models."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from db.models import (
    ActionPoint, Actor, ContactMoment, Dossier, DossierPhaseStep, Group, Meeting, MeetingSeries,
    Person, Signal, Tie, Worker,
)
from db.services import ValidationError
from db.services.contacts import ContactKey
from db.services.network import NetworkFilter
from db.services.people import PageKey
from db.vocabulary import (
    ActionStatus, ActorKind, ContactSetting, DossierPhase, GroupKind, Strategy,
)

TODAY = dt.date(2026, 6, 15)


def _count(database, model) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def changes(database):
    seen = []
    database.bus.subscribe(seen.append)
    return seen


def test_profile_is_saved_and_announced(services, database, changes):
    assert services.profile.current() is None
    profile = services.profile.save("  Samira Ouali ", "Welzijn Zuid", "Opbouwwerk")
    assert profile.name == "Samira Ouali"
    assert services.profile.current() == profile
    assert changes[-1].kind == "worker" and changes[-1].ids == (profile.id,)
    services.profile.save("Samira O.", "Welzijn Zuid")
    assert services.profile.current().name == "Samira O."
    assert _count(database, Worker) == 1


@pytest.mark.parametrize("name", ["", "   ", "x" * 201, "Sam\x00ira"])
def test_bad_profile_gets_a_dutch_message_and_writes_nothing(services, database, changes, name):
    with pytest.raises(ValidationError) as error:
        services.profile.save(name)
    assert error.value.field == "name"
    assert "Naam" in error.value.message
    assert _count(database, Worker) == 0 and changes == []


@pytest.mark.parametrize(("fields", "field", "fragment"), [
    ({"first_name": "", "last_name": " "}, "first_name", "voornaam of achternaam"),
    ({"first_name": "Ans", "email": "ans@"}, "email", "geen geldig adres"),
    ({"first_name": "Ans", "phone": "bel maar"}, "phone", "geen cijfers"),
    ({"first_name": "A" * 101}, "first_name", "te lang"),
    ({"first_name": "Ans", "neighbourhood_id": 999}, "neighbourhood_id", "bestaat niet"),
])
def test_bad_person_is_refused_and_nothing_is_written(services, database, changes, fields, field,
                                                      fragment):
    with pytest.raises(ValidationError) as error:
        services.people.create_person(**fields)
    assert error.value.field == field and fragment in error.value.message
    assert _count(database, Actor) == 0 and changes == []


def test_person_with_arabic_script_and_emoji_is_stored_intact(services, changes):
    person_id = services.people.create_person(first_name="فاطمة 🌻", last_name="El Amrani",
                                              phone="06-12345678")
    rows = services.people.page(ActorKind.PERSON)
    assert [(r.id, r.name, r.detail) for r in rows] == [
        (person_id, "فاطمة 🌻 El Amrani", "06-12345678")]
    assert changes[-1].kind == "person" and changes[-1].action == "created"


def test_people_pages_follow_each_other_without_gaps_or_overlap(services):
    for i in range(25):
        services.people.create_person(first_name=f"Bewoner {i:02d}")
    seen, after = [], None
    while True:
        page = services.people.page(ActorKind.PERSON, after, limit=7)
        seen += [r.name for r in page]
        if len(page) < 7:
            break
        after = PageKey(page[-1].name, page[-1].id)
    assert seen == [f"Bewoner {i:02d}" for i in range(25)]
    assert services.people.count(ActorKind.PERSON) == 25


@pytest.fixture
def neighbourhood(database):
    """Hand-made data with known answers for the read models."""
    with database.session.begin() as s:
        ans = Person(name="Ans Jansen", first_name="Ans", last_name="Jansen")
        bram = Person(name="Bram Kok", first_name="Bram", last_name="Kok")
        club = Group(name="Moestuin", group_kind=GroupKind.INFORMAL)
        city = Group(name="Gemeente", group_kind=GroupKind.INSTITUTION)
        s.add_all([ans, bram, club, city])
        s.flush()
        s.add_all([
            Tie(source_id=ans.id, target_id=bram.id, strategy=Strategy.BONDING, strength=3,
                since=dt.date(2026, 5, 2)),
            Tie(source_id=ans.id, target_id=club.id, strategy=Strategy.BRIDGING, strength=2,
                since=dt.date(2026, 6, 1)),
            Tie(source_id=club.id, target_id=city.id, strategy=Strategy.LINKING, strength=2,
                since=dt.date(2025, 1, 1), until=dt.date(2026, 1, 1)),  # ended: not active
        ])
        for day, anonymous, people in [(dt.date(2026, 6, 10), 0, [ans, bram]),
                                       (dt.date(2026, 6, 1), 12, []),
                                       (dt.date(2026, 5, 3), 0, [ans]),
                                       (dt.date(2026, 4, 1), 0, [bram])]:
            s.add(ContactMoment(occurred_on=day, setting=ContactSetting.STREET,
                                anonymous_count=anonymous, participants=people,
                                note=f"Gesprek op {day}"))
        s.add_all([
            ActionPoint(description="Te laat", due_on=dt.date(2026, 6, 1),
                        status=ActionStatus.OPEN, owner_actor_id=ans.id),
            ActionPoint(description="Straks", due_on=dt.date(2026, 6, 20),
                        status=ActionStatus.IN_PROGRESS),
            ActionPoint(description="Klaar", due_on=dt.date(2026, 5, 1), status=ActionStatus.DONE),
        ])
        series = MeetingSeries(name="Bewonersavond")
        s.add_all([
            Meeting(series=series, title="Bewonersavond juni",
                    starts_at=dt.datetime(2026, 6, 25, 19, 30)),
            Meeting(series=series, title="Bewonersavond mei",
                    starts_at=dt.datetime(2026, 5, 28, 19, 30)),
        ])
        dossier = Dossier(title="Sloopplannen", phase=DossierPhase.EXPLORING)
        dossier.phase_history = [
            DossierPhaseStep(phase=DossierPhase.SIGNALLING, reached_on=dt.date(2026, 4, 1)),
            DossierPhaseStep(phase=DossierPhase.EXPLORING, reached_on=dt.date(2026, 5, 10))]
        s.add(dossier)
        s.add(Signal(observed_on=dt.date(2026, 6, 12), description="Gordijnen dicht",
                     households=5))


def test_overview_figures_on_known_data(services, neighbourhood):
    figures = services.overview.figures(TODAY)
    assert (figures.persons, figures.groups, figures.places) == (2, 2, 0)
    assert figures.contacts_30_days == 2  # 10 and 1 June; 3 May is older than 30 days
    assert figures.reached_30_days == 2 + 12  # Ans and Bram by name, 12 anonymous
    assert (figures.open_action_points, figures.overdue_action_points) == (2, 1)
    assert [p.description for p in figures.action_points] == ["Te laat", "Straks"]
    assert figures.action_points[0].overdue and figures.action_points[0].owner == "Ans Jansen"
    assert figures.ties_by_strategy == {Strategy.BONDING: 1, Strategy.BRIDGING: 1,
                                        Strategy.LINKING: 0}
    assert figures.dossiers_by_phase[DossierPhase.EXPLORING] == 1
    assert [s.description for s in figures.recent_signals] == ["Gordijnen dicht"]
    assert not figures.is_empty


def test_overview_of_an_empty_database_is_empty(services):
    assert services.overview.figures(TODAY).is_empty


def test_contact_pages_are_newest_first_with_names(services, neighbourhood):
    first = services.contacts.page(limit=2)
    assert [r.occurred_on for r in first] == [dt.date(2026, 6, 10), dt.date(2026, 6, 1)]
    assert first[0].participants == "Ans Jansen, Bram Kok"
    assert first[1].anonymous_count == 12 and first[1].participants == ""
    rest = services.contacts.page(after=ContactKey(first[-1].occurred_on, first[-1].id), limit=10)
    assert [r.occurred_on for r in rest] == [dt.date(2026, 5, 3), dt.date(2026, 4, 1)]
    assert services.contacts.count() == 4


def test_monthly_report_counts_per_month(services, neighbourhood):
    report = services.reports.monthly(until=TODAY, months=3)
    assert report.months == (dt.date(2026, 4, 1), dt.date(2026, 5, 1), dt.date(2026, 6, 1))
    by_label = {i.label: i.per_month for i in report.indicators}
    assert by_label["Contactmomenten"] == (1, 1, 2)
    assert by_label["Anoniem gesproken bewoners"] == (0, 0, 12)
    assert by_label["Nieuwe relaties: verbinden"] == (0, 1, 0)
    assert by_label["Nieuwe relaties: overbruggen"] == (0, 0, 1)
    assert by_label["Bijeenkomsten"] == (0, 1, 1)
    assert by_label["Signalen"] == (0, 0, 1)


def test_meetings_dossiers_and_network_read_models(services, neighbourhood):
    meetings = services.meetings.list()
    assert {m.title for m in meetings} == {"Bewonersavond juni", "Bewonersavond mei"}
    assert all(m.series == "Bewonersavond" for m in meetings)
    dossiers = services.dossiers.list()
    assert [(d.title, d.phase, d.phase_since) for d in dossiers] == [
        ("Sloopplannen", DossierPhase.EXPLORING, dt.date(2026, 5, 10))]
    graph = services.network.map(NetworkFilter(on=TODAY))
    assert {n.name for n in graph.nodes if n.degree} == {"Ans Jansen", "Bram Kok", "Moestuin"}
    assert len(graph.edges) == 2  # the ended linking tie is not drawn
    assert graph.in_scope == 4
