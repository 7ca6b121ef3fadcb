"""Overzicht: today's work at a glance."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaMethod, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QScrollArea, QStackedLayout, QVBoxLayout, QWidget,
)

from db.vocabulary import DossierPhase, Strategy
from ui.appearance import error_colour, is_dark
from ui.pages.base import EmptyState, Page
from ui.text import date_text, datetime_text, label, number, tr

if TYPE_CHECKING:  # the page paints before SQLAlchemy is imported
    from db.services.out_of_sight import OutOfSightRow
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
        self.note.setStyleSheet(f"color: {error_colour()};")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.note)
        self.setAccessibleName(title)

    def set(self, value: int, note: str = "") -> None:
        self.value.setText(number(value))
        self.note.setText(note)


#: the record behind a line (kind, id), opened with Enter or a double click
RECORD = Qt.ItemDataRole.UserRole


def _add(items: QListWidget, text: str, record: tuple[str, int] | None = None
         ) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setToolTip(text)  # the line is elided when the panel is narrow
    if record is not None:
        item.setData(RECORD, record)
    items.addItem(item)
    return item


def _due_text(due: dt.date | None, today: dt.date) -> str:
    if due is None:
        return tr("geen datum")
    if due < today:
        return date_text(due)  # shown in red: overdue
    if due == today:
        return tr("vandaag")
    if due <= today + dt.timedelta(days=6 - today.weekday()):
        return tr("deze week ({date})").format(date=date_text(due))
    return date_text(due)


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
             "meeting", "signal", "dossier", "worker", "settings")
    #: "Signaal vastleggen…" was clicked; the button shows only when this is connected
    record_signal_requested = Signal()

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.figures: OverviewFigures | None = None
        self.out_of_sight: tuple[OutOfSightRow, ...] = ()
        self.out_of_sight_count = 0
        self.out_of_sight_loaded = False
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
        shortcuts = QHBoxLayout()
        self.record_button = QPushButton(tr("&Contactmoment vastleggen… (Ctrl+Shift+N)"))
        self.record_button.clicked.connect(self.record_contact)
        self.signal_button = QPushButton(tr("&Signaal vastleggen…"))
        self.signal_button.clicked.connect(self.record_signal_requested)
        self.signal_button.hide()
        shortcuts.addWidget(self.record_button)
        shortcuts.addWidget(self.signal_button)
        shortcuts.addStretch(1)
        outer.addLayout(shortcuts)

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
        gone_frame, self.out_of_sight_list = _panel(tr("Uit beeld (langst en sterkst "
                                                       "verbonden eerst)"))
        stalled_frame, self.stalled_list = _panel(tr("Dossiers al lang in dezelfde fase"))
        self.all_out_of_sight = QPushButton(tr("Alle mensen en groepen uit beeld →"))
        self.all_out_of_sight.setFlat(True)
        self.all_out_of_sight.clicked.connect(lambda: self.open_requested.emit("out_of_sight", 0))
        gone_frame.layout().addWidget(self.all_out_of_sight, 0, Qt.AlignmentFlag.AlignRight)
        for items in (self.actions_list, self.meetings_list, self.signals_list,
                      self.out_of_sight_list, self.stalled_list):
            items.itemActivated.connect(self._open_item)
        grid.addWidget(actions_frame, 0, 0)
        grid.addWidget(meetings_frame, 0, 1)
        grid.addWidget(gone_frame, 0, 2)
        grid.addWidget(signals_frame, 1, 0)
        grid.addWidget(stalled_frame, 1, 1)
        grid.addWidget(status_frame, 1, 2)
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

    def _open_item(self, item: QListWidgetItem) -> None:
        record = item.data(RECORD)
        if record:
            self.open_requested.emit(record[0], record[1])

    def record_contact(self) -> None:
        """The quick-entry dialog for a contact moment (as Ctrl+Shift+N in the window)."""
        from ui.dialogs.contact_entry import ContactEntryDialog

        ContactEntryDialog(self.context, self).exec()

    def load(self, today: dt.date | None = None) -> None:
        wired = self.isSignalConnected(QMetaMethod.fromSignal(self.record_signal_requested))
        self.signal_button.setVisible(wired)
        figures = self.services.overview.figures(today, out_of_sight=False)
        self.figures = figures
        self.out_of_sight = ()
        self.out_of_sight_count = 0
        self.out_of_sight_loaded = False
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
        notes = [tr("{n} te laat").format(n=number(late))] if late else []
        if figures.due_this_week:
            notes.append(tr("{n} deze week").format(n=number(figures.due_this_week)))
        self.card_actions.set(figures.open_action_points, " · ".join(notes))

        self.actions_list.clear()
        for point in figures.action_points:
            due = _due_text(point.due_on, figures.today)
            item = _add(self.actions_list, f"{due}  {point.description}  — {point.owner}",
                        ("action_point", point.id))
            if point.overdue:
                item.setForeground(QColor(error_colour()) if is_dark()
                                   else QColor(Qt.GlobalColor.darkRed))
        if not figures.action_points:
            self.actions_list.addItem(tr("Geen open actiepunten."))

        self.meetings_list.clear()
        for meeting in figures.upcoming_meetings:
            where = f" ({meeting.location})" if meeting.location else ""
            _add(self.meetings_list, f"{datetime_text(meeting.starts_at)}  {meeting.title}{where}",
                 ("meeting", meeting.id))
        if not figures.upcoming_meetings:
            self.meetings_list.addItem(tr("Geen bijeenkomsten gepland."))

        self.signals_list.clear()
        for signal in figures.recent_signals:
            households = tr(" ({n} huishoudens)").format(n=signal.households) \
                if signal.households else ""
            _add(self.signals_list,
                 f"{date_text(signal.observed_on)}  {signal.description}{households}",
                 ("signal", signal.id))
        if not figures.recent_signals:
            self.signals_list.addItem(tr("Nog geen signalen vastgelegd."))

        self.out_of_sight_list.clear()
        self.out_of_sight_list.addItem(tr("Even zoeken wie uit beeld is…"))
        self.all_out_of_sight.hide()
        # "uit beeld" walks every resident's last contact: filled right after the page shows
        QTimer.singleShot(0, self, lambda day=figures.today: self._load_out_of_sight(day))

        self.stalled_list.clear()
        for dossier in figures.stalled_dossiers:
            weeks = (figures.today - dossier.since).days // 7
            _add(self.stalled_list, tr("{weeks} wk {phase}: {title}").format(
                title=dossier.title, weeks=weeks, phase=label(dossier.phase).lower()),
                ("dossier", dossier.id))
        if not figures.stalled_dossiers:
            self.stalled_list.addItem(tr("Geen dossiers die al drie maanden stilstaan."))

        self.status_list.clear()
        for phase in DossierPhase:
            count = figures.dossiers_by_phase[phase]
            self.status_list.addItem(tr("Dossiers in fase {phase}: {n}").format(
                phase=label(phase).lower(), n=number(count)))
        for strategy in Strategy:
            self.status_list.addItem(tr("Actieve relaties — {strategy}: {n}").format(
                strategy=label(strategy).lower(), n=number(figures.ties_by_strategy[strategy])))

    def _load_out_of_sight(self, today: dt.date) -> None:
        if not self.context.ready:
            return
        rows, count = self.services.overview.out_of_sight(today)
        self.out_of_sight, self.out_of_sight_count = rows, count
        self.out_of_sight_list.clear()
        for row in rows:
            since = tr("{n} wk").format(n=row.weeks) if row.weeks is not None \
                else tr("nooit")
            item = _add(self.out_of_sight_list, f"{since}  {row.name}", (str(row.kind), row.id))
            item.setToolTip(tr("{name}: {n} weken geen contact").format(name=row.name,
                                                                      n=row.weeks or 0))
        if rows:
            self.all_out_of_sight.setText(tr("Alle {n} uit beeld →").format(
                n=number(count)))
        else:
            self.out_of_sight_list.addItem(tr("Niemand uit beeld: je hebt iedereen op tijd "
                                              "gesproken."))
        self.all_out_of_sight.setVisible(bool(rows))
        self.out_of_sight_loaded = True
