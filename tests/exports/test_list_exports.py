"""Lists to Excel: as shown (the page's filter and order), at each privacy level, read back
with openpyxl and python-calamine; and the anoniem report of a demo neighbourhood holds no
resident's name or e-mail address anywhere."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from db.models import Person
from db.services.audit import AuditService
from db.services.contacts import ContactFilter, ContactSort, SortKey
from db.services.periods import Period
from db.vocabulary import ContactSetting
from exports.lists import ListKind, ListRequest, export_list
from exports.privacy import ExportOptions, Privacy
from exports.report import ReportRequest, export_period_report
from tests.exports.report_data import EMAIL, RESIDENTS, build


def rows_of(path, sheet=None) -> list[list]:
    book = CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name(sheet or book.sheet_names[0]).to_python()


def test_persons_as_listed(database, tmp_path):
    build(database)
    path = export_list(database, ListRequest(ListKind.PERSONS, ExportOptions(Privacy.FULL)),
                       tmp_path / "bewoners.xlsx").path
    rows = rows_of(path)
    assert rows[0] == ["Naam", "Buurt", "Telefoon", "Participatie"]
    assert [r[0] for r in rows[1:]] == sorted(RESIDENTS)
    cor = next(r for r in rows if r[0] == "Cor Bakker")
    assert cor[2] == "-06 1234"  # a phone number that starts with - stays text
    pseudo = rows_of(export_list(database, ListRequest(ListKind.PERSONS, ExportOptions(
        Privacy.PSEUDONYMISED)), tmp_path / "p.xlsx").path)
    assert pseudo[0] == ["Naam", "Buurt", "Participatie"]  # no phone numbers
    assert all(r[0].startswith("Bewoner ") for r in pseudo[1:])
    counts = rows_of(export_list(database, ListRequest(ListKind.PERSONS),
                                 tmp_path / "a.xlsx").path)
    assert ["Noord", "(geen)", 5.0] in counts and ["Zuid", "(geen)", "<5"] in counts


def test_contacts_with_the_filter_and_order_of_the_page(database, tmp_path):
    build(database)
    shown = ContactFilter(date_from=dt.date(2026, 1, 1), settings=frozenset({
        ContactSetting.STREET}))
    path = export_list(database, ListRequest(
        ListKind.CONTACTS, ExportOptions(Privacy.FULL), shown,
        ContactSort(SortKey.DATE, descending=True)), tmp_path / "straat.xlsx").path
    rows = rows_of(path)
    assert [r[0] for r in rows[1:]] == [dt.date(2026, 2, 17), dt.date(2026, 2, 3),
                                        dt.date(2026, 1, 28)]
    assert load_workbook(path).active.tables["Contactmomenten"].ref == "A1:J4"
    entry = AuditService(database).entries(limit=1)[0]
    assert entry.object_kind == "list" and entry.rows == 3 and "settings" in entry.detail


def test_actions_signals_dossiers(database, tmp_path):
    build(database)
    options = ExportOptions(Privacy.PSEUDONYMISED)
    actions = rows_of(export_list(database, ListRequest(ListKind.ACTIONS, options),
                                  tmp_path / "acties.xlsx").path)
    assert actions[0] == ["Wie", "Vóór", "Status", "Bron"] and len(actions) == 2  # open only
    assert actions[1][0].startswith("Bewoner ") and actions[1][1] == dt.date(2026, 4, 1)
    signals = rows_of(export_list(database, ListRequest(ListKind.SIGNALS, options),
                                  tmp_path / "signalen.xlsx").path)
    assert [r[4] for r in signals[1:]] == ["anoniem", signals[2][4]]
    assert signals[2][4].startswith("Bewoner ")
    dossiers = rows_of(export_list(database, ListRequest(ListKind.DOSSIERS, ExportOptions(
        Privacy.FULL)), tmp_path / "dossiers.xlsx").path)
    assert dossiers[1][:2] == ["-Weggeefwinkel", "Agenderen"]
    assert dossiers[1][-1] == "=Gemeente zoekt ruimte"


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory):
    from db import demo
    from db.database import open_database
    from db.engine import sqlite_url
    from db.services.profile import ProfileService

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(sqlite_url(path))
    summary = demo.run(database.engine, demo.DemoSize(people=150, seed=7))
    ProfileService(database).adopt(summary.worker_id)
    yield database
    database.close()


def test_the_anonymous_report_of_the_demo_holds_no_name_or_email(demo_database, tmp_path):
    with demo_database.session() as s:
        people = s.execute(select(Person.name, Person.email)).all()
    path = export_period_report(demo_database, ReportRequest(Period(
        dt.date.today() - dt.timedelta(days=365), dt.date.today())), tmp_path / "a.xlsx").path
    book = CalamineWorkbook.from_path(str(path))
    cells = "\n".join(str(v) for name in book.sheet_names
                      for row in book.get_sheet_by_name(name).to_python() for v in row)
    assert "Alle contactmomenten" in cells
    for name, email in people:
        assert not re.search(rf"\b{re.escape(name)}\b", cells), name
        assert not email or email not in cells
    assert EMAIL not in cells and RESIDENTS
