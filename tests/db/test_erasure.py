"""Vergeetrecht: a person and everything only about them is removed, from the tables, the
search index and the file's bytes; what involves others stays; the log holds no name."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.models import (
    ActionPoint, Attendance, AuditEntry, ContactMoment, Person, Signal, Story,
    contact_participants,
)
from db.services.erasure import ErasureService
from db.services.errors import ValidationError
from db.services.purge import purge_deleted_data
from tests import privacy_data
from tests.privacy_data import FIRST, LAST, NAME


@pytest.fixture
def world(services):
    return privacy_data.build(services.db)


def test_the_plan_says_what_goes_what_stays_and_which_notes_to_edit(services, world):
    plan = ErasureService(services.db).plan(world["quirijn"])
    assert plan.name == NAME
    assert (plan.contact_moments_only, plan.contact_moments_shared) == (2, 2)
    assert (plan.meetings, plan.dossiers, plan.ties, plan.memberships, plan.consents) == (
        1, 1, 1, 1, 1)
    assert (plan.stories_only, plan.owned_action_points, plan.signals) == (1, 1, 1)
    # Anja's contact moment names Quirijn: listed for the worker to edit
    assert ("contact_moment", world["mention"]) in {(m.kind, m.record_id)
                                                    for m in plan.mentions}
    assert ("person", world["quirijn"]) not in {(m.kind, m.record_id) for m in plan.mentions}


def test_erasure_removes_only_what_is_only_about_the_person(services, world):
    q = world["quirijn"]
    ErasureService(services.db).erase(q)
    with services.db.session() as s:
        assert s.get(Person, q) is None
        for gone in ("only", "old_only"):
            assert s.get(ContactMoment, world[gone]) is None
        for kept in ("shared", "with_crowd", "mention"):
            assert s.get(ContactMoment, world[kept]) is not None
        # the shared moment keeps Anja; the crowd moment keeps its anonymous count
        cp = contact_participants
        assert s.scalars(select(cp.c.actor_id).where(
            cp.c.contact_moment_id == world["shared"])).all() == [world["anja"]]
        assert s.get(ContactMoment, world["with_crowd"]).anonymous_count == 4
        assert [a.actor_id for a in s.scalars(select(Attendance))] == [world["anja"]]
        assert s.get(Story, world["story"]) is None
        # the follow-up of the removed moment went; the owned one moved to the worker
        assert s.scalar(select(func.count()).select_from(ActionPoint)) == 1
        owned = s.scalars(select(ActionPoint)).one()
        assert owned.description == "Zaden halen" and owned.owner_worker_id == world["worker"]
        assert s.scalars(select(Signal)).one().source_actor_id is None
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "erasure")).one()
    assert entry.detail.startswith(f"persoon #{q} gewist, 4 contactmomenten")
    assert FIRST not in entry.detail and LAST not in entry.detail
    # only Anja's note still names Quirijn: that one is the worker's to edit
    assert [(h.kind, h.record_id) for h in services.search.search(LAST).hits] == [
        ("contact_moment", world["mention"])]
    assert services.search.search("schulden").hits == ()


def test_after_erasure_the_name_is_gone_from_the_file(services, world):
    db = services.db
    assert privacy_data.in_file(db, LAST)  # the scan can fail: the name is there before
    with db.session.begin() as s:  # the only other note naming the person, edited by hand
        s.get(ContactMoment, world["mention"]).note = "Anja noemde een verhuizing"
    ErasureService(db).erase(world["quirijn"])
    assert privacy_data.in_file(db, LAST)  # deleted rows linger until the purge
    purge_deleted_data(db)
    for text in (LAST, "quirijn@example.org", "0612345678", "schulden", "Gaffelstraat"):
        assert not privacy_data.in_file(db, text), text
    assert privacy_data.in_file(db, "Anja Bakker")  # the rest is still there


def test_erasing_someone_who_is_gone_says_so(services, world):
    service = ErasureService(services.db)
    service.erase(world["quirijn"])
    with pytest.raises(ValidationError, match="bestaat niet"):
        service.erase(world["quirijn"])


def test_notes_naming_the_first_name_alone_are_listed_but_not_longer_words(services, world):
    from db.models import ContactMoment, contact_participants
    from db.vocabulary import ContactSetting

    with services.db.session.begin() as s:
        ids = []
        for note in ("Quirijn kwam ook even langs", "Familie Quirijnsen verhuist"):
            moment = ContactMoment(occurred_on=privacy_data.TODAY,
                                   setting=ContactSetting.STREET, note=note)
            s.add(moment)
            s.flush()
            s.execute(contact_participants.insert().values(contact_moment_id=moment.id,
                                                           actor_id=world["anja"]))
            ids.append(moment.id)
    plan = ErasureService(services.db).plan(world["quirijn"])
    listed = {(m.kind, m.record_id) for m in plan.mentions}
    assert ("contact_moment", ids[0]) in listed
    assert ("contact_moment", ids[1]) not in listed
