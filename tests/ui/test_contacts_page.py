"""The Contactmomenten page, driven through its real widgets on the demo neighbourhood."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from db.services.contacts import ContactFilter, ContactSort, SortKey
from db.vocabulary import ContactSetting, Strategy
from ui.pages.contact_filters import period_bounds
from ui.pages.contacts import COLUMNS, ContactsPage


@pytest.fixture
def page(qtbot, demo_services):
    from ui.context import AppContext

    context = AppContext()
    context.attach(demo_services)
    widget = ContactsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.refresh()
    return widget


def rows(page):
    return [page.model.row_at(i) for i in range(page.model.rowCount())]


def column(title):
    return next(i for i, c in enumerate(COLUMNS) if c.title == title)


def click_header(qtbot, page, title):
    header = page.view.horizontalHeader()
    section = column(title)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def count_in(summary: str) -> int:
    return int(summary.split()[0].replace(".", ""))


def test_first_screen_is_newest_first_with_the_total(page, demo_services):
    total = demo_services.contacts.count()
    assert count_in(page.summary.text()) == total and "nieuwste eerst" in page.summary.text()
    days = [r.occurred_on for r in rows(page)]
    assert len(days) == 200 and days == sorted(days, reverse=True)
    assert page.stack.currentWidget() is page.view


def test_choosing_a_setting_narrows_the_rows_and_the_count(page, demo_services, qtbot):
    before = count_in(page.summary.text())
    combo = page.filters.setting_combo
    combo.setFocus()
    index = combo.findData(ContactSetting.STAIRWELL)
    combo.setCurrentIndex(index - 1)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # as a user picks the next entry with the keyboard
    assert combo.currentData() == ContactSetting.STAIRWELL
    shown = rows(page)
    assert shown and {r.setting for r in shown} == {ContactSetting.STAIRWELL}
    expected = demo_services.contacts.count(
        ContactFilter(settings=frozenset({ContactSetting.STAIRWELL})))
    assert count_in(page.summary.text()) == expected < before
    assert "met deze filters" in page.summary.text()


def test_filters_combine_theme_neighbourhood_and_strategy(page, demo_services):
    hood_id, hood = demo_services.contacts.filter_options().neighbourhoods[0]
    page.filters.hood_combo.setCurrentIndex(page.filters.hood_combo.findData(hood_id))
    page.filters.strategy_combo.setCurrentIndex(page.filters.strategy_combo.findData(Strategy.BONDING))
    shown = rows(page)
    assert shown and all(r.neighbourhood == hood and r.strategy == Strategy.BONDING
                         for r in shown)
    strategy = page.filters.strategy_combo
    strategy.setCurrentIndex(strategy.findText("Geen strategie"))
    assert all(r.strategy is None for r in rows(page))
    theme_id, theme = demo_services.contacts.filter_options().themes[0]
    page.filters.theme_combo.setCurrentIndex(page.filters.theme_combo.findData(theme_id))
    assert all(theme in r.themes.split(", ") for r in rows(page))
    assert page.filter == ContactFilter(neighbourhood_id=hood_id, theme_id=theme_id,
                                        strategy="none")


def test_a_period_preset_fills_the_dates_and_narrows_the_list(page):
    bar = page.filters
    bar.period.setCurrentIndex(bar.period.findData("month"))
    start, end = period_bounds("month", dt.date.today())
    assert bar.date_from.date().toPython() == start and bar.date_to.date().toPython() == end
    assert all(start <= r.occurred_on <= end for r in rows(page))
    # editing a date by hand makes it an own period
    bar.date_from.setDate(bar.date_from.date().addDays(7))
    assert bar.period.currentData() == "custom"
    assert all(start + dt.timedelta(days=7) <= r.occurred_on for r in rows(page))


def test_period_presets():
    day = dt.date(2026, 5, 14)  # a Thursday
    assert period_bounds("week", day) == (dt.date(2026, 5, 11), dt.date(2026, 5, 17))
    assert period_bounds("month", day) == (dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    assert period_bounds("quarter", day) == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert period_bounds("quarter", dt.date(2026, 12, 31)) == (dt.date(2026, 10, 1),
                                                               dt.date(2026, 12, 31))
    assert period_bounds("year", day) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert period_bounds("all", day) == (None, None)


def test_clicking_headers_sorts_in_sql(page, qtbot):
    click_header(qtbot, page, "Buurt")
    assert page.sort == ContactSort(SortKey.NEIGHBOURHOOD, descending=False)
    hoods = [r.neighbourhood for r in rows(page)]
    assert hoods == sorted(hoods, key=str.lower) and "op buurt" in page.summary.text()
    click_header(qtbot, page, "Buurt")
    hoods = [r.neighbourhood for r in rows(page)]
    assert page.sort.descending and hoods == sorted(hoods, key=str.lower, reverse=True)
    click_header(qtbot, page, "Datum")  # back to newest first on the first click
    assert page.sort == ContactSort()
    click_header(qtbot, page, "Datum")
    days = [r.occurred_on for r in rows(page)]
    assert days == sorted(days) and "oudste eerst" in page.summary.text()
    # a column that cannot be sorted leaves the order and the arrow where they were
    click_header(qtbot, page, "Met wie")
    assert page.sort == ContactSort(SortKey.DATE, descending=False)
    assert page.view.horizontalHeader().sortIndicatorSection() == column("Datum")
    assert [r.occurred_on for r in rows(page)] == days


def test_clear_filters_brings_everything_back(page, qtbot):
    total = page.summary.text()
    page.filters.theme_combo.setCurrentIndex(1)
    page.filters.period.setCurrentIndex(page.filters.period.findData("year"))
    assert page.summary.text() != total
    qtbot.mouseClick(page.filters.clear_button, Qt.MouseButton.LeftButton)
    assert page.summary.text() == total and page.filter.is_empty
    bar = page.filters
    assert bar.theme_combo.currentIndex() == 0 and bar.period.currentData() == "all"
    assert bar.date_from.text() == "—"


def test_nothing_matching_says_which_filter_to_loosen(page, qtbot):
    bar = page.filters
    bar.setting_combo.setCurrentIndex(bar.setting_combo.findData(ContactSetting.ONLINE))
    bar.strategy_combo.setCurrentIndex(bar.strategy_combo.findData(Strategy.LINKING))
    with qtbot.waitSignal(page.counted):  # the advice is worked out off the UI thread
        bar.date_from.setDate(bar.date_from.date().currentDate().addDays(1))  # the future
    assert page.stack.currentWidget() is page.empty and page.model.rowCount() == 0
    assert "Niets gevonden" in page.empty_title.text()
    assert "Periode:" in page.empty_text.text()
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.view and page.model.rowCount() == 200


def test_an_expensive_count_arrives_after_the_rows(page, demo_services, qtbot):
    # two equality filters and a full first page: counted on a worker thread
    bar = page.filters
    bar.worker_combo.setCurrentIndex(1)
    with qtbot.waitSignal(page.counted, timeout=10_000):
        bar.strategy_combo.setCurrentIndex(bar.strategy_combo.findText("Geen strategie"))
        assert page.model.rowCount() == 200  # the rows are there before the count
        assert page.summary.text() == "Contactmomenten tellen…"
    assert not demo_services.contacts.count_is_cheap(page.filter)
    assert count_in(page.summary.text()) == demo_services.contacts.count(page.filter)


def test_sensitive_notes_show_a_placeholder(page):
    sensitive = page.model.find(lambda r: r.sensitive)
    assert sensitive >= 0
    note = page.model.index(sensitive, column("Notitie")).data()
    assert note == "•••• gevoelig — klik om te tonen"


def test_enter_and_double_click_ask_to_open_the_contact_moment(page, qtbot):
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(2, 0))
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == ["contact_moment", page.model.row_at(2).id]
    rect = page.view.visualRect(page.model.index(4, 1))
    # a real double-click starts with a press: QTest's double-click event alone has none
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["contact_moment", page.model.row_at(4).id]


def test_ctrl_f_focuses_the_filter_bar(page, qtbot):
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filters.period.hasFocus()


def test_show_record_selects_a_loaded_row_or_makes_it_visible(page, demo_services):
    target = page.model.row_at(150)
    assert page.show_record("contact_moment", target.id)
    assert page.view.currentIndex().row() == 150
    # the oldest contact moment is far beyond the loaded pages and outside this filter
    page.filters.theme_combo.setCurrentIndex(1)
    oldest = demo_services.contacts.page(sort=ContactSort(descending=False), limit=1)[0]
    assert page.show_record("contact_moment", oldest.id)
    assert page.model.row_at(page.view.currentIndex().row()).id == oldest.id
    assert page.filter == ContactFilter(date_from=oldest.occurred_on, date_to=oldest.occurred_on)
    assert not page.show_record("contact_moment", 10**9)
    assert not page.show_record("meeting", oldest.id)


def test_filters_and_sort_survive_page_switches_and_changes(make_window, demo_services, qtbot):
    window = make_window(demo_services, page="contactmomenten")
    page = window.page("contactmomenten")
    page.filters.theme_combo.setCurrentIndex(2)
    page.set_sort(ContactSort(SortKey.SETTING, descending=False))
    chosen, order = page.filter, page.sort
    window.show_page("mensen")
    window.show_page("contactmomenten")
    with qtbot.waitSignal(window.context.bridge.changed):
        demo_services.people.create_person(first_name="Aaron", last_name="Aalders")
    page.refresh()
    assert (page.filter, page.sort, page.filters.theme_combo.currentIndex()) == (chosen, order, 2)
    labels = [r.setting.label.lower() for r in rows(page)]
    assert labels and labels == sorted(labels)
