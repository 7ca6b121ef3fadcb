"""Rapportages: the charts follow the chosen period and neighbourhood; hover, PNG, copy,
quarter comparison and stories for the report (undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from db.services.comparison import MAIN_INDICATORS

TWELVE_MONTHS, THIS_QUARTER, LAST_QUARTER = 0, 1, 2


def _total(chart) -> float:
    return sum(v or 0 for _, values in chart.figures.series for v in values)


def _reports(make_window, demo_services):
    window = make_window(demo_services, page="rapportages")
    return window, window.page("rapportages")


def test_changing_the_period_and_neighbourhood_redraws_the_charts(make_window, demo_services,
                                                                  qtbot):
    _, page = _reports(make_window, demo_services)
    page.tabs.setCurrentIndex(1)  # Contactmomenten
    chart = page.charts["setting"]
    assert len(chart.figures.categories) >= 52  # a year of weeks
    year_total = _total(chart)
    assert year_total > 0 and "Opslaan" in chart.save_button.text()
    page.period_box.setCurrentIndex(THIS_QUARTER)
    assert 1 <= len(chart.figures.categories) <= 14
    assert _total(chart) < year_total
    page.set_period(TWELVE_MONTHS, demo_services.people.neighbourhoods()[0][0])
    assert 0 < _total(chart) < year_total  # one neighbourhood of several
    assert "t/m" in page.period_label.text()


def test_every_chart_tab_fills_when_opened(make_window, demo_services, qtbot):
    _, page = _reports(make_window, demo_services)
    page.tabs.setCurrentIndex(2)
    assert "Bezig met tellen" in page.charts["reach"].hover.text()  # counted off the UI thread
    qtbot.waitUntil(lambda: _total(page.charts["reach"]) > 0)
    for index in range(1, 5):
        page.tabs.setCurrentIndex(index)
        page.background.wait()
        qtbot.waitUntil(lambda i=index: i in page._fresh)
    for name in ("setting", "strategy", "ties", "reach", "ladder", "dossiers"):
        assert _total(page.charts[name]) > 0, name
    reach = dict(page.charts["reach"].figures.series)
    assert set(reach) == {"Bij naam", "Anoniem"}
    ladder = page.charts["ladder"].figures.categories
    assert all("→" in move for move in ladder) and any(m.startswith("Nieuw") for m in ladder)
    assert page.charts["retention"].figures.unit == "%"


def test_hover_copy_and_save(make_window, demo_services, qtbot, tmp_path):
    _, page = _reports(make_window, demo_services)
    page.tabs.setCurrentIndex(2)
    chart = page.charts["ties"]
    busiest = max(range(len(chart.figures.categories)),
                  key=lambda i: sum(v[i] for _, v in chart.figures.series))
    chart.show_values_at(busiest + 0.2)
    assert chart.figures.categories[busiest] in chart.hover.text()
    assert "Verbinden" in chart.hover.text() or "Overbruggen" in chart.hover.text()
    chart.copy_button.click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == chart.title
    assert copied[1].split("\t")[1:] == ["Verbinden", "Overbruggen", "Koppelen"]
    assert len(copied) == 2 + len(chart.figures.categories)
    path = tmp_path / "relaties.png"
    assert chart.save_png(str(path))
    assert path.read_bytes()[:4] == b"\x89PNG"


def test_quarters_are_compared_with_the_difference(make_window, demo_services, qtbot):
    _, page = _reports(make_window, demo_services)
    page.tabs.setCurrentIndex(5)
    qtbot.waitUntil(lambda: page.compare.rowCount() == len(MAIN_INDICATORS))
    assert "lopend" in page.compare.horizontalHeaderItem(0).text()
    now = int(page.compare.item(0, 0).text().replace(".", ""))
    before = int(page.compare.item(0, 1).text().replace(".", ""))
    difference = page.compare.item(0, 2).text()
    assert difference.startswith("+" if now >= before else "−")
    assert str(abs(now - before)) in difference.replace(".", "")


def test_a_newer_period_wins_over_a_count_still_running(make_window, demo_services, qtbot):
    _, page = _reports(make_window, demo_services)
    page.tabs.setCurrentIndex(2)
    page.period_box.setCurrentIndex(LAST_QUARTER)  # before the twelve-month count is in
    page.background.wait()
    qtbot.waitUntil(lambda: 2 in page._fresh)
    assert len(page.charts["reach"].figures.categories) == 3  # the quarter, not the year
    page.tabs.setCurrentIndex(1)
    assert 2 in page._fresh


def test_stories_are_chosen_for_the_report_and_undone(make_window, demo_services, qtbot):
    window, page = _reports(make_window, demo_services)
    page.tabs.setCurrentIndex(6)
    table = page.stories.table
    assert table.rowCount() > 0
    row = next(r for r in range(table.rowCount())
               if table.item(r, 0).checkState() == Qt.CheckState.Unchecked)
    title = page.stories.rows[row].title
    before = {s.title for s in demo_services.stories.selected()}
    table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: title in {s.title for s in demo_services.stories.selected()})
    window.context.undo_stack.undo()
    assert {s.title for s in demo_services.stories.selected()} == before
    window.context.undo_stack.redo()
    assert title in {s.title for s in demo_services.stories.selected()}


def test_a_contact_moment_marked_as_story_becomes_a_story_when_ticked(make_window,
                                                                      demo_services, qtbot):
    import datetime as dt

    from db.models import ContactMoment
    from db.vocabulary import ContactSetting

    with demo_services.db.session.begin() as s:
        s.add(ContactMoment(occurred_on=dt.date.today(), setting=ContactSetting.STREET,
                            is_story=True, note="Fatima durft nu zelf te bellen"))
    window, page = _reports(make_window, demo_services)
    page.tabs.setCurrentIndex(6)
    rows = page.stories.rows
    index = next(i for i, r in enumerate(rows) if r.story_id is None)
    moment = rows[index].contact_moment_id
    assert "(contactmoment)" in page.stories.table.item(index, 2).text()
    page.stories.table.item(index, 0).setCheckState(Qt.CheckState.Checked)
    assert moment in {s.contact_moment_id for s in demo_services.stories.selected()}
    window.context.undo_stack.undo()
    assert moment not in {s.contact_moment_id for s in demo_services.stories.selected()}


def test_charts_follow_a_dark_palette(qtbot):
    from ui.charts.chart import DARK, Chart, Figures, colours

    app = QGuiApplication.instance()
    old = app.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    app.setPalette(dark)
    try:
        chart = Chart("Donker")
        qtbot.addWidget(chart)
        assert colours() == DARK
        assert chart.plot.backgroundBrush().color().lightness() < 80
        chart.show_figures(Figures(("a", "b"), (("x", (1, None)),), unit="%"))
        assert "nog niet bekend" in chart.figures.as_tsv()
    finally:
        app.setPalette(old)
