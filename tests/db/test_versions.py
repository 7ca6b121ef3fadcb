"""Optimistic concurrency on SQLite: an edit made on a version someone else has changed
since is refused with ConflictError and writes nothing; normal edits bump the version."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy import insert, select

from db.events import Change
from db.models import Actor, ContactMoment
from db.services.errors import ConflictError, ValidationError
from db.services.recording import ContactInput
from db.vocabulary import ContactSetting, DossierPhase

TODAY = dt.date.today()


@pytest.fixture
def person(services):
    return services.people.create_person(first_name="Ans", last_name="Jansen",
                                         phone="0612345678")


def heard(services) -> list[Change]:
    changes: list[Change] = []
    services.db.bus.subscribe(changes.append)
    return changes


def test_a_conflict_is_a_validation_error_with_a_dutch_message():
    error = ConflictError("person", 3)
    assert isinstance(error, ValidationError)
    assert error.message.startswith("Iemand anders heeft dit intussen gewijzigd.")
    assert (error.kind, error.record_id, error.field) == ("person", 3, "version")


def test_each_edit_of_a_person_bumps_the_version_and_says_which(services, person):
    actors = services.actors
    assert actors.detail(person).version == 1
    old = actors.update(person, {"phone": "0687654321"}, expected_version=1)
    assert old == {"phone": "0612345678"} and old.version == 2
    assert actors.update(person, {"note": "Wil meedoen"}, expected_version=2).version == 3
    assert actors.detail(person).version == 3
    # without a version (imports, merges, old callers): unchecked, still counted
    assert actors.update(person, {"note": "Wil meedoen."}).version == 4


def test_a_stale_edit_of_a_person_is_refused_and_writes_nothing(services, person):
    actors = services.actors
    read = actors.detail(person)  # worker A opens the person
    actors.update(person, {"phone": "0611111111"}, expected_version=read.version)  # B saves
    changes = heard(services)
    with pytest.raises(ConflictError) as refused:
        actors.update(person, {"phone": "0622222222", "note": "A's notitie"},
                      expected_version=read.version)
    assert refused.value.kind == "person" and refused.value.record_id == person
    now = actors.detail(person)
    assert now.fields["phone"] == "0611111111" and now.note == ""  # B's edit, nothing of A's
    assert now.version == read.version + 1
    assert Change("person", "updated", (person,)) in changes  # open views reload it


def test_a_stale_contact_moment_edit_keeps_what_the_other_saved(services, person):
    other = services.people.create_person(first_name="Bram", last_name="Kok")
    recorded = services.recording.record(ContactInput(
        occurred_on=TODAY, setting=ContactSetting.STAIRWELL, participant_ids=(person,),
        note="Eerste gesprek"))
    cm = recorded.contact_moment_id
    read = services.recording.detail(cm)
    assert read.version == 1
    theirs = replace(read.input, note="Aangevuld door B")
    previous = services.recording.update(cm, theirs, expected_version=read.version)
    assert previous.note == "Eerste gesprek" and previous.version == 2
    mine = replace(read.input, participant_ids=(person, other))
    with pytest.raises(ConflictError):
        services.recording.update(cm, mine, expected_version=read.version)
    now = services.recording.detail(cm)
    assert now.input.note == "Aangevuld door B" and now.input.participant_ids == (person,)
    assert now.version == 2
    # a change of participants alone is a change too
    assert services.recording.update(cm, mine, expected_version=2).version == 3


def test_minutes_autosave_never_conflicts_with_itself_but_does_with_someone_else(services):
    meeting = services.meetings.create_meeting(day=TODAY, start_time="19:30",
                                               title="Bewonersavond")
    item = services.agenda.agenda(meeting).items[0]
    version = item.version
    for text in ("Welkom", "Welkom allemaal", "Welkom allemaal!"):
        version = services.agenda.set_minutes(item.id, text, expected_version=version)
    assert version == item.version + 3
    services.agenda.update_item(item.id, title="Opening", expected_version=version)  # B
    with pytest.raises(ConflictError):
        services.agenda.set_minutes(item.id, "Welkom allemaal! En", expected_version=version)
    now = services.agenda.agenda(meeting).item(item.id)
    assert (now.title, now.minutes, now.version) == ("Opening", "Welkom allemaal!",
                                                     version + 1)


def test_action_point_dossier_phase_signal_and_meeting_refuse_a_stale_edit(services, person):
    points = services.action_points
    action = points.create(description="Gemeente bellen", owner_actor_id=person)
    read = points.get(action)
    points.update(action, description="Gemeente bellen over geveltuinen",
                  expected_version=read.version)
    with pytest.raises(ConflictError):
        points.set_status(action, "done", expected_version=read.version)
    assert points.get(action).is_open

    dossiers = services.dossiers
    dossier = dossiers.create("Schimmel in de flats")
    seen = dossiers.detail(dossier)
    dossiers.update(dossier, {"problem": "Vocht in 40 woningen"}, expected_version=seen.version)
    with pytest.raises(ConflictError):
        dossiers.move_phase(dossier, DossierPhase.EXPLORING, expected_version=seen.version)
    assert dossiers.detail(dossier).phase == seen.phase
    move = dossiers.move_phase(dossier, DossierPhase.EXPLORING,
                               expected_version=seen.version + 1)
    assert move.version == seen.version + 2
    with pytest.raises(ConflictError):
        dossiers.revert_phase(move, expected_version=seen.version)
    assert dossiers.revert_phase(move, expected_version=move.version) == move.version + 1

    signals = services.signals
    signal = signals.record(observed_on=TODAY, description="Losse tegels")
    row = signals.get(signal)
    signals.update(signal, {"households": 3}, expected_version=row.version)
    with pytest.raises(ConflictError):
        signals.update(signal, {"households": 5}, expected_version=row.version)
    assert signals.get(signal).households == 3

    meetings = services.meetings
    meeting = meetings.create_meeting(day=TODAY, start_time="19:30", title="Regiegroep")
    detail = meetings.detail(meeting)
    meetings.update_meeting(meeting, location="Buurthuis", expected_version=detail.version)
    with pytest.raises(ConflictError):
        meetings.update_meeting(meeting, location="Bibliotheek",
                                expected_version=detail.version)
    assert meetings.detail(meeting).location == "Buurthuis"


def test_rows_written_in_bulk_start_at_version_one(services, database):
    with database.session.begin() as s:  # a Core insert, like the demo and migrate-to
        s.execute(insert(ContactMoment.__table__).values(
            occurred_on=TODAY, setting=ContactSetting.STAIRWELL.value, note="", sensitive=False,
            follow_up="", anonymous_count=2, is_story=False, created_at=dt.datetime.now(),
            updated_at=dt.datetime.now()))
    with database.session() as s:
        assert s.scalars(select(ContactMoment.version)).all() == [1]
        assert s.scalars(select(Actor.version)).all() == []


def test_the_migration_keeps_the_search_and_reach_triggers(database):
    with database.engine.connect() as conn:
        triggers = {name for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        columns = {table: {row[1] for row in conn.exec_driver_sql(
            f'PRAGMA table_info("{table}")')} for table in ("actors", "contact_moments")}
    assert any("search" in t for t in triggers) and any("reach" in t for t in triggers)
    assert all("version" in found for found in columns.values())


def test_a_server_notification_becomes_the_changes_the_views_listen_for():
    from db.listener import changes

    def note(**data) -> str:
        return json.dumps({"action": "updated", "app": "buurtboek-ander", **data})

    assert changes(note(table="actors", ids=[4, 5], kinds=["person", "group"]), "ik") == [
        Change("person", "updated", (4, 5)), Change("group", "updated", (4, 5))]
    assert changes(note(table="contact_moments", action="created", ids=[9]), "ik") == [
        Change("contact_moment", "created", (9,))]
    # a dossier's targets, phases and people: the dossier changed
    assert changes(note(table="dossier_targets", action="deleted", ids=[2]), "ik") == [
        Change("dossier", "updated", (2,))]
    assert changes(note(table="themes", ids=[]), "ik") == [Change("theme", "updated", ())]
    assert changes(note(table="actors", ids=[4], kinds=["person"]), "buurtboek-ander") == []
    assert changes(note(table="audit_log", ids=[1]), "ik") == []
    assert changes("geen json", "ik") == []


def test_notifications_arriving_together_are_announced_once_per_kind():
    from db.listener import MERGED_IDS, merged

    row_by_row = [Change("person", "created", (i,)) for i in range(1, 4)]
    assert merged([*row_by_row, Change("tie", "created", (7,)),
                   Change("person", "updated", (1,))]) == [
        Change("person", "created", (1, 2, 3)), Change("tie", "created", (7,)),
        Change("person", "updated", (1,))]
    assert merged([Change("theme", "created", (1,)), Change("theme", "created", ())]) == [
        Change("theme", "created", ())]
    many = [Change("person", "created", (i,)) for i in range(MERGED_IDS + 1)]
    assert merged(many) == [Change("person", "created", ())]
