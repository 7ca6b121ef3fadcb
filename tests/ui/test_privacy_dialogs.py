"""Bestand → Privacy: the retention review (keep, anonymise, delete) and the audit log
(filter, export that is logged itself); and the contact list's masked sensitive notes."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from db.services.audit import file_sha256
from tests import privacy_data
from ui.context import AppContext
from ui.privacy.audit_view import AuditLogDialog
from ui.privacy.retention_review import RetentionReviewDialog
from ui.privacy.sensitive import mask_text


@pytest.fixture
def world(services):
    return privacy_data.build(services.db)


@pytest.fixture
def context(services, world):
    ctx = AppContext()
    ctx.attach(services)
    return ctx


def _rows(table):
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_the_privacy_menu_opens_both_dialogs(make_window, services, world, monkeypatch):
    window = make_window(services)
    opened = []
    monkeypatch.setattr(RetentionReviewDialog, "exec", lambda self: opened.append("r"))
    monkeypatch.setattr(AuditLogDialog, "exec", lambda self: opened.append("a"))
    file_menu = window.menuBar().actions()[0].menu()
    privacy = next(a.menu() for a in file_menu.actions() if a.text() == "P&rivacy")
    for action in privacy.actions():
        action.trigger()
    assert opened == ["r", "a"]


def test_review_keep_anonymise_and_delete(context, world, services, qtbot):
    dialog = RetentionReviewDialog(context)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)  # contact moments
    table = dialog.tables["contact_moment"]
    assert dialog.tabs.tabText(1) == "Contactmomenten (2)"
    assert _rows(table)[0].startswith("Portiekgesprek — Quirijn")
    assert dialog.anonymise_selected() is False  # nothing selected: a message, no change
    assert dialog.error.text() == "Selecteer eerst een of meer regels."

    table.selectRow(1)  # Anja's old talk: kept with a reason
    assert dialog.keep_selected("lopende klacht", dt.date.today() + dt.timedelta(days=30))
    qtbot.waitUntil(lambda: dialog.tabs.tabText(1) == "Contactmomenten (1)")

    table.selectRow(0)  # Quirijn's old talk: anonymised, the count stays
    assert dialog.anonymise_selected()
    qtbot.waitUntil(lambda: dialog.tabs.tabText(1) == "Contactmomenten (0)")
    assert _rows(table) == ["Niets over de termijn. Goed zo."]
    assert services.audit.entries(action="anonymise")[0].rows == 1

    dialog.spins["dossier"].setValue(12)
    dialog.spins["dossier"].editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.tabs.tabText(2) == "Dossiers (1)")
    dialog.tabs.setCurrentIndex(2)
    dialog.tables["dossier"].selectRow(0)
    assert privacy_data.in_file(services.db, "Schimmel in de flat")
    task = dialog.delete_selected(ask=False)  # deletes, then cleans the file
    done = []  # its result arrives through the event loop, so connecting now is in time
    task.finished.connect(done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert dialog.tabs.tabText(2) == "Dossiers (0)"
    assert not privacy_data.in_file(services.db, "Schimmel in de flat")


def test_the_audit_log_filters_and_its_export_is_logged(context, world, services, qtbot,
                                                        tmp_path):
    services.consent.give(world["bram"], "Contactgegevens bewaren", dt.date.today(), "verbal")
    dialog = AuditLogDialog(context)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())] == [
        "Toestemming", "Export"]  # newest first
    dialog.action.setCurrentIndex(dialog.action.findData("consent"))
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == f"bewoner #{world['bram']}"
    target = tmp_path / "auditlog.xlsx"
    dialog.export(target)  # a task; it says where the file went when done
    qtbot.waitUntil(lambda: str(target) in dialog.exported.text(), timeout=10_000)
    sheet = load_workbook(target)["Auditlog"]
    assert [c.value for c in sheet[2]][1] == "Toestemming" and sheet.max_row == 2
    exported = services.audit.entries(action="export")[0]
    assert exported.object_kind == "audit_log" and exported.file_hash == file_sha256(target)
    dialog.action.setCurrentIndex(0)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)  # the export shows up too


def test_the_contact_list_masks_sensitive_notes_until_clicked(make_window, services, world,
                                                              qtbot):
    window = make_window(services, page="contactmomenten")
    with qtbot.waitExposed(window):
        window.show()
    window.show_page("contactmomenten")
    page = window.page("contactmomenten")
    row = page.model.find(lambda r: r.sensitive)
    note = page.model.index(row, page.model.columnCount() - 1)
    assert note.data() == mask_text() == "•••• gevoelig — klik om te tonen"
    assert note.data(Qt.ItemDataRole.FontRole).italic()
    rect = page.view.visualRect(note)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert note.data() == "Zwanenbloem vertelt over schulden"
    assert note.data(Qt.ItemDataRole.FontRole) is None
    page.refresh()  # a reload masks it again
    assert page.model.index(row, note.column()).data() == mask_text()
