"""Bestand → Back-ups…: the back-ups with date, kind and size; "Nu maken"; "Terugzetten…".

Making and checking run off the UI thread (ui.tasks.Task, db.backups). A restore is
staged here (copied and checked, nothing changed yet) and finished by the next start, so
after staging the dialog closes the windows and desktop.app starts Buurtboek again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QPushButton, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from db import backups, restore
from ui.context import AppContext
from ui.tasks import Task
from ui.text import datetime_text, tr


def size_text(size: int) -> str:
    """12,3 MB / 840 kB."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"


def close_for_restart() -> None:
    """Close every window: Buurtboek quits, and desktop.app starts it again because a
    restore is staged (the next start puts it in place)."""
    QApplication.closeAllWindows()


def stage_restore(parent: QWidget, candidate: Path, database: Path,
                  done: Callable[[Path], None]) -> Task:
    """Copy and check `candidate` off the UI thread; `done(staged)` when it passes, a
    clear message when it does not (nothing changed then)."""
    task = Task(parent, tr("Back-up terugzetten"),
                lambda progress, cancelled: restore.stage_restore(
                    candidate, database, progress=progress, cancelled=cancelled))

    def failed(error) -> None:
        if isinstance(error, backups.BackupCancelled):
            return
        reason = error.message if isinstance(error, backups.BackupError) else str(error)
        QMessageBox.warning(parent, tr("Back-up terugzetten"), tr(
            "Dit bestand kan niet worden teruggezet:\n\n{reason}\n\nEr is niets veranderd.")
            .format(reason=reason))

    task.finished.connect(done)
    task.failed.connect(failed)
    task.start()
    return task


