"""How Buurtboek looks: language, icon, light or dark, and colours that work in both.

`prepare(app, settings)` is the one call at start-up (desktop/app.py), right after the
QApplication exists and before the main window is built. It installs the translators
(ui.i18n), sets the window icon, and follows the system's light or dark mode:
- Qt 6.5+ reports the system scheme (`styleHints().colorScheme()`) and, with the
  windows11 / macOS / Fusion styles, gives a dark palette by itself; the old
  "windowsvista" style of Windows 10 cannot draw dark, so Buurtboek switches to Fusion;
- the setting `ui/colour_scheme` ("system", "light", "dark") or the environment variable
  BUURTBOEK_COLOUR_SCHEME overrides it (used for the dark screenshots in docs/);
- where the platform gives no dark palette (offscreen, some Linux desktops) a Fusion dark
  palette is set by hand.
High-DPI scaling is Qt 6's default (per-monitor, fractional); fonts come from the system,
so the system's text size applies. Stylesheets use palette() roles; the few real colours
(error red, success green) come from `error_colour()` / `ok_colour()`, which know the mode.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from ui import i18n

SETTING = "ui/colour_scheme"
SCHEMES = ("system", "light", "dark")
ENVIRONMENT = "BUURTBOEK_COLOUR_SCHEME"


def prepare(app: QApplication, settings: QSettings | None) -> None:
    """Language, icon and colour scheme; call once before building the main window."""
    i18n.install_translator(app, settings)
    icon = i18n.resource_root() / "packaging" / "buurtboek.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    apply_colour_scheme(app, chosen_scheme(settings))
    hints = app.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(
            lambda _scheme: apply_colour_scheme(app, chosen_scheme(settings)))


def chosen_scheme(settings: QSettings | None) -> str:
    value = os.environ.get(ENVIRONMENT) or (
        settings.value(SETTING, "system") if settings is not None else "system")
    return value if value in SCHEMES else "system"


def system_is_dark(app: QGuiApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_colour_scheme(app: QApplication, scheme: str) -> None:
    hints = app.styleHints()
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(scheme)
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        hints.setColorScheme(wanted or Qt.ColorScheme.Unknown)
    dark = scheme == "dark" or (scheme == "system" and system_is_dark(app))
    if dark and app.style().name().lower() == "windowsvista":
        app.setStyle("Fusion")  # Windows 10's native style has no dark palette
    if dark and not is_dark():
        app.setPalette(dark_palette())
    elif not dark and is_dark():
        app.setPalette(app.style().standardPalette())


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour() -> str:
    """Red that reads well on the window background (light: #b3261e, dark: #ff8a80)."""
    return "#ff8a80" if is_dark() else "#b3261e"


def ok_colour() -> str:
    return "#81c995" if is_dark() else "#1b6e20"


def dark_palette() -> QPalette:
    """A Fusion dark palette, for platforms that give none."""
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a", QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.Highlight: "#3d6ea8",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Light: "#4a4a4a",
        QPalette.ColorRole.Midlight: "#3f3f3f", QPalette.ColorRole.Mid: "#303030",
        QPalette.ColorRole.Dark: "#202020", QPalette.ColorRole.Shadow: "#121212",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette


def tab_leaves_tables(root: QWidget) -> None:
    """Tab moves on to the next control, arrows move between cells: Qt's tables keep Tab
    inside (cell by cell through every row), a trap for keyboard users."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
