"""Importing a contact list as persons: all or nothing, duplicates skipped, a per-row report,
the search index and the audit log kept right, undo of exactly what was imported."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from db.events import Change
from db.models import Person
from db.services.errors import ValidationError
from db.services.import_values import (
    guess_mapping, parse_date, postcode, split_address, split_name, target_for,
)
from db.services.person_import import ImportCancelled
from db.vocabulary import ActorKind
from exports.import_files import read_table
from tests.import_messy import (
    REFUSED_CSV_ROWS, REFUSED_XLSX_ROWS, VALID_CSV_ROWS, VALID_XLSX_ROWS, messy_csv, messy_xlsx,
)


def check_file(services, path):
    table = read_table(path)
    return services.person_import.check(table.header, table.rows, table.row_numbers,
                                        guess_mapping(table.header), source=table.file_name)


def persons(services):
    return services.people.count(ActorKind.PERSON)


def person(services, name):
    with services.db.session() as s:
        return s.scalars(select(Person).where(Person.name == name)).one()


def test_messy_workbook_imports_nothing_unless_the_valid_rows_are_chosen(services, tmp_path):
    services.people.create_person(first_name="Bestaande", last_name="Bewoner")
    check = check_file(services, messy_xlsx(tmp_path / "leden.xlsx"))
    assert tuple(p.row for p in check.people) == VALID_XLSX_ROWS
    assert tuple(r.row for r in check.refused) == REFUSED_XLSX_ROWS
    assert persons(services) == 1
    with pytest.raises(ValidationError, match="2 van de 8 rijen zijn geweigerd; er is niets"):
        services.person_import.run(check)
    assert persons(services) == 1  # nothing was written
    result = services.person_import.run(check, valid_only=True)
    assert result.imported == 5 and persons(services) == 6
    zoe = person(services, "Zoë Bakker")
    assert (zoe.street, zoe.house_number, zoe.postcode, zoe.birth_year) == (
        "Dorpsstraat", "12", "1234 AB", 1982)
    assert person(services, "Fatima El Amrani").birth_year == 1979  # serial 29000
    assert person(services, "Fatima El Amrani").postcode == "1234 AB"  # was "1234ab"
    assert person(services, "René van der Berg").infix == "van der"
    assert person(services, "Piet Jansen").birth_year == 1965  # "7-8-65"
    assert person(services, "Piet Jansen").street == "Plein 1944"
    assert person(services, "Mohamed Yilmaz").birth_year == 1975  # a date cell


def test_report_says_per_row_what_was_refused_and_why(services, tmp_path):
    check = check_file(services, messy_xlsx(tmp_path / "leden.xlsx"))
    report = check.report()
    assert "Geweigerd — rij 7: E-mailadres 'x@' is geen geldig adres." in report
    row_12 = next(line for line in report if "rij 12" in line)
    assert "Postcode '12345'" in row_12 and "'31-02-1990' is geen geldige datum" in row_12
    assert ("Overgeslagen (dubbel) — rij 13: Zoë Bakker staat al in rij 5 "
            "(zelfde e-mailadres)") in report


def test_windows_1252_csv(services, tmp_path):
    check = check_file(services, messy_csv(tmp_path / "lijst.csv"))
    assert tuple(p.row for p in check.people) == VALID_CSV_ROWS
    assert tuple(r.row for r in check.refused) == REFUSED_CSV_ROWS
    assert check.new_neighbourhoods == ("Schilderswijk", "Transvaal")
    services.person_import.run(check, valid_only=True)
    chloe = person(services, "Chloé van Dijk")
    assert (chloe.phone, chloe.postcode, chloe.city) == ("0612345678", "1234 AB", "Den Haag")
    hoods = dict(services.people.neighbourhoods())
    assert sorted(hoods.values()) == ["Schilderswijk", "Transvaal"]


def test_duplicates_of_persons_already_there_are_skipped(services, tmp_path):
    services.people.create_person(first_name="Zoë", last_name="Bakker", email="Zoe@Example.org")
    piet = services.people.create_person(first_name="Piet", last_name="Jansen")
    services.actors.update(piet, {"postcode": "2512 AB"})
    check = check_file(services, messy_xlsx(tmp_path / "leden.xlsx"))
    reasons = {d.row: d.reason for d in check.duplicates}
    assert reasons[5] == "staat al in Buurtboek als Zoë Bakker (zelfde e-mailadres)"
    assert reasons[11] == "staat al in Buurtboek als Piet Jansen (zelfde naam en postcode)"
    assert 13 in reasons  # the second Zoë is also already there
    result = services.person_import.run(check, valid_only=True)
    assert result.imported == 3 and persons(services) == 5


def test_search_index_audit_log_and_change_event(services, tmp_path):
    changes: list[Change] = []
    services.db.bus.subscribe(changes.append)
    check = check_file(services, messy_xlsx(tmp_path / "leden.xlsx"))
    result = services.person_import.run(check, valid_only=True, file_hash="abc123")
    assert Change("person", "created", result.ids) in changes
    hits = services.search.search("fatima")
    assert [h.record_id for g in hits.groups for h in g.hits] == [
        person(services, "Fatima El Amrani").id]
    assert services.search.search("rene@example").groups  # contact details are indexed
    entry = services.audit.entries(action="import")[0]
    assert (entry.object_kind, entry.rows, entry.file_hash) == ("person", 5, "abc123")
    assert entry.detail == "leden.xlsx: 5 geïmporteerd, 2 geweigerd, 1 dubbel overgeslagen"
    with services.db.engine.connect() as conn:
        indexed = conn.execute(text("SELECT count(*) FROM search_index")).scalar()
        triggers = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type='trigger' "
                                     "AND name IN ('actors_search_ai', 'persons_search_ai')"))
        assert indexed == 5 and triggers.scalar() == 2


def test_undo_deletes_exactly_the_imported_persons_and_redo_brings_them_back(services,
                                                                            tmp_path):
    before = services.people.create_person(first_name="Blijft", last_name="Staan")
    check = check_file(services, messy_csv(tmp_path / "lijst.csv"))
    result = services.person_import.run(check, valid_only=True)
    services.person_import.undo(result)
    assert persons(services) == 1 and services.actors.detail(before) is not None
    assert services.people.neighbourhoods() == []  # the neighbourhoods it made went too
    assert not services.search.search("chloe").groups
    again = services.person_import.run(check, valid_only=True, first_id=result.ids[0])
    assert again.ids == result.ids and persons(services) == 4
    assert services.audit.entries(action="delete")[0].detail.startswith("Import ongedaan")


def test_cancel_imports_nothing_and_keeps_the_search_triggers(services, tmp_path):
    check = check_file(services, messy_csv(tmp_path / "lijst.csv"))
    with pytest.raises(ImportCancelled):
        services.person_import.run(check, valid_only=True, cancelled=lambda: True)
    assert persons(services) == 0
    new = services.people.create_person(first_name="Na", last_name="Afbreken")
    hits = services.search.search("afbreken")
    assert [h.record_id for g in hits.groups for h in g.hits] == [new]


def test_a_mapping_without_a_name_column_is_refused(services):
    with pytest.raises(ValidationError, match="Kies welke kolom de naam bevat"):
        services.person_import.check(("E-mail",), [("a@b.nl",)], [2], {0: "email"})


def test_bulk_import_matches_the_orm_row_for_row(services):
    header = ("Voornaam", "Achternaam", "Telefoon", "Notitie")
    rows = [(f"Voor{i}", f"Achter{i}", f"06{i:08d}", "kookt graag" if i % 2 else "")
            for i in range(1200)]
    check = services.person_import.check(header, rows, list(range(2, 1202)),
                                         guess_mapping(header))
    result = services.person_import.run(check)
    assert result.imported == 1200
    with services.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1200
        last = s.get(Person, result.ids[-1])
        assert (last.name, last.phone, last.note, last.kind) == (
            "Voor1199 Achter1199", "0600001199", "kookt graag", ActorKind.PERSON)
        assert last.created_at.date() == dt.datetime.now(dt.UTC).date()


def test_dutch_headers_are_recognised():
    header = ("Voornaam", "Tussenv.", "Achternaam", "E-mail", "Mobiel", "Adres", "Postcode",
              "Woonplaats", "Buurt", "Geb. datum", "Opmerkingen", "Bankrekening")
    assert guess_mapping(header) == {
        0: "first_name", 1: "infix", 2: "last_name", 3: "email", 4: "phone", 5: "address",
        6: "postcode", 7: "city", 8: "neighbourhood", 9: "birth_date", 10: "note"}
    assert guess_mapping(("Naam", "E-mailadres")) == {0: "full_name", 1: "email"}
    assert guess_mapping(("Voornaam", "Naam")) == {0: "first_name", 1: "last_name"}
    assert (target_for("voornaam"), target_for("Telefoonnummer"), target_for("")) == (
        "first_name", "phone", "")


def test_values_written_in_many_ways():
    today = dt.date(2026, 11, 24)
    assert split_name("Jan de Vries") == ("Jan", "de", "Vries")
    assert split_name("Vries, Jan de") == ("Jan", "de", "Vries")
    assert split_name("Fatima") == ("Fatima", "", "")
    assert split_address("Laan van Meerdervoort 123-bis") == ("Laan van Meerdervoort",
                                                               "123-bis")
    assert split_address("Dorpsstraat 12 a") == ("Dorpsstraat", "12 a")
    assert postcode("1234ab") == "1234 AB"
    for written, meant in (("03-05-1982", dt.date(1982, 5, 3)), ("3-5-82", dt.date(1982, 5, 3)),
                           ("1982-05-03", dt.date(1982, 5, 3)), ("30074", dt.date(1982, 5, 3)),
                           ("3 mei 1982", dt.date(1982, 5, 3)), ("1-1-05", dt.date(2005, 1, 1))):
        assert parse_date(written, "Geboortedatum", "birth_date", today) == meant
    with pytest.raises(ValidationError, match="geen geldige datum"):
        parse_date("31-02-1990", "Geboortedatum", "birth_date", today)


def test_a_reason_is_given_once_per_field(services):
    header = ("Voornaam", "Achternaam", "E-mail")
    rows = [("J" * 101, "Jansen", "jan@"), ("Jan", "", "")]
    check = services.person_import.check(header, rows, [2, 3], guess_mapping(header))
    assert [r.reasons for r in check.refused] == [
        ("Voornaam is te lang (101 tekens, hoogstens 100).",
         "E-mailadres 'jan@' is geen geldig adres.")]
    assert [p.name for p in check.people] == ["Jan"]
