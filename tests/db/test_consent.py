"""Consent per person and purpose: given, withdrawn (dated, never deleted), logged, and the
rules exporters call to leave out residents without consent."""

from __future__ import annotations

import datetime as dt

import pytest

from db.services.consent import (
    CONTACT_DETAILS, PHOTOS, ConsentService, has_valid_consent, persons_without_consent,
    without_valid_consent,
)
from db.services.errors import ValidationError
from db.vocabulary import ConsentMeans

TODAY = dt.date.today()


@pytest.fixture
def people(services):
    services.profile.save("Fatima de Vries", "Wijkwerk")
    ids = {name: services.people.create_person(first_name=name, last_name="Test")
           for name in ("Anja", "Bram", "Cor")}
    return ids


@pytest.fixture
def consent(services):
    return ConsentService(services.db)


def test_give_and_withdraw_are_dated_kept_and_logged(services, people, consent):
    anja = people["Anja"]
    given = TODAY - dt.timedelta(days=30)
    consent_id = consent.give(anja, CONTACT_DETAILS, given, ConsentMeans.WRITTEN, "2026-2")
    (record,) = consent.of_person(anja)
    assert (record.purpose, record.given_on, record.means, record.info_version, record.worker) \
        == (CONTACT_DETAILS, given, ConsentMeans.WRITTEN, "2026-2", "Fatima de Vries")
    assert record.valid_on(TODAY) and consent.has_valid(anja)

    consent.withdraw(consent_id, TODAY)
    (record,) = consent.of_person(anja)  # withdrawal is a date, never a deletion
    assert record.withdrawn_on == TODAY and not record.valid_on(TODAY)
    assert record.valid_on(TODAY - dt.timedelta(days=1))
    assert not consent.has_valid(anja)

    log = services.audit.entries(object_kind="person", object_id=anja)
    assert [e.action for e in log] == ["consent", "consent"]
    assert log[0].detail.startswith("toestemming ingetrokken: Contactgegevens bewaren")
    assert "schriftelijk" in log[1].detail and "2026-2" in log[1].detail
    assert all("Anja" not in e.detail for e in log)


def test_bad_consents_are_refused_with_a_dutch_reason(people, consent):
    anja = people["Anja"]
    with pytest.raises(ValidationError, match="toekomst"):
        consent.give(anja, CONTACT_DETAILS, TODAY + dt.timedelta(days=1), "verbal")
    with pytest.raises(ValidationError, match="Doel is verplicht"):
        consent.give(anja, "  ", TODAY, "verbal")
    first = consent.give(anja, CONTACT_DETAILS, TODAY, "verbal")
    with pytest.raises(ValidationError, match="al geldige toestemming"):
        consent.give(anja, CONTACT_DETAILS, TODAY, "digital")
    with pytest.raises(ValidationError, match="vóór de datum"):
        consent.withdraw(first, TODAY - dt.timedelta(days=3))
    consent.withdraw(first)
    with pytest.raises(ValidationError, match="al ingetrokken"):
        consent.withdraw(first)
    consent.give(anja, CONTACT_DETAILS, TODAY, "digital")  # after withdrawal: a new one
    assert len(consent.of_person(anja)) == 2


def test_persons_without_consent_per_purpose(services, people, consent):
    anja, bram, cor = people["Anja"], people["Bram"], people["Cor"]
    consent.give(anja, CONTACT_DETAILS, TODAY, "written")
    consent.give(anja, PHOTOS, TODAY, "written")
    photos = consent.give(bram, PHOTOS, TODAY - dt.timedelta(days=5), "verbal")
    consent.withdraw(photos, TODAY)
    with services.db.session() as s:
        assert persons_without_consent(s) == {bram, cor}
        assert persons_without_consent(s, PHOTOS) == {bram, cor}
        assert persons_without_consent(s, CONTACT_DETAILS) == {bram, cor}
        # the day before, Bram still had consent for photos and Anja not yet
        assert persons_without_consent(s, PHOTOS, TODAY - dt.timedelta(days=1)) == {anja, cor}
        assert has_valid_consent(s, anja, PHOTOS) and not has_valid_consent(s, cor)
        from sqlalchemy import select

        from db.models import Person

        ids = set(s.scalars(select(Person.id).where(without_valid_consent(Person.id, PHOTOS))))
        assert ids == {bram, cor}
    assert consent.count_without() == 2
    assert [row.name for row in consent.page_without()] == ["Bram Test", "Cor Test"]
    assert [row.name for row in consent.page_without(limit=1)] == ["Bram Test"]


def test_the_person_detail_follows_consent(services, people, consent):
    cor = people["Cor"]
    assert not services.actors.detail(cor).has_consent
    consent.give(cor, CONTACT_DETAILS, TODAY, "verbal")
    assert services.actors.detail(cor).has_consent
