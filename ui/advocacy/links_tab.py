"""Koppelingen en bijlagen: the signals, meetings and contact moments linked to a dossier,
and its attachments (added with a file dialog, opened with the system's application, size
and type shown). Every link, unlink, attach and remove is one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem,
    QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from db.services.attachments import size_text
from db.services.dossier_read import signals_in_order
from db.services.signals import SignalFilter, first_line
from ui.advocacy import commands
from ui.context import AppContext
from ui.text import date_text, datetime_text, number, tr

if TYPE_CHECKING:
    from db.services.dossier_read import DossierDetail

ID = Qt.ItemDataRole.UserRole


def _box(title: str) -> tuple[QGroupBox, QListWidget, QComboBox, QPushButton, QPushButton]:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    items = QListWidget()
    items.setAccessibleName(title)
    items.setTextElideMode(Qt.TextElideMode.ElideRight)
    items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    layout.addWidget(items, 1)
    row = QHBoxLayout()
    choose = QComboBox()
    choose.setAccessibleName(tr("{what} om te koppelen").format(what=title))
    choose.setMinimumContentsLength(20)
    link = QPushButton(tr("Koppelen"))
    unlink = QPushButton(tr("Ontkoppelen"))
    row.addWidget(choose, 1)
    row.addWidget(link)
    row.addWidget(unlink)
    layout.addLayout(row)
    return box, items, choose, link, unlink


class LinksTab(QWidget):
    def __init__(self, context: AppContext, on_error: Callable[[str], None],
                 open_record: Callable[[str, int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.on_error, self.open_record = context, on_error, open_record
        self.detail: DossierDetail | None = None
        grid = QGridLayout(self)
        parts = {}
        for key, title, kind in (("signal", tr("Signalen"), "signal"),
                                 ("meeting", tr("Bijeenkomsten"), "meeting"),
                                 ("contact", tr("Contactmomenten"), "contact_moment")):
            box, items, choose, link, unlink = _box(title)
            items.itemActivated.connect(lambda item, k=kind: self.open_record(k, item.data(ID)))
            link.clicked.connect(lambda _=False, k=key: self.link(k, True))
            unlink.clicked.connect(lambda _=False, k=key: self.link(k, False))
            parts[key] = (items, choose)
            grid.addWidget(box, *{"signal": (0, 0), "meeting": (0, 1),
                                  "contact": (1, 0)}[key])
        self.lists = {k: v[0] for k, v in parts.items()}
        self.choices = {k: v[1] for k, v in parts.items()}

        files = QGroupBox(tr("Bijlagen"))
        layout = QVBoxLayout(files)
        self.files = QTreeWidget()
        self.files.setHeaderLabels([tr("Bestand"), tr("Soort"), tr("Grootte"),
                                    tr("Toegevoegd")])
        self.files.setRootIsDecorated(False)
        self.files.setAccessibleName(tr("Bijlagen"))
        self.files.setColumnWidth(0, 200)
        self.files.itemActivated.connect(lambda _item: self.open_file())
        layout.addWidget(self.files, 1)
        row = QHBoxLayout()
        add = QPushButton(tr("Bijlage &toevoegen…"))
        add.clicked.connect(self.choose_file)
        open_button = QPushButton(tr("&Openen"))
        open_button.clicked.connect(self.open_file)
        remove = QPushButton(tr("Verwijderen"))
        remove.clicked.connect(self.remove_file)
        row.addWidget(add)
        row.addWidget(open_button)
        row.addStretch(1)
        row.addWidget(remove)
        layout.addLayout(row)
        grid.addWidget(files, 1, 1)

    @property
    def services(self):
        return self.context.services

    # -- filling -----------------------------------------------------------------------------
    def set_detail(self, detail: DossierDetail) -> None:
        self.detail = detail
        signals = self.lists["signal"]
        signals.clear()
        for sig in signals_in_order(detail):
            prefix = "    ↳ " if sig.combined_into_id is not None else ""
            text = f"{prefix}{date_text(sig.observed_on)}  {first_line(sig.description, 90)}"
            if sig.households:
                text += tr(" ({n} huishoudens)").format(n=number(sig.households))
            item = QListWidgetItem(text)
            item.setData(ID, sig.id)
            item.setToolTip(sig.description)
            signals.addItem(item)
        meetings = self.lists["meeting"]
        meetings.clear()
        for meeting in detail.meetings:
            text = f"{datetime_text(meeting.starts_at)}  {meeting.title}"
            item = QListWidgetItem(text if meeting.linked else text + tr(" (via de agenda)"))
            item.setData(ID, meeting.id)
            meetings.addItem(item)
        contacts = self.lists["contact"]
        contacts.clear()
        for contact in detail.contacts:
            item = QListWidgetItem(f"{date_text(contact.occurred_on)}  {contact.setting}"
                                   + (f": {contact.summary}" if contact.summary else ""))
            item.setToolTip(item.text())
            item.setData(ID, contact.id)
            contacts.addItem(item)
        self._fill_choices()
        self.files.clear()
        for row in detail.attachments:
            item = QTreeWidgetItem([row.filename, row.media_type, size_text(row.size_bytes),
                                    datetime_text(row.added_at)])
            item.setData(0, ID, row.id)
            item.setToolTip(0, tr("Enter of dubbelklik: openen"))
            self.files.addTopLevelItem(item)
        if not detail.attachments:
            empty = QTreeWidgetItem([tr("Nog geen bijlagen: voeg een brief, petitie of foto "
                                        "toe.")])
            self.files.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)

    def _fill_choices(self) -> None:
        detail = self.detail
        loose = self.services.signals.list(SignalFilter(loose_only=True, limit=200))
        meetings = self.services.meetings.list(limit=200)
        linked = {m.id for m in detail.meetings}
        options = {
            "signal": [(f"{date_text(s.observed_on)}  {first_line(s.description, 60)}", s.id)
                       for s in loose],
            "meeting": [(f"{date_text(m.starts_at)}  {m.title}", m.id) for m in meetings
                        if m.id not in linked],
            "contact": [(f"{date_text(day)}  {setting}" + (f": {note}" if note else ""), i)
                        for i, day, setting, note in
                        self.services.dossier_parts.contact_candidates(detail.id)],
        }
        for key, combo in self.choices.items():
            combo.clear()
            for text, value in options[key]:
                combo.addItem(text, value)
            if not options[key]:
                combo.addItem({"signal": tr("(geen losse signalen)"),
                               "meeting": tr("(geen bijeenkomsten)"),
                               "contact": tr("(geen contactmomenten met betrokkenen)")}[key],
                              None)

    # -- edits -------------------------------------------------------------------------------
    def link(self, key: str, linked: bool, other_id: int | None = None) -> bool:
        if self.detail is None:
            return False
        if other_id is None:
            if linked:
                other_id = self.choices[key].currentData()
            else:
                item = self.lists[key].currentItem()
                other_id = item.data(ID) if item else None
        if other_id is None:
            self.on_error(tr("Kies eerst wat je wilt koppelen of ontkoppelen."))
            return False
        parts, dossier_id = self.services.dossier_parts, self.detail.id
        fn = {"signal": parts.link_signal, "meeting": parts.link_meeting,
              "contact": parts.link_contact}[key]
        text = tr("Koppelen") if linked else tr("Ontkoppelen")
        return commands.run(self.context, text,
                            lambda _prev: ("was", fn(dossier_id, other_id, linked)),
                            lambda was: fn(dossier_id, other_id, was[1]),
                            self.on_error) is not None

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Bijlage toevoegen"), str(Path.home()),
                                              tr("Alle bestanden (*)"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> int | None:
        if self.detail is None:
            return None
        files, dossier_id = self.services.attachments, self.detail.id
        kept = {}  # undo keeps the stored copy: redo needs no longer the original file

        def do(_prev):
            return files.restore(kept.pop("row")) if "row" in kept else files.add(dossier_id,
                                                                                 path)

        def undo(attachment_id: int) -> None:
            kept["row"] = files.remove(attachment_id)

        made = commands.run(self.context, tr("Bijlage '{name}' toevoegen").format(
            name=path.name), do, undo, self.on_error)
        if made is not None:
            self.on_error("")
        return made

    def _file_id(self) -> int | None:
        item = self.files.currentItem()
        return item.data(0, ID) if item else None

    def open_file(self) -> bool:
        attachment = self._file_id()
        if attachment is None:
            return False
        try:
            path = self.services.attachments.open_copy(attachment)  # decrypted if need be
        except Exception as error:  # ValidationError: gone, or pointing outside the folder
            self.on_error(commands.message(error))
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_file(self) -> bool:
        attachment = self._file_id()
        if attachment is None:
            self.on_error(tr("Kies eerst een bijlage."))
            return False
        files = self.services.attachments
        return commands.remove(self.context, tr("Bijlage verwijderen"),
                               lambda: files.remove(attachment), files.restore, self.on_error)
