"""The parts every dialog has: a red line for the Dutch message of a refused input, and
the buttons with Dutch texts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from ui.appearance import error_colour
from ui.text import tr

ERROR_STYLE = "color: #b3261e;"  # light mode; error_label() follows light and dark
StandardButton = QDialogButtonBox.StandardButton


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(f"color: {error_colour()};")
    label.setWordWrap(True)
    return label


def dialog_buttons(dialog: QDialog, ok_text: str, cancel_text: str | None = None,
                   ok: StandardButton = StandardButton.Ok) -> QDialogButtonBox:
    """OK (or Save) and Cancel, wired to the dialog's accept() and reject()."""
    buttons = QDialogButtonBox(ok | StandardButton.Cancel)
    buttons.button(ok).setText(ok_text)
    buttons.button(StandardButton.Cancel).setText(cancel_text or tr("Annuleren"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
