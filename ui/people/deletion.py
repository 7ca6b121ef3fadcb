"""Deleting a person, group or place for good: ask first, and ask what happens to the
action points they own, so nothing is lost silently."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from db.services.errors import ValidationError
from ui.context import AppContext
from ui.text import tr


def confirm_and_delete(context: AppContext, parent: QWidget, actor_id: int, name: str) -> bool:
    services = context.services
    owned = services.actors.owned_action_points(actor_id)
    profile = services.profile.current()
    worker_id = profile.id if profile else None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Verwijderen"))
    text = tr("<b>{name}</b> wordt definitief verwijderd, met de relaties en alles wat alleen "
              "over deze persoon gaat. Contactmomenten en bijeenkomsten met anderen blijven, "
              "zonder deze naam. Dit kan niet ongedaan worden gemaakt; wil je de gegevens "
              "bewaren, kies dan Archiveren.").format(name=name)
    if owned:
        text += "<br><br>" + tr("{name} is eigenaar van {n} actiepunt(en). Die worden aan jou "
                                "toegewezen, zodat er niets verloren gaat.").format(name=name,
                                                                                 n=owned)
    box.setText(text)
    delete = box.addButton(tr("Actiepunten aan mij toewijzen en verwijderen") if owned
                           else tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not delete:
        return False
    try:
        services.actors.delete(actor_id, reassign_to_worker=worker_id if owned else None,
                               worker_id=worker_id)
    except ValidationError as error:
        QMessageBox.warning(parent, tr("Verwijderen"), error.message)
        return False
    context.undo_stack.clear()  # earlier edits may point at the deleted record
    return True
