"""Bestand → Privacy → Auditlog…: every export, import, deletion, erasure, consent change and
unlock, newest first, filtered by action, and exported to Excel (the export is logged too).
The log is append-only: this view only reads it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from db.events import Change
from db.services.audit import AuditAction
from ui.context import AppContext
from ui.tasks import Task
from ui.text import datetime_text, number, tr

SHOWN = 1000
HEADERS = ("Wanneer", "Actie", "Door", "Over", "Wat", "Rijen", "Bestandshash")
KIND_TEXT = {"person": "bewoner", "group": "groep", "place": "plek",
             "contact_moment": "contactmoment", "dossier": "dossier", "meeting": "bijeenkomst",
             "report": "rapportage", "audit_log": "auditlog"}


def action_text(code: str) -> str:
    try:
        return tr(AuditAction(code).label)
    except ValueError:
        return code


class AuditLogDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None
        self.setWindowTitle(tr("Auditlog"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("&Actie:")))
        self.action = QComboBox()
        self.action.addItem(tr("Alle acties"), None)
        for action in AuditAction:
            self.action.addItem(tr(action.label), action.value)
        self.action.setAccessibleName(tr("Actie"))
        top.itemAt(0).widget().setBuddy(self.action)
        self.action.currentIndexChanged.connect(lambda _i: self.load())
        top.addWidget(self.action)
        self.summary = QLabel()
        top.addWidget(self.summary, 1)
        self.export_button = QPushButton(tr("&Exporteren naar Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(tr("Auditlog"))
        layout.addWidget(self.table, 1)
        self.exported = QLabel()
        self.exported.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.exported)
        note = QLabel(tr("Het auditlog wordt alleen aangevuld, nooit gewijzigd. Het noemt wat "
                         "er gebeurde en met hoeveel rijen, nooit de gewiste of gevoelige "
                         "inhoud."))
        note.setWordWrap(True)
        layout.addWidget(note)
        close = QPushButton(tr("Sluiten"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.load)
        context.bridge.changed.connect(self._on_change)
        self.load()

    def _on_change(self, change: Change) -> None:
        if change.concerns("audit"):
            self.load()

    @property
    def chosen_action(self) -> str | None:
        return self.action.currentData()

    def load(self) -> None:
        entries = self.context.services.audit.entries(limit=SHOWN, action=self.chosen_action)
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            about = tr(KIND_TEXT.get(e.object_kind, e.object_kind))
            if e.object_id is not None:
                about += f" #{e.object_id}"
            values = (datetime_text(e.at), action_text(e.action), e.worker, about, e.detail,
                      "" if e.rows is None else number(e.rows), e.file_hash[:16])
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 6 and e.file_hash:
                    item.setToolTip(e.file_hash)
                elif c == 4:
                    item.setToolTip(e.detail)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        if not entries:
            self.summary.setText(tr("Nog niets vastgelegd: exports, imports, verwijderingen, "
                                    "toestemming en ontgrendelen komen hier te staan."))
        elif len(entries) == SHOWN:
            self.summary.setText(tr("De nieuwste {n} regels (exporteer voor alles)").format(
                n=number(SHOWN)))
        else:
            self.summary.setText(tr("{n} regel(s), nieuwste eerst").format(
                n=number(len(entries))))

    def export(self, path: Path | str | None = None) -> Task | None:
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("Auditlog exporteren"),
                str(Path(folder) / f"auditlog-{dt.date.today():%Y-%m-%d}.xlsx"),
                tr("Excel-werkmap (*.xlsx)"))
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx"
        from exports.audit_log import export_audit_log

        db, action, title = self.context.services.db, self.chosen_action, tr("Auditlog")
        self.task = Task(self, title, lambda progress, cancelled: export_audit_log(
            db, path, action))
        self.task.finished.connect(lambda written: self.exported.setText(
            tr("Geëxporteerd naar {path}").format(path=written)))
        self.task.failed.connect(lambda error: QMessageBox.warning(
            self, title, tr("Exporteren is niet gelukt: {error}").format(error=error)))
        self.task.start()
        return self.task
