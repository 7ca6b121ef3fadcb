"""The interface language: Dutch (the source texts) or English (translations/buurtboek_en.qm).

`install_translator(app, settings)` runs once at start-up, before the window is built:
the language comes from the setting `ui/language` ("nl" or "en", Dutch by default).
Qt's own texts (Cancel, Yes, the colour dialog) come from Qt's translations in the same
language. Changing the language takes effect at the next start: the choice is made in
Bestand → Taal / Language.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

SETTING = "ui/language"
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}  # each in its own language
DEFAULT = "nl"
_installed: list[QTranslator] = []  # kept alive as long as the application


def resource_root() -> Path:
    """Where translations/ and packaging/ (icons) are: the bundle in a frozen app
    (PyInstaller's sys._MEIPASS), the source tree otherwise."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def translations_dir() -> Path:
    return resource_root() / "translations"


def chosen_language(settings: QSettings | None) -> str:
    value = settings.value(SETTING, DEFAULT) if settings is not None else DEFAULT
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT


def install_translator(app: QCoreApplication, settings: QSettings | None) -> str:
    """Install the translators for the chosen language; returns its code ("nl" or "en")."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = chosen_language(settings)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl"
                               else QLocale.Language.English, QLocale.Country.Netherlands))
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_translations),
                         (f"buurtboek_{language}", str(translations_dir()))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def add_language_menu(menu: QMenu, settings: QSettings, parent: QWidget) -> QMenu:
    """Bestand → Taal / Language: Nederlands or English, for the next start."""
    submenu = menu.addMenu("Taal / &Language")  # tr: bilingual
    group = QActionGroup(submenu)
    current = chosen_language(settings)
    for code, name in LANGUAGES.items():
        action = QAction(name, submenu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _=False, c=code: _choose(settings, parent, c))
        group.addAction(action)
        submenu.addAction(action)
    return submenu


def _choose(settings: QSettings, parent: QWidget, code: str) -> None:
    if chosen_language(settings) == code:
        return
    settings.setValue(SETTING, code)
    settings.sync()
    QMessageBox.information(  # tr: bilingual
        parent, "Taal / Language",
        "Buurtboek gebruikt de nieuwe taal als je het opnieuw start.\n\n"
        "Buurtboek will use the new language after a restart.")
