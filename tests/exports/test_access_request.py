"""Inzageverzoek: one workbook with everything about one person, logged with its hash."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from db.services.audit import file_sha256
from db.services.errors import ValidationError
from exports.access_request import export_access_request
from tests import privacy_data
from tests.privacy_data import NAME


@pytest.fixture
def world(services):
    return privacy_data.build(services.db)


def _sheet(workbook, title):
    ws = workbook[title]
    return [tuple(c.value for c in row) for row in ws.iter_rows(min_row=2)]


def test_the_workbook_holds_everything_about_the_person(services, world, tmp_path):
    path = export_access_request(services.db, world["quirijn"], tmp_path / "inzage.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "Toelichting", "Persoon", "Relaties", "Lidmaatschappen", "Contactmomenten",
        "Notities met de naam", "Bijeenkomsten", "Dossiers", "Verhalen", "Actiepunten",
        "Signalen", "Toestemming", "Auditlog"]
    assert wb["Toelichting"]["A1"].value == f"Inzageverzoek: {NAME}"
    person = dict(row[:2] for row in _sheet(wb, "Persoon"))
    assert person["Telefoonnummer"] == "0612345678"
    assert person["E-mailadres"] == "quirijn@example.org"
    assert _sheet(wb, "Relaties")[0][:2] == ("Anja Bakker", "Verbinden")
    assert _sheet(wb, "Lidmaatschappen") == [("Moestuinclub", "trekker", None, None)]
    contacts = _sheet(wb, "Contactmomenten")
    assert len(contacts) == 4
    notes = {row[4] for row in contacts}
    assert "Zwanenbloem vertelt over schulden" in notes  # the sensitive note too: theirs
    # Anja is not named in Quirijn's workbook: the shared moment says "1 other"
    shared = next(row for row in contacts if row[4] == "Samen naar de buurtavond")
    assert shared[3] == 1
    assert all("Anja" not in str(v) for row in contacts for v in row)
    mentions = _sheet(wb, "Notities met de naam")
    assert [row[1] for row in mentions] == ["Contactmoment"]
    assert [row[1:] for row in _sheet(wb, "Bijeenkomsten")] == [("Bewonersavond", "Aanwezig")]
    assert _sheet(wb, "Dossiers")[0][:2] == ("Schimmel in de flat", "Getroffen")
    assert _sheet(wb, "Verhalen")[0][1] == "Van bezoeker tot trekker"
    assert _sheet(wb, "Actiepunten")[0][1] == "Zaden halen"
    assert _sheet(wb, "Signalen")[0][1] == "Lekkage"
    assert _sheet(wb, "Toestemming")[0][0] == "Contactgegevens bewaren"
    assert _sheet(wb, "Auditlog")[0][1:4] == ("Export", "Samira Ouali", "adreslijst")

    (entry,) = services.audit.entries(action="access_request")
    assert entry.object_id == world["quirijn"] and entry.file_hash == file_sha256(path)
    assert entry.rows > 20 and "Quirijn" not in entry.detail


def test_a_person_who_does_not_exist_gets_a_clear_message(services, world, tmp_path):
    with pytest.raises(ValidationError, match="bestaat niet"):
        export_access_request(services.db, 999_999, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
    assert services.audit.entries(action="access_request") == []


def test_the_command_line_writes_the_same_workbook(data_dir, tmp_path, capsys):
    from db.database import open_database
    from desktop import cli, paths

    database = open_database(paths.database_url(data_dir))
    world = privacy_data.build(database)
    database.close()
    target = tmp_path / "inzage.xlsx"
    assert cli.main(["--data-dir", str(data_dir), "inzage", str(world["quirijn"]),
                     "-o", str(target)]) == 0
    assert "auditlog" in capsys.readouterr().out
    assert load_workbook(target)["Toelichting"]["A1"].value == f"Inzageverzoek: {NAME}"
    assert cli.main(["--data-dir", str(data_dir), "inzage", "424242",
                     "-o", str(tmp_path / "y.xlsx")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
