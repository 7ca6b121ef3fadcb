"""Overzicht: today's work at a glance."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QScrollArea,
    QStackedLayout, QVBoxLayout, QWidget,
)

from db.vocabulary import DossierPhase, Strategy
from ui.pages.base import EmptyState, Page
from ui.text import date_text, datetime_text, label, number, tr

if TYPE_CHECKING:  # the page paints before SQLAlchemy is imported
    from db.services.overview import OverviewFigures


class StatCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 22pt; font-weight: 600;")
        self.caption = QLabel(title)
        self.caption.setWordWrap(True)
        self.note = QLabel("")
        self.note.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.note)
        self.setAccessibleName(title)

    def set(self, value: int, note: str = "") -> None:
        self.value.setText(number(value))
        self.note.setText(note)


def _add(items: QListWidget, text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setToolTip(text)  # the line is elided when the panel is narrow
    items.addItem(item)
    return item


def _panel(title: str) -> tuple[QFrame, QListWidget]:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    heading = QLabel(f"<b>{title}</b>")
    items = QListWidget()
    items.setAccessibleName(title)
    items.setTextElideMode(Qt.TextElideMode.ElideRight)
    items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    items.setMinimumHeight(150)
    layout.addWidget(heading)
    layout.addWidget(items)
    return frame, items


class OverviewPage(Page):
    kinds = ("*", "person", "group", "place", "contact_moment", "tie", "action_point",
             "meeting", "signal", "dossier", "worker")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.figures: OverviewFigures | None = None
        self._stack = QStackedLayout(self)

        self.empty = EmptyState(
            tr("Welkom bij Buurtboek"),
            tr("Hier zie je straks je actiepunten van vandaag, komende bijeenkomsten, nieuwe "
               "signalen en hoe het netwerk in de buurt groeit. Laad de demowijk om rond te "
               "kijken, of begin met je eerste contactmoment."),
            action_text=tr("Demowijk laden…"),
        )
        self.empty.button.clicked.connect(self.demo_requested)

        content = QWidget()
        outer = QVBoxLayout(content)
        self.greeting = QLabel()
        self.greeting.setStyleSheet("font-size: 16pt;")
        outer.addWidget(self.greeting)

        cards = QHBoxLayout()
        self.card_persons = StatCard(tr("bewoners in beeld"))
        self.card_groups = StatCard(tr("groepen, organisaties en instellingen"))
        self.card_contacts = StatCard(tr("contactmomenten in de laatste 30 dagen"))
        self.card_reached = StatCard(tr("bewoners bereikt in 30 dagen (ook anoniem)"))
        self.card_actions = StatCard(tr("open actiepunten"))
        for card in (self.card_persons, self.card_groups, self.card_contacts, self.card_reached,
                     self.card_actions):
            cards.addWidget(card)
        outer.addLayout(cards)

        grid = QGridLayout()
        actions_frame, self.actions_list = _panel(tr("Actiepunten (te laat eerst)"))
        meetings_frame, self.meetings_list = _panel(tr("Komende bijeenkomsten"))
        signals_frame, self.signals_list = _panel(tr("Recente signalen"))
        status_frame, self.status_list = _panel(tr("Dossiers en relaties"))
        grid.addWidget(actions_frame, 0, 0)
        grid.addWidget(meetings_frame, 0, 1)
        grid.addWidget(signals_frame, 1, 0)
        grid.addWidget(status_frame, 1, 1)
        outer.addLayout(grid, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(scroll)
        self._content = scroll
        self._stack.setCurrentWidget(scroll)
        self.greeting.setText(tr("Je gegevens worden geopend…"))

    def load(self, today: dt.date | None = None) -> None:
        figures = self.services.overview.figures(today)
        self.figures = figures
        if figures.is_empty:
            self._stack.setCurrentWidget(self.empty)
            return
        self._stack.setCurrentWidget(self._content)
        profile = self.services.profile.current()
        hour = dt.datetime.now().hour
        hello = tr("Goedemorgen") if hour < 12 else tr("Goedemiddag") if hour < 18 else tr(
            "Goedenavond")
        name = f", {profile.name.split()[0]}" if profile and profile.name else ""
        self.greeting.setText(f"{hello}{name} — {date_text(figures.today)}")

        self.card_persons.set(figures.persons)
        self.card_groups.set(figures.groups)
        self.card_contacts.set(figures.contacts_30_days)
        self.card_reached.set(figures.reached_30_days)
        late = figures.overdue_action_points
        self.card_actions.set(figures.open_action_points,
                              tr("{n} te laat").format(n=number(late)) if late else "")

        self.actions_list.clear()
        for point in figures.action_points:
            due = date_text(point.due_on) or tr("geen datum")
            item = _add(self.actions_list, f"{due}  {point.description}  — {point.owner}")
            if point.overdue:
                item.setForeground(Qt.GlobalColor.darkRed)
        if not figures.action_points:
            self.actions_list.addItem(tr("Geen open actiepunten."))

        self.meetings_list.clear()
        for meeting in figures.upcoming_meetings:
            where = f" ({meeting.location})" if meeting.location else ""
            _add(self.meetings_list, f"{datetime_text(meeting.starts_at)}  {meeting.title}{where}")
        if not figures.upcoming_meetings:
            self.meetings_list.addItem(tr("Geen bijeenkomsten gepland."))

        self.signals_list.clear()
        for signal in figures.recent_signals:
            households = tr(" ({n} huishoudens)").format(n=signal.households) \
                if signal.households else ""
            _add(self.signals_list,
                 f"{date_text(signal.observed_on)}  {signal.description}{households}")
        if not figures.recent_signals:
            self.signals_list.addItem(tr("Nog geen signalen vastgelegd."))

        self.status_list.clear()
        for phase in DossierPhase:
            count = figures.dossiers_by_phase[phase]
            self.status_list.addItem(tr("Dossiers in fase {phase}: {n}").format(
                phase=label(phase).lower(), n=number(count)))
        for strategy in Strategy:
            self.status_list.addItem(tr("Actieve relaties — {strategy}: {n}").format(
                strategy=label(strategy).lower(), n=number(figures.ties_by_strategy[strategy])))
