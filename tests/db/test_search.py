"""Search (Ctrl+K): the FTS5 index of revision 0002_search and db.services.search.

The index is kept by SQLite triggers, so what a service or the ORM writes is findable in
the same transaction, and a rollback takes it out again.
"""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import select

from db.database import open_database
from db.engine import make_engine, sqlite_url
from db.migrate import alembic_config
from db.models import (
    Actor, AgendaItem, ContactMoment, Dossier, Meeting, Person, Signal, Story,
    contact_participants,
)
from db.services.recording import ContactInput
from db.services.search import GROUPS, SearchService
from db.vocabulary import ContactSetting, DossierPhase, GroupKind

TODAY = dt.date.today()


def titles(results, kind=None):
    return [h.title.text for h in results.hits if kind is None or h.kind == kind]


def record(services, note, day=TODAY, participants=(), **extra):
    extra.setdefault("anonymous_count", 0 if participants else 1)
    data = ContactInput(occurred_on=day, setting=ContactSetting.STAIRWELL,
                        participant_ids=tuple(participants), note=note, **extra)
    return services.recording.record(data).contact_moment_id


def add(database, *rows):
    with database.session.begin() as s:
        s.add_all(rows)
        s.flush()
        return [row.id for row in rows]


def in_index(connection, word: str) -> list[int]:
    """Raw ids of index rows matching `word` (kind bits stripped), on this connection."""
    rows = connection.exec_driver_sql(
        "SELECT rowid FROM search_index WHERE search_index MATCH ?", (f'"{word}"*',))
    return sorted(rowid & 0xFFFFFFFF for (rowid,) in rows)


@pytest.fixture(scope="module")
def shared_services(tmp_path_factory):
    """One database for the many read-only cases (hostile input)."""
    from db.services import Services

    database = open_database(sqlite_url(tmp_path_factory.mktemp("search") / "s.sqlite"))
    services = Services.for_database(database)
    services.people.create_person(first_name="Zoë", last_name="Jansen")
    services.people.create_person(first_name="محمد", last_name="Bakkali")
    yield services
    database.close()


@pytest.fixture
def people(services):
    ids = {
        "zoe": services.people.create_person(first_name="Zoë", last_name="Jansen"),
        "zoe2": services.people.create_person(first_name="Zoe", last_name="Bakker"),
        "ans": services.people.create_person(first_name="Ans", last_name="Jansen"),
    }
    return ids


def test_accents_do_not_matter_either_way(services, people):
    assert sorted(titles(services.search.search("zoe"))) == ["Zoe Bakker", "Zoë Jansen"]
    assert sorted(titles(services.search.search("ZOË"))) == ["Zoe Bakker", "Zoë Jansen"]
    hit = services.search.search("Zoë jan").hits[0]
    assert hit.title.matches == ("Zoë", "Jansen")  # both marked, accents kept as written


def test_every_word_is_a_prefix_and_all_words_are_required(services, people):
    assert sorted(titles(services.search.search("jans"))) == ["Ans Jansen", "Zoë Jansen"]
    assert titles(services.search.search("zo bak")) == ["Zoe Bakker"]
    assert titles(services.search.search("ans bakker")) == []


