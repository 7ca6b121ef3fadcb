"""The network figures to Excel: every sheet, names as text (never a formula), real dates."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from db.models import Group, Person, Tie
from db.services.network import NetworkFilter
from db.vocabulary import GroupKind, Strategy
from exports.network import write_network_workbook


def test_network_workbook_holds_the_figures(services, database, tmp_path):
    with database.session.begin() as s:
        ans = Person(name="=HYPERLINK(\"x\")", first_name="Ans")
        bram = Person(name="Bram", first_name="Bram")
        cor = Person(name="Cor", first_name="Cor")
        club = Group(name="Moestuin", group_kind=GroupKind.INFORMAL)
        s.add_all([ans, bram, cor, club])
        s.flush()
        s.add_all([Tie(source_id=ans.id, target_id=bram.id, strategy=Strategy.BONDING,
                       since=dt.date(2026, 1, 3)),
                   Tie(source_id=bram.id, target_id=club.id, strategy=Strategy.BRIDGING,
                       since=dt.date(2026, 3, 9))])
    graph = services.network.map(NetworkFilter(on=dt.date(2026, 6, 1)))
    figures = services.network.figures(graph)
    path = write_network_workbook(tmp_path / "netwerk.xlsx", graph, figures, "Alle buurten")
    book = load_workbook(path)
    assert book.sheetnames == ["Samenvatting", "Actoren", "Bruggen", "Zonder relatie",
                               "Nieuwe relaties per maand"]
    actors = book["Actoren"]
    assert actors["A1"].value == "Naam" and actors.max_row == 5
    assert actors["A2"].value == "Bram" and actors["G2"].value > 0  # the bridge-builder first
    names = [actors.cell(r, 1) for r in range(2, 6)]
    formula = next(c for c in names if str(c.value).startswith("="))
    assert formula.data_type == "s"  # text, never a live formula
    assert book["Bruggen"].max_row == 3  # both ties are bridges
    assert book["Zonder relatie"]["A2"].value == "Cor"
    months = book["Nieuwe relaties per maand"]
    assert months["A2"].value == dt.datetime(2026, 1, 1) and months.max_row == 4
    assert book["Samenvatting"]["B2"].value == dt.datetime(2026, 6, 1)