class BackupsDialog(QDialog):
    restore_staged = Signal(object)  # Path of the staged file
    backup_made = Signal(object)     # db.backups.Backup

    def __init__(self, context: AppContext, settings: QSettings | None = None,
                 parent: QWidget | None = None, *,
                 restart: Callable[[], None] = close_for_restart) -> None:
        super().__init__(parent)
        self.context = context
        self.restart = restart
        self.task: Task | None = None
        self.database = (backups.database_file(context.services.db)
                         if context.services is not None else None)
        self.policy = (backups.policy_from(settings.value) if settings is not None
                       else backups.RotationPolicy())
        self.setWindowTitle(tr("Back-ups"))
        self.setMinimumSize(620, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.intro)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Datum"), tr("Soort"), tr("Grootte")])
        self.table.setAccessibleName(tr("Back-ups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty = QLabel(tr("Nog geen back-ups. Buurtboek maakt er elke dag een bij het "
                               "starten; klik op <b>Nu maken</b> voor een back-up van dit "
                               "moment."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.make_button = QPushButton(tr("&Nu maken"))
        self.make_button.clicked.connect(self.make_now)
        self.restore_button = QPushButton(tr("&Terugzetten…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton(tr("Ander &bestand…"))
        self.other_button.setToolTip(tr("Een back-up van elders terugzetten, bijvoorbeeld "
                                        "van een USB-stick"))
        self.other_button.clicked.connect(self.restore_other)
        self.folder_button = QPushButton(tr("Map &openen"))
        self.folder_button.clicked.connect(self.open_folder)
        close = QPushButton(tr("Sluiten"))
        close.clicked.connect(self.reject)
        for button in (self.make_button, self.restore_button, self.other_button,
                       self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        self.reload()

    # -- the list ----------------------------------------------------------------------------
    def backups(self) -> list[backups.Backup]:
        return backups.list_backups(self.database) if self.database else []

    def reload(self, select: Path | None = None) -> None:
        if self.database is None:
            self.intro.setText(tr("Back-ups kunnen pas gemaakt worden als de database open "
                                  "is (en alleen van een database op deze computer)."))
            self.table.setRowCount(0)
            self.stack.setCurrentWidget(self.empty)
            self._update_buttons()
            return
        p = self.policy
        self.intro.setText(tr(
            "Buurtboek maakt elke dag bij het starten een back-up en bewaart de nieuwste "
            "{d} dagelijkse, {w} wekelijkse en {m} maandelijkse. Ze staan in <i>{folder}</i>."
        ).format(d=p.daily, w=p.weekly, m=p.monthly, folder=backups.backup_dir(self.database)))
        items = self.backups()
        self.table.setRowCount(len(items))
        for row, backup in enumerate(items):
            cells = (datetime_text(backup.made_at) + "    ", tr(backup.label),
                     size_text(backup.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
                item.setToolTip(str(backup.path))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            if select is not None and backup.path == select:
                self.table.selectRow(row)
        self.stack.setCurrentWidget(self.table if items else self.empty)
        if items and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _update_buttons(self) -> None:
        ready = self.database is not None and self.task is None
        self.make_button.setEnabled(ready)
        self.other_button.setEnabled(ready)
        self.folder_button.setEnabled(self.database is not None)
        self.restore_button.setEnabled(ready and self.selected() is not None)

    # -- actions -----------------------------------------------------------------------------
    def make_now(self) -> None:
        if self.database is None or self.task is not None:
            return
        database, policy = self.database, self.policy

        def work(progress, cancelled):
            made = backups.create(database, backups.BackupKind.MANUAL, progress=progress,
                                  cancelled=cancelled)
            backups.rotate(database, policy)
            return made

        self.task = Task(self, tr("Back-up maken"), work)
        self.task.finished.connect(self._made)
        self.task.failed.connect(self._failed)
        self._update_buttons()
        self.status.setText(tr("Back-up maken…"))
        self.task.start()

    def _made(self, made: backups.Backup) -> None:
        self.task = None
        self.status.setText(tr("Back-up gemaakt: {name} ({size}).").format(
            name=made.path.name, size=size_text(made.size)))
        self.reload(select=made.path)
        self.backup_made.emit(made)

    def _failed(self, error) -> None:
        self.task = None
        self._update_buttons()
        if isinstance(error, backups.BackupCancelled):
            self.status.setText(tr("Afgebroken; er is geen back-up gemaakt."))
            return
        reason = error.message if isinstance(error, backups.BackupError) else str(error)
        self.status.setText(tr("Back-up mislukt: {reason}").format(reason=reason))
        QMessageBox.warning(self, tr("Back-up maken"),
                            tr("De back-up is niet gelukt:\n\n{reason}").format(reason=reason))

    def restore_selected(self) -> None:
        path = self.selected()
        if path is None or self.database is None:
            return
        chosen = next((b for b in self.backups() if b.path == path), None)
        when = datetime_text(chosen.made_at) if chosen else path.name
        self._confirm_and_stage(path, tr("de back-up van {when}").format(when=when),
                                tr("Wat je na {when} hebt vastgelegd, staat niet in deze "
                                   "back-up.").format(when=when))

    def restore_other(self) -> None:
        if self.database is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Back-up kiezen"), str(backups.backup_dir(self.database)),
            tr("Buurtboek-back-ups (*.sqlite);;Alle bestanden (*)"))
        if name:
            self._confirm_and_stage(Path(name), Path(name).name, "")

    def _confirm_and_stage(self, path: Path, what: str, lost: str) -> None:
        if not self.confirm(what, lost):
            return
        self.task = stage_restore(self, path, self.database, self._staged)
        self.task.failed.connect(lambda _error: self._stage_failed())
        self._update_buttons()

    def confirm(self, what: str, lost: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Back-up terugzetten"),
                          tr("{what} terugzetten?").format(what=what[:1].upper() + what[1:]),
                          parent=self)
        box.setInformativeText(tr(
            "Buurtboek controleert de back-up eerst. De huidige database wordt apart gezet in "
            "de back-upmap (zo kun je later terug), daarna start Buurtboek opnieuw met de "
            "back-up. {lost}").format(lost=lost).strip())
        yes = box.addButton(tr("&Terugzetten"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def _stage_failed(self) -> None:
        self.task = None
        self._update_buttons()

    def _staged(self, staged: Path) -> None:
        self.task = None
        self.restore_staged.emit(staged)
        self.accept()
        self.restart()

    def open_folder(self) -> None:
        if self.database is not None:
            folder = backups.backup_dir(self.database)
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