def test_results_are_grouped_in_a_fixed_order_and_open_the_right_record(services, database):
    person = services.people.create_person(first_name="Wilma", last_name="Wilgenhof")
    group = services.actors.create_group("Bewonersgroep Wilgenhof", GroupKind.INFORMAL)
    place = services.actors.create_place("Speeltuin Wilgenhof")
    moment = record(services, "Bij de Wilgenhof gesproken over de speeltuin.")
    meeting, other = add(
        database, Meeting(title="Bewonersavond Wilgenhof", starts_at=dt.datetime(2026, 3, 2, 19)),
        Meeting(title="Regiegroep", starts_at=dt.datetime(2026, 4, 6, 19)))
    add(database, AgendaItem(meeting_id=other, position=1, title="Rondvraag",
                             minutes="De Wilgenhof wil een bankje."))
    dossier, = add(database, Dossier(title="Sloop Wilgenhof", phase=DossierPhase.SIGNALLING))
    signal, = add(database, Signal(observed_on=TODAY, description="Lekkage in de Wilgenhof-flat"))
    story, = add(database, Story(title="Wilgenhof groeit", body="Samen", told_on=TODAY))

    results = services.search.search("wilgenhof")

    assert [g.kind for g in results.groups] == [
        "person", "group", "place", "contact_moment", "meeting", "dossier", "signal", "story"]
    assert [g.label for g in results.groups] == [label for _, label, _ in GROUPS]
    assert [(h.kind, h.record_id) for h in results.hits] == [
        ("person", person), ("group", group), ("place", place), ("contact_moment", moment),
        ("meeting", other), ("meeting", meeting),  # newest first; the agenda item opens its meeting
        ("dossier", dossier), ("signal", signal), ("story", story)]
    agenda_hit = results.groups[4].hits[0]
    assert agenda_hit.title.text == "Regiegroep — agendapunt Rondvraag"
    assert agenda_hit.snippet.matches == ("Wilgenhof",)
    assert agenda_hit.date == dt.date(2026, 4, 6)


def test_matching_words_are_marked_in_title_and_snippet(services, people):
    services.actors.update(people["ans"], {"note": "Wil graag meedoen met de moestuin.\n"
                                                   "Heeft een zoon."})
    moment = record(services, "Lang gesprek. " * 30 + "Zoë vertelde over de moestuin achter "
                    "de flat, en over haar buren." + " Daarna koffie." * 30,
                    participants=[people["zoe"]])

    hit = next(h for h in services.search.search("moestuin zoe").hits
               if h.record_id == moment)
    assert hit.kind == "contact_moment" and hit.date == TODAY
    assert hit.title.text == "Portiekgesprek — Zoë Jansen" and hit.title.matches == ("Zoë",)
    assert set(hit.snippet.matches) == {"Zoë", "moestuin"}
    assert hit.snippet.text.startswith("…") and len(hit.snippet.text) < 200
    person = services.search.search("moestuin").groups[0].hits[0]
    assert person.title.text == "Ans Jansen"
    assert "Wil graag meedoen met de moestuin. · Heeft een zoon." in person.snippet.text


def test_name_matches_come_before_matches_in_notes(services):
    first = services.people.create_person(first_name="Karin", last_name="Smit")
    services.actors.update(first, {"note": "Dochter van Fenna."})
    fenna = services.people.create_person(first_name="Fenna", last_name="de Wit")
    assert [h.record_id for h in services.search.search("fenna").hits] == [fenna, first]


def test_contact_moments_come_newest_first_and_a_changed_date_moves_one(services):
    old = record(services, "Over de schimmel", day=TODAY - dt.timedelta(days=30))
    new = record(services, "Weer de schimmel", day=TODAY - dt.timedelta(days=1))
    assert [h.record_id for h in services.search.search("schimmel").hits] == [new, old]
    with services.db.session.begin() as s:
        s.get(ContactMoment, old).occurred_on = TODAY
    assert [h.record_id for h in services.search.search("schimmel").hits] == [old, new]


def test_a_write_is_in_the_index_inside_its_own_transaction(services, people):
    with services.db.session.begin() as s:
        person = s.get(Person, people["ans"])
        person.note = "Kent de voorzitter van de tennisclub."
        s.flush()
        assert in_index(s.connection(), "tennisclub") == [people["ans"]]
    assert titles(services.search.search("tennis")) == ["Ans Jansen"]

    services.actors.update(people["ans"], {"note": "Verhuisd."})
    assert services.search.search("tennis").hits == ()
    assert titles(services.search.search("verhuisd")) == ["Ans Jansen"]


def test_a_rolled_back_write_leaves_the_index_as_it_was(services, people):
    moment = record(services, "Over het buurtfeest")
    with pytest.raises(RuntimeError), services.db.session.begin() as s:
        s.get(ContactMoment, moment).note = "Over de barbecue"
        s.add(Person(name="Piet Barbecue", first_name="Piet", last_name="Barbecue"))
        s.flush()
        assert in_index(s.connection(), "barbecue") != []
        raise RuntimeError("afgebroken")
    assert services.search.search("barbecue").hits == ()
    assert [h.record_id for h in services.search.search("buurtfeest").hits] == [moment]


