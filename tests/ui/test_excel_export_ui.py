"""Exporting from the window: the period report from Rapportages (dialog, file, a task with
progress), a confirmation before names leave, and a list from the Contactmomenten page."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from exports.privacy import Privacy
from ui.dialogs import excel_export


def _wait(qtbot, task):
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass


def test_period_report_from_rapportages(make_window, demo_services, qtbot, tmp_path,
                                        monkeypatch):
    window = make_window(demo_services, page="rapportages")
    page = window.page("rapportages")
    target = tmp_path / "verantwoording.xlsx"
    monkeypatch.setattr(excel_export.PeriodExportDialog, "exec",
                        lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(excel_export, "ask_target", lambda *a: target)
    assert "Verantwoording exporteren" in page.export_button.text().replace("&", "")
    task = page.export_report()
    if not target.exists():
        _wait(qtbot, task)
    qtbot.waitUntil(lambda: "Bewaard in" in page.export_note.text(), timeout=10_000)
    book = load_workbook(target)
    assert book.sheetnames[:2] == ["Voorblad", "Samenvatting"]
    assert "Contactmomenten" not in book.sheetnames  # anoniem is the default
    assert demo_services.audit.entries(limit=1)[0].object_kind == "report"


def test_names_leave_only_after_a_yes(qtbot, monkeypatch):
    dialog = excel_export.PeriodExportDialog([(1, "Noord")], dt.date(2026, 1, 1),
                                             dt.date(2026, 3, 31))
    qtbot.addWidget(dialog)
    dialog.privacy.buttons[Privacy.FULL].setChecked(True)
    assert dialog.privacy.with_text.isChecked()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a) or
                        QMessageBox.StandardButton.No)
    dialog.accept()
    assert asked and dialog.result() != QDialog.DialogCode.Accepted
    dialog.privacy.buttons[Privacy.ANONYMOUS].setChecked(True)
    assert not dialog.privacy.with_sensitive.isEnabled()
    dialog.hoods.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.neighbourhood_ids() == (1,)


def test_contact_list_from_its_page(make_window, demo_services, qtbot, tmp_path, monkeypatch):
    window = make_window(demo_services, page="contactmomenten")
    page = window.page("contactmomenten")
    target = tmp_path / "contacten.xlsx"

    def accept(self):
        self.privacy.buttons[Privacy.PSEUDONYMISED].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(excel_export.ListExportDialog, "exec", accept)
    monkeypatch.setattr(excel_export, "ask_target", lambda *a: target)
    task = page.export_to_excel()
    if not target.exists():
        _wait(qtbot, task)
    rows = load_workbook(target)["Contactmomenten"].max_row - 1
    assert rows == demo_services.contacts.count(page.filter)


def test_signals_and_dossiers_lists_from_the_dossiers_page(make_window, demo_services, qtbot,
                                                           tmp_path, monkeypatch):
    window = make_window(demo_services, page="dossiers")
    page = window.page("dossiers")
    targets = iter([tmp_path / "dossiers.xlsx", tmp_path / "signalen.xlsx"])

    def accept(self):  # rows, not the anonymous counts
        self.privacy.buttons[Privacy.PSEUDONYMISED].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(excel_export.ListExportDialog, "exec", accept)
    monkeypatch.setattr(excel_export, "ask_target", lambda *a: next(targets))

    page.tabs.setCurrentIndex(0)  # the board: the dossiers
    task = page.export_list()
    if not (tmp_path / "dossiers.xlsx").exists():
        _wait(qtbot, task)
    page.tabs.setCurrentIndex(1)  # Signalen
    task = page.export_list()
    if not (tmp_path / "signalen.xlsx").exists():
        _wait(qtbot, task)

    dossiers = load_workbook(tmp_path / "dossiers.xlsx")
    signals = load_workbook(tmp_path / "signalen.xlsx")
    assert dossiers.active.max_row - 1 == len(demo_services.dossiers.list())
    assert signals.active.max_row - 1 == len(demo_services.signals.list())
