"""The Netwerk page: click a node for its card and its detail page, ego view, time slider,
dragging pins, export."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from db.vocabulary import ActorKind

TIMEOUT = 30_000


@pytest.fixture
def network(qtbot, make_window, demo_services, monkeypatch):
    from ui.pages.network import NetworkPage

    # the demo is small enough to be drawn at once; these tests take the task path that
    # large networks take (layout off the UI thread)
    monkeypatch.setattr(NetworkPage, "small_network_ties", 0)
    window = make_window(demo_services)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("netwerk")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        window.show_page("netwerk")
    return window, page


def _person(page):
    return next(i for i, n in enumerate(page.graph.nodes)
                if n.kind == ActorKind.PERSON and n.degree > 1)


def test_clicking_a_node_shows_its_card_and_opens_its_detail_page(qtbot, network):
    window, page = network
    index = _person(page)
    node = page.graph.nodes[index]
    page.canvas.getViewBox().setRange(  # zoom in on the node so nothing else is under it
        xRange=(node.x - 0.5, node.x + 0.5), yRange=(node.y - 0.5, node.y + 0.5), padding=0)
    page.canvas.update_visible()
    point = page.canvas.view_point(index)
    qtbot.mouseClick(page.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert page.canvas.selected == index
    assert node.name in page.panel.card.text()
    assert page.canvas.label_count > 0  # zoomed in: names on the map
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.mouseClick(page.panel.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["person", node.id]
    assert window.stack.currentWidget() is window.page("mensen")  # the detail page is shown


def test_double_clicking_a_node_opens_its_detail_page(qtbot, network):
    window, page = network
    index = _person(page)
    node = page.graph.nodes[index]
    page.canvas.getViewBox().setRange(
        xRange=(node.x - 0.5, node.x + 0.5), yRange=(node.y - 0.5, node.y + 0.5), padding=0)
    page.canvas.update_visible()
    point = page.canvas.view_point(index)
    viewport = page.canvas.viewport()
    # what a double-click delivers: press, release, double-click, release (QTest's mouseDClick
    # sends only the double-click event, and pyqtgraph reports clicks on release)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    with qtbot.waitSignal(page.open_requested, timeout=5_000) as opened:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == ["person", node.id]
    assert window.stack.currentWidget() is window.page("mensen")


def test_ego_view_of_a_person_and_back_to_the_whole_network(qtbot, network):
    window, page = network
    node = page.graph.nodes[_person(page)]
    whole = len(page.graph.nodes)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        assert page.show_record("person", node.id)
    assert page.graph.ego_name == node.name and page.graph.nodes[0].id == node.id
    assert 1 < len(page.graph.nodes) <= node.degree + 1  # the person and its neighbours
    assert "Netwerk rond" in page.summary.text() and page.whole.isVisible()
    one_step = len(page.graph.nodes)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.ego_steps.setValue(2)
    assert len(page.graph.nodes) > one_step
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.whole.click()
    assert len(page.graph.nodes) == whole and not page.whole.isVisible()
    assert not page.show_record("meeting", 1)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        assert page.show_record("network", node.id)  # the route a detail page's button takes
    assert page.graph.ego_name == node.name


def test_time_slider_shows_the_network_as_it_was(qtbot, network):
    window, page = network
    today = len(page.graph.edges)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.set_day(dt.date.today() - dt.timedelta(days=3 * 365))
    assert page.day_label.text() != ""
    assert len(page.graph.edges) < today
    assert page.graph.day == page.day()


def test_dragging_a_node_pins_it_where_it_was_dropped(qtbot, network, demo_services):
    window, page = network
    index = _person(page)
    page.canvas.move_node(index, 123.0, 45.0, finished=True)
    stored = demo_services.network.map(page.current_filter())
    node = next(n for n in stored.nodes if n.id == page.graph.nodes[index].id)
    assert (node.x, node.y, node.pinned) == (123.0, 45.0, True)


def test_view_exports_as_png_and_figures_as_excel(qtbot, network, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    window, page = network
    assert page.export_png(str(tmp_path / "netwerk.png"))
    assert (tmp_path / "netwerk.png").stat().st_size > 5_000
    target = tmp_path / "netwerk.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.save_excel()
    sheet = load_workbook(target)["Actoren"]
    assert sheet.max_row == len(page.figures.actors) + 1


def test_a_small_network_is_drawn_at_once(make_window, demo_services):
    window = make_window(demo_services)
    page = window.page("netwerk")
    assert page.task is None and page.graph is not None and len(page.graph.edges) > 100
    assert "actoren" in page.summary.text()



def test_the_network_around_a_person_opens_from_the_detail_page(make_window, demo_services,
                                                                 qtbot):
    window = make_window(demo_services)
    person = demo_services.people.page(ActorKind.PERSON)[0]
    window.open_record("person", person.id)
    window.page("mensen").detail.network_button.click()
    assert window.current_page_name() == "netwerk"
