"""Bestand → Contactlijst importeren…: an existing contact list (.xlsx or CSV) in four steps.

1. choose the file (read off the UI thread: exports.import_files);
2. say per column what it holds, with the first rows as preview (ui.dialogs.import_mapping);
3. check: which rows are refused and why, which are already there (ui.dialogs.import_check);
   "Alles importeren" only when no row is refused, else the explicit choice "Alleen de
   geldige rijen importeren";
4. the import itself, in one transaction off the UI thread (progress and Cancel; a cancel
   imports nothing), then a summary. One Ctrl+Z takes the whole import back.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout,
    QWidget,
)

from db.services.audit import file_sha256
from db.services.errors import ValidationError
from db.services.person_import import ImportCancelled
from exports.import_files import FILE_FILTER, ImportFileError, SourceTable, read_table
from ui.context import AppContext
from ui.dialogs.import_check import CheckStep
from ui.dialogs.import_command import ImportCommand
from ui.dialogs.import_mapping import MappingStep
from ui.tasks import Task
from ui.text import number, tr
from ui.widgets.dialog_parts import error_label

if TYPE_CHECKING:
    from db.services.person_import import ImportCheck, ImportResult

log = logging.getLogger(__name__)
CHOOSE, MAPPING, CHECK, DONE = range(4)
TITLES = {CHOOSE: "Stap 1 van 3 — Bestand kiezen", MAPPING: "Stap 2 van 3 — Kolommen kiezen",
          CHECK: "Stap 3 van 3 — Controleren en importeren", DONE: "Klaar"}


class ImportWizard(QDialog):
    stage_changed = Signal(int)  # CHOOSE, MAPPING, CHECK or DONE; also after an error
    failed = Signal(str)  # the Dutch message shown
    last_folder: Path | None = None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Contactlijst importeren"))
        self.resize(900, 600)
        self.path: Path | None = None
        self.table: SourceTable | None = None
        self.check: ImportCheck | None = None
        self.result: ImportResult | None = None
        self.task: Task | None = None

        layout = QVBoxLayout(self)
        self.title = QLabel()
        layout.addWidget(self.title)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.pages.addWidget(self._choose_page())
        self.mapping = MappingStep()
        self.mapping.changed.connect(self._update_buttons)
        self.pages.addWidget(self.mapping)
        self.checking = CheckStep()
        self.checking.changed.connect(self._update_buttons)
        self.pages.addWidget(self.checking)
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.addWidget(self.done_text)
        done_layout.addStretch(1)
        self.pages.addWidget(done)
        self.error = error_label()
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(tr("< &Terug"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(tr("Annuleren"))
        self.close_button.clicked.connect(self.reject)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Open, self, self.choose_file)
        self._go(CHOOSE)

    def _choose_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel(tr(
            "Neem een bestaande contactlijst over: een Excel-bestand (.xlsx) of een CSV-bestand "
            "(gescheiden door puntkomma, komma of tab). De eerste rij met kolomnamen als "
            "Voornaam, Achternaam, E-mailadres, Telefoonnummer, Adres en Postcode wordt "
            "herkend; in de volgende stap kies je zelf wat elke kolom is.<br><br>"
            "Er wordt pas iets opgeslagen als je na de controle op Importeren klikt, en dan "
            "alles in één keer of niets. Mensen die al in Buurtboek staan (zelfde e-mailadres, "
            "of zelfde naam en postcode) worden overgeslagen."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.choose_button = QPushButton(tr("&Bestand kiezen…"))
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- steps -----------------------------------------------------------------------------
    def _go(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self.title.setText(f"<h3>{tr(TITLES[step])}</h3>")
        self._update_buttons()
        self.stage_changed.emit(step)

    def _update_buttons(self) -> None:
        step = self.pages.currentIndex()
        busy = self.task is not None
        self.back_button.setVisible(step in (MAPPING, CHECK))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(step in (MAPPING, CHECK))
        self.close_button.setText(tr("Sluiten") if step == DONE else tr("Annuleren"))
        if step == MAPPING:
            self.next_button.setText(tr("&Controleren >"))
            self.next_button.setEnabled(not busy and self.mapping.has_name())
        elif step == CHECK and self.check is not None:
            partial = bool(self.check.refused)
            self.next_button.setText(
                tr("{n} geldige rijen &importeren").format(n=number(len(self.check.people)))
                if partial and self.checking.valid_only.isChecked() else tr("Alles &importeren"))
            self.next_button.setEnabled(not busy and self.checking.may_import())

    def back(self) -> None:
        self.error.clear()
        self._go(max(CHOOSE, self.pages.currentIndex() - 1))

    def next(self) -> None:
        step = self.pages.currentIndex()
        if step == MAPPING:
            self.run_check()
        elif step == CHECK:
            self.run_import()

    # -- work off the UI thread ------------------------------------------------------------
    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, tr("Contactlijst kiezen"), str(ImportWizard.last_folder or Path.home()),
            tr(FILE_FILTER))
        if chosen:
            ImportWizard.last_folder = Path(chosen).parent  # for the next import, this session
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> None:
        self.path = Path(path)
        self.error.clear()
        self._start(tr("Bestand lezen"), lambda progress, cancelled: read_table(
            self.path, progress=progress, cancelled=cancelled), self._read)

    def _read(self, table: SourceTable) -> None:
        self.table = table
        if not table.rows:
            self._fail(tr("'{file}' heeft kolomnamen maar geen rijen met gegevens.")
                       .format(file=table.file_name))
            return
        self.mapping.show_table(table)
        self._go(MAPPING)

    def run_check(self) -> None:
        table, mapping = self.table, self.mapping.mapping()
        services = self.context.services
        self.error.clear()
        self._start(tr("Rijen controleren"), lambda progress, cancelled:
                    services.person_import.check(
                        table.header, table.rows, table.row_numbers, mapping,
                        source=table.file_name, progress=progress, cancelled=cancelled),
                    self._checked)

    def _checked(self, check: ImportCheck) -> None:
        self.check = check
        self.checking.show_check(check)
        self._go(CHECK)

    def run_import(self) -> None:
        if not self.checking.may_import():
            return
        check, path = self.check, self.path
        valid_only = self.checking.valid_only.isChecked()
        services = self.context.services
        self.error.clear()

        def work(progress, cancelled):
            digest = file_sha256(path) if path is not None and path.exists() else ""
            result = services.person_import.run(check, valid_only=valid_only, file_hash=digest,
                                                progress=progress, cancelled=cancelled)
            return result, digest

        def imported(outcome) -> None:
            result, digest = outcome
            self.result = result
            if result.imported:
                self.context.undo_stack.push(
                    ImportCommand(services, check, result, valid_only, digest))
            self._summary(result)

        self._start(tr("Bewoners importeren"), work, imported)

    def _summary(self, result: ImportResult) -> None:
        lines = [tr("<b>{n} bewoners geïmporteerd</b> uit {file}.").format(
            n=number(result.imported), file=self.table.file_name if self.table else "")]
        if result.refused:
            lines.append(tr("1 geweigerde rij is niet overgenomen.") if result.refused == 1
                         else tr("{n} geweigerde rijen zijn niet overgenomen.").format(
                             n=number(result.refused)))
        if result.duplicates:
            lines.append(tr("1 rij stond er al en is overgeslagen.") if result.duplicates == 1
                         else tr("{n} rijen stonden er al en zijn overgeslagen.").format(
                             n=number(result.duplicates)))
        if result.imported:
            lines.append(tr("Je vindt ze onder Mensen & groepen. Toch niet goed? Ctrl+Z "
                            "(Bewerken → Ongedaan maken) haalt de hele import weer weg."))
        self.done_text.setText("<br><br>".join(lines))
        self._go(DONE)

    def _start(self, title: str, work, done) -> None:
        self.task = Task(self, title, work)
        self.task.finished.connect(lambda result: self._finished(done, result))
        self.task.failed.connect(self._failed)
        self._update_buttons()
        self.task.start()

    def _finished(self, done, result) -> None:
        self.task = None
        done(result)

    def _failed(self, error: object) -> None:
        self.task = None
        if isinstance(error, ImportFileError) and error.reason == "cancelled" or \
                isinstance(error, ImportCancelled):
            self._fail(tr("Afgebroken: er is niets geïmporteerd."))
        elif isinstance(error, ImportFileError):
            self._fail(error.message)
        elif isinstance(error, ValidationError):
            self._fail(error.message)
        else:
            log.error("Import mislukt", exc_info=error if isinstance(error, BaseException)
                      else None)
            self._fail(tr("Er ging iets mis; er is niets geïmporteerd. ({error})")
                       .format(error=error))

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self._update_buttons()
        self.failed.emit(message)
        self.stage_changed.emit(self.pages.currentIndex())
