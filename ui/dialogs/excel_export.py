"""Exporting to Excel from the window: the privacy choice, the period-report dialog, the
team overview, and lists as shown. The work runs off the UI thread (ui.tasks.Task: progress
and Cancel); a cancelled or failed export leaves no file where the user asked for one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QRadioButton, QVBoxLayout,
    QWidget,
)

from exports.privacy import ExportOptions, Privacy
from ui.tasks import Task
from ui.text import number, tr
from ui.widgets.dialog_parts import dialog_buttons, error_label

EXCEL_FILTER = "Excel-werkmap (*.xlsx)"


class PrivacyBox(QGroupBox):
    """Anoniem (default) / gepseudonimiseerd / volledig, free text, sensitive text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Privacyniveau"), parent)
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[Privacy, QRadioButton] = {}
        for privacy, text in ((Privacy.ANONYMOUS, tr("&Anoniem: alleen aantallen "
                                                      "(aanbevolen voor financiers)")),
                              (Privacy.PSEUDONYMISED, tr("&Gepseudonimiseerd: rijen, bewoners "
                                                          "met een willekeurig pseudoniem")),
                              (Privacy.FULL, tr("&Volledig: met namen (alleen voor eigen "
                                                "gebruik)"))):
            button = QRadioButton(text)
            self.group.addButton(button)
            self.buttons[privacy] = button
            layout.addWidget(button)
        self.buttons[Privacy.ANONYMOUS].setChecked(True)
        self.with_text = QCheckBox(tr("Vrije tekst (notities, omschrijvingen) meenemen"))
        self.with_sensitive = QCheckBox(tr("Ook &gevoelige notities en verhalen meenemen"))
        layout.addWidget(self.with_text)
        layout.addWidget(self.with_sensitive)
        self.group.buttonToggled.connect(lambda *_: self._follow())
        self._follow()

    @property
    def privacy(self) -> Privacy:
        return next(p for p, b in self.buttons.items() if b.isChecked())

    def _follow(self) -> None:
        rows = self.privacy is not Privacy.ANONYMOUS
        self.with_text.setEnabled(rows)
        self.with_text.setChecked(self.privacy is Privacy.FULL)
        self.with_sensitive.setEnabled(rows)
        if not rows:
            self.with_sensitive.setChecked(False)

    def options(self) -> ExportOptions:
        return ExportOptions(self.privacy, self.with_text.isChecked(),
                             self.with_sensitive.isChecked())


def confirm(parent: QWidget, options: ExportOptions) -> bool:
    """Names or sensitive text leave the laptop only after an explicit yes."""
    if options.privacy is not Privacy.FULL and not options.with_sensitive:
        return True
    what = []
    if options.privacy is Privacy.FULL:
        what.append(tr("namen van bewoners"))
    if options.with_sensitive:
        what.append(tr("gevoelige notities"))
    answer = QMessageBox.question(
        parent, tr("Persoonsgegevens exporteren?"),
        tr("Het bestand bevat {what}. Deel het alleen met wie dat mag zien (AVG). "
           "De export wordt vastgelegd in het logboek. Doorgaan?").format(
            what=tr(" en ").join(what)))
    return answer == QMessageBox.StandardButton.Yes


def ask_target(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested),
                                          tr(EXCEL_FILTER))
    if not path:
        return None
    return Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")



def export_failure(error: object) -> tuple[bool, str]:
    """(cancelled, Dutch text) for an export that did not finish: Cancel pressed (nothing
    written), the file still open in Excel, another file error, or anything else."""
    from exports.agenda import ExportCancelled as AgendaCancelled
    from exports.dossier import ExportCancelled as DossierCancelled

    if isinstance(error, AgendaCancelled | DossierCancelled):
        return True, tr("Geannuleerd; er is niets geschreven.")
    if isinstance(error, PermissionError):
        return False, tr("Kon het bestand niet schrijven: is het nog open in Excel? Sluit het "
                         "en probeer het opnieuw.")
    if isinstance(error, OSError):
        return False, tr("Kon het bestand niet schrijven: {e}").format(
            e=error.strerror or error)
    return False, tr("Exporteren mislukt: {e}").format(e=getattr(error, "message", error))

def run_export(parent: QWidget, title: str, work, done: Callable[[str], None]) -> Task:
    """Run `work(progress, cancelled)`; `done(message)` gets a Dutch line on the result."""
    from exports.team import MergeError

    task = Task(parent, title, work)

    def finished(result) -> None:
        rows = getattr(result, "rows", None)
        path = getattr(result, "path", result)
        done(tr("Bewaard in {path}").format(path=path)
             + (tr(" ({n} rijen)").format(n=number(rows)) if rows is not None else ""))

    def failed(error) -> None:
        if isinstance(error, MergeError):
            QMessageBox.warning(parent, title, tr("Niet samengevoegd: {e} Er is niets "
                                                  "geschreven.").format(e=error.message))
            return
        cancelled, text = export_failure(error)
        if cancelled:
            done(text)
        else:
            QMessageBox.warning(parent, title, text)

    task.finished.connect(finished)
    task.failed.connect(failed)
    task.start()
    return task


