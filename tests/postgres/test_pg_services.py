"""The main services on PostgreSQL: a small demo neighbourhood, then what a worker does in a
day (people, a contact moment, a meeting, search, the overview), and the reach tables kept
by the server's own triggers."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db import demo
from db.models import Actor, ContactMoment
from db.reach import computed_reach, stored_reach
from db.services import ValidationError
from db.services.recording import ContactInput, NewPerson
from db.vocabulary import ActorKind, ContactSetting

TODAY = dt.date(2026, 6, 15)


@pytest.fixture(scope="module")
def world(pg_database, pg_services):
    summary = demo.run(pg_database.engine, demo.DemoSize(people=40, seed=3), today=TODAY)
    return summary


def _reach_is_consistent(database) -> bool:
    with database.engine.connect() as conn:
        stored, computed = stored_reach(conn), computed_reach(conn)
    return stored == computed


def test_the_demo_generator_fills_the_server_and_the_reach_tables(pg_database, pg_services,
                                                                 world):
    assert world.people == 40 and world.contact_moments > 0
    assert pg_services.people.count(ActorKind.PERSON) == 40
    assert _reach_is_consistent(pg_database)


def test_people_are_created_changed_archived_and_deleted(pg_services, world):
    people, actors = pg_services.people, pg_services.actors
    before = people.count(ActorKind.PERSON)
    person_id = people.create_person(first_name="Zoë", last_name="Öztürk", phone="06-12345678")
    assert people.count(ActorKind.PERSON) == before + 1
    actors.update(person_id, {"note": "Wil meedoen met de moestuin"})
    assert actors.detail(person_id).name == "Zoë Öztürk"
    with pytest.raises(ValidationError, match="geen cijfers"):
        people.create_person(first_name="Ans", phone="bel maar")
    actors.delete(person_id)
    assert actors.detail(person_id) is None
    assert people.count(ActorKind.PERSON) == before


def test_a_recorded_contact_moment_shows_in_lists_search_reach_and_overview(
        pg_database, pg_services, world):
    with pg_database.session() as s:
        two = list(s.scalars(select(Actor.id).where(Actor.kind == ActorKind.PERSON.value)
                             .order_by(Actor.id).limit(2)))
    before = pg_services.overview.figures(TODAY)
    recorded = pg_services.recording.record(ContactInput(
        TODAY, ContactSetting.HOME_VISIT, participant_ids=tuple(two),
        new_people=(NewPerson("Şükrü", "Çelik"),), anonymous_count=2,
        note="Gesprek over de schimmel in de badkamer"))
    after = pg_services.overview.figures(TODAY)
    assert after.contacts_30_days == before.contacts_30_days + 1
    assert after.persons == before.persons + 1
    newest = pg_services.contacts.page(limit=1)[0]
    assert newest.id == recorded.contact_moment_id and "Şükrü Çelik" in newest.participants
    # a new id from the sequence, after the demo's explicit ids
    with pg_database.session() as s:
        assert recorded.contact_moment_id == s.scalar(select(ContactMoment.id).order_by(
            ContactMoment.id.desc()).limit(1))
    assert _reach_is_consistent(pg_database)
    pg_services.recording.delete(recorded)  # undo: the new person goes too
    assert _reach_is_consistent(pg_database)


def test_search_is_accent_insensitive_and_uses_the_servers_index(pg_services, world):
    search = pg_services.search
    person_id = pg_services.people.create_person(first_name="Büşra", last_name="Yıldırım")
    assert search.using_index()
    for typed in ("Yildirim", "yıldırım", "busra yild", "BÜŞRA"):
        hits = search.search(typed).hits
        assert any(h.kind == "person" and h.record_id == person_id for h in hits), typed
    hit = next(h for h in search.search("Busra").hits if h.record_id == person_id)
    assert hit.title.matches == ("Büşra",)
    assert not any(h.record_id == person_id for h in search.search("Yildirimx").hits)
    # a search of Dutch stop words alone still finds something (the portable query)
    assert search.search("de").hits


def test_search_finds_notes_newest_first_and_follows_edits(pg_services, world):
    recording = pg_services.recording
    first = recording.record(ContactInput(dt.date(2026, 3, 3), ContactSetting.STREET,
                                          anonymous_count=1, note="Lekkage bij de buren"))
    second = recording.record(ContactInput(dt.date(2026, 5, 3), ContactSetting.STREET,
                                           anonymous_count=1, note="Opnieuw lekkages gemeld"))
    found = [h.record_id for h in pg_services.search.search("lekkage").hits
             if h.kind == "contact_moment"]
    assert found[:2] == [second.contact_moment_id, first.contact_moment_id]
    recording.delete(second)
    found = [h.record_id for h in pg_services.search.search("lekkage").hits]
    assert second.contact_moment_id not in found and first.contact_moment_id in found


def test_meetings_are_planned_and_listed(pg_services, world):
    meeting_id = pg_services.meetings.create_meeting(
        day=dt.date(2026, 7, 1), start_time="19:30", new_series="Stuurgroep speeltuin")
    agenda = pg_services.agenda.agenda(meeting_id)
    assert agenda.meeting.title == "Stuurgroep speeltuin 1 juli 2026"
    assert agenda.items and agenda.ends_at > dt.datetime(2026, 7, 1, 19, 30)
    assert meeting_id in {m.id for m in pg_services.meetings.list()}
    hits = pg_services.search.search("stuurgroep speeltuin").hits
    assert any(h.kind == "meeting" and h.record_id == meeting_id for h in hits)


def test_an_imported_list_is_searchable_by_contact_details_and_ids_continue(
        pg_services, world, tmp_path):
    from db.services.import_values import guess_mapping
    from exports.import_files import read_table
    from tests.import_messy import messy_xlsx

    table = read_table(messy_xlsx(tmp_path / "leden.xlsx"))
    check = pg_services.person_import.check(table.header, table.rows, table.row_numbers,
                                            guess_mapping(table.header), source=table.file_name)
    result = pg_services.person_import.run(check, valid_only=True, file_hash="abc")
    assert len(result.ids) == 5
    hits = pg_services.search.search("rene@example").hits  # e-mail parts, accent-free
    assert [h.record_id for h in hits if h.kind == "person"] != []
    # the import wrote explicit ids: the server's sequence continues after them
    later = pg_services.people.create_person(first_name="Na", last_name="Import")
    assert later > max(result.ids)
