"""The reach tables (residents reached per month) stay equal to a recomputation from the
source rows after every kind of write, whoever makes it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text

from db import demo
from db.models import ALL_NEIGHBOURHOODS, Actor, ContactMoment, ReachMonth, contact_participants
from db.reach import computed_reach, rebuild_reach, stored_reach
from db.services.recording import ContactInput, NewPerson, Recorded
from db.vocabulary import ActorKind, ContactSetting

TODAY = dt.date(2026, 6, 15)
TRIGGERS = ("reach_participants_ai", "reach_participants_ad", "reach_participants_au",
            "reach_moments_ai", "reach_moments_bd", "reach_moments_ad", "reach_moments_au",
            "reach_actors_bd")


def _assert_consistent(database) -> None:
    with database.engine.connect() as conn:
        stored, computed = stored_reach(conn), computed_reach(conn)
    assert stored[0] == computed[0]
    assert stored[1] == computed[1]


def _persons(services, n: int) -> list[int]:
    with services.recording.db.session() as s:
        return list(s.scalars(select(Actor.id).where(Actor.kind == ActorKind.PERSON.value)
                              .order_by(Actor.id).limit(n)))


def test_every_trigger_exists_at_head(database):
    with database.engine.connect() as conn:
        names = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    assert set(TRIGGERS) <= names


def test_reach_tables_equal_a_recomputation_after_records_edits_merges_and_deletes(
        database, services):
    demo.run(database.engine, demo.DemoSize(people=40, seed=3), today=TODAY)
    _assert_consistent(database)  # the demo's bulk inserts went through the triggers
    a, b, c, d, e = _persons(services, 5)
    hoods = [h for h, _ in services.people.neighbourhoods()]
    rec = services.recording
    # record: named + anonymous + a new person, in a neighbourhood and without one
    first = rec.record(ContactInput(dt.date(2026, 3, 3), ContactSetting.HOME_VISIT,
                                    participant_ids=(a, b), anonymous_count=4,
                                    neighbourhood_id=hoods[0]))
    second = rec.record(ContactInput(dt.date(2026, 3, 20), ContactSetting.STREET,
                                     participant_ids=(a,), new_people=(NewPerson("Zoë"),)))
    _assert_consistent(database)
    # edit: move to another month and neighbourhood, change participants and anonymous
    rec.update(first.contact_moment_id, ContactInput(
        dt.date(2026, 4, 2), ContactSetting.HOME_VISIT, participant_ids=(b, c),
        anonymous_count=1, neighbourhood_id=hoods[-1]))
    _assert_consistent(database)
    # a raw update elsewhere (e.g. an import fixing dates) is followed too
    with database.engine.begin() as conn:
        conn.execute(ContactMoment.__table__.update()
                     .where(ContactMoment.id == second.contact_moment_id)
                     .values(occurred_on=dt.date(2026, 1, 31), anonymous_count=7,
                             neighbourhood_id=hoods[0]))
    _assert_consistent(database)
    # merge: d's contact moments move to c (a shared one is not counted twice)
    rec.record(ContactInput(dt.date(2026, 4, 9), ContactSetting.STREET, participant_ids=(c, d)))
    services.duplicates.merge(c, d)
    _assert_consistent(database)
    # delete a contact moment, a resident (cascade), a group
    rec.delete(Recorded(second.contact_moment_id, second.new_person_ids))
    services.actors.delete(e, reassign_to_worker=1)
    with services.recording.db.session() as s:
        group = s.scalar(select(Actor.id).where(Actor.kind == ActorKind.GROUP.value))
        moment = s.scalar(select(contact_participants.c.contact_moment_id)
                          .where(contact_participants.c.actor_id == a))
    services.actors.delete(group, reassign_to_worker=1)
    with database.engine.begin() as conn:  # a plain DELETE, as an erasure might do
        conn.execute(ContactMoment.__table__.delete().where(ContactMoment.id == moment))
    _assert_consistent(database)


def test_a_month_counts_each_resident_once_and_rebuild_repairs(database, services):
    a = services.people.create_person(first_name="An")
    b = services.people.create_person(first_name="Bo")
    rec = services.recording
    for day, people, anonymous in ((3, (a, b), 2), (10, (a,), 0), (28, (a,), 5)):
        rec.record(ContactInput(dt.date(2026, 5, day), ContactSetting.STREET,
                                participant_ids=people, anonymous_count=anonymous))
    with database.engine.begin() as conn:
        row = conn.execute(select(ReachMonth).where(
            ReachMonth.neighbourhood_id == ALL_NEIGHBOURHOODS)).one()
        assert (row.contact_moments, row.anonymous, row.residents) == (3, 7, 2)
        conn.execute(text("DELETE FROM reach_residents"))  # damaged
        rebuild_reach(conn)
    _assert_consistent(database)
