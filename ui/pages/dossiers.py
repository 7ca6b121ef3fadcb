"""Dossiers: collective advocacy, one column per phase."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from db.vocabulary import DossierPhase
from ui.pages.base import Page
from ui.text import date_text, label, tr


class DossiersPage(Page):
    kinds = ("*", "dossier", "signal")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        board = QHBoxLayout()
        self.columns: dict[DossierPhase, QListWidget] = {}
        self.headings: dict[DossierPhase, QLabel] = {}
        for phase in DossierPhase:
            column = QWidget()
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(2, 2, 2, 2)
            heading = QLabel(f"<b>{label(phase)}</b>")
            cards = QListWidget()
            cards.setWordWrap(True)
            cards.setAccessibleName(tr("Dossiers in fase {phase}").format(phase=label(phase)))
            column_layout.addWidget(heading)
            column_layout.addWidget(cards)
            board.addWidget(column)
            self.columns[phase], self.headings[phase] = cards, heading
        layout.addLayout(board, 1)

    def load(self) -> None:
        rows = self.services.dossiers.list()
        for phase, cards in self.columns.items():
            cards.clear()
            in_phase = [r for r in rows if r.phase == phase]
            self.headings[phase].setText(f"<b>{label(phase)}</b> ({len(in_phase)})")
            for row in in_phase:
                lines = [row.title]
                details = ", ".join(p for p in (row.theme, row.neighbourhood) if p)
                if details:
                    lines.append(details)
                if row.phase_since:
                    lines.append(tr("sinds {date}").format(date=date_text(row.phase_since)))
                lines.append(tr("{n} betrokkenen, {s} signalen").format(
                    n=row.involved, s=row.signals))
                cards.addItem("\n".join(lines))
        if rows:
            self.summary.setText(tr("{n} dossiers, van signaleren tot evaluatie.").format(
                n=len(rows)))
        else:
            self.summary.setText(tr("Nog geen dossiers. Als iets \"niet klopt\" in de buurt en "
                                    "meer bewoners het merken, begint hier een dossier."))
