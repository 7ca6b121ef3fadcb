"""Privacy on a resident's detail page, through the real widgets: the consent badge and
dialog, the inzageverzoek, vergeetrecht, and sensitive notes masked until clicked."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from db.vocabulary import ActorKind
from tests import privacy_data
from tests.privacy_data import NAME
from ui.context import AppContext
from ui.privacy.consent_dialog import ConsentDialog
from ui.privacy.erasure_dialog import ErasureDialog
from ui.privacy.sensitive import mask_text

TODAY = dt.date.today()


@pytest.fixture
def world(services):
    return privacy_data.build(services.db)


@pytest.fixture
def context(services, world):
    ctx = AppContext()
    ctx.attach(services)
    return ctx


@pytest.fixture
def people_page(make_window, services, world, qtbot):
    window = make_window(services, page="mensen")
    with qtbot.waitExposed(window):
        window.show()
    window.show_page("mensen")
    return window.page("mensen")


def test_the_badge_follows_consent_given_and_withdrawn(people_page, world, qtbot):
    page = people_page
    page.show_record("person", world["bram"])  # Bram has no consent
    badge = page.detail.privacy.badge
    assert badge.text() == "Geen toestemming" and page.detail.privacy.isVisibleTo(page)
    dialog = ConsentDialog(page.context, world["bram"], "Bram Visser")
    qtbot.addWidget(dialog)
    dialog.purpose.setCurrentText("Foto's gebruiken in nieuwsbrief")
    qtbot.mouseClick(dialog.give_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == ""
    assert dialog.table.rowCount() == 1
    qtbot.waitUntil(lambda: badge.text() == "Toestemming ✓")  # the page refreshed itself
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(0, 4).text() == TODAY.strftime("%d-%m-%Y")
    qtbot.waitUntil(lambda: badge.text() == "Geen toestemming")
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert "al ingetrokken" in dialog.error.text()
    page.show_record("group", world["club"])
    assert not page.detail.privacy.isVisibleTo(page)  # a group has no consent


def test_the_people_list_filters_residents_without_consent(people_page, world, qtbot):
    page = people_page
    page.without_consent.setChecked(True)
    model = page.models[ActorKind.PERSON]
    names = [model.row_at(r).name for r in range(model.rowCount())]
    assert names == ["Anja Bakker", "Bram Visser"]  # Quirijn has consent
    assert page.tabs.tabText(0) == "Bewoners (2)"
    page.without_consent.setChecked(False)
    assert model.rowCount() == 3


def test_the_access_request_is_written_and_logged(people_page, world, qtbot, tmp_path,
                                                  services, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    page = people_page
    page.show_record("person", world["quirijn"])
    target = tmp_path / "inzage.xlsx"
    page.detail.privacy.request_access(target)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert str(target) in shown[0] and "auditlog" in shown[0]
    assert load_workbook(target)["Toelichting"]["A1"].value == f"Inzageverzoek: {NAME}"
    assert services.audit.entries(action="access_request")[0].object_id == world["quirijn"]


def test_erasure_asks_for_confirmation_then_erases_and_cleans_the_file(
        context, world, services, qtbot):
    dialog = ErasureDialog(context, world["quirijn"])
    qtbot.addWidget(dialog)
    texts = [dialog.mentions.item(i).text() for i in range(dialog.mentions.count())]
    assert any("Anja noemde dat" in t for t in texts)  # the note to edit by hand
    assert not dialog.erase_button.isEnabled()  # not before "Ik begrijp…"
    assert privacy_data.in_file(services.db, privacy_data.LAST)
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.erased, timeout=20_000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert services.actors.detail(world["quirijn"]) is None
    assert not privacy_data.in_file(services.db, "quirijn@example.org")
    entry = services.audit.entries(action="erasure")[0]
    assert "Quirijn" not in entry.detail and f"#{world['quirijn']}" in entry.detail


def test_sensitive_timeline_entries_are_masked_until_clicked(people_page, world, qtbot):
    page = people_page
    page.show_record("person", world["quirijn"])
    timeline = page.detail.timeline
    masked = [timeline.item(i) for i in range(timeline.count())
              if mask_text() in timeline.item(i).text()]
    assert len(masked) == 1 and "schulden" not in masked[0].text()
    rect = timeline.visualItemRect(masked[0])
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "Zwanenbloem vertelt over schulden" in masked[0].text()
