"""A worker without a mouse: record a contact moment and create a meeting with the keyboard
alone (QTest key clicks only; QTest types ASCII, so the names typed are ASCII)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused():
    return QApplication.focusWidget()


def target():
    """Where a key goes: an open suggestion list first (as Qt routes real key presses)."""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def an_ascii_resident(services) -> tuple[int, str]:
    from db.vocabulary import ActorKind

    for row in services.people.page(ActorKind.PERSON, limit=200):
        if row.name.isascii() and " " in row.name:
            return row.id, row.name
    raise AssertionError("geen bewoner met een ASCII-naam in de demowijk")


def test_record_a_contact_moment_with_the_keyboard(make_window, demo_services, qtbot):
    window = make_window(demo_services)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    person_id, name = an_ascii_resident(demo_services)
    before = demo_services.contacts.count()
    outcome = {}

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        outcome["dialog"] = type(dialog).__name__
        try:
            qtbot.waitUntil(lambda: dialog.isActiveWindow() and focused() is dialog.picker)
            qtbot.keyClicks(focused(), name.split()[-1])  # the picker has the focus: a surname
            qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)  # suggestions
            qtbot.keyClick(target(), Qt.Key.Key_Return)  # Enter takes the first match
            qtbot.waitUntil(lambda: dialog.people.count() == 1)
            assert QApplication.activePopupWidget() is None  # the suggestions closed
            qtbot.keyClick(target(), Qt.Key.Key_N, ALT)  # &Notitie
            outcome["note_focused"] = focused() is dialog.note
            qtbot.keyClicks(target(), "Praatje in de portiek over de speeltuin")
            qtbot.keyClick(target(), Qt.Key.Key_Tab)  # on to the next field
            qtbot.keyClick(target(), Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves
        finally:
            if dialog.isVisible():  # never leave a modal dialog hanging the test
                outcome["left_open"] = dialog.error.text()
                dialog.reject()

    QTimer.singleShot(0, fill_in)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)  # returns when the dialog closes
    assert outcome.get("dialog") == "ContactEntryDialog"
    assert "left_open" not in outcome, outcome.get("left_open")
    assert outcome["note_focused"]
    assert demo_services.contacts.count() == before + 1
    newest = demo_services.timeline.of_actor(person_id, limit=1)[0]
    assert newest.kind == "contact_moment"
    row = demo_services.contacts.row(newest.record_id)
    assert row.note.startswith("Praatje in de portiek over de speeltuin"), row


def test_create_a_meeting_with_the_keyboard(make_window, demo_services, qtbot):
    window = make_window(demo_services)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # Bijeenkomsten
    page = window.page("bijeenkomsten")
    qtbot.waitUntil(page.isVisible)
    for _ in range(10):  # Tab from the navigation into the page
        if page.isAncestorOf(focused()):
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert page.isAncestorOf(focused())
    qtbot.keyClick(focused(), Qt.Key.Key_B, CTRL | SHIFT)  # Nieuwe bijeenkomst
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.isAncestorOf(focused()))
    qtbot.keyClick(focused(), Qt.Key.Key_T, ALT)  # &Titel
    assert focused() is dialog.title
    qtbot.keyClicks(focused(), "Overleg speeltuin Zuidplein")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter: Aanmaken
    assert dialog.result() == QDialog.DialogCode.Accepted
    meeting = page.editor.document.agenda.meeting
    assert meeting.title == "Overleg speeltuin Zuidplein"
    assert page.editor.tabs.currentWidget() is page.editor.agenda  # ready for the agenda
