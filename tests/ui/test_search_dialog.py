"""The search dialog (Ctrl+K) driven like a user: type, see grouped and marked results,
move with the arrow keys, open with Enter, close with Escape."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from db.services.recording import ContactInput
from db.vocabulary import ContactSetting
from ui.context import AppContext
from ui.dialogs.search import MARK_STYLE, ROLE_HTML, ROLE_TARGET, SearchDialog


@pytest.fixture
def records(demo_services):
    person = demo_services.people.create_person(first_name="Zoë", last_name="Wilgenhof")
    moment = demo_services.recording.record(ContactInput(
        occurred_on=dt.date.today(), setting=ContactSetting.HOME_VISIT, participant_ids=(person,),
        note="Zoe vertelde dat de wilgen in het hof gekapt worden.")).contact_moment_id
    return {"person": person, "moment": moment}


@pytest.fixture
def dialog(qtbot, demo_services):
    context = AppContext()
    context.attach(demo_services)
    dialog = SearchDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def rows(dialog):
    items = [dialog.results.item(i) for i in range(dialog.results.count())]
    return [(item.data(ROLE_TARGET), item.text()) for item in items]


def type_and_wait(qtbot, dialog, text):
    qtbot.keyClicks(dialog.field, text)
    qtbot.waitUntil(lambda: dialog.last_results is not None
                    and dialog.last_results.text == dialog.field.text(), timeout=3000)


def test_typing_shows_grouped_results_with_the_words_marked(qtbot, dialog, records):
    assert "Zoeken in Buurtboek" in dialog.message.text()  # what can be searched
    type_and_wait(qtbot, dialog, "zoe wil")
    assert dialog.stack.currentWidget() is dialog.results
    assert rows(dialog) == [
        (None, "Mensen"), (("person", records["person"]), "Zoë Wilgenhof"),
        (None, "Contactmomenten"), (("contact_moment", records["moment"]),
                                    "Huisbezoek — Zoë Wilgenhof"),
    ]
    person_html = dialog.results.item(1).data(ROLE_HTML)
    assert f'<span style="{MARK_STYLE}">Zoë</span>' in person_html
    assert f'<span style="{MARK_STYLE}">Wilgenhof</span>' in person_html
    note_html = dialog.results.item(3).data(ROLE_HTML)
    assert f'<span style="{MARK_STYLE}">wilgen</span>' in note_html
    assert dialog.current_target() == ("person", records["person"])  # first result chosen


def test_arrow_keys_skip_headings_and_enter_opens_the_chosen_record(qtbot, dialog, records):
    type_and_wait(qtbot, dialog, "zoe wil")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    assert dialog.current_target() == ("contact_moment", records["moment"])
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)  # at the end: stays
    qtbot.keyClick(dialog.field, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.open_requested) as opened:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert opened.args == ["contact_moment", records["moment"]]
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_enter_right_after_typing_opens_the_first_result(qtbot, dialog, records):
    qtbot.keyClicks(dialog.field, "wilgenhof")
    with qtbot.waitSignal(dialog.open_requested) as opened:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Enter)  # before the 150 ms debounce
    assert opened.args == ["person", records["person"]]


def test_an_agenda_item_opens_its_meeting(qtbot, dialog, demo_services):
    meetings = demo_services.meetings.list()
    meeting = meetings[0]
    item = demo_services.agenda.add_item(meeting.id, title="Kraakpanden in de Quakelstraat")
    assert item
    type_and_wait(qtbot, dialog, "kraakpand")
    with qtbot.waitSignal(dialog.open_requested) as opened:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert opened.args == ["meeting", meeting.id]


def test_nothing_found_says_so_and_escape_closes(qtbot, dialog, records):
    type_and_wait(qtbot, dialog, "qwxyz")
    assert "Niets gevonden voor “qwxyz”" in dialog.message.text()
    assert dialog.results.count() == 0
    with qtbot.assertNotEmitted(dialog.open_requested):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_one_letter_asks_for_more_and_clearing_shows_the_explanation(qtbot, dialog):
    type_and_wait(qtbot, dialog, "z")
    assert "minstens twee letters" in dialog.message.text()
    dialog.field.clear()
    qtbot.waitUntil(lambda: "Zoeken in Buurtboek" in dialog.message.text(), timeout=3000)


def test_wired_to_the_window_enter_opens_the_record_on_its_page(qtbot, make_window,
                                                                demo_services, records):
    """The wiring the main window uses (see the report): open_requested -> open_record."""
    window = make_window(demo_services, page="overzicht")
    dialog = SearchDialog(window.context, window)
    dialog.open_requested.connect(window.open_record)
    dialog.show()
    type_and_wait(qtbot, dialog, "zoe wilgenhof")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert window.current_page_name() == "mensen"
    assert not dialog.isVisible()
