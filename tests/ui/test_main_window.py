"""The application shell, driven through its real widgets offscreen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from db.vocabulary import ActorKind, DossierPhase
from ui.pages import PAGES


def test_window_shows_before_the_database_is_open_and_fills_in_after(make_window, demo_services,
                                                                     qtbot):
    window = make_window()
    with qtbot.waitExposed(window):
        window.show()
    overview = window.page("overzicht")
    assert "geopend" in overview.greeting.text()
    window.attach(demo_services)
    assert overview.card_persons.value.text() not in ("", "–")
    assert "geopend" not in overview.greeting.text()
    assert overview.actions_list.count() > 0 and overview.meetings_list.count() > 0


def test_every_page_opens_with_demo_data(make_window, demo_services, qtbot):
    window = make_window(demo_services)
    for spec in PAGES:
        window.show_page(spec.name)
        assert window.current_page_name() == spec.name
        assert window.stack.currentWidget() is window.page(spec.name)
    people = window.page("mensen")
    assert people.models[ActorKind.PERSON].rowCount() > 0
    assert people.models[ActorKind.GROUP].rowCount() > 0
    assert people.models[ActorKind.PLACE].rowCount() > 0
    contacts = window.page("contactmomenten")
    assert contacts.model.rowCount() == 200  # the first page only, more as you scroll
    assert contacts.model.canFetchMore()
    contacts.model.fetchMore()
    assert contacts.model.rowCount() == 400
    assert window.page("bijeenkomsten").tree.topLevelItemCount() >= 3
    dossiers = window.page("dossiers")
    assert all(dossiers.columns[phase].count() > 0 for phase in DossierPhase)
    reports = window.page("rapportages")
    assert reports.table.rowCount() > 5 and reports.table.item(0, 12).text() != "0"
    network = window.page("netwerk")
    qtbot.waitUntil(lambda: network.graph is not None, timeout=30_000)  # laid out in a task
    assert "actoren" in network.summary.text()
    assert "bewoners" in window.counts_label.text()
    assert window.worker_label.text()


def test_keyboard_shortcuts_switch_pages(make_window, demo_services, qtbot):
    window = make_window(demo_services)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "netwerk"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "dossiers"


def test_last_page_and_geometry_are_restored(make_window, demo_services, qtbot):
    window = make_window(demo_services)
    with qtbot.waitExposed(window):
        window.show()
    window.resize(790, 560)  # within the offscreen screen (800x600)
    window.show_page("dossiers")
    window.close()
    again = make_window(demo_services)
    assert again.current_page_name() == "dossiers"
    assert (again.width(), again.height()) == (790, 560)
    # an explicit --page wins over the remembered one
    assert make_window(demo_services, page="netwerk").current_page_name() == "netwerk"


def test_a_change_refreshes_open_views(make_window, demo_services, qtbot):
    window = make_window(demo_services, page="mensen")
    with qtbot.waitExposed(window):
        window.show()
    people = window.page("mensen")
    before = demo_services.people.count(ActorKind.PERSON)
    with qtbot.waitSignal(window.context.bridge.changed):
        demo_services.people.create_person(first_name="Aaron", last_name="Aalders")
    assert people.models[ActorKind.PERSON].row_at(0).name == "Aaron Aalders"
    assert f"({before + 1})" in people.tabs.tabText(0).replace(".", "")
    # a page that was hidden during the change catches up when it is shown
    window.show_page("contactmomenten")
    with qtbot.waitSignal(window.context.bridge.changed):
        demo_services.people.create_person(first_name="Aafke", last_name="Aap")
    assert people.models[ActorKind.PERSON].row_at(0).name == "Aaron Aalders"
    window.show_page("mensen")
    assert people.models[ActorKind.PERSON].row_at(0).name == "Aafke Aap"


def test_empty_database_offers_the_demo(make_window, services, qtbot):
    window = make_window(services)
    overview = window.page("overzicht")
    assert overview._stack.currentWidget() is overview.empty
    with qtbot.waitSignal(window.demo_requested):
        qtbot.mouseClick(overview.empty.button, Qt.MouseButton.LeftButton)
