"""The privacy row of a resident's detail page: a badge when there is no valid consent,
and Toestemming…, Inzageverzoek… and Vergeetrecht…"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ui.context import AppContext
from ui.tasks import Task
from ui.text import tr

if TYPE_CHECKING:
    from db.services.actors import ActorDetail

BADGE_STYLE = ("background: #fde7e9; color: #8c1d18; border: 1px solid #e3a6a1; "
               "border-radius: 8px; padding: 1px 8px; font-weight: 600;")
OK_STYLE = ("background: #e6f4ea; color: #1e6b34; border: 1px solid #a8d5b5; "
            "border-radius: 8px; padding: 1px 8px;")


class PersonPrivacyBar(QWidget):
    """Shown for persons only; `open_requested(kind, id)` to navigate to a record."""

    open_requested = Signal(str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person_id: int | None = None
        self.name = ""
        self.task: Task | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.badge = QLabel()
        self.badge.setAccessibleName(tr("Toestemming"))
        layout.addWidget(self.badge)
        self.consent_button = QPushButton(tr("Toestemming…"))
        self.access_button = QPushButton(tr("Inzageverzoek…"))
        self.access_button.setToolTip(tr("Alles wat over deze bewoner is vastgelegd, in één "
                                         "Excel-bestand (komt in het auditlog)"))
        self.erase_button = QPushButton(tr("Vergeetrecht…"))
        self.erase_button.setToolTip(tr("Deze bewoner en alles wat alleen over hem of haar "
                                        "gaat definitief wissen"))
        self.consent_button.clicked.connect(self.edit_consent)
        self.access_button.clicked.connect(lambda: self.request_access())
        self.erase_button.clicked.connect(self.erase)
        for button in (self.consent_button, self.access_button, self.erase_button):
            layout.addWidget(button)
        layout.addStretch(1)

    def show_person(self, detail: ActorDetail) -> None:
        self.person_id, self.name = detail.id, detail.name
        if detail.has_consent:
            purposes = sorted({c.purpose for c in detail.consents if c.withdrawn_on is None})
            self.badge.setText(tr("Toestemming ✓"))
            self.badge.setStyleSheet(OK_STYLE)
            self.badge.setToolTip(", ".join(purposes))
        else:
            self.badge.setText(tr("Geen toestemming"))
            self.badge.setStyleSheet(BADGE_STYLE)
            self.badge.setToolTip(tr("Er is geen geldige toestemming vastgelegd: deze bewoner "
                                     "blijft buiten exports die toestemming vragen."))

    # -- actions -----------------------------------------------------------------------------
    def edit_consent(self) -> None:
        from ui.privacy.consent_dialog import ConsentDialog

        ConsentDialog(self.context, self.person_id, self.name, self).exec()

    def default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(folder) / f"inzage-{self.person_id}-{dt.date.today():%Y-%m-%d}.xlsx"

    def request_access(self, path: Path | str | None = None) -> Task | None:
        """Ask where to save (unless `path`), then write the workbook off the UI thread."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("Inzageverzoek opslaan"), str(self.default_path()),
                tr("Excel-werkmap (*.xlsx)"))
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx"
        from exports.access_request import export_access_request

        db, person_id, title = self.context.services.db, self.person_id, tr("Inzageverzoek")
        self.task = Task(self, title, lambda progress, cancelled: export_access_request(
            db, person_id, path))
        self.task.finished.connect(lambda written: QMessageBox.information(
            self, title, tr("Alles over {name} staat in\n{path}\n\nHet inzageverzoek is "
                            "vastgelegd in het auditlog. Lees de notities na voordat je het "
                            "bestand afgeeft.").format(name=self.name, path=written)))
        self.task.failed.connect(lambda error: QMessageBox.warning(
            self, title, tr("Het inzageverzoek is niet gemaakt: {error}").format(
                error=getattr(error, "message", None) or error)))
        self.task.start()
        return self.task

    def erase(self) -> None:
        from ui.privacy.erasure_dialog import ErasureDialog

        dialog = ErasureDialog(self.context, self.person_id, self)
        dialog.open_requested.connect(self.open_requested)
        dialog.exec()
