"""Model round-trips: what is written comes back the same, links and cascades hold."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from db.models import (
    ActionPoint, AgendaItem, Attendance, AuditEntry, Consent, ContactMoment, Dossier,
    DossierAction, DossierInvolvement, DossierPhaseStep, DossierTarget, Group, Meeting,
    MeetingSeries, Membership, Neighbourhood, ParticipationStep, Person, PersonLanguage, Place,
    Signal, Story, Talent, Theme, Tie, Worker, contact_participants,
)
from db.vocabulary import (
    ActionStatus, ActorKind, AttendanceStatus, ConsentMeans, ContactSetting, DossierActionKind,
    DossierPhase, GroupKind, InvolvementRole, ParticipationLevel, Stance, Strategy,
    TalentCategory, default_strategy,
)

DAY = dt.date(2026, 3, 14)


@pytest.fixture
def world(database):
    """A tiny hand-made neighbourhood: two residents, a group, an institution, a place."""
    with database.session.begin() as s:
        worker = Worker(name="Samira Ouali", organisation="Welzijn Zuid", team="Opbouwwerk")
        hood = Neighbourhood(name="Oude Westen", municipality="Rotterdam")
        wonen = Theme(name="Wonen")
        s.add_all([worker, hood, wonen])
        s.flush()
        fatima = Person(name="Fatima El Amrani", first_name="Fatima", last_name="El Amrani",
                        neighbourhood=hood, worker_id=worker.id,
                        participation_level=ParticipationLevel.VOLUNTEER, themes=[wonen])
        fatima.languages = [PersonLanguage(language="Arabisch"),
                            PersonLanguage(language="Nederlands")]
        fatima.talents = [Talent(category=TalentCategory.HANDS, description="Koken voor 40")]
        zoe = Person(name="Zoë de Vries", first_name="Zoë", infix="de", last_name="Vries",
                     neighbourhood=hood, worker_id=worker.id)
        club = Group(name="Buurtrestaurant", group_kind=GroupKind.INFORMAL, neighbourhood=hood)
        city = Group(name="Gemeente Rotterdam", group_kind=GroupKind.INSTITUTION)
        hall = Place(name="Buurthuis De Leeuw", place_type="buurthuis", neighbourhood=hood)
        s.add_all([fatima, zoe, club, city, hall])
        s.flush()
        ids = dict(worker=worker.id, hood=hood.id, theme=wonen.id, fatima=fatima.id,
                   zoe=zoe.id, club=club.id, city=city.id, hall=hall.id)
    return ids


def test_actors_share_one_id_space_and_round_trip(database, world):
    with database.session() as s:
        fatima = s.get(Person, world["fatima"])
        assert fatima.kind == ActorKind.PERSON
        assert fatima.participation_level == ParticipationLevel.VOLUNTEER
        assert sorted(lang.language for lang in fatima.languages) == ["Arabisch", "Nederlands"]
        assert fatima.talents[0].category == TalentCategory.HANDS
        assert [t.name for t in fatima.themes] == ["Wonen"]
        assert fatima.neighbourhood.name == "Oude Westen"
        assert s.get(Person, world["zoe"]).name == "Zoë de Vries"
        assert s.get(Group, world["city"]).group_kind == GroupKind.INSTITUTION
        assert s.get(Place, world["hall"]).place_type == "buurthuis"
        assert len({world[k] for k in ("fatima", "zoe", "club", "city", "hall")}) == 5
        assert fatima.created_at is not None and fatima.worker_id == world["worker"]


def test_tie_with_strategy_strength_period_and_introducer(database, world):
    with database.session.begin() as s:
        s.add(Tie(source_id=world["fatima"], target_id=world["zoe"], strategy=Strategy.BONDING,
                  strength=4, since=DAY, introduced_via_id=world["club"], note="via de kookgroep"))
    with database.session() as s:
        tie = s.scalars(select(Tie)).one()
        assert (tie.source.name, tie.target.name) == ("Fatima El Amrani", "Zoë de Vries")
        assert tie.introduced_via.name == "Buurtrestaurant"
        assert tie.strategy is Strategy.BONDING and tie.strength == 4 and tie.until is None


def test_a_tie_to_oneself_or_out_of_range_strength_is_refused(database, world):
    with pytest.raises(IntegrityError):
        with database.session.begin() as s:
            s.add(Tie(source_id=world["zoe"], target_id=world["zoe"],
                      strategy=Strategy.BONDING, strength=2))
    with pytest.raises(IntegrityError):
        with database.session.begin() as s:
            s.add(Tie(source_id=world["zoe"], target_id=world["fatima"],
                      strategy=Strategy.BONDING, strength=9))
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Tie)) == 0


@pytest.mark.parametrize(("a", "ga", "b", "gb", "expected"), [
    (ActorKind.PERSON, None, ActorKind.PERSON, None, Strategy.BONDING),
    (ActorKind.PERSON, None, ActorKind.GROUP, GroupKind.INFORMAL, Strategy.BRIDGING),
    (ActorKind.PERSON, None, ActorKind.PLACE, None, Strategy.BRIDGING),
    (ActorKind.GROUP, GroupKind.FORMAL, ActorKind.GROUP, GroupKind.INSTITUTION, Strategy.LINKING),
    (ActorKind.PERSON, None, ActorKind.GROUP, GroupKind.INSTITUTION, Strategy.LINKING),
])
def test_default_strategy_follows_the_two_ends(a, ga, b, gb, expected):
    assert default_strategy(a, ga, b, gb) is expected
    assert default_strategy(b, gb, a, ga) is expected


def test_contact_moment_with_participants_themes_and_anonymous_count(database, world):
    with database.session.begin() as s:
        theme = s.get(Theme, world["theme"])
        moment = ContactMoment(
            occurred_on=DAY, setting=ContactSetting.STAIRWELL, place_id=world["hall"],
            neighbourhood_id=world["hood"], note="Lekkage in de gang", anonymous_count=3,
            participants=[s.get(Person, world["fatima"]), s.get(Person, world["zoe"])],
            themes=[theme], worker_id=world["worker"])
        s.add(moment)
    with database.session() as s:
        moment = s.scalars(select(ContactMoment)).one()
        assert moment.setting is ContactSetting.STAIRWELL
        assert sorted(p.name for p in moment.participants) == ["Fatima El Amrani", "Zoë de Vries"]
        assert moment.anonymous_count == 3 and moment.themes[0].name == "Wonen"
    # deleting a person keeps the contact moment and its other participant
    with database.session.begin() as s:
        s.delete(s.get(Person, world["zoe"]))
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(contact_participants)) == 1
        assert s.scalar(select(func.count()).select_from(ContactMoment)) == 1


def test_meeting_agenda_attendance_and_action_points(database, world):
    with database.session.begin() as s:
        series = MeetingSeries(name="Regiegroep huiskamers")
        meeting = Meeting(series=series, title="Regiegroep maart",
                          starts_at=dt.datetime(2026, 3, 20, 19, 30), location="Buurthuis")
        meeting.agenda_items = [
            AgendaItem(position=2, title="Rondvraag", duration_minutes=10),
            AgendaItem(position=1, title="Opening", duration_minutes=5),
        ]
        s.add(meeting)
        s.flush()
        s.add(Attendance(meeting_id=meeting.id, actor_id=world["fatima"],
                         status=AttendanceStatus.PRESENT))
        s.add(ActionPoint(description="Zaal reserveren", owner_actor_id=world["fatima"],
                          due_on=DAY, status=ActionStatus.OPEN, meeting_id=meeting.id,
                          agenda_item_id=meeting.agenda_items[0].id))
    with database.session() as s:
        meeting = s.scalars(select(Meeting)).one()
        assert [i.title for i in meeting.agenda_items] == ["Opening", "Rondvraag"]
        assert meeting.series.name == "Regiegroep huiskamers"
        assert s.scalars(select(ActionPoint)).one().status is ActionStatus.OPEN
    # a person who owns action points cannot silently disappear
    with pytest.raises(IntegrityError):
        with database.session.begin() as s:
            s.delete(s.get(Person, world["fatima"]))


def test_dossier_with_phases_people_targets_actions_and_signals(database, world):
    with database.session.begin() as s:
        dossier = Dossier(title="Weggeefwinkel verliest pand", phase=DossierPhase.AGENDA_SETTING,
                          theme_id=world["theme"], problem="Het pand wordt gesloopt")
        dossier.phase_history = [
            DossierPhaseStep(phase=DossierPhase.SIGNALLING, reached_on=dt.date(2026, 1, 5)),
            DossierPhaseStep(phase=DossierPhase.EXPLORING, reached_on=dt.date(2026, 2, 1)),
            DossierPhaseStep(phase=DossierPhase.AGENDA_SETTING, reached_on=dt.date(2026, 3, 1)),
        ]
        s.add(dossier)
        s.flush()
        s.add_all([
            DossierInvolvement(dossier_id=dossier.id, actor_id=world["fatima"],
                               role=InvolvementRole.ORGANISER),
            DossierTarget(dossier_id=dossier.id, actor_id=world["city"], stance=Stance.NEUTRAL,
                          influence=5),
            DossierAction(dossier_id=dossier.id, occurred_on=DAY,
                          kind=DossierActionKind.COUNCIL_SPEECH, result="Toezegging"),
            Signal(observed_on=DAY, description="Overdag gordijnen dicht", households=4,
                   dossier_id=dossier.id),
        ])
    with database.session() as s:
        dossier = s.scalars(select(Dossier)).one()
        assert [p.phase for p in dossier.phase_history] == [
            DossierPhase.SIGNALLING, DossierPhase.EXPLORING, DossierPhase.AGENDA_SETTING]
        assert s.scalars(select(DossierTarget)).one().stance is Stance.NEUTRAL
        assert s.scalars(select(Signal)).one().households == 4


def test_ladder_memberships_stories_consent_and_audit(database, world):
    with database.session.begin() as s:
        s.add_all([
            ParticipationStep(person_id=world["fatima"], level=ParticipationLevel.VISITOR,
                              since=dt.date(2025, 5, 1)),
            ParticipationStep(person_id=world["fatima"], level=ParticipationLevel.VOLUNTEER,
                              since=dt.date(2026, 1, 1)),
            Membership(person_id=world["fatima"], group_id=world["club"], role="kok"),
            Story(title="Van bezoeker naar kok", told_on=DAY, selected_for_report=True),
            Consent(person_id=world["fatima"], purpose="Contactgegevens bewaren", given_on=DAY,
                    means=ConsentMeans.WRITTEN, info_version="2026-1"),
            AuditEntry(worker_id=world["worker"], action="export", rows=12, file_hash="ab" * 32),
        ])
    with database.session() as s:
        levels = s.scalars(select(ParticipationStep.level).order_by(ParticipationStep.since))
        assert list(levels) == [ParticipationLevel.VISITOR, ParticipationLevel.VOLUNTEER]
        assert s.scalars(select(Membership.role)).one() == "kok"
        assert s.scalars(select(Consent)).one().withdrawn_on is None
        assert s.scalars(select(AuditEntry)).one().at is not None
        assert s.scalars(select(Story)).one().selected_for_report
