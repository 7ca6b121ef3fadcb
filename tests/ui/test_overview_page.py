"""Overzicht: this week's work, who is out of sight, stalled dossiers, and the shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_overview_lists_open_what_they_show(make_window, demo_services, qtbot):
    window = make_window(demo_services, page="overzicht")
    page = window.page("overzicht")
    figures = page.figures
    qtbot.waitUntil(lambda: page.out_of_sight_loaded)  # filled right after the first paint
    gone = page.out_of_sight
    assert page.out_of_sight_list.count() == min(5, page.out_of_sight_count) > 0
    assert str(page.out_of_sight_count) in page.all_out_of_sight.text()
    first = page.out_of_sight_list.item(0)
    assert gone[0].name in first.text()
    with qtbot.waitSignal(page.open_requested) as opened:
        page.out_of_sight_list.itemActivated.emit(first)
    assert opened.args == [str(gone[0].kind), gone[0].id]
    with qtbot.waitSignal(page.open_requested) as opened:
        page.all_out_of_sight.click()
    assert opened.args == ["out_of_sight", 0]
    assert figures.stalled_dossiers  # the demo has dossiers that stand still
    assert figures.stalled_dossiers[0].title in page.stalled_list.item(0).text()
    assert figures.action_points[0].overdue  # overdue first, in red
    assert page.actions_list.item(0).foreground().color() == Qt.GlobalColor.darkRed


def test_signal_shortcut_shows_only_when_wired(make_window, demo_services, qtbot):
    window = make_window(demo_services, page="overzicht")
    page = window.page("overzicht")
    page.record_signal_requested.disconnect()  # the window wires it (issue 6); unwired:
    page.load()
    assert page.signal_button.isHidden()
    asked = []
    page.record_signal_requested.connect(lambda: asked.append(True))
    page.load()
    assert not page.signal_button.isHidden()
    page.signal_button.click()
    assert asked == [True]
    assert "Ctrl+Shift+N" in page.record_button.text()


def test_record_button_opens_the_quick_entry(make_window, demo_services, qtbot, monkeypatch):
    from ui.dialogs import contact_entry

    opened = []
    monkeypatch.setattr(contact_entry.ContactEntryDialog, "exec",
                        lambda self: opened.append(type(self).__name__) or 0)
    window = make_window(demo_services, page="overzicht")
    window.page("overzicht").record_button.click()
    assert opened == ["ContactEntryDialog"]
