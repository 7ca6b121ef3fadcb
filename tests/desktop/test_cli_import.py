"""`buurtboek import BESTAND [--skip-invalid] [--kolom KOLOM=VELD]`: all or nothing, with the
per-row report; exit 1 when rows were refused and nothing was imported, 2 for a file that
cannot be read."""

from __future__ import annotations

import sqlite3

import pytest

from desktop import cli
from tests.import_messy import messy_csv, messy_xlsx


@pytest.fixture
def folder(tmp_path):
    from db.database import open_database
    from db.engine import sqlite_url

    folder = tmp_path / "gegevens"
    folder.mkdir()
    open_database(sqlite_url(folder / "buurtboek.sqlite")).close()
    return folder


def persons(folder) -> int:
    with sqlite3.connect(folder / "buurtboek.sqlite") as conn:
        return conn.execute("SELECT count(*) FROM persons").fetchone()[0]


def test_refused_rows_mean_nothing_imported_and_exit_1(folder, tmp_path, capsys):
    path = messy_xlsx(tmp_path / "leden.xlsx")
    assert cli.main(["--data-dir", str(folder), "import", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "Geweigerd — rij 7: E-mailadres 'x@' is geen geldig adres." in out
    assert "Overgeslagen (dubbel) — rij 13" in out
    assert "er is niets geïmporteerd" in err and "--skip-invalid" in err
    assert persons(folder) == 0


def test_skip_invalid_imports_the_valid_rows_and_prints_the_report(folder, tmp_path, capsys):
    path = messy_xlsx(tmp_path / "leden.xlsx")
    assert cli.main(["--data-dir", str(folder), "import", str(path), "--skip-invalid"]) == 0
    out, _ = capsys.readouterr()
    assert "rij 12: Postcode '12345'" in out and "5 bewoners geïmporteerd." in out
    assert persons(folder) == 5
    with sqlite3.connect(folder / "buurtboek.sqlite") as conn:
        action, rows, digest = conn.execute(
            "SELECT action, rows, file_hash FROM audit_log").fetchone()
    assert (action, rows, len(digest)) == ("import", 5, 64)


def test_kolom_says_what_a_column_holds(folder, tmp_path, capsys):
    path = messy_csv(tmp_path / "lijst.csv")
    assert cli.main(["--data-dir", str(folder), "import", str(path), "--skip-invalid",
                     "--kolom", "Wijk=", "--kolom", "Telefoon=notitie"]) == 0
    with sqlite3.connect(folder / "buurtboek.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM neighbourhoods").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM persons WHERE phone != ''").fetchone()[0] == 0
    assert cli.main(["--data-dir", str(folder), "import", str(path), "--kolom",
                     "Fax=telefoon"]) == 2
    assert "geen kolom 'Fax'" in capsys.readouterr().err


def test_a_file_that_is_no_list_exits_2_with_the_dutch_message(folder, tmp_path, capsys):
    path = tmp_path / "leeg.csv"
    path.write_bytes(b"")
    assert cli.main(["--data-dir", str(folder), "import", str(path)]) == 2
    assert "'leeg.csv' is leeg" in capsys.readouterr().err
