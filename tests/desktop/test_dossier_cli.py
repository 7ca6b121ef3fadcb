"""`buurtboek dossier ID [--zonder-namen] -o FILE.xlsx`: the same export as the window."""

from __future__ import annotations

from openpyxl import load_workbook

from db import demo
from db.database import open_database
from db.engine import sqlite_url
from desktop import cli


def test_dossier_to_excel_from_the_command_line(tmp_path, capsys):
    folder = tmp_path / "gegevens"
    folder.mkdir()
    database = open_database(sqlite_url(folder / "buurtboek.sqlite"))
    demo.run(database.engine, demo.DemoSize(people=150, seed=2))
    database.close()
    target = tmp_path / "dossier.xlsx"
    code = cli.main(["--data-dir", str(folder), "dossier", "1", "--zonder-namen",
                     "-o", str(target)])
    assert code == 0, capsys.readouterr().err
    assert "zonder namen" in capsys.readouterr().out
    assert load_workbook(target).sheetnames == ["Samenvatting", "Tijdlijn", "Mensen en doelen",
                                                "Signalen"]
    assert cli.main(["--data-dir", str(folder), "dossier", "999", "-o", str(target)]) == 1
    assert "Dossier 999 bestaat niet" in capsys.readouterr().err
    assert cli.main(["--data-dir", str(folder), "dossier", "1", "-o",
                     str(tmp_path / "dossier.csv")]) == 1
    assert ".xlsx" in capsys.readouterr().err
