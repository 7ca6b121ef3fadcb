"""Dossiers: collective advocacy, one column per phase, a card per dossier."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from db.services.dossiers import DossierRow
from db.vocabulary import DossierPhase
from ui.pages.base import Page
from ui.text import date_text, label, tr

CARD_STYLE = ("QLabel#dossierCard { background: palette(base); border: 1px solid #c8c8c8; "
              "border-radius: 4px; padding: 6px; }")


def card_text(row: DossierRow) -> str:
    lines = [f"<b>{escape(row.title)}</b>"]
    details = ", ".join(p for p in (row.theme, row.neighbourhood) if p)
    if details:
        lines.append(escape(details))
    if row.phase_since:
        lines.append(tr("sinds {date}").format(date=date_text(row.phase_since)))
    lines.append(", ".join((
        tr("1 betrokkene") if row.involved == 1 else tr("{n} betrokkenen").format(n=row.involved),
        tr("1 signaal") if row.signals == 1 else tr("{n} signalen").format(n=row.signals))))
    return "<br>".join(lines)


class PhaseColumn(QWidget):
    def __init__(self, phase: DossierPhase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = phase
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(tr("Dossiers in fase {phase}").format(phase=label(phase)))
        body = QWidget()
        self.cards = QVBoxLayout(body)
        self.cards.setContentsMargins(4, 4, 4, 4)
        self.cards.setSpacing(6)
        self.cards.addStretch(1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

    def count(self) -> int:
        return self.cards.count() - 1  # the stretch at the end

    def show_rows(self, rows: list[DossierRow]) -> None:
        while self.count():
            widget = self.cards.takeAt(0).widget()
            widget.deleteLater()
        self.heading.setText(f"<b>{label(self.phase)}</b> ({len(rows)})")
        for row in rows:
            card = QLabel(card_text(row))
            card.setObjectName("dossierCard")
            card.setWordWrap(True)
            card.setFrameShape(QFrame.Shape.NoFrame)
            card.setStyleSheet(CARD_STYLE)
            card.setAccessibleName(row.title)
            self.cards.insertWidget(self.count(), card)


class DossiersPage(Page):
    kinds = ("*", "dossier", "signal")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        board = QHBoxLayout()
        self.columns = {phase: PhaseColumn(phase) for phase in DossierPhase}
        for column in self.columns.values():
            board.addWidget(column)
        layout.addLayout(board, 1)

    def load(self) -> None:
        rows = self.services.dossiers.list()
        for phase, column in self.columns.items():
            column.show_rows([r for r in rows if r.phase == phase])
        if rows:
            self.summary.setText(tr("{n} dossiers, van signaleren tot evaluatie.").format(
                n=len(rows)))
        else:
            self.summary.setText(tr("Nog geen dossiers. Als iets \"niet klopt\" in de buurt en "
                                    "meer bewoners het merken, begint hier een dossier."))
