"""A name field that suggests persons (and groups) as you type, for invitations, owners of
action points and links of agenda items."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from db.vocabulary import ActorKind
from ui.context import AppContext
from ui.text import label, tr


class ActorField(QLineEdit):
    """`actor_id` is the chosen person or group, or None while the text matches nobody.
    Emits `picked(id, name)` when a suggestion is chosen."""

    picked = Signal(int, str)

    def __init__(self, context: AppContext, kinds: tuple[ActorKind, ...] = (
            ActorKind.PERSON, ActorKind.GROUP), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.kinds = context, kinds
        self.actor_id: int | None = None
        self.actor_kind: ActorKind | None = None
        self._choices: dict[str, tuple[int, str, ActorKind]] = {}
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(tr("Typ een naam…"))
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self._on_activated)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.suggest)
        self.textEdited.connect(self._on_edited)

    def _on_edited(self, _text: str) -> None:
        self.actor_id = self.actor_kind = None
        self._timer.start()

    def suggest(self) -> None:
        """Look up names like the text typed (also called directly by tests)."""
        self._choices.clear()
        if self.context.services is None:
            return
        shown = []
        for choice in self.context.services.attendance.find_actors(self.text(), self.kinds):
            text = choice.name if len(self.kinds) == 1 else \
                f"{choice.name} ({label(choice.kind).lower()})"
            self._choices[text] = (choice.id, choice.name, choice.kind)
            shown.append(text)
        self._model.setStringList(shown)
        exact = [v for v in self._choices.values() if v[1].lower() == self.text().strip().lower()]
        if len(exact) == 1:
            self.actor_id, _, self.actor_kind = exact[0]
        if shown and self.hasFocus():
            self.completer().complete()

    def _on_activated(self, text: str) -> None:
        if text in self._choices:
            self.choose(*self._choices[text])

    def choose(self, actor_id: int | None, name: str = "",
               kind: ActorKind | None = None) -> None:
        """Show `name` as chosen (None clears the field)."""
        self.actor_id, self.actor_kind = actor_id, kind
        self.setText(name)
        # the completer writes its own (longer) text after this; put the name back then
        QTimer.singleShot(0, self, lambda: self.actor_id == actor_id and self.setText(name))
        if actor_id is not None:
            self.picked.emit(actor_id, name)

    def clear_choice(self) -> None:
        self.actor_id = self.actor_kind = None
        self.clear()