class PeriodExportDialog(QDialog):
    """Period, neighbourhoods and privacy level of the period report."""

    def __init__(self, neighbourhoods: list[tuple[int, str]], start: dt.date, end: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Verantwoording exporteren"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit, day in ((self.start, start), (self.end, end)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(QDate(day.year, day.month, day.day))
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(tr("t/m")))
        dates.addWidget(self.end)
        form.addRow(tr("&Periode:"), dates)
        self.hoods = QListWidget()
        self.hoods.setAccessibleName(tr("Wijken"))
        for hood_id, name in neighbourhoods:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, hood_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.hoods.addItem(item)
        self.hoods.setMaximumHeight(120)
        form.addRow(tr("&Wijken (niets aangevinkt: alle):"), self.hoods)
        layout.addLayout(form)
        self.privacy = PrivacyBox()
        layout.addWidget(self.privacy)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, tr("Exporteren…")))

    def period(self):
        from db.services.periods import Period

        return Period(self.start.date().toPython(), self.end.date().toPython())

    def neighbourhood_ids(self) -> tuple[int, ...]:
        return tuple(self.hoods.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.hoods.count())
                     if self.hoods.item(i).checkState() == Qt.CheckState.Checked)

    def accept(self) -> None:
        if self.end.date() < self.start.date():
            self.error.setText(tr("Het einde van de periode ligt vóór het begin."))
            return
        if confirm(self, self.privacy.options()):
            super().accept()


class ListExportDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{what} exporteren naar Excel").format(what=title))
        layout = QVBoxLayout(self)
        note = QLabel(tr("De lijst zoals je hem ziet, met de filters die aan staan."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.privacy = PrivacyBox()
        layout.addWidget(self.privacy)
        layout.addWidget(dialog_buttons(self, tr("Exporteren…")))

    def accept(self) -> None:
        if confirm(self, self.privacy.options()):
            super().accept()


def export_list_from(parent: QWidget, services, kind: str, done: Callable[[str], None],
                     contact_filter=None, contact_sort=None) -> Task | None:
    """The "Exporteren naar Excel…" action of a list page (kind: an exports.lists.ListKind
    value)."""
    from exports.lists import ListKind, ListRequest, export_list

    list_kind = ListKind(kind)
    dialog = ListExportDialog(list_kind.title, parent)
    if not dialog.exec():
        return None
    target = ask_target(parent, tr("{what} naar Excel").format(what=list_kind.title),
                        f"{list_kind.title} {dt.date.today():%Y-%m-%d}.xlsx")
    if target is None:
        return None
    request = ListRequest(list_kind, dialog.privacy.options(), contact_filter, contact_sort)
    db = services.db
    return run_export(parent, tr("{what} naar Excel").format(what=list_kind.title),
                      lambda progress, cancelled: export_list(db, request, target, progress,
                                                              cancelled), done)


def export_period_from(parent: QWidget, services, start: dt.date, end: dt.date,
                       done: Callable[[str], None]) -> Task | None:
    from exports.report import ReportRequest, export_period_report

    dialog = PeriodExportDialog(services.people.neighbourhoods(), start, end, parent)
    if not dialog.exec():
        return None
    period = dialog.period()
    target = ask_target(parent, tr("Verantwoording naar Excel"),
                        f"Verantwoording {period.start:%Y-%m-%d} tm {period.end:%Y-%m-%d}.xlsx")
    if target is None:
        return None
    request = ReportRequest(period, dialog.neighbourhood_ids(), dialog.privacy.options())
    db = services.db
    return run_export(parent, tr("Verantwoording exporteren"),
                      lambda progress, cancelled: export_period_report(
                          db, request, target, progress, cancelled), done)


def merge_team_from(parent: QWidget, done: Callable[[str], None]) -> Task | None:
    from exports.team import merge_reports

    files, _ = QFileDialog.getOpenFileNames(parent, tr("Verantwoordingen van de werkers"),
                                            str(Path.home()), tr(EXCEL_FILTER))
    if not files:
        return None
    target = ask_target(parent, tr("Teamoverzicht bewaren als"),
                        f"Teamoverzicht {dt.date.today():%Y-%m-%d}.xlsx")
    if target is None:
        return None
    return run_export(parent, tr("Teamoverzicht maken"),
                      lambda progress, cancelled: merge_reports(files, target, progress,
                                                                cancelled), done)
