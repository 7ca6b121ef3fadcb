"""Samenvoegen: two records of the same person become one, with all history of both."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget,
)

from db.services.errors import ValidationError
from db.vocabulary import ActorKind
from ui.context import AppContext
from ui.widgets.dialog_parts import dialog_buttons, error_label
from ui.text import tr
from ui.widgets.actor_picker import ActorPicker


class MergeDialog(QDialog):
    """Choose the duplicate; on accept it is merged into `keep_id` (after confirmation)."""

    def __init__(self, context: AppContext, keep_id: int, keep_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.keep_id, self.keep_name = context, keep_id, keep_name
        self.drop: tuple[int, str] | None = None
        self.setWindowTitle(tr("Samenvoegen"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Welke persoon is dezelfde als <b>{name}</b>? Alle contactmomenten, "
                          "relaties, bijeenkomsten en notities van die persoon gaan over naar "
                          "{name}; lege gegevens worden aangevuld.").format(name=keep_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.picker = ActorPicker(context, (ActorKind.PERSON,))
        self.picker.picked.connect(self._pick)
        layout.addWidget(self.picker)
        self.chosen = QLabel()
        layout.addWidget(self.chosen)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, tr("Samenvoegen…"))
        layout.addWidget(buttons)

    def _pick(self, actor_id: int, name: str) -> None:
        self.drop = (actor_id, name)
        self.chosen.setText(tr("Samenvoegen met: <b>{name}</b>").format(name=name))

    def confirm(self) -> bool:
        answer = QMessageBox.question(
            self, tr("Samenvoegen"),
            tr("{drop} wordt samengevoegd met {keep}. Dit kan niet ongedaan worden gemaakt "
               "(het wordt wel vastgelegd in het logboek). Doorgaan?").format(
                drop=self.drop[1], keep=self.keep_name))
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        if self.drop is None:
            self.error.setText(tr("Kies de persoon die dezelfde is."))
            return
        if self.drop[0] == self.keep_id:
            self.error.setText(tr("Kies een andere persoon dan {name} zelf.").format(
                name=self.keep_name))
            return
        if not self.confirm():
            return
        services = self.context.services
        profile = services.profile.current()
        try:
            services.duplicates.merge(self.keep_id, self.drop[0],
                                      profile.id if profile else None)
        except ValidationError as error:
            self.error.setText(error.message)
            return
        # edits on the undo stack may point at the merged-away record
        self.context.undo_stack.clear()
        super().accept()
