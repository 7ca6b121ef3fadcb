"""What every page shares: access to services, refresh on change, and an empty state."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from db.events import Change
from db.services import Services
from ui.bridge import ChangeBridge
from ui.text import tr


class Page(QWidget):
    """A page refreshes itself when a change it cares about is announced (see `kinds`)."""

    kinds: tuple[str, ...] = ()
    #: emitted with a page name when the page wants the window to navigate (e.g. empty state)
    navigate = Signal(str)
    #: emitted when the user asks to load the demo neighbourhood from an empty state
    demo_requested = Signal()

    def __init__(self, services: Services, bridge: ChangeBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._stale = False
        bridge.changed.connect(self._on_change)

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
        """Reload what the page shows from the services."""


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
