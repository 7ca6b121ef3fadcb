"""The messy contact lists of issue 7, made by the tests themselves (no binary fixtures): a
workbook with a title row, empty rows, a merged "Adres" header over "Straat | Huisnummer",
dates as text, as Excel serials and as date cells; and a Windows-1252 CSV with ; and ë/é.

Expected from both: the valid rows in VALID_*, the refused rows in REFUSED_*, one
duplicate within the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

XLSX_HEADER = ("Voornaam", "Tussenvoegsel", "Achternaam", "E-mailadres", "Adres", None,
               "Postcode", "Geboortedatum")
XLSX_ROWS = {  # sheet row -> cells; rows 2, 6 and 10 stay empty
    5: ("Zoë", "", "Bakker", "zoe@example.org", "Dorpsstraat", 12, "1234 AB", "03-05-1982"),
    7: ("Jan", "de", "Vries", "x@", "Kerkweg", "3", "1234 AB", ""),
    8: ("Fatima", "", "El Amrani", "fatima@example.org", "Kerkweg", "5a", "1234ab", 29000),
    9: ("René", "van der", "Berg", "rene@example.org", "Laan", 8, "2511 CV", "1982-07-14"),
    11: ("Piet", "", "Jansen", "piet@example.org", "Plein 1944", 5, "2512 AB", "7-8-65"),
    12: ("Anna", "", "Smit", "", "", "", "12345", "31-02-1990"),
    13: ("Zoë", "", "Bakker", "ZOE@example.org", "Dorpsstraat", 12, "1234 AB", ""),
    14: ("Mohamed", "", "Yilmaz", "", "Molenstraat", "1", "", dt.date(1975, 1, 2)),
}
VALID_XLSX_ROWS = (5, 8, 9, 11, 14)
REFUSED_XLSX_ROWS = (7, 12)
DUPLICATE_XLSX_ROWS = (13,)

CSV_LINES = (
    "Naam;E-mail;Telefoon;Postcode;Woonplaats;Wijk;Geboortedatum",
    "Zoë de Wit;zoe.dewit@example.org;0612345678;1234 AB;Den Haag;Transvaal;03-05-1982",
    ";;;;;;",
    "René Dubois;rene@example;070-1234567;2511 CV;Den Haag;Transvaal;",
    "Chloé van Dijk;chloe@example.org;612345678;1234ab;Den Haag;Transvaal;29000",
    "",
    "Noël Bakker;noel@example.org;06 87654321;2512 AB;Den Haag;Schilderswijk;1960-12-31",
)
VALID_CSV_ROWS = (2, 5, 7)
REFUSED_CSV_ROWS = (4,)


def messy_xlsx(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Leden"
    sheet["A1"] = "Ledenlijst Buurthuis De Pit, 2025"
    sheet.merge_cells("A1:H1")
    for column, title in enumerate(XLSX_HEADER, start=1):
        if title:
            sheet.cell(3, column, title)
    sheet.merge_cells("E3:F3")
    sheet["E4"], sheet["F4"] = "Straat", "Huisnummer"
    for row, cells in XLSX_ROWS.items():
        for column, value in enumerate(cells, start=1):
            if value != "":
                sheet.cell(row, column, value)
    sheet["H8"].number_format = "General"  # a serial number that is not shown as a date
    workbook.save(path)
    return path


def messy_csv(path: Path) -> Path:
    path.write_bytes("\r\n".join(CSV_LINES).encode("cp1252"))
    return path