def test_deleted_and_archived_records_are_not_found(services, database, people):
    moment = record(services, "Over de wasmachine", participants=[people["zoe"]])
    meeting, = add(database, Meeting(title="Wasmachine-overleg", starts_at=dt.datetime.now()))
    add(database, AgendaItem(meeting_id=meeting, position=1, title="Wasmachine kopen"))
    assert len(services.search.search("wasmachine").hits) == 2
    with database.session.begin() as s:
        s.delete(s.get(ContactMoment, moment))
        s.delete(s.get(Meeting, meeting))  # its agenda item goes with it (ON DELETE CASCADE)
    with database.session() as s:
        assert in_index(s.connection(), "wasmachine") == []

    services.actors.set_archived(people["zoe"], True)
    assert titles(services.search.search("zoe")) == ["Zoe Bakker"]
    services.actors.set_archived(people["zoe"], False)
    assert len(services.search.search("zoe").hits) == 2


def test_street_email_and_phone_of_a_person_are_searchable(services, people):
    services.actors.update(people["ans"], {"street": "Brederodestraat", "house_number": "12",
                                           "email": "ans@voorbeeld.nl", "phone": "06-12345678"})
    for typed in ("brederode", "voorbeeld", "12345678", "ans brederodestraat 12"):
        hit = services.search.search(typed).hits[0]
        assert (hit.kind, hit.record_id) == ("person", people["ans"]), typed
    assert "Brederodestraat 12" in hit.snippet.text


def test_sensitive_text_is_found_but_not_shown(services, people):
    moment = record(services, "Schulden bij de energieleverancier", sensitive=True)
    hit, = services.search.search("schulden").hits
    assert (hit.record_id, hit.sensitive, hit.snippet.text) == (moment, True, "")
    services.actors.update(people["ans"], {"note": "Schulden; niet over praten.",
                                           "note_sensitive": True, "street": "Dorpsweg",
                                           "house_number": "3"})
    for typed in ("schulden praten", "dorpsweg"):
        hit, = services.search.search(typed).groups[0].hits
        assert (hit.record_id, hit.sensitive, hit.snippet.text) == (
            people["ans"], True, "Dorpsweg 3"), typed


def test_a_one_megabyte_note_is_found_with_a_short_snippet(services):
    """FTS5's own snippet() needed 5 minutes for this note (one word repeated 170,000
    times): the snippet is cut in Python from the start of the text instead."""
    note = "woord " * 170_000 + "vuilnisbak"
    moment = record(services, note)
    for typed in ("woord", "vuilnisbak"):
        hit, = services.search.search(typed).hits
        assert hit.record_id == moment and len(hit.snippet.text) < 200
    assert services.search.search("woord").hits[0].snippet.matches[0] == "woord"


def test_more_than_the_limit_says_so(services):
    for i in range(4):
        record(services, f"Gesprek {i} over de lift")
    group, = services.search.search("lift", limit_per_kind=3).groups
    assert len(group.hits) == 3 and group.more
    group, = services.search.search("lift", limit_per_kind=4).groups
    assert len(group.hits) == 4 and not group.more


@pytest.mark.parametrize(("typed", "finds_zoe"), [
    ('"', False), ('""', False), ('"zoe', True), ('zoe"', True), ("zoe*", True), ("*", False),
    ("-zoe", True), ("zoe -jansen", True), ("NOT zoe", False), ("zoe AND", False),
    ("OR", False), ("NEAR(zoe jansen)", False), ("title:zoe", False), ("{title}: zoe", False),
    ("(zoe", True), ("zoe)", True), ("^zoe", True), ("zoe + ", True), ("zoe:", True),
    ("'; DROP TABLE actors; --", False), ("%", False), ("_", False), ("\\", False),
    ("zoe\x00", True), ("\x02zoe\x03", True), ("🙂", False), ("🙂 zoe 👍🏽", True),
    ("محمد", False), ("Zoë\u0301", True), ("e\u0301", False), ("ᦰab", False),
    ("a\u19b0bc zoe", False), ("x" * 5000, False), (" ".join(["zo"] * 50), True),
])
def test_hostile_input_never_raises(shared_services, typed, finds_zoe):
    results = shared_services.search.search(typed)
    assert ("Zoë Jansen" in titles(results)) is finds_zoe


