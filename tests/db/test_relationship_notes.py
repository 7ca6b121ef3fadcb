"""Relationship notes in the data layer: actors, ties, recording, timeline, duplicates."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from db.models import ActionPoint, Actor, ContactMoment, Person, Story, Tie
from db.services import ValidationError
from db.services.recording import ContactInput, NewPerson
from db.services.ties import TieInput
from db.vocabulary import (
    ActorKind, ContactSetting, GroupKind, LanguageProficiency, ParticipationLevel, Strategy,
    TalentCategory,
)

TODAY = dt.date.today()


def count(database, model) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def people(services):
    ids = dict(
        ans=services.people.create_person(first_name="Ans", last_name="Jansen",
                                          phone="06-12345678"),
        zoe=services.people.create_person(first_name="Zoë", infix="de", last_name="Vries",
                                          email="zoe@voorbeeld.example"),
        club=services.actors.create_group("Moestuin De Peen", GroupKind.INFORMAL),
        city=services.actors.create_group("Gemeente Rotterdam", GroupKind.INSTITUTION),
        hall=services.actors.create_place("Buurthuis De Leeuw", "buurthuis"),
    )
    return ids


def test_edit_returns_what_it_replaced_so_undo_can_restore_it(services, people):
    old = services.actors.update(people["ans"], {"first_name": "Anna", "birth_year": 1961})
    assert old == {"first_name": "Ans", "birth_year": None}
    detail = services.actors.detail(people["ans"])
    assert detail.name == "Anna Jansen" and detail.birth_year == 1961
    services.actors.update(people["ans"], old)
    assert services.actors.detail(people["ans"]).name == "Ans Jansen"


@pytest.mark.parametrize(("changes", "fragment"), [
    ({"first_name": "", "last_name": ""}, "voornaam of achternaam"),
    ({"email": "geen-adres"}, "geen geldig adres"),
    ({"birth_year": 2150}, "kan niet kloppen"),
    ({"name": "x"}, "kan hier niet gewijzigd worden"),
])
def test_bad_edits_are_refused_and_change_nothing(services, people, fragment, changes):
    with pytest.raises(ValidationError, match=fragment):
        services.actors.update(people["ans"], changes)
    detail = services.actors.detail(people["ans"])
    assert detail.name == "Ans Jansen" and detail.fields["email"] == ""


def test_archive_and_back(services, people):
    assert services.actors.set_archived(people["club"], True) is False
    assert services.actors.detail(people["club"]).archived
    assert services.people.count(ActorKind.GROUP) == 1
    services.actors.set_archived(people["club"], False)
    assert services.people.count(ActorKind.GROUP) == 2


def test_participation_ladder_steps_set_the_current_level(services, people):
    first = services.actors.add_level_step(people["ans"], ParticipationLevel.VISITOR,
                                           TODAY - dt.timedelta(days=100))
    second = services.actors.add_level_step(people["ans"], ParticipationLevel.VOLUNTEER, TODAY)
    detail = services.actors.detail(people["ans"])
    assert detail.level is ParticipationLevel.VOLUNTEER
    assert [lv for lv, _ in detail.level_history] == [ParticipationLevel.VISITOR,
                                                       ParticipationLevel.VOLUNTEER]
    services.actors.remove_level_step(second)
    assert services.actors.detail(people["ans"]).level is ParticipationLevel.VISITOR
    services.actors.remove_level_step(first)
    assert services.actors.detail(people["ans"]).level is None
    with pytest.raises(ValidationError, match="toekomst"):
        services.actors.add_level_step(people["ans"], ParticipationLevel.VISITOR,
                                       TODAY + dt.timedelta(days=3))


def test_languages_talents_and_themes_replace_and_return_the_old_lists(services, people):
    old = services.actors.set_lists(
        people["ans"], themes=["Wonen", "wonen", "Groen"],
        languages=[("Nederlands", LanguageProficiency.NATIVE), ("Papiaments", None)],
        talents=[(TalentCategory.HANDS, "Fietsen repareren")])
    assert old == {"themes": [], "languages": [], "talents": []}
    detail = services.actors.detail(people["ans"])
    assert detail.themes == ("Groen", "Wonen")
    assert dict(detail.languages) == {"Nederlands": LanguageProficiency.NATIVE,
                                      "Papiaments": None}
    assert detail.talents == ((TalentCategory.HANDS, "Fietsen repareren"),)


def test_ties_default_their_strategy_and_end_without_losing_history(services, people):
    bonding = services.ties.add(TieInput(people["ans"], people["zoe"], strength=4,
                                         since=TODAY - dt.timedelta(days=30),
                                         introduced_via_id=people["club"]))
    linking = services.ties.add(TieInput(people["club"], people["city"]))
    assert services.ties.suggest_strategy(people["ans"], people["club"]) is Strategy.BRIDGING
    rows = {t.id: t for t in services.ties.of_actor(people["ans"])}
    assert rows[bonding].strategy is Strategy.BONDING and rows[bonding].via == "Moestuin De Peen"
    assert rows[bonding].other_name == "Zoë de Vries"
    assert services.ties.of_actor(people["city"])[0].strategy is Strategy.LINKING
    assert services.ties.end(linking, TODAY) is None
    ended = services.ties.of_actor(people["club"])[0]
    assert ended.until == TODAY and not ended.active_on(TODAY + dt.timedelta(days=1))
    assert count(services.db, Tie) == 2  # history kept


@pytest.mark.parametrize(("tie", "fragment"), [
    (lambda p: TieInput(p["ans"], p["ans"]), "twee verschillende"),
    (lambda p: TieInput(p["ans"], p["zoe"], strength=7), "1 tot en met 5"),
    (lambda p: TieInput(p["ans"], p["zoe"], since=TODAY + dt.timedelta(days=1)), "toekomst"),
    (lambda p: TieInput(p["ans"], 99999), "bestaat niet meer"),
])
def test_bad_ties_are_refused(services, people, tie, fragment):
    with pytest.raises(ValidationError, match=fragment):
        services.ties.add(tie(people))
    assert count(services.db, Tie) == 0


def test_the_same_active_tie_twice_is_refused(services, people):
    services.ties.add(TieInput(people["ans"], people["zoe"]))
    with pytest.raises(ValidationError, match="al met elkaar verbonden"):
        services.ties.add(TieInput(people["zoe"], people["ans"]))


def test_recording_creates_new_people_follow_up_and_story_in_one_go(services, people):
    recorded = services.recording.record(ContactInput(
        occurred_on=TODAY, setting=ContactSetting.STAIRWELL,
        participant_ids=(people["ans"],), new_people=(NewPerson("Karim", "Bouzid"),),
        anonymous_count=3, place_id=people["hall"], themes=("Wonen", "Schimmel"),
        note="Schimmel in de portiek; Karim wil meedenken.", follow_up="Woonstad bellen",
        follow_up_due=TODAY + dt.timedelta(days=7), is_story=True))
    detail = services.recording.detail(recorded.contact_moment_id)
    assert [name for _, name in detail.participants] == ["Ans Jansen", "Karim Bouzid"]
    assert detail.input.themes == ("Schimmel", "Wonen") and detail.input.anonymous_count == 3
    assert detail.input.follow_up_due == TODAY + dt.timedelta(days=7)
    assert services.actors.detail(people["ans"]).last_contact_on == TODAY
    with services.db.session() as s:
        assert s.get(ActionPoint, recorded.action_point_id).contact_moment_id == \
            recorded.contact_moment_id
        assert s.get(Story, recorded.story_id).title.startswith("Schimmel in de portiek")
    services.recording.delete(recorded)  # undo
    assert count(services.db, ContactMoment) == 0 and count(services.db, ActionPoint) == 0
    assert count(services.db, Story) == 0
    assert services.people.count(ActorKind.PERSON) == 2  # Karim was new: gone again
    assert services.actors.detail(people["ans"]).last_contact_on is None


def test_anonymous_encounter_needs_no_names(services):
    recorded = services.recording.record(ContactInput(
        occurred_on=TODAY, setting=ContactSetting.NEIGHBOURHOOD_WALK, anonymous_count=12,
        note="Buurtwandeling, 12 bewoners gesproken"))
    assert services.recording.detail(recorded.contact_moment_id).participants == ()


@pytest.mark.parametrize(("data", "fragment"), [
    (dict(occurred_on=TODAY + dt.timedelta(days=2)), "toekomst"),
    (dict(occurred_on=dt.date(1970, 1, 1)), "kan niet kloppen"),
    (dict(occurred_on="31-02-2026"), "geen geldige datum"),
    (dict(participant_ids=(), new_people=(), anonymous_count=0), "Met wie"),
    (dict(anonymous_count=-3), "tussen 0 en"),
    (dict(follow_up="", follow_up_due=TODAY), "vervolgactie"),
    (dict(note="", is_story=True), "notitie nodig"),
    (dict(note="x" * 2_000_001), "te lang"),
    (dict(new_people=(NewPerson(""),)), "naam nodig"),
    (dict(participant_ids=(424242,)), "bestaat niet meer"),
])
def test_bad_contact_moments_are_refused_and_nothing_is_half_saved(services, people, data,
                                                                   fragment):
    base = dict(occurred_on=TODAY, setting=ContactSetting.STREET,
                participant_ids=(people["ans"],), new_people=(NewPerson("Nieuw", "Iemand"),))
    with pytest.raises(ValidationError, match=fragment):
        services.recording.record(ContactInput(**{**base, **data}))
    assert count(services.db, ContactMoment) == 0
    assert services.people.count(ActorKind.PERSON) == 2


def test_a_long_note_and_any_script_are_stored_intact(services, people):
    note = ("Gesprek met فاطمة over de buurttuin 🌻. " * 30_000)[:1_048_576]
    recorded = services.recording.record(ContactInput(
        occurred_on=TODAY, setting=ContactSetting.HOME_VISIT, participant_ids=(people["zoe"],),
        note=note))
    assert services.recording.detail(recorded.contact_moment_id).input.note == note.strip()


def test_editing_a_contact_moment_returns_the_previous_version(services, people):
    recorded = services.recording.record(ContactInput(
        occurred_on=TODAY, setting=ContactSetting.STREET, participant_ids=(people["ans"],),
        note="eerst"))
    before = services.recording.detail(recorded.contact_moment_id).input
    previous = services.recording.update(
        recorded.contact_moment_id,
        ContactInput(occurred_on=TODAY - dt.timedelta(days=1), setting=ContactSetting.PHONE,
                     participant_ids=(people["zoe"],), note="daarna"))
    assert previous == before
    assert services.actors.detail(people["ans"]).last_contact_on is None
    assert services.actors.detail(people["zoe"]).last_contact_on == TODAY - dt.timedelta(days=1)
    services.recording.update(recorded.contact_moment_id, previous)
    assert services.recording.detail(recorded.contact_moment_id).input.note == "eerst"


def test_timeline_is_newest_first_and_covers_every_kind(services, people):
    for days, note in ((40, "oud gesprek"), (2, "nieuw gesprek")):
        services.recording.record(ContactInput(
            occurred_on=TODAY - dt.timedelta(days=days), setting=ContactSetting.STREET,
            participant_ids=(people["ans"],), note=note))
    services.ties.add(TieInput(people["ans"], people["zoe"], since=TODAY - dt.timedelta(days=10)))
    services.actors.add_level_step(people["ans"], ParticipationLevel.PARTICIPANT,
                                   TODAY - dt.timedelta(days=5))
    timeline = services.timeline.of_actor(people["ans"])
    assert [e.kind for e in timeline] == ["contact_moment", "participation", "tie",
                                          "contact_moment"]
    assert timeline[0].detail == "nieuw gesprek" and timeline[2].title == \
        "Nieuwe relatie: Zoë de Vries"
    assert [e.day for e in timeline] == sorted((e.day for e in timeline), reverse=True)


def test_duplicates_are_found_by_phone_email_and_similar_name(services, people):
    by_phone = services.duplicates.candidates(first_name="A.", phone="+31 6 1234 5678")
    assert [c.name for c in by_phone] == ["Ans Jansen"]
    assert "zelfde telefoonnummer" in by_phone[0].reasons
    by_mail = services.duplicates.candidates(email="ZOE@voorbeeld.example")
    assert [c.name for c in by_mail] == ["Zoë de Vries"]
    by_name = services.duplicates.candidates(first_name="Zoe", infix="de", last_name="Vries")
    assert by_name[0].name == "Zoë de Vries" and by_name[0].reasons == ("zelfde naam",)
    assert services.duplicates.candidates(first_name="Mohamed", last_name="El Idrissi") == []


def test_merging_two_persons_keeps_all_history_of_both(services, people):
    twin = services.people.create_person(first_name="Ans", last_name="Janssen",
                                         email="ans@voorbeeld.example")
    for person, note in ((people["ans"], "gesprek een"), (twin, "gesprek twee")):
        services.recording.record(ContactInput(
            occurred_on=TODAY, setting=ContactSetting.STREET, participant_ids=(person,),
            note=note))
    services.ties.add(TieInput(twin, people["club"]))
    services.ties.add(TieInput(people["ans"], twin))  # a tie between the two disappears
    services.duplicates.merge(people["ans"], twin)
    with services.db.session() as s:
        assert s.get(Person, twin) is None
        assert s.get(Person, people["ans"]).email == "ans@voorbeeld.example"
    notes = {e.detail for e in services.timeline.of_actor(people["ans"])
             if e.kind == "contact_moment"}
    assert notes == {"gesprek een", "gesprek twee"}
    assert [t.other_name for t in services.ties.of_actor(people["ans"])] == ["Moestuin De Peen"]
    with pytest.raises(ValidationError):
        services.duplicates.merge(people["ans"], people["ans"])


def test_out_of_sight_after_the_configured_weeks(services, people):
    services.actors.add_level_step(people["ans"], ParticipationLevel.VOLUNTEER,
                                   TODAY - dt.timedelta(days=200))
    services.recording.record(ContactInput(
        occurred_on=TODAY - dt.timedelta(weeks=5), setting=ContactSetting.STREET,
        participant_ids=(people["ans"], people["zoe"])))
    assert services.out_of_sight.list(TODAY) == []  # volunteer: 6 weeks, no level: 26
    assert [r.name for r in services.out_of_sight.list(TODAY + dt.timedelta(weeks=2))] == [
        "Ans Jansen"]
    assert services.out_of_sight.set_threshold(ParticipationLevel.VOLUNTEER, 3) == 6
    rows = services.out_of_sight.list(TODAY)
    assert [(r.name, r.weeks) for r in rows] == [("Ans Jansen", 5)]
    with pytest.raises(ValidationError):
        services.out_of_sight.set_threshold(None, 0)


def test_groups_without_a_linking_tie_to_an_institution(services, people):
    assert [g.name for g in services.out_of_sight.groups_without_linking()] == [
        "Moestuin De Peen"]
    services.ties.add(TieInput(people["club"], people["city"]))
    assert services.out_of_sight.groups_without_linking() == []
    assert services.db.session().scalar(select(func.count()).select_from(Actor)) == 5


def test_deleting_a_person_who_owns_action_points_loses_nothing_silently(services, people):
    from db.models import AuditEntry
    from db.vocabulary import ActionStatus

    worker = services.profile.save("Samira Ouali")
    with services.db.session.begin() as s:
        s.add(ActionPoint(description="Zaal regelen", status=ActionStatus.OPEN,
                          owner_actor_id=people["ans"]))
    services.recording.record(ContactInput(
        occurred_on=TODAY, setting=ContactSetting.STREET,
        participant_ids=(people["ans"], people["zoe"]), note="samen"))
    with pytest.raises(ValidationError, match="eigenaar van 1 actiepunt"):
        services.actors.delete(people["ans"])
    assert services.actors.detail(people["ans"]) is not None  # refused: nothing changed
    services.actors.delete(people["ans"], reassign_to_worker=worker.id, worker_id=worker.id)
    assert services.actors.detail(people["ans"]) is None
    with services.db.session() as s:
        point = s.scalars(select(ActionPoint)).one()
        assert (point.owner_actor_id, point.owner_worker_id) == (None, worker.id)
        entry = s.scalars(select(AuditEntry)).one()
        assert entry.action == "delete" and "Jansen" not in entry.detail
    # the contact moment stays, with its other participant
    assert [e.detail for e in services.timeline.of_actor(people["zoe"])] == ["samen"]
