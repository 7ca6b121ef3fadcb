"""Every control on every page, tab and menu dialog can be named by a screen reader, and
the window works with the keyboard alone (tab order, Help → Sneltoetsen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QTabWidget

from tests.ui.accessibility import dead_mnemonics, unnamed_controls
from ui.main_window import PAGE_NAMES


@pytest.fixture
def window(make_window, demo_services, qtbot):
    window = make_window(demo_services)
    window.show()
    qtbot.waitExposed(window)
    return window


def problems(root) -> list[str]:
    return unnamed_controls(root) + [f"Alt+letter zonder buddy: {m}" for m in dead_mnemonics(root)]


def every_tab(page):
    """Check each tab of each tab widget on the page (hidden tabs hold controls too)."""
    missing = problems(page)
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisibleTo(page):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            missing += [f"[{tabs.tabText(index)}] {m}" for m in problems(page)]
    return sorted(set(missing))


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_control_on_the_page_has_an_accessible_name(window, qtbot, name):
    window.show_page(name)
    page = window.page(name)
    qtbot.waitUntil(page.isVisible)
    missing = every_tab(page)
    assert not missing, f"Pagina {name}: bediening zonder toegankelijke naam:\n" + \
        "\n".join(missing)


def menu_actions(window) -> list[QAction]:
    found, menus = [], [a.menu() for a in window.menuBar().actions() if a.menu()]
    while menus:
        menu = menus.pop(0)
        for action in menu.actions():
            if action.menu():
                menus.append(action.menu())
            elif not action.isSeparator() and not action.isCheckable():
                found.append(action)
    quit_keys = QKeySequence(QKeySequence.StandardKey.Quit)
    return [a for a in found if a.shortcut() != quit_keys]


def test_every_dialog_from_the_menus_names_its_controls(window, monkeypatch):
    """Each menu item is chosen once; every dialog it opens is checked instead of shown."""
    seen: dict[str, list[str]] = {}

    def check(dialog, *args, **kwargs):
        seen[type(dialog).__name__] = problems(dialog)
        return 0

    monkeypatch.setattr(QDialog, "exec", check)
    for name in ("about", "information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: None))
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    for action in menu_actions(window):
        action.trigger()
    assert {"ContactEntryDialog", "SearchDialog", "ShortcutsDialog"} <= set(seen), seen
    missing = [f"{dialog}: {m}" for dialog, names in seen.items() for m in names]
    assert not missing, "Dialoog met bediening zonder toegankelijke naam:\n" + "\n".join(missing)


def test_tab_moves_from_the_navigation_into_the_page(window, qtbot):
    window.show_page("contactmomenten")
    with qtbot.waitActive(window):
        window.activateWindow()
    window.nav.setFocus()
    page = window.page("contactmomenten")
    reached = []
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    inside = [w for w in reached if w is not None and page.isAncestorOf(w)]
    assert inside, "Tab komt niet van de navigatie op de pagina"
    assert len(set(inside)) >= 5, "Tab bereikt maar een paar velden van de pagina"
    # Shift+Tab goes back the same way, to the navigation
    for _ in range(len(reached) + 5):
        if QApplication.focusWidget() is window.nav:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab,
                       Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.nav


def test_help_lists_the_shortcuts_of_menus_and_pages(window, monkeypatch):
    from ui.dialogs import shortcuts

    shown = {}
    monkeypatch.setattr(shortcuts.ShortcutsDialog, "exec",
                        lambda self: shown.setdefault("dialog", self) and 0)
    window.show_shortcuts()
    table = shown["dialog"].table
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    assert ("Ctrl+Shift+N", "Contactmoment vastleggen") in rows
    assert ("Ctrl+K", "Zoeken") in rows
    assert ("Ctrl+3", "Netwerk") in rows
    assert ("F1", "Sneltoetsen") in rows
    assert any(keys == "Ctrl+Shift+B" for keys, _ in rows)  # an action of the meetings page


def test_a_new_action_appears_in_the_shortcut_list_by_itself(window):
    from ui.dialogs.shortcuts import collect

    extra = QAction("Iets &nieuws…", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.addAction(extra)
    assert any(r.keys == "Ctrl+Alt+J" and r.what == "Iets nieuws" for r in collect(window))
