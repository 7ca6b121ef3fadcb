"""Type-ahead over persons and groups: type a few letters, pick with the arrow keys."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from db.vocabulary import ActorKind
from ui.context import AppContext
from ui.text import label, tr

NEW_PERSON = -1  # the id offered for "Nieuwe bewoner: <typed name>"


class ActorPicker(QLineEdit):
    """Emits `picked(id, name)`; id is NEW_PERSON when the worker chose to add the typed
    name as a new resident (only when `allow_new`)."""

    picked = Signal(int, str)

    def __init__(self, context: AppContext, kinds: tuple[ActorKind, ...] = (
            ActorKind.PERSON, ActorKind.GROUP), allow_new: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.kinds, self.allow_new = context, kinds, allow_new
        self.setPlaceholderText(tr("Typ een naam…"))
        self.setClearButtonEnabled(True)
        self._choices: dict[str, tuple[int, str]] = {}
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.activated[str].connect(self._on_activated)
        self.setCompleter(self._completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh_suggestions)
        self.textEdited.connect(lambda _: self._timer.start())

    def refresh_suggestions(self) -> None:
        typed = self.text().strip()
        self._choices.clear()
        if not typed:
            self._model.setStringList([])
            return
        rows = self.context.services.people.suggest(typed, self.kinds)
        for row in rows:
            where = f", {row.neighbourhood}" if row.neighbourhood else ""
            kind = "" if row.kind == ActorKind.PERSON else f" ({label(row.kind).lower()})"
            text = f"{row.name}{kind}{where}"
            while text in self._choices:  # two residents with the same name
                text += " "
            self._choices[text] = (row.id, row.name)
        if self.allow_new:
            self._choices[tr("+ Nieuwe bewoner: {name}").format(name=typed)] = (NEW_PERSON,
                                                                             typed)
        self._model.setStringList(list(self._choices))
        self._completer.complete()

    def _on_activated(self, text: str) -> None:
        choice = self._choices.get(text)
        if choice is not None:
            self._completer.popup().hide()  # Enter picked: the stale suggestions go away
            self.picked.emit(*choice)
            QTimer.singleShot(0, self, self.clear)  # dies with the picker

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Enter picks a name; it must not also press the dialog's default button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self._on_return()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_return(self) -> None:
        """Enter without choosing from the list: take the only or first match."""
        if self._timer.isActive():
            self._timer.stop()
            self.refresh_suggestions()
        if self._choices:
            first = next(iter(self._choices))
            self._on_activated(first)
