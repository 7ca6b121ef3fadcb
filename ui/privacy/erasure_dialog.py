"""Vergeetrecht: show what goes and what stays, list the notes elsewhere that name the
person (the worker edits those by hand, ideally first), then erase for good, including from
the search index and the database file. Not undoable, and the dialog says so."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from db.services.erasure import ErasurePlan
from ui.appearance import error_colour
from ui.context import AppContext
from ui.privacy.purge_task import BACKUP_NOTE, delete_and_purge
from ui.text import date_text, number, tr

ROLE = Qt.ItemDataRole.UserRole
KIND_TEXT = {"contact_moment": "Contactmoment", "meeting": "Bijeenkomst", "dossier": "Dossier",
             "signal": "Signaal", "story": "Verhaal", "person": "Bewoner", "group": "Groep",
             "place": "Plek"}


def plan_html(plan: ErasurePlan) -> str:
    def line(n: int, text: str) -> str:
        return f"<li>{tr(text).format(n=number(n))}</li>" if n else ""

    goes = (f"<li>{tr('de bewoner zelf, met contactgegevens, notitie, talen en talenten')}"
            "</li>"
            + line(plan.contact_moments_only, "{n} contactmoment(en) alleen met deze persoon, "
                                              "met de actiepunten daaruit")
            + line(plan.stories_only, "{n} verhaal/verhalen alleen over deze persoon")
            + line(plan.ties, "{n} relatie(s)") + line(plan.memberships, "{n} lidmaatschap(pen)")
            + line(plan.consents, "{n} toestemming(en)"))
    stays = (line(plan.contact_moments_shared, "{n} contactmoment(en) met anderen")
             + line(plan.meetings, "{n} bijeenkomst(en): de aanwezigheid gaat weg")
             + line(plan.dossiers, "{n} dossier(s): de betrokkenheid gaat weg")
             + line(plan.stories_shared, "{n} verhaal/verhalen met anderen")
             + line(plan.signals, "{n} signaal/signalen: de melder wordt onbekend")
             + line(plan.owned_action_points, "{n} actiepunt(en) van deze persoon: die gaan "
                                              "naar jou"))
    html = (tr("<b>Gewist wordt alles wat alleen over {name} gaat:</b>").format(
        name=escape(plan.name)) + f"<ul>{goes}</ul>")
    if stays:
        html += tr("<b>Blijft bewaard, zonder deze persoon:</b>") + f"<ul>{stays}</ul>"
    return html


class ErasureDialog(QDialog):
    """`open_requested(kind, id)`: the worker wants to edit a note first (dialog closes)."""

    open_requested = Signal(str, int)
    erased = Signal(int)

    def __init__(self, context: AppContext, person_id: int, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.context, self.person_id = context, person_id
        self.plan = context.services.erasure.plan(person_id)
        self.task = None
        self.setWindowTitle(tr("Vergeetrecht — {name}").format(name=self.plan.name))
        self.resize(640, 600)
        layout = QVBoxLayout(self)
        summary = QLabel(plan_html(self.plan))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(summary)

        heading = QLabel(tr("<b>Notities elders die de naam noemen</b> — die past Buurtboek "
                            "niet zelf aan. Pas ze eerst aan (dubbelklik opent er een), of "
                            "na het wissen:"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.mentions = QListWidget()
        self.mentions.setAccessibleName(tr("Notities die de naam noemen"))
        for mention in self.plan.mentions:
            text = " · ".join(p for p in (date_text(mention.date),
                                          tr(KIND_TEXT.get(mention.kind, mention.kind)),
                                          mention.snippet or mention.title) if p)
            item = QListWidgetItem(text)
            item.setToolTip(mention.title)
            item.setData(ROLE, (mention.kind, mention.record_id))
            self.mentions.addItem(item)
        if not self.plan.mentions:
            self.mentions.addItem(tr("Geen andere notities gevonden die de naam noemen."))
        elif self.plan.more_mentions:
            self.mentions.addItem(tr("… en meer: zoek daarna met Ctrl+K op de naam."))
        self.mentions.itemActivated.connect(self._open)
        layout.addWidget(self.mentions, 1)

        warning = QLabel(tr("<b>Dit kan niet ongedaan worden gemaakt.</b> De gegevens gaan "
                            "ook uit de zoekindex en uit het databasebestand. {backups} Het "
                            "auditlog noteert alleen het nummer en de aantallen, geen naam.")
                         .format(backups=tr(BACKUP_NOTE)))
        warning.setWordWrap(True)
        warning.setStyleSheet(f"color: {error_colour()};")
        layout.addWidget(warning)
        self.confirm = QCheckBox(tr("Ik begrijp dat dit definitief is"))
        layout.addWidget(self.confirm)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(tr("Annuleren"))
        cancel.clicked.connect(self.reject)
        self.erase_button = QPushButton(tr("Definitief wissen"))
        self.erase_button.setEnabled(False)
        self.confirm.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self.erase)
        buttons.addWidget(cancel)
        buttons.addWidget(self.erase_button)
        layout.addLayout(buttons)
        cancel.setDefault(True)

    def _open(self, item: QListWidgetItem) -> None:
        data = item.data(ROLE)
        if data:
            self.open_requested.emit(*data)
            self.reject()

    def erase(self) -> None:
        if not self.confirm.isChecked():
            return
        self.erase_button.setEnabled(False)
        services = self.context.services
        profile = services.profile.current()
        worker_id = profile.id if profile else None

        def done(_plan) -> None:
            self.context.undo_stack.clear()  # earlier edits may point at erased records
            self.erased.emit(self.person_id)
            self.accept()

        self.task = delete_and_purge(
            self, self.context, tr("Vergeetrecht"),
            lambda: services.erasure.erase(self.person_id, worker_id=worker_id), done)
        self.task.failed.connect(lambda _e: self.erase_button.setEnabled(True))
