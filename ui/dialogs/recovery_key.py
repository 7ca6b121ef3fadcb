"""The recovery key, shown once when encryption is turned on: print it or copy it, and
confirm it is kept somewhere safe (not on this laptop) before going on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ui.appearance import is_dark
from ui.text import tr


class RecoveryKeyDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(tr("Herstelsleutel"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(tr(
            "<h3>Bewaar deze herstelsleutel</h3>Ben je je wachtwoord kwijt, dan opent alleen "
            "deze sleutel je gegevens nog. Niemand anders kan ze dan terughalen, ook de "
            "beheerder niet. Druk hem af en bewaar het papier op een veilige plek (of geef "
            "het aan je teamleider). Hij wordt maar één keer getoond."))
        intro.setWordWrap(True)
        intro.setMinimumHeight(intro.heightForWidth(500))
        layout.addWidget(intro)
        groups = code.split("-")
        self.code_label = QLabel("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(15)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        paper = "#3d3824" if is_dark() else "#fffbe6"  # a soft yellow note, light or dark
        self.code_label.setStyleSheet("padding: 14px; border: 1px dashed #888; "
                                      f"background: {paper};")
        layout.addWidget(self.code_label)
        row = QHBoxLayout()
        self.print_button = QPushButton(tr("Afdrukken…"))
        self.print_button.clicked.connect(self.print_code)
        self.copy_button = QPushButton(tr("Kopiëren"))
        self.copy_button.clicked.connect(self.copy_code)
        row.addWidget(self.print_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.kept = QCheckBox(tr("Ik heb de herstelsleutel bewaard"))
        layout.addWidget(self.kept)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Verder"))
        self.ok.setEnabled(False)
        self.kept.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.copy_button.setText(tr("Gekopieerd"))

    def document(self) -> QTextDocument:
        document = QTextDocument()
        document.setHtml(tr(
            "<h2>Buurtboek — herstelsleutel</h2><p>Met deze sleutel open je de versleutelde "
            "gegevens van Buurtboek als het wachtwoord kwijt is. Bewaar dit papier veilig, "
            "niet bij de laptop.</p><p style='font-family: monospace; font-size: 20pt'>"
            "<b>{code}</b></p>").format(code=self.code.replace("-", " &nbsp;")))
        return document

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Herstelsleutel afdrukken"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)

    def reject(self) -> None:  # Escape: only after confirming it is kept
        if self.kept.isChecked():
            super().reject()
