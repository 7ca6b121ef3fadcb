"""The detail page of one person, group or place: its fields (edited in place), ladder,
ties and a timeline of everything that involves it, newest first."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from db.services.actors import FIELDS, ActorDetail
from db.services.errors import ConflictError, ValidationError
from db.vocabulary import ActorKind, GroupKind, ParticipationLevel
from ui.appearance import error_colour
from ui.context import AppContext
from ui.people.commands import (
    ArchiveCommand, EndTieCommand, LevelStepCommand, SetListsCommand, UpdateActorCommand, push,
)
from ui.people.fields import (
    CommitLineEdit, CommitTextEdit, comma_list, languages_text, parse_languages, parse_talents,
    talents_text,
)
from ui.privacy.person_bar import PersonPrivacyBar
from ui.privacy.sensitive import mask_text, reveal_item
from ui.text import date_text, label, tr

FIELD_LABELS = {name: text for fields in FIELDS.values() for name, (text, _) in fields.items()}
ROLE = Qt.ItemDataRole.UserRole


class ActorDetailView(QWidget):
    """Shows one actor; emits requests the page turns into dialogs and navigation."""

    open_requested = Signal(str, int)
    record_contact_requested = Signal(int, str)
    add_tie_requested = Signal(int, str)
    merge_requested = Signal(int, str)
    delete_requested = Signal(int, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: ActorDetail | None = None
        outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 17pt; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)
        header = QHBoxLayout()
        self.contact_button = QPushButton(tr("Contactmoment…"))
        self.tie_button = QPushButton(tr("Relatie toevoegen…"))
        self.merge_button = QPushButton(tr("Samenvoegen met…"))
        self.archive_button = QPushButton()
        self.network_button = QPushButton(tr("Netwerk rond…"))
        self.network_button.setToolTip(tr("Het netwerk rond deze persoon, groep of plek"))
        self.network_button.clicked.connect(
            lambda: self.open_requested.emit("network", self.detail.id))
        self.delete_button = QPushButton(tr("Verwijderen…"))
        self.delete_button.clicked.connect(
            lambda: self.delete_requested.emit(self.detail.id, self.detail.name))
        # two rows, so no button text is cut off when the detail pane is narrow: the daily
        # actions first, the rarer ones (merge, archive, delete) under them
        for button in (self.contact_button, self.tie_button, self.network_button):
            header.addWidget(button)
        header.addStretch(1)
        rarer = QHBoxLayout()
        for button in (self.merge_button, self.archive_button, self.delete_button):
            rarer.addWidget(button)
        rarer.addStretch(1)
        self.contact_button.clicked.connect(
            lambda: self.record_contact_requested.emit(self.detail.id, self.detail.name))
        self.tie_button.clicked.connect(
            lambda: self.add_tie_requested.emit(self.detail.id, self.detail.name))
        self.merge_button.clicked.connect(
            lambda: self.merge_requested.emit(self.detail.id, self.detail.name))
        self.archive_button.clicked.connect(self._toggle_archive)
        outer.addLayout(header)
        outer.addLayout(rarer)
        self.privacy = PersonPrivacyBar(context)  # consent badge, inzage, vergeetrecht
        self.privacy.open_requested.connect(self.open_requested)
        outer.addWidget(self.privacy)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {error_colour()};")
        self.error.setWordWrap(True)
        outer.addWidget(self.error)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter, 1)
        left = QWidget()
        self.left = QVBoxLayout(left)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        splitter.addWidget(scroll)
        self._build_fields()
        self._build_ladder()
        self._build_ties()
        self.left.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(tr("<b>Tijdlijn</b> (nieuwste eerst)")))
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(2)
        self.timeline.setStyleSheet("QListWidget::item { border-bottom: 1px solid "
                                    "palette(midlight); padding: 3px; }")
        self.timeline.setAccessibleName(tr("Tijdlijn"))
        self.timeline.itemActivated.connect(self._open_timeline_item)
        self.timeline.itemClicked.connect(lambda item: reveal_item(self.context, item, ROLE))
        right_layout.addWidget(self.timeline)
        splitter.addWidget(right)
        splitter.setSizes([470, 430])

    # -- building -----------------------------------------------------------------------
    def _build_fields(self) -> None:
        box = QGroupBox(tr("Gegevens"))
        self.form = QFormLayout(box)
        self.line_edits: dict[str, CommitLineEdit] = {}
        for name in ("first_name", "infix", "last_name", "name", "place_type", "phone",
                     "email", "street", "house_number", "postcode", "city", "website",
                     "address"):
            edit = CommitLineEdit()
            edit.setAccessibleName(tr(FIELD_LABELS[name]))
            edit.committed.connect(lambda text, n=name: self._update({n: text}, FIELD_LABELS[n]))
            self.line_edits[name] = edit
            self.form.addRow(tr(FIELD_LABELS[name]), edit)
        self.birth_year = CommitLineEdit()
        self.birth_year.setAccessibleName(tr("Geboortejaar"))
        self.birth_year.committed.connect(
            lambda text: self._update({"birth_year": text.strip() or None}, "Geboortejaar"))
        self.form.addRow(tr("Geboortejaar"), self.birth_year)
        self.group_kind = QComboBox()
        for kind in GroupKind:
            self.group_kind.addItem(label(kind), kind.value)
        self.group_kind.activated.connect(
            lambda _: self._update({"group_kind": self.group_kind.currentData()}, "Soort"))
        self.form.addRow(tr("Soort"), self.group_kind)
        self.neighbourhood = QComboBox()
        self.neighbourhood.setAccessibleName(tr("Buurt"))
        self.neighbourhood.activated.connect(
            lambda _: self._update({"neighbourhood_id": self.neighbourhood.currentData()},
                                   "Buurt"))
        self.form.addRow(tr("Buurt"), self.neighbourhood)
        self.themes = CommitLineEdit()
        self.themes.setPlaceholderText(tr("komma's ertussen: Wonen, Groen"))
        self.themes.committed.connect(
            lambda text: self._lists({"themes": comma_list(text)}, "Thema's"))
        self.form.addRow(tr("Thema's"), self.themes)
        self.languages = CommitLineEdit()
        self.languages.setPlaceholderText(tr("Nederlands (goed), Arabisch (moedertaal)"))
        self.languages.committed.connect(
            lambda text: self._lists({"languages": parse_languages(text)}, "Talen"))
        self.form.addRow(tr("Talen"), self.languages)
        self.talents = CommitLineEdit()
        self.talents.setPlaceholderText(tr("handen: fietsen maken; hart: koken"))
        self.talents.committed.connect(
            lambda text: self._lists({"talents": parse_talents(text)}, "Talenten"))
        self.form.addRow(tr("Talenten"), self.talents)
        self.note = CommitTextEdit()
        self.note.setMaximumHeight(110)
        self.note.setAccessibleName(tr("Notitie"))
        self.note.committed.connect(lambda text: self._update({"note": text}, "Notitie"))
        self.sensitive = QCheckBox(tr("Notitie is gevoelig"))
        self.sensitive.clicked.connect(
            lambda checked: self._update({"note_sensitive": checked}, "Gevoelig"))
        self.form.addRow(tr("Notitie"), self.note)
        self.form.addRow("", self.sensitive)
        self.consent = QLabel()
        self.form.addRow(tr("Toestemming"), self.consent)
        self.memberships = QLabel()
        self.memberships.setWordWrap(True)
        self.form.addRow(tr("Lid van"), self.memberships)
        self.left.addWidget(box)

    def _build_ladder(self) -> None:
        self.ladder_box = QGroupBox(tr("Participatieladder"))
        layout = QVBoxLayout(self.ladder_box)
        self.ladder_history = QLabel()
        self.ladder_history.setWordWrap(True)
        layout.addWidget(self.ladder_history)
        row = QHBoxLayout()
        self.level = QComboBox()
        for level in ParticipationLevel:
            self.level.addItem(label(level), level.value)
        self.level_since = QDateEdit(QDate.currentDate())
        self.level_since.setDisplayFormat("dd-MM-yyyy")
        self.level_since.setCalendarPopup(True)
        step = QPushButton(tr("Stap vastleggen"))
        step.clicked.connect(self._add_step)
        row.addWidget(self.level, 1)
        row.addWidget(self.level_since)
        row.addWidget(step)
        layout.addLayout(row)
        self.left.addWidget(self.ladder_box)

    def _build_ties(self) -> None:
        box = QGroupBox(tr("Relaties"))
        layout = QVBoxLayout(box)
        self.ties = QTableWidget(0, 5)
        self.ties.setHorizontalHeaderLabels([tr("Met"), tr("Strategie"), tr("Sterkte"),
                                             tr("Sinds"), tr("Tot")])
        self.ties.verticalHeader().hide()
        self.ties.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.ties.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.ties.horizontalHeader().setStretchLastSection(True)
        self.ties.setMinimumHeight(150)
        self.ties.setAccessibleName(tr("Relaties"))
        self.ties.itemActivated.connect(self._open_tie)
        layout.addWidget(self.ties)
        end = QPushButton(tr("Relatie beëindigen (vandaag)"))
        end.clicked.connect(self._end_tie)
        layout.addWidget(end, 0, Qt.AlignmentFlag.AlignRight)
        self.left.addWidget(box)

    # -- showing -------------------------------------------------------------------------
    def show_actor(self, actor_id: int) -> bool:
        services = self.context.services
        detail = services.actors.detail(actor_id)
        if self.detail is None or self.detail.id != actor_id:
            self.error.clear()  # a reload of the same record keeps its message (a conflict)
        self.detail = detail
        if detail is None:
            return False
        is_person = detail.kind == ActorKind.PERSON
        kind_text = label(detail.group_kind) if detail.group_kind else label(detail.kind)
        self.title.setText(escape(detail.name))
        parts = [kind_text, detail.neighbourhood]
        if detail.last_contact_on:
            parts.append(tr("laatste contact {date}").format(
                date=date_text(detail.last_contact_on)))
        if detail.archived:
            parts.append(tr("gearchiveerd"))
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self.archive_button.setText(tr("Terughalen") if detail.archived else tr("Archiveren"))
        self.merge_button.setVisible(is_person)
        self.privacy.setVisible(is_person)
        if is_person:
            self.privacy.show_person(detail)
        for name, edit in self.line_edits.items():
            shown = name in detail.fields
            edit.setVisible(shown)
            self.form.labelForField(edit).setVisible(shown)
            if shown:
                edit.set_stored(detail.fields[name])
        for widget, shown in ((self.birth_year, is_person), (self.languages, is_person),
                              (self.talents, is_person), (self.consent, is_person),
                              (self.group_kind, detail.kind == ActorKind.GROUP),
                              (self.memberships, detail.kind != ActorKind.PLACE)):
            widget.setVisible(shown)
            self.form.labelForField(widget).setVisible(shown)
        self.ladder_box.setVisible(is_person)
        self.birth_year.set_stored(str(detail.birth_year or ""))
        if detail.group_kind:
            self.group_kind.setCurrentIndex(self.group_kind.findData(detail.group_kind.value))
        self.neighbourhood.clear()
        self.neighbourhood.addItem(tr("(onbekend)"), None)
        for hood_id, name in services.people.neighbourhoods():
            self.neighbourhood.addItem(name, hood_id)
        self.neighbourhood.setCurrentIndex(max(0, self.neighbourhood.findData(
            detail.neighbourhood_id)))
        self.themes.set_stored(", ".join(detail.themes))
        self.languages.set_stored(languages_text(detail.languages))
        self.talents.set_stored(talents_text(detail.talents))
        self.note.set_stored(detail.note)
        self.sensitive.setChecked(detail.note_sensitive)
        if not detail.consents:
            # the colour sits in the translated text; swap in the one for this mode
            self.consent.setText(tr("<span style='color:#b3261e'>geen toestemming vastgelegd"
                                    "</span>").replace("#b3261e", error_colour()))
        else:
            self.consent.setText("<br>".join(
                f"{escape(c.purpose)}: " + (tr("ingetrokken {date}").format(
                    date=date_text(c.withdrawn_on)) if c.withdrawn_on else tr(
                    "gegeven {date}").format(date=date_text(c.given_on)))
                for c in detail.consents))
        self.memberships.setText(", ".join(
            escape(m.group if detail.kind == ActorKind.PERSON else m.person)
            + (f" ({escape(m.role)})" if m.role else "")
            for m in detail.memberships) or tr("(geen)"))
        history = " → ".join(f"{label(lv)} ({date_text(since)})"
                             for lv, since in detail.level_history)
        self.ladder_history.setText(history or tr("Nog geen stap op de ladder vastgelegd."))
        if detail.level:
            next_index = min(list(ParticipationLevel).index(detail.level) + 1, 3)
            self.level.setCurrentIndex(next_index)
        self._show_ties()
        self._show_timeline()
        return True

    def _show_ties(self) -> None:
        rows = self.context.services.ties.of_actor(self.detail.id)
        self.ties.setRowCount(len(rows))
        for r, tie in enumerate(rows):
            values = (tie.other_name + (f" (via {tie.via})" if tie.via else ""),
                      label(tie.strategy), str(tie.strength), date_text(tie.since),
                      date_text(tie.until))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ROLE, (tie.id, tie.other_id, tie.other_kind.value))
                if tie.until and tie.until < dt.date.today():
                    item.setForeground(Qt.GlobalColor.gray)
                self.ties.setItem(r, c, item)
        self.ties.resizeColumnsToContents()

    def _show_timeline(self) -> None:
        self.timeline.clear()
        entries = self.context.services.timeline.of_actor(self.detail.id)
        for entry in entries:
            detail = mask_text() if entry.sensitive else entry.detail
            text = f"{date_text(entry.day)}  {entry.title}"
            if detail:
                text += f"\n{detail}"
            item = QListWidgetItem(text)
            item.setData(ROLE, (entry.kind, entry.record_id))
            self.timeline.addItem(item)
        if not entries:
            self.timeline.addItem(tr("Nog niets vastgelegd. Leg een contactmoment vast "
                                     "(Ctrl+Shift+N) en het verschijnt hier."))

    # -- edits ---------------------------------------------------------------------------
    def _push(self, command) -> bool:
        self.error.clear()

        def failed(error: Exception) -> None:
            if self.detail is not None:
                self.show_actor(self.detail.id)
            if isinstance(error, ConflictError):  # show the other's version, not our typing
                for edit in (*self.line_edits.values(), self.birth_year, self.note):
                    edit.revert()
            self.error.setText(error.message if isinstance(error, ValidationError)
                               else tr("Opslaan is mislukt: {error}").format(error=error))

        return push(self.context.undo_stack, command, failed)

    def _update(self, changes: dict, what: str) -> None:
        if self.detail is not None:
            self._push(UpdateActorCommand(self.context.services, self.detail.id, changes,
                                          tr("{what} van {name}").format(
                                              what=tr(what), name=self.detail.name),
                                          version=self.detail.version))

    def _lists(self, lists: dict, what: str) -> None:
        if self.detail is not None:
            self._push(SetListsCommand(self.context.services, self.detail.id, lists,
                                       tr("{what} van {name}").format(
                                           what=tr(what), name=self.detail.name)))

    def _toggle_archive(self) -> None:
        self._push(ArchiveCommand(self.context.services, self.detail.id, self.detail.name,
                                  not self.detail.archived))

    def _add_step(self) -> None:
        since = self.level_since.date()
        self._push(LevelStepCommand(self.context.services, self.detail.id,
                                    ParticipationLevel(self.level.currentData()),
                                    dt.date(since.year(), since.month(), since.day())))

    def _end_tie(self) -> None:
        item = self.ties.currentItem()
        if item is None:
            self.error.setText(tr("Kies eerst de relatie die eindigt."))
            return
        tie_id = item.data(ROLE)[0]
        self._push(EndTieCommand(self.context.services, tie_id, dt.date.today(),
                                 tr("Relatie beëindigen")))

    def _open_tie(self, item: QTableWidgetItem) -> None:
        _, other_id, other_kind = item.data(ROLE)
        self.open_requested.emit(other_kind, other_id)

    def _open_timeline_item(self, item: QListWidgetItem) -> None:
        data = item.data(ROLE)
        if data and data[0] in ("contact_moment", "meeting", "dossier", "action_point",
                                "signal", "story"):
            self.open_requested.emit(*data)
