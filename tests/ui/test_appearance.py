"""Light and dark: the app follows the chosen or system colour scheme, and its own colours
stay readable in both."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from ui import appearance


@pytest.fixture
def restore_palette(qapp):
    palette, style = QPalette(qapp.palette()), qapp.style().name()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)


def contrast(a: str, b: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) \
            + 0.0722 * channel(colour.blueF())
    high, low = sorted((luminance(QColor(a)), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_dark_scheme_gives_a_dark_palette_and_readable_colours(restore_palette, settings):
    app = restore_palette
    settings.setValue(appearance.SETTING, "dark")
    appearance.apply_colour_scheme(app, appearance.chosen_scheme(settings))
    assert appearance.is_dark()
    window = app.palette().color(QPalette.ColorRole.Window)
    assert contrast(appearance.error_colour(), window) >= 4.5  # WCAG AA for text
    assert contrast(appearance.ok_colour(), window) >= 4.5
    appearance.apply_colour_scheme(app, "light")
    assert not appearance.is_dark()
    window = app.palette().color(QPalette.ColorRole.Window)
    assert contrast(appearance.error_colour(), window) >= 4.5


def test_environment_overrides_the_setting(monkeypatch, settings):
    settings.setValue(appearance.SETTING, "light")
    monkeypatch.setenv(appearance.ENVIRONMENT, "dark")
    assert appearance.chosen_scheme(settings) == "dark"
    monkeypatch.setenv(appearance.ENVIRONMENT, "paars")
    assert appearance.chosen_scheme(settings) == "system"


def test_prepare_sets_the_icon_and_keeps_dutch(restore_palette, settings):
    from ui.text import tr

    appearance.prepare(restore_palette, settings)
    assert not restore_palette.windowIcon().isNull()
    assert tr("Contactmomenten") == "Contactmomenten"
