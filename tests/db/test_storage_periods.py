"""Bewaartermijnen: configurable periods, the review list, and keep / anonymise / delete,
with deletion gone from the search index and, after the purge, from the file's bytes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db.models import ContactMoment, Dossier, DossierInvolvement, Person, contact_participants
from db.services.anonymise import ANONYMOUS_NAME
from db.services.errors import ValidationError
from db.services.purge import purge_deleted_data
from db.services.storage_periods import StoragePeriodService, months_before
from tests import privacy_data
from tests.privacy_data import LONG_AGO, TODAY


@pytest.fixture
def world(services):
    return privacy_data.build(services.db)


@pytest.fixture
def periods(services):
    return StoragePeriodService(services.db)


def _ids(records):
    return [r.record_id for r in records]


def test_months_before_keeps_the_day_where_it_can():
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 24) == dt.date(2024, 1, 15)


def test_periods_are_settings_with_defaults(periods):
    assert {p.kind: p.months for p in periods.periods()} == {
        "person": 24, "contact_moment": 24, "dossier": 60}
    periods.set_period("contact_moment", 36)
    assert periods.months("contact_moment") == 36
    with pytest.raises(ValidationError, match="geen aantal maanden"):
        periods.set_period("person", "twee jaar")
    with pytest.raises(ValidationError, match="tussen 0"):
        periods.set_period("person", -1)


def test_the_review_list_holds_what_is_past_its_period(services, world, periods):
    # Quirijn's and Anja's last contacts are recent; the two old moments and the dossier
    # closed four years ago are due; Bram (never met, added today) is not.
    assert _ids(periods.due("contact_moment")) == [world["old_only"], world["old_anja"]]
    assert periods.due("person") == []
    assert _ids(periods.due("dossier")) == []  # 60 months: not yet
    periods.set_period("dossier", 36)
    assert _ids(periods.due("dossier")) == [world["dossier"]]
    assert periods.count_due("contact_moment") == 2
    first = periods.due("contact_moment")[0]
    assert first.title.startswith("Portiekgesprek — Quirijn") and first.reference == LONG_AGO
    periods.set_period("contact_moment", 0)  # no period: nothing is ever due
    assert periods.due("contact_moment") == [] and periods.count_due("contact_moment") == 0


def test_keep_with_a_reason_until_a_date(services, world, periods):
    with pytest.raises(ValidationError, match="Reden is verplicht"):
        periods.keep("contact_moment", [world["old_anja"]], "", TODAY + dt.timedelta(days=9))
    with pytest.raises(ValidationError, match="toekomst"):
        periods.keep("contact_moment", [world["old_anja"]], "lopende zaak", TODAY)
    until = TODAY + dt.timedelta(days=90)
    periods.keep("contact_moment", [world["old_anja"]], "lopende klacht", until)
    assert _ids(periods.due("contact_moment")) == [world["old_only"]]
    # once the date has passed, it is back on the list, saying until when it was kept
    later = periods.due("contact_moment", today=until + dt.timedelta(days=1))
    assert [(r.record_id, r.kept_until) for r in later] == [
        (world["old_only"], None), (world["old_anja"], until)]


def test_anonymising_a_contact_moment_keeps_the_count(services, world, periods):
    periods.anonymise("contact_moment", [world["old_only"]])
    with services.db.session() as s:
        moment = s.get(ContactMoment, world["old_only"])
        assert (moment.note, moment.anonymous_count) == ("", 1)
        assert s.scalars(select(contact_participants.c.actor_id).where(
            contact_participants.c.contact_moment_id == moment.id)).all() == []
    assert _ids(periods.due("contact_moment")) == [world["old_anja"]]
    (entry,) = services.audit.entries(action="anonymise")
    assert entry.detail == "1 contactmoment geanonimiseerd (bewaartermijn 24 maanden verstreken)"


def test_anonymising_a_person_drops_identity_and_keeps_counts(services, world, periods):
    q = world["quirijn"]
    periods.anonymise("person", [q])
    with services.db.session() as s:
        person = s.get(Person, q)
        assert (person.name, person.first_name, person.last_name, person.phone, person.email,
                person.street, person.note) == (ANONYMOUS_NAME, "", "", "", "", "", "")
        assert person.archived_at is not None
        shared = s.get(ContactMoment, world["shared"])  # with Anja: the note stays
        assert (shared.note, shared.anonymous_count) == ("Samen naar de buurtavond", 1)
        only = s.get(ContactMoment, world["only"])  # about Quirijn alone: the text goes
        assert (only.note, only.anonymous_count, only.sensitive) == ("", 1, False)
        assert s.scalars(select(contact_participants.c.actor_id)
                         .where(contact_participants.c.actor_id == q)).all() == []
        assert s.scalars(select(DossierInvolvement.actor_id)).all() == [q]  # counts stay
    assert services.search.search(privacy_data.LAST).hits[0].record_id == world["mention"]


def test_anonymising_a_dossier_drops_residents_and_free_text(services, world, periods):
    periods.anonymise("dossier", [world["dossier"]])
    with services.db.session() as s:
        dossier = s.get(Dossier, world["dossier"])
        assert (dossier.title, dossier.problem) == ("Schimmel in de flat", "")
        assert s.scalars(select(DossierInvolvement)).all() == []


def test_deleting_past_the_period_removes_the_text_from_the_file(services, world, periods):
    db = services.db
    text = "Oud gesprek met Anja"
    assert privacy_data.in_file(db, text)  # the scan finds it before
    assert periods.delete("contact_moment", [world["old_anja"], world["old_only"]]) == 2
    assert services.search.search("moestuin").hits[0].kind == "person"  # the note's gone
    purge_deleted_data(db)
    assert not privacy_data.in_file(db, text)
    assert not privacy_data.in_file(db, "Gesprek over de moestuin")
    (entry,) = services.audit.entries(action="delete")
    assert entry.rows == 2 and entry.detail.startswith("2 contactmomenten verwijderd")


def test_deleting_a_person_past_the_period_is_an_erasure(services, world, periods):
    periods.delete("person", [world["quirijn"]])
    purge_deleted_data(services.db)
    assert not privacy_data.in_file(services.db, "0612345678")
    (entry,) = services.audit.entries(action="delete")
    assert entry.detail.endswith("(bewaartermijn verstreken)")
    assert privacy_data.FIRST not in entry.detail


def test_the_reach_figures_stay_right_after_anonymising_and_erasing(services, world, periods):
    from db.reach import computed_reach, stored_reach
    from db.services.erasure import ErasureService

    periods.anonymise("contact_moment", [world["old_anja"]])
    periods.anonymise("person", [world["quirijn"]])
    ErasureService(services.db).erase(world["anja"])
    with services.db.engine.connect() as conn:
        assert stored_reach(conn) == computed_reach(conn)


def test_a_new_decision_replaces_the_old_one(world, periods):
    soon, later = (TODAY + dt.timedelta(days=d) for d in (10, 400))
    periods.keep("contact_moment", [world["old_anja"]], "lopende klacht", soon)
    periods.keep("contact_moment", [world["old_anja"]], "klacht bij de rechter", later)
    assert _ids(periods.due("contact_moment", today=soon + dt.timedelta(days=1))) == [
        world["old_only"]]
    periods.anonymise("contact_moment", [world["old_anja"]])  # final: never back on the list
    assert _ids(periods.due("contact_moment", today=later + dt.timedelta(days=1))) == [
        world["old_only"]]