def test_arabic_script_is_found(services):
    services.people.create_person(first_name="محمد", last_name="Bakkali")
    assert titles(services.search.search("محم")) == ["محمد Bakkali"]


def test_empty_or_one_letter_input_finds_nothing(services, people):
    for typed in ("", "   ", "\n", "z", "z j"):
        results = services.search.search(typed)
        assert results.groups == () and results.too_short == bool(typed.strip())


def test_the_like_query_finds_what_the_index_finds(services, people):
    record(services, "Zoë vroeg naar de moestuin", participants=[people["zoe"]])
    like = SearchService(services.db, use_index=False)
    assert services.search.using_index() and not like.using_index()
    for typed in ("jansen", "moestuin zoë", "bakker zoe"):
        fts, slow = services.search.search(typed), like.search(typed)
        assert [(h.kind, h.record_id, h.title, h.snippet) for h in fts.hits] == \
               [(h.kind, h.record_id, h.title, h.snippet) for h in slow.hits], typed


# -- the migration ----------------------------------------------------------------------------

SEARCH_TRIGGERS = {f"{table}_search_{event}" for table in (
    "actors", "persons", "groups", "places", "contact_moments", "meetings", "agenda_items",
    "dossiers", "signals", "stories") for event in ("ai", "au", "ad")}


def test_every_search_trigger_exists_at_head(database):
    """A later batch migration that recreates a table must recreate its triggers."""
    with database.engine.connect() as conn:
        names = set(conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
    assert SEARCH_TRIGGERS <= names


def test_migrating_a_database_with_data_fills_the_index(tmp_path):
    from db import demo

    engine = make_engine(sqlite_url(tmp_path / "old.sqlite"))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001_initial")
    demo.run(engine, demo.DemoSize(people=40, seed=3))
    tables = ("actors", "persons", "contact_moments", "meetings", "agenda_items", "dossiers",
              "signals", "stories", "contact_participants", "ties")
    with engine.connect() as conn:
        before = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in tables}
        name, note, moment = conn.execute(
            select(Actor.name, ContactMoment.note, ContactMoment.id)
            .join(contact_participants, contact_participants.c.actor_id == Actor.id)
            .join(ContactMoment, ContactMoment.id == contact_participants.c.contact_moment_id)
            .order_by(ContactMoment.id.desc()).limit(1)).one()
    engine.dispose()

    database = open_database(sqlite_url(tmp_path / "old.sqlite"))  # migrates to head
    try:
        with database.engine.connect() as conn:
            after = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                     for t in tables}
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            conn.exec_driver_sql(
                "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)")
            indexed = conn.exec_driver_sql("SELECT count(*) FROM search_index").scalar()
        assert after == before
        sources = before["actors"] + sum(before[t] for t in (
            "contact_moments", "meetings", "agenda_items", "dossiers", "signals", "stories"))
        assert indexed == sources
        search = SearchService(database)
        assert any(h.title.text == name for h in search.search(name).hits)
        words = " ".join(w for w in note.split() if len(w) > 4)[:60]
        assert moment in [h.record_id for h in search.search(words, 50).hits]
    finally:
        database.close()


def test_downgrade_removes_the_index_and_its_triggers(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "a.sqlite"))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001_initial")
    with engine.connect() as conn:
        left = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name LIKE '%search%'").scalars().all()
        assert left == []
        conn.exec_driver_sql("INSERT INTO actors (kind, name, note, note_sensitive, created_at,"
                             " updated_at) VALUES ('person', 'Ans', '', 0, 0, 0)")
    engine.dispose()
