"""The Bijeenkomsten page driven through its widgets: agenda, attendance, minutes, action
points that carry over to the next meeting of the series, undo, Excel and bad input."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from db.vocabulary import ActionStatus, AttendanceStatus
from ui.meetings.agenda_model import DURATION, TIME, TITLE
from ui.meetings.new_meeting import NEW

DAY = dt.date.today() + dt.timedelta(days=7)


@pytest.fixture
def page(make_window, services, qtbot):
    services.profile.save("Samira Ouali")
    services.people.create_person(first_name="Ans", last_name="Jansen")
    services.people.create_person(first_name="Bram", last_name="Kok")
    window = make_window(services, page="bijeenkomsten")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.page("bijeenkomsten")
    page.window_ = window
    return page


def new_meeting(page, qtbot, *, series_name: str = "", day: dt.date = DAY,
                start: str = "19:30", series_id: int | None = None):
    dialog = page.new_meeting(series_id)
    if series_name:
        dialog.series.setCurrentIndex(dialog.series.findData(NEW))
        dialog.new_series.setText(series_name)
    dialog.day.setText(day.strftime("%d-%m-%Y"))
    dialog.start.setText(start)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    reactivate(page, qtbot)
    return page.editor.meeting_id


def reactivate(page, qtbot):
    """Offscreen, a closed dialog stays the active window; a desktop gives focus back."""
    with qtbot.waitActive(page.window_):
        page.window_.activateWindow()


def agenda_rows(editor) -> list[tuple[str, str, str]]:
    model = editor.agenda.model
    return [(model.index(r, TIME).data(), model.items[r].title,
             model.index(r, DURATION).data()) for r in range(model.rowCount())]


def test_build_reorder_attend_minutes_and_carry_an_action_point_over(page, services, qtbot):
    context, editor = page.context, page.editor
    first = new_meeting(page, qtbot, series_name="Regiegroep huiskamers")
    assert page.detail.currentWidget() is editor
    assert [t for _, t, _ in agenda_rows(editor)] == [
        "Opening en mededelingen", "Actielijst", "Rondvraag en sluiting"]

    # build the agenda: a new item under "Opening", its title and duration typed in the table
    tab = editor.agenda
    tab.select_row(0)
    tab.add_item()
    row = tab.view.currentIndex().row()
    assert row == 1
    title_editor = QApplication.focusWidget()  # the new item's title is open for typing
    assert isinstance(title_editor, QLineEdit) and title_editor.text() == "Nieuw agendapunt"
    title_editor.selectAll()
    qtbot.keyClicks(title_editor, "Groen in de straat")
    qtbot.keyClick(title_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.items[1].title == "Groen in de straat")
    tab.model.setData(tab.model.index(1, DURATION), 25)
    qtbot.waitUntil(lambda: tab.model.items[1].duration_minutes == 25)
    assert agenda_rows(editor) == [("19:30", "Opening en mededelingen", "5"),
                                   ("19:35", "Groen in de straat", "25"),
                                   ("20:00", "Actielijst", "10"),
                                   ("20:10", "Rondvraag en sluiting", "5")]

    # reorder with the keyboard (Alt+Down) and see the start times change
    tab.select_row(1)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [(t, title) for t, title, _ in agenda_rows(editor)] == [
        ("19:30", "Opening en mededelingen"), ("19:35", "Actielijst"),
        ("19:45", "Groen in de straat"), ("20:10", "Rondvraag en sluiting")]
    assert tab.view.currentIndex().row() == 2  # the moved item stays chosen
    # ... and by dragging: "Rondvraag" dropped above the first row
    data = tab.model.mimeData([tab.model.index(3, TITLE)])
    tab.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: tab.model.items[0].title == "Rondvraag en sluiting")
    assert agenda_rows(editor)[1][0] == "19:35"
    context.undo_stack.undo()  # the drag
    qtbot.waitUntil(lambda: tab.model.items[0].title == "Opening en mededelingen")
    assert "verplaatsen" in context.undo_stack.undoText()

    # attendance: invite by name (Enter), mark present / afgemeld with the buttons
    attendance = editor.attendance
    editor.tabs.setCurrentWidget(attendance)
    for name in ("Ans Jansen", "Bram Kok"):
        attendance.who.setText(name)
        qtbot.keyClick(attendance.who, Qt.Key.Key_Return)
    assert [r.name for r in attendance.rows] == ["Ans Jansen", "Bram Kok"]
    attendance.table.selectRow(0)
    attendance.buttons[AttendanceStatus.PRESENT].click()
    attendance.table.selectRow(1)
    attendance.table.setFocus()
    qtbot.keyClick(attendance.table, Qt.Key.Key_M)  # M = afgemeld
    counts = services.attendance.counts(first)
    assert (counts.present, counts.excused) == (1, 1)
    assert "1 aanwezig" in attendance.counts.text() and "1 afgemeld" in attendance.counts.text()

    # minutes: typed, saved 500 ms after the last keystroke; a decision and an action point
    minutes = editor.minutes
    editor.tabs.setCurrentWidget(minutes)
    minutes.items.setCurrentRow(2)
    assert minutes.current_item().title == "Groen in de straat"
    minutes.editor.setFocus()
    qtbot.keyClicks(minutes.editor, "Veel plannen voor geveltuinen.")
    item_id = minutes.item_id
    assert services.agenda.agenda(first).item(item_id).minutes == ""  # not yet
    qtbot.waitUntil(lambda: services.agenda.agenda(first).item(item_id).minutes ==
                    "Veel plannen voor geveltuinen.", timeout=3000)
    assert "bewaard" in minutes.saved.text()
    qtbot.keyClicks(minutes.new_decision, "Geveltuinen aanvragen")
    qtbot.keyClick(minutes.new_decision, Qt.Key.Key_Return)
    assert [d.text for d in services.agenda.decisions(first)] == ["Geveltuinen aanvragen"]
    qtbot.keyClicks(minutes.action_text, "Gemeente bellen over geveltuinen")
    minutes.action_owner.setText("Ans Jansen")
    minutes.action_due.setText((DAY + dt.timedelta(days=14)).strftime("%d-%m-%Y"))
    qtbot.keyClick(minutes.action_due, Qt.Key.Key_Return)
    (point,) = services.action_points.for_meeting(first)
    assert (point.description, point.owner, point.agenda_item) == (
        "Gemeente bellen over geveltuinen", "Ans Jansen", "Groen in de straat")
    assert minutes.actions.count() == 1

    # the next meeting in the series has the open point on its standing action list
    editor.next_button.click()
    dialog = page.dialog
    assert dialog.series.currentText() == "Regiegroep huiskamers"
    dialog.day.setText((DAY + dt.timedelta(days=28)).strftime("%d-%m-%Y"))
    dialog.accept()
    reactivate(page, qtbot)
    second = editor.meeting_id
    assert second != first
    action_list = next(i for i in editor.agenda.model.items if i.is_action_list)
    assert "(1 open)" in editor.agenda.model.index(
        editor.agenda.model.row_of(action_list.id), TITLE).data()
    assert [r.description for r in editor.actions.rows] == ["Gemeente bellen over geveltuinen"]
    editor.tabs.setCurrentWidget(editor.minutes)
    editor.minutes.items.setCurrentRow(editor.agenda.model.row_of(action_list.id))
    carried = editor.minutes.carried
    assert carried.isVisible() and carried.count() == 1

    # ticking it off takes it off this and every later agenda, at once; undo brings it back
    carried.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: services.action_points.get(point.id).status == ActionStatus.DONE)
    qtbot.waitUntil(lambda: editor.minutes.carried.count() == 0)
    assert services.action_points.carried(second) == []
    assert "(0 open)" in editor.agenda.model.index(
        editor.agenda.model.row_of(action_list.id), TITLE).data()
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: editor.minutes.carried.count() == 1)
    assert services.action_points.get(point.id).status == ActionStatus.OPEN


def test_minutes_are_saved_when_the_field_loses_focus(page, services, qtbot):
    meeting = new_meeting(page, qtbot, series_name="Bewonersavond")
    minutes = page.editor.minutes
    page.editor.tabs.setCurrentWidget(minutes)
    minutes.editor.setFocus()
    qtbot.keyClicks(minutes.editor, "Welkom!")
    minutes.new_decision.setFocus()  # leaving the field saves at once
    assert services.agenda.agenda(meeting).items[0].minutes == "Welkom!"
    # Ctrl+Z in the field is the field's own undo; the text is saved again after it
    minutes.editor.setFocus()
    minutes.editor.undo()
    qtbot.waitUntil(lambda: services.agenda.agenda(meeting).items[0].minutes == "",
                    timeout=3000)


def test_bad_input_gets_a_clear_message(page, services, qtbot):
    dialog = page.new_meeting()
    dialog.series.setCurrentIndex(dialog.series.findData(NEW))
    dialog.new_series.setText("Overleg gemeente")
    dialog.day.setText("")
    dialog.accept()
    assert dialog.isVisible() and "datum" in dialog.error.text()
    dialog.day.setText("31-02-2026")
    dialog.accept()
    assert "geen geldige datum" in dialog.error.text()
    dialog.day.setText(DAY.strftime("%d-%m-%Y"))
    dialog.start.setText("25:61")
    dialog.accept()
    assert "geen geldige tijd" in dialog.error.text()
    assert services.meetings.list() == [] and page.context.undo_stack.count() == 0
    dialog.start.setText("14:00")
    dialog.accept()
    assert not dialog.isVisible()

    tab = page.editor.agenda
    tab.model.setData(tab.model.index(0, DURATION), -5)
    qtbot.waitUntil(lambda: page.editor.message.isVisible())
    assert "niet negatief" in page.editor.message.text()
    assert tab.model.items[0].duration_minutes == 5
    assert page.context.undo_stack.count() == 1  # only the new meeting
    page.editor.fields["day"].setText("")
    page.editor.fields["day"].setModified(True)
    page.editor.fields["day"].editingFinished.emit()
    assert "datum nodig" in page.editor.message.text()
    assert page.editor.fields["day"].text() == DAY.strftime("%d-%m-%Y")


def test_excel_and_email_text_from_the_editor(page, services, qtbot, tmp_path):
    meeting = new_meeting(page, qtbot, series_name="Bewonersavond")
    services.agenda.add_item(meeting, title="=Buurtbudget", duration_minutes=20, index=1)
    target = tmp_path / "agenda.xlsx"
    task = page.editor.export_to(target)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    ws = load_workbook(target)["Agenda"]
    titles = [ws.cell(r, 3).value for r in range(1, ws.max_row + 1)]
    assert titles.index("=Buurtbudget") == titles.index("Opening en mededelingen") + 1
    assert "bewaard in" in page.editor.message.text()
    text = page.editor.copy_text("agenda")
    assert QGuiApplication.clipboard().text() == text
    assert " 2. 19:35  =Buurtbudget (20 min)" in text


def test_records_open_from_elsewhere_and_the_overview_lists_open_points(page, services,
                                                                       qtbot):
    meeting = new_meeting(page, qtbot, series_name="Bewonersavond")
    late = services.action_points.create(description="Al te laat",
                                          due_on=dt.date.today() - dt.timedelta(days=3))
    mine = services.action_points.create(description="Zaal boeken", meeting_id=meeting)
    page.refresh()
    assert page.show_record("meeting", meeting)
    assert page.editor.meeting_id == meeting
    assert page.show_record("action_point", mine)
    assert page.editor.tabs.currentWidget() is page.editor.actions
    assert page.editor.actions.current_action().id == mine
    assert page.show_record("action_point", late)  # no meeting: shown in the overview
    overview = page.overview
    assert page.tabs.currentWidget() is overview
    assert [overview.model.row_at(r).id for r in range(overview.model.rowCount())] == [
        late, mine]  # overdue first
    assert "(te laat)" in overview.model.index(0, 0).data()
    assert "Open actiepunten (2)" in page.tabs.tabText(1)
    overview.select(late)
    overview.done_button.click()
    qtbot.waitUntil(lambda: overview.model.rowCount() == 1)
    page.context.undo_stack.undo()
    qtbot.waitUntil(lambda: overview.model.rowCount() == 2)
    assert not page.show_record("meeting", 999)


def test_filters_and_the_new_meeting_shortcut(page, services, qtbot):
    new_meeting(page, qtbot, series_name="Bewonersavond")
    new_meeting(page, qtbot, series_name="Overleg gemeente",
                day=dt.date.today() - dt.timedelta(days=30))
    assert page.tree.topLevelItemCount() == 2
    page.series_filter.setCurrentIndex(page.series_filter.findText("Overleg gemeente"))
    assert page.tree.topLevelItemCount() == 1
    page.series_filter.setCurrentIndex(0)
    page.period_filter.setCurrentIndex(page.period_filter.findData("upcoming"))
    assert [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())] \
        == ["Bewonersavond (1)"]
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    page.dialog.reject()


def test_deleting_a_meeting_is_undoable(page, services, qtbot):
    meeting = new_meeting(page, qtbot, series_name="Bewonersavond")
    services.agenda.set_minutes(services.agenda.agenda(meeting).items[0].id, "Notulen")
    page.editor.delete_button.click()
    assert services.meetings.list() == [] and page.detail.currentWidget() is page.empty
    page.context.undo_stack.undo()
    assert services.agenda.agenda(meeting).items[0].minutes == "Notulen"
    page.context.undo_stack.undo()  # the creation: the new series goes with it
    assert services.meetings.series() == []
    page.context.undo_stack.redo()
    assert [s.name for s in services.meetings.series()] == ["Bewonersavond"]


def test_action_point_dialog_creates_edits_and_refuses_bad_dates(page, services, qtbot):
    meeting = new_meeting(page, qtbot, series_name="Bewonersavond")
    actions = page.editor.actions
    page.editor.tabs.setCurrentWidget(actions)
    dialog = actions.new_action()
    dialog.description.setText("Flyers maken")
    dialog.owner.setText("Bram Kok")
    dialog.due.setText("32-13-2026")
    dialog.accept()
    assert dialog.isVisible() and "geen geldige datum" in dialog.error.text()
    dialog.due.setText("")
    dialog.item.setCurrentIndex(1)
    dialog.accept()
    assert not dialog.isVisible()
    (row,) = services.action_points.for_meeting(meeting)
    assert (row.owner, row.due_on, row.agenda_item) == ("Bram Kok", None,
                                                       "Opening en mededelingen")
    assert [r.description for r in actions.rows] == ["Flyers maken"]
    actions.select(row.id)
    dialog = actions.edit_current()
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.IN_PROGRESS))
    dialog.owner.clear()
    dialog.accept()
    changed = services.action_points.get(row.id)
    assert changed.status == ActionStatus.IN_PROGRESS and changed.owner_is_worker
    assert changed.owner == "Samira Ouali"
    page.context.undo_stack.undo()
    assert services.action_points.get(row.id).owner == "Bram Kok"
