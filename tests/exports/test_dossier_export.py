"""A dossier to Excel: four sheets, text never a formula, and without names no resident's
name in any cell of any sheet."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db import demo
from db.models import Actor, Signal
from db.services.audit import file_sha256
from db.vocabulary import ActorKind
from exports.dossier import export_dossier


@pytest.fixture
def filled(services):
    demo.run(services.db.engine, demo.DemoSize(people=150, seed=5))
    dossier = max(services.dossiers.list(), key=lambda r: r.involved)
    detail = services.dossiers.detail(dossier.id)
    person = next(i for i in detail.involvements if i.kind == ActorKind.PERSON)
    # a name typed in free text, and a formula a user typed, must come out harmless
    services.dossier_parts.add_action(
        dossier.id, occurred_on=dt.date.today(), kind="letter",
        description=f"Brief opgesteld met {person.name}", result="=HYPERLINK(\"x\")")
    services.dossiers.update(dossier.id, {"lessons": f"{person.name.split()[0]} trok het."})
    # a resident who has nothing to do with the dossier, named in a signal
    with services.db.session() as s:
        involved = {i.actor_id for i in detail.involvements}
        stranger = s.scalar(select(Actor.name).where(
            Actor.kind == ActorKind.PERSON, Actor.id.not_in(involved),
            Actor.name.like("% %")).limit(1))
    services.dossier_parts.add_action(
        dossier.id, occurred_on=dt.date.today(), kind="meeting",
        description=f"Gesprek bij {stranger} thuis over de brief.")
    # a contact moment about the dossier, its note naming people
    for contact_id, *_ in services.dossier_parts.contact_candidates(dossier.id, limit=3):
        services.dossier_parts.link_contact(dossier.id, contact_id)
    with services.db.session.begin() as s:
        signal = s.scalar(select(Signal).where(Signal.dossier_id == dossier.id))
        signal.source_actor_id, signal.anonymous_source = person.actor_id, False
    return dossier.id, person


def cells(path):
    book = load_workbook(path)
    return book, [(ws.title, c.value, c.data_type) for ws in book.worksheets
                  for row in ws.iter_rows() for c in row if c.value is not None]


def test_without_names_no_resident_name_is_in_any_cell(services, filled, tmp_path):
    dossier_id, person = filled
    with services.db.session() as s:
        names = set(s.scalars(select(Actor.name).where(Actor.kind == ActorKind.PERSON)))
    with_names = export_dossier(services.db, dossier_id, tmp_path / "met.xlsx")
    _, found = cells(with_names)
    assert any(person.name in str(v) for _, v, _ in found)  # the test can fail
    path = export_dossier(services.db, dossier_id, tmp_path / "zonder.xlsx",
                          without_names=True)
    book, found = cells(path)
    assert book.sheetnames == ["Samenvatting", "Tijdlijn", "Mensen en doelen", "Signalen"]
    texts = [str(v) for _, v, _ in found]
    leaked = [(name, t) for t in texts for name in names if name in t]
    assert leaked == []
    assert person.name.split()[0] not in " ".join(texts)  # the first name alone too
    assert any(t.startswith("bewoner ") for t in texts)
    assert any("Brief opgesteld met bewoner" in t for t in texts)
    assert any(t.startswith("Gesprek bij bewoner ") for t in texts)
    first_names = {n.split()[0] for n in names if len(n.split()[0]) > 3}
    tijdlijn = " ".join(str(v) for sheet, v, _ in found if sheet == "Tijdlijn")
    assert not [n for n in first_names if re.search(rf"\b{re.escape(n)}\b", tijdlijn)]
    # roles and institutions stay
    people = [str(v) for sheet, v, _ in found if sheet == "Mensen en doelen"]
    assert "Trekker" in people or "Meedenker" in people
    assert all(t != "f" for _, _, t in found)  # no formula anywhere
    assert "=HYPERLINK(\"x\")" in texts


def test_the_export_is_audit_logged(services, filled, tmp_path):
    dossier_id, _ = filled
    path = export_dossier(services.db, dossier_id, tmp_path / "d.xlsx", without_names=True)
    [entry] = services.audit.entries(object_kind="dossier")
    assert entry.object_id == dossier_id and "zonder namen" in entry.detail
    assert entry.file_hash == file_sha256(path) and entry.rows > 0


def test_the_timeline_sheet_has_real_dates_in_order(services, filled, tmp_path):
    dossier_id, _ = filled
    book = load_workbook(export_dossier(services.db, dossier_id, tmp_path / "d.xlsx"))
    days = [r[0].value for r in book["Tijdlijn"].iter_rows(min_row=2)]
    assert days and all(isinstance(d, dt.datetime) for d in days)
    assert days == sorted(days)
    assert book["Tijdlijn"]["A2"].number_format == "dd-mm-yyyy"
