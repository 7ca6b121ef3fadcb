"""`buurtboek export`, `export-list` and `merge` from the command line."""

from __future__ import annotations

from openpyxl import load_workbook

from db.database import open_database
from db.engine import sqlite_url
from desktop.cli import main
from tests.exports.report_data import build


def test_export_export_list_and_merge(data_dir, tmp_path, capsys):
    database = open_database(sqlite_url(data_dir / "buurtboek.sqlite"))
    build(database)
    database.close()
    report = tmp_path / "rapport.xlsx"
    assert main(["export", "--from", "01-01-2026", "--to", "2026-03-31", "--privacy",
                 "volledig", "--wijk", "zuid", "-o", str(report)]) == 0
    assert "Verantwoording (volledig (met namen))" in capsys.readouterr().out
    assert load_workbook(report)["Contactmomenten"].max_row == 3  # Zuid: two contacts
    listed = tmp_path / "personen.xlsx"
    assert main(["export-list", "personen", "-o", str(listed)]) == 0
    assert load_workbook(listed).sheetnames == ["Bewoners (aantallen)"]  # anoniem: counts
    team = tmp_path / "team.xlsx"
    assert main(["merge", str(report), str(report), "-o", str(team)]) == 1
    assert "rapport.xlsx: staat twee keer in de lijst" in capsys.readouterr().err
    assert not team.exists()
    other = tmp_path / "ander.xlsx"
    assert main(["export", "--from", "2026-01-01", "--to", "2026-03-31", "-o",
                 str(other)]) == 0
    assert main(["merge", str(report), str(other), "-o", str(team)]) == 0
    assert load_workbook(team).sheetnames[1] == "Per werker"


def test_refusals_are_clear(data_dir, tmp_path, capsys):
    open_database(sqlite_url(data_dir / "buurtboek.sqlite")).close()
    assert main(["export", "--from", "2026-03-01", "--to", "2026-01-01", "-o",
                 str(tmp_path / "x.xlsx")]) == 1
    assert "--to ligt vóór --from" in capsys.readouterr().err
    assert main(["export", "--from", "2026-01-01", "--to", "2026-02-01", "--wijk", "Nergens",
                 "-o", str(tmp_path / "x.xlsx")]) == 1
    assert "Onbekende wijk: Nergens" in capsys.readouterr().err
    assert main(["export-list", "dossiers", "-o", str(tmp_path / "x.csv")]) == 1
    assert not list(tmp_path.glob("x.*"))
