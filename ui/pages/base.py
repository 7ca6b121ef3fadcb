"""What every page shares: access to services, refresh on change, and an empty state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.text import tr

if TYPE_CHECKING:
    from db.events import Change
    from db.services import Services


class Page(QWidget):
    """A page refreshes itself when a change it cares about is announced (see `kinds`).

    It may be built before the database is open; `refresh` is called again once it is."""

    kinds: tuple[str, ...] = ()
    #: emitted with a page name when the page wants the window to navigate (e.g. empty state)
    navigate = Signal(str)
    #: emitted when the user asks to load the demo neighbourhood from an empty state
    demo_requested = Signal()
    #: emitted with (kind, id) to open a record ("person", "contact_moment", "meeting", ...)
    open_requested = Signal(str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = False
        context.bridge.changed.connect(self._on_change)

    @property
    def services(self) -> Services:
        assert self.context.services is not None, "database not open yet"
        return self.context.services

    def _on_change(self, change: Change) -> None:
        if change.concerns(*self.kinds):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # refresh when shown, not for every hidden page

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload what the page shows, if the database is open."""
        if self.context.ready:
            self.load()

    def load(self) -> None:
        """Fill the page from the services (the database is open)."""

    def show_record(self, kind: str, record_id: int) -> bool:
        """Show one record of `kind` on this page; False when this page does not hold it."""
        return False


class EmptyState(QWidget):
    """Tells a new user what this page will hold and how to get there."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None,
                 action_text: str | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(f"<h2>{title}</h2>")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(explanation)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed width lets the word-wrapped label compute its height (no clipped lines).
        body.setFixedWidth(520)
        body.setMinimumHeight(body.heightForWidth(520))
        layout.addWidget(heading)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        self.button: QPushButton | None = None
        if action_text:
            self.button = QPushButton(action_text)
            self.button.setAccessibleName(action_text)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


def demo_hint() -> str:
    return tr("Nog niets vastgelegd. Laad de demowijk via Bestand → Demowijk laden om "
              "rond te kijken, of begin met je eerste contactmoment.")
