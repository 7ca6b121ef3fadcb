"""Help → Sneltoetsen: every keyboard shortcut of the window, read from its actions.

Built from the QActions that exist (menus, and those of every page, which are built
first), so the list never goes stale when a page or menu gains a shortcut.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QMenu, QMenuBar, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ui.text import tr


@dataclass(frozen=True)
class ShortcutRow:
    where: str  # menu title or page title
    what: str
    keys: str  # as shown on this platform (Ctrl+Shift+N)


def plain(text: str) -> str:
    """'&Contactmoment vastleggen…' → 'Contactmoment vastleggen'."""
    text = text.replace("&&", "\0").replace("& ", "\0 ")  # "Mensen & groepen" keeps its &
    return text.replace("&", "").replace("\0", "&").rstrip("…. ").strip()


def _keys(sequences: list[QKeySequence]) -> str:
    texts = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if s]
    return " / ".join(dict.fromkeys(t for t in texts if t))


def _owner(obj, window: QWidget, owners: dict) -> str:
    """The page (or the window) an action or shortcut belongs to."""
    while obj is not None and obj is not window:
        if obj in owners:
            return owners[obj]
        obj = obj.parent()
    return tr("Hele venster")


def collect(window: QWidget, owners: dict | None = None) -> list[ShortcutRow]:
    """Every action (and every QShortcut that says what it does in its whatsThis) under
    `window` that has a key; `owners` names the pages (page widget → title)."""
    owners = owners or {}
    rows: dict[tuple[str, str], ShortcutRow] = {}
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        text = plain(action.text() or action.toolTip())
        if not (keys and text):
            continue
        menus = [m for m in action.associatedObjects() if isinstance(m, QMenu) and m.title()]
        where = plain(menus[0].title()) if menus else _owner(action.parent(), window, owners)
        rows.setdefault((text, keys), ShortcutRow(where, text, keys))
    for shortcut in window.findChildren(QShortcut):
        keys = _keys([shortcut.key()])
        text = plain(shortcut.whatsThis())
        if keys and text:
            where = _owner(shortcut.parent(), window, owners)
            rows.setdefault((text, keys), ShortcutRow(where, text, keys))
    order = [plain(a.text()) for a in window.findChildren(QMenuBar)[0].actions()] \
        if window.findChildren(QMenuBar) else []
    order += list(owners.values())
    return sorted(rows.values(), key=lambda r: (
        order.index(r.where) if r.where in order else len(order), r.where, r.what.lower()))


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sneltoetsen"))
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Alles in Buurtboek kan met het toetsenbord: Tab gaat naar het "
                          "volgende veld, Shift+Tab terug, Enter kiest, Esc sluit een venster. "
                          "Een onderstreepte letter in een menu of knop kies je met Alt."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(tr("Sneltoetsen"))
        self.table.setHorizontalHeaderLabels([tr("Toetsen"), tr("Wat"), tr("Waar")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for r, row in enumerate(rows):
            for c, text in enumerate((row.keys, row.what, row.where)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
