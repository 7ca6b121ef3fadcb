"""The Dossiers page: the board (drag a card, Naar fase…, Ctrl+Shift+→, undo), Signalen
(combine, dossier from a signal), the dossier detail with its timeline and stakeholder view,
and "Signaal vastleggen…" from the File menu and the Overzicht page."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDropEvent

from db.vocabulary import DossierPhase
from tests.ui.accessibility import dead_mnemonics, unnamed_controls


@pytest.fixture
def page(make_window, demo_services, qtbot):
    window = make_window(demo_services, page="dossiers")
    window.resize(1200, 780)
    with qtbot.waitExposed(window):
        window.show()
    return window, window.page("dossiers")


def shoot(widget, name: str, tmp_path: Path) -> Path:
    """Render a widget to PNG (BUURTBOEK_SHOTS=DIR keeps it for looking at)."""
    folder = Path(os.environ.get("BUURTBOEK_SHOTS", tmp_path))
    path = folder / name
    assert widget.grab().save(str(path))
    return path


def drop(target, mime) -> None:
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    target.dropEvent(event)


def test_dragging_a_card_to_another_phase_moves_it_and_undo_puts_it_back(page, qtbot):
    window, dossiers = page
    services = window.services
    source = dossiers.columns[DossierPhase.SIGNALLING]
    item = source.item(0)
    dossier_id = item.data(Qt.ItemDataRole.UserRole)
    target = dossiers.columns[DossierPhase.AGENDA_SETTING]
    before = target.count()
    drop(target, source.mimeData([item]))
    qtbot.waitUntil(lambda: target.count() == before + 1)
    detail = services.dossiers.detail(dossier_id)
    assert detail.phase == DossierPhase.AGENDA_SETTING
    assert detail.reached(DossierPhase.AGENDA_SETTING) is not None
    assert "fase agenderen" in window.undo_stack.undoText()
    window.undo_stack.undo()
    assert services.dossiers.detail(dossier_id).phase == DossierPhase.SIGNALLING
    assert services.dossiers.detail(dossier_id).reached(DossierPhase.AGENDA_SETTING) is None
    qtbot.waitUntil(lambda: target.count() == before)
    window.undo_stack.redo()
    assert services.dossiers.detail(dossier_id).phase == DossierPhase.AGENDA_SETTING


def test_a_card_moves_by_keyboard_and_by_the_context_menu(page, qtbot):
    window, dossiers = page
    services = window.services
    column = dossiers.columns[DossierPhase.EXPLORING]
    dossier_id = column.item(0).data(Qt.ItemDataRole.UserRole)
    dossiers.board.select(dossier_id)
    qtbot.keyClick(column, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert services.dossiers.detail(dossier_id).phase == DossierPhase.AGENDA_SETTING
    moved_to = dossiers.columns[DossierPhase.AGENDA_SETTING]
    qtbot.waitUntil(lambda: moved_to.currentItem() is not None and  # the card stays chosen
                    moved_to.currentItem().data(Qt.ItemDataRole.UserRole) == dossier_id)
    menu = dossiers.board.menu_for(moved_to)
    phases = next(a.menu() for a in menu.actions() if a.menu())
    assert phases.title() == "Naar fase…"
    result = next(a for a in phases.actions() if a.text() == "Resultaat")
    assert not next(a for a in phases.actions() if a.text() == "Agenderen").isEnabled()
    result.trigger()
    assert services.dossiers.detail(dossier_id).phase == DossierPhase.RESULT
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert services.dossiers.detail(dossier_id).phase == DossierPhase.EXPLORING


def test_a_dossier_opens_with_its_timeline_and_stakeholders(page, qtbot, tmp_path):
    window, dossiers = page
    services = window.services
    row = next(r for r in services.dossiers.list() if r.phase == DossierPhase.INFLUENCING)
    window.show_page("overzicht")
    window.open_record("dossier", row.id)
    assert window.current_page_name() == "dossiers"
    detail = dossiers.detail
    assert dossiers.stack.currentWidget() is detail
    assert detail.title.text() == row.title
    timeline = detail.timeline.tree
    whats = [timeline.topLevelItem(i).text(1) for i in range(timeline.topLevelItemCount())]
    assert "Fase: signaleren" in whats and "Petitie" in whats
    assert detail.history.count() == 4  # signaleren … beïnvloeden, each with its date
    detail.tabs.setCurrentWidget(detail.timeline)
    assert shoot(window, "dossier-tijdlijn.png", tmp_path).stat().st_size > 10_000
    detail.tabs.setCurrentWidget(detail.people)
    plot = detail.people.stakeholders
    names = {name for name, _x, _y in plot.shown}
    assert "Woonstad Rotterdam" in names
    against = next((x, y) for n, x, y in plot.shown if n == "Woonstad Rotterdam")
    assert against == (-1.0, 5.0)  # tegen, invloed 5
    shoot(window, "dossier-mensen.png", tmp_path)
    detail.tabs.setCurrentWidget(detail.links)
    assert detail.links.lists["signal"].count() >= 2  # the collective signal and its parts
    shoot(window, "dossier-koppelingen.png", tmp_path)
    qtbot.keyClick(detail, Qt.Key.Key_Escape)
    assert dossiers.stack.currentIndex() == 0


def test_edits_in_the_detail_are_undoable(page, qtbot):
    window, dossiers = page
    services = window.services
    row = services.dossiers.list()[0]
    dossiers.open_dossier(row.id)
    detail = dossiers.detail
    detail.timeline.description.setText("Brief aan de wethouder")
    detail.timeline.add_action()
    assert services.dossiers.detail(row.id).actions[-1].description == "Brief aan de wethouder"
    detail.people.target_name.setText("Gemeenteraad")
    detail.people.add_target()
    assert "Gemeenteraad" in [t.name for t in services.dossiers.detail(row.id).targets]
    window.undo_stack.undo()
    window.undo_stack.undo()
    after = services.dossiers.detail(row.id)
    assert "Gemeenteraad" not in [t.name for t in after.targets]
    assert "Brief aan de wethouder" not in [a.description for a in after.actions]
    detail.timeline.description.setText("")
    detail.timeline.add_action()
    assert "verplicht" in detail.message.text()


def test_a_missing_attachment_gets_a_dutch_message_and_the_dossier_stays(page, tmp_path,
                                                                        qtbot):
    window, dossiers = page
    row = window.services.dossiers.list()[0]
    dossiers.open_dossier(row.id)
    before = window.services.dossiers.detail(row.id)
    assert dossiers.detail.links.attach(tmp_path / "verdwenen.pdf") is None
    assert "bestaat niet (meer)" in dossiers.detail.message.text()
    assert window.services.dossiers.detail(row.id) == before
    letter = tmp_path / "brief.pdf"
    letter.write_bytes(b"%PDF brief")
    assert dossiers.detail.links.attach(letter) is not None
    files = dossiers.detail.links.files
    qtbot.waitUntil(lambda: files.topLevelItem(0).text(0) == "brief.pdf")  # views refresh
    assert files.topLevelItem(0).text(2) == "10 bytes"
    window.undo_stack.undo()
    window.undo_stack.redo()  # the stored copy comes back, not the original file
    letter.unlink()
    assert len(window.services.dossiers.detail(row.id).attachments) == 1


def test_signals_combine_and_become_a_dossier(page, qtbot, tmp_path):
    window, dossiers = page
    services = window.services
    dossiers.tabs.setCurrentIndex(1)
    view = dossiers.signals
    view.loose.setChecked(True)
    ids = [r.id for r in view.rows[:3]]
    households = sum(r.households for r in view.rows[:3])
    for r in range(3):
        view.table.selectRow(r) if r == 0 else view.table.selectionModel().select(
            view.table.model().index(r, 0),
            view.table.selectionModel().SelectionFlag.Select
            | view.table.selectionModel().SelectionFlag.Rows)
    assert view.selected_ids() == ids and view.combine_button.isEnabled()
    shoot(window, "signalen.png", tmp_path)
    made = view.combine(view.selected_ids(), "Drie meldingen samen")
    assert services.signals.get(made).households == households
    qtbot.waitUntil(lambda: view.selected_ids() == [made])
    dossier_id = view.make_dossier()
    assert dossiers.stack.currentWidget() is dossiers.detail
    assert dossiers.detail.title.text() == "Drie meldingen samen"
    window.undo_stack.undo()  # the dossier goes
    assert services.dossiers.detail(dossier_id) is None
    window.undo_stack.undo()  # the combination goes
    assert services.signals.get(made) is None


def test_record_signal_from_the_file_menu_and_the_overview(make_window, demo_services, qtbot,
                                                           monkeypatch):
    from ui.advocacy.signal_dialog import SignalDialog

    opened = []
    monkeypatch.setattr(SignalDialog, "exec", lambda self: opened.append(self) or 0)
    window = make_window(demo_services, page="overzicht")
    overview = window.page("overzicht")
    assert not overview.signal_button.isHidden()
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.text() == "&Signaal vastleggen…")
    assert action.shortcut().toString() == "Ctrl+Shift+S"
    action.trigger()
    overview.signal_button.click()
    assert len(opened) == 2
    dialog = opened[-1]
    assert unnamed_controls(dialog) == [] and dead_mnemonics(dialog) == []
    dialog.description.setPlainText("Lantaarnpaal bij de speeltuin al weken kapot")
    dialog.households.setValue(6)
    dialog.accept()
    [row] = [r for r in demo_services.signals.list()
             if r.description.startswith("Lantaarnpaal")]
    assert row.households == 6
    window.undo_stack.undo()
    assert demo_services.signals.get(row.id) is None


def test_an_empty_database_says_what_to_do(make_window, services, qtbot, tmp_path):
    window = make_window(services, page="dossiers")
    window.resize(1000, 700)
    with qtbot.waitExposed(window):
        window.show()
    page = window.page("dossiers")
    assert page.empty.isVisibleTo(page) and "Dossier maken van signaal" in page.empty.text()
    page.tabs.setCurrentIndex(1)
    assert "Signaal vastleggen" in page.signals.empty.text()
    shoot(window, "dossiers-leeg.png", tmp_path)
    made = page.new_dossier("Bankjes weg uit het park")
    assert page.stack.currentWidget() is page.detail
    timeline = page.detail.timeline.tree
    qtbot.waitUntil(lambda: page.detail.title.text() == "Bankjes weg uit het park")
    assert timeline.topLevelItem(0).text(1) == "Fase: signaleren"
    window.undo_stack.undo()
    assert services.dossiers.detail(made) is None
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0)  # the dossier went: back


def test_export_from_the_detail_leaves_out_names_by_default(page, qtbot, tmp_path):
    from openpyxl import load_workbook

    window, dossiers = page
    row = window.services.dossiers.list()[0]
    dossiers.open_dossier(row.id)
    detail = dossiers.detail
    assert detail.without_names.isChecked()
    residents = {p.name for p in window.services.dossiers.detail(row.id).involvements
                 if p.kind == "person"}
    assert residents
    task = detail.export_to(tmp_path / "dossier.xlsx")
    qtbot.waitUntil(lambda: detail.last_export is not None, timeout=20_000)
    assert "bewaard in" in detail.message.text()
    book = load_workbook(tmp_path / "dossier.xlsx")
    text = " ".join(str(c.value) for ws in book.worksheets for r in ws.iter_rows() for c in r
                    if c.value is not None)
    assert task is not None and not [name for name in residents if name in text]
    assert window.services.audit.entries(object_kind="dossier")[0].object_id == row.id


def test_a_signal_opens_from_search_on_the_signals_tab(page):
    window, dossiers = page
    signal = window.services.signals.list()[5]
    window.show_page("overzicht")
    window.open_record("signal", signal.id)
    assert window.current_page_name() == "dossiers"
    assert dossiers.tabs.currentIndex() == 1
    assert dossiers.signals.selected_ids() == [signal.id]


def test_every_control_of_the_detail_can_be_named(page, qtbot):
    window, dossiers = page
    row = next(r for r in window.services.dossiers.list() if r.phase == DossierPhase.RESULT)
    dossiers.open_dossier(row.id)
    detail, missing = dossiers.detail, []
    for index in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(index)
        missing += unnamed_controls(detail) + dead_mnemonics(detail)
    assert sorted(set(missing)) == []
