"""Two workers on one database: an edit on what the other changed since is refused with the
Dutch message, the view shows the other's version, and no undo step is left that would
overwrite it. The other worker is a second Database on the same file (its own bus, so
this window hears nothing of it, as on a server before the notification arrives)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QGuiApplication

from db.database import open_database
from db.services import Services
from db.services.errors import ConflictError


@pytest.fixture
def other(database):
    """The colleague: the same database opened a second time."""
    second = open_database(database.url)
    yield Services.for_database(second)
    second.close()


@pytest.fixture
def window(make_window, services, qtbot):
    services.profile.save("Samira Ouali")
    window = make_window(services)
    with qtbot.waitExposed(window):
        window.show()
    return window


def open_person(window, person):
    window.open_record("person", person)
    people = window.page("mensen")
    assert people.detail_stack.currentWidget() is people.detail
    return people.detail


def type_into(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def test_editing_a_person_someone_else_changed_shows_the_message_and_theirs(
        window, services, other, qtbot):
    person = services.people.create_person(first_name="Ans", last_name="Jansen",
                                           phone="0612345678")
    detail = open_person(window, person)
    steps = window.undo_stack.count()
    other.actors.update(person, {"phone": "0699999999"})  # the colleague saves first
    type_into(qtbot, detail.line_edits["phone"], "0611111111")
    assert detail.error.text() == ConflictError.MESSAGE
    assert detail.line_edits["phone"].text() == "0699999999"  # reloaded: theirs
    assert services.actors.detail(person).fields["phone"] == "0699999999"
    assert window.undo_stack.count() == steps  # nothing to undo
    # made again on the version now shown, the edit is saved
    type_into(qtbot, detail.line_edits["phone"], "0611111111")
    assert services.actors.detail(person).fields["phone"] == "0611111111"
    assert detail.error.text() == ""


def test_own_quick_edits_never_conflict_and_undo_stops_at_someone_elses_change(
        window, services, other, qtbot):
    person = services.people.create_person(first_name="Ans", last_name="Jansen")
    detail = open_person(window, person)
    type_into(qtbot, detail.line_edits["phone"], "0611111111")
    type_into(qtbot, detail.line_edits["email"], "ans@example.nl")  # before any reload
    assert services.actors.detail(person).fields["email"] == "ans@example.nl"
    window.undo_stack.undo()  # our own steps undo fine
    assert services.actors.detail(person).fields["email"] == ""
    other.actors.update(person, {"street": "Dorpsstraat"})
    steps = window.undo_stack.count()
    window.undo_stack.undo()  # would undo our phone edit over the colleague's change
    assert services.actors.detail(person).fields["phone"] == "0611111111"
    assert services.actors.detail(person).fields["street"] == "Dorpsstraat"
    assert window.undo_stack.count() < steps  # the step is gone, not waiting to do harm
    assert detail.error.text() == ConflictError.MESSAGE


def test_minutes_someone_else_saved_are_shown_and_ours_go_to_the_clipboard(
        make_window, services, other, qtbot):
    services.profile.save("Samira Ouali")
    meeting = services.meetings.create_meeting(day=dt.date.today(), start_time="19:30",
                                               title="Bewonersavond")
    window = make_window(services, page="bijeenkomsten")
    with qtbot.waitExposed(window):
        window.show()
    window.open_record("meeting", meeting)
    editor = window.page("bijeenkomsten").editor
    minutes = editor.minutes
    editor.tabs.setCurrentWidget(minutes)
    item = minutes.current_item()
    for text in ("Welkom", " allemaal"):  # two autosaves of our own: no conflict
        minutes.editor.setFocus()
        qtbot.keyClicks(minutes.editor, text)
        minutes.flush()
    assert services.agenda.agenda(meeting).item(item.id).minutes == "Welkom allemaal"
    other.agenda.set_minutes(item.id, "Welkom allemaal. Notulen van Bram.")
    qtbot.keyClicks(minutes.editor, "!")
    minutes.flush()
    assert services.agenda.agenda(meeting).item(item.id).minutes == \
        "Welkom allemaal. Notulen van Bram."
    assert QGuiApplication.clipboard().text() == "Welkom allemaal!"
    assert ConflictError.MESSAGE in editor.message.text()
    qtbot.waitUntil(lambda: minutes.editor.toPlainText() ==
                    "Welkom allemaal. Notulen van Bram.")
