"""Mensen en doelen: residents and groups involved with their role (trekker, meedenker,
getroffen), the targets (who decides) with stance and influence, and the stakeholder view."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QSplitter,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from db.vocabulary import ActorKind, InvolvementRole, Stance
from ui.advocacy import commands
from ui.context import AppContext
from ui.text import label, tr
from ui.widgets.actor_picker import ActorPicker

if TYPE_CHECKING:
    from db.services.dossier_read import DossierDetail

ID = Qt.ItemDataRole.UserRole


def _combo(members, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for member in members:
        combo.addItem(label(member), member)
    return combo


class PeopleTab(QWidget):
    def __init__(self, context: AppContext, on_error: Callable[[str], None],
                 open_record: Callable[[str, int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.on_error, self.open_record = context, on_error, open_record
        self.detail: DossierDetail | None = None
        self.stakeholders = None  # built when first needed (pyqtgraph loads then)
        layout = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter)

        people = QGroupBox(tr("Betrokken bewoners en groepen"))
        box = QVBoxLayout(people)
        self.people = QTreeWidget()
        self.people.setHeaderLabels([tr("Wie"), tr("Soort"), tr("Rol")])
        self.people.setRootIsDecorated(False)
        self.people.setAccessibleName(tr("Betrokkenen"))
        self.people.setColumnWidth(0, 180)
        self.people.itemActivated.connect(
            lambda item: self.open_record(item.data(1, ID), item.data(0, ID)))
        box.addWidget(self.people, 1)
        add = QHBoxLayout()
        self.picker = ActorPicker(context, (ActorKind.PERSON, ActorKind.GROUP))
        self.picker.setAccessibleName(tr("Betrokkene toevoegen"))
        self.picker.setPlaceholderText(tr("Typ een naam om iemand toe te voegen…"))
        self.role = _combo(InvolvementRole, tr("Rol"))
        self.role.setCurrentIndex(1)
        self.picker.picked.connect(lambda actor_id, name: self.involve(actor_id, name))
        add.addWidget(self.picker, 1)
        add.addWidget(self.role)
        box.addLayout(add)
        change = QHBoxLayout()
        self.change_role = _combo(InvolvementRole, tr("Nieuwe rol"))
        set_role = QPushButton(tr("Rol wijzigen"))
        set_role.clicked.connect(lambda: self.set_role(self.change_role.currentData()))
        remove = QPushButton(tr("Niet meer betrokken"))
        remove.clicked.connect(lambda: self.set_role(None))
        change.addWidget(self.change_role)
        change.addWidget(set_role)
        change.addStretch(1)
        change.addWidget(remove)
        box.addLayout(change)
        splitter.addWidget(people)

        targets = QGroupBox(tr("Doelen: wie beslist"))
        self.target_box = QVBoxLayout(targets)
        self.targets = QTreeWidget()
        self.targets.setHeaderLabels([tr("Wie"), tr("Houding"), tr("Invloed")])
        self.targets.setRootIsDecorated(False)
        self.targets.setAccessibleName(tr("Doelen"))
        self.targets.setColumnWidth(0, 200)
        self.targets.setMaximumHeight(150)
        self.target_box.addWidget(self.targets)
        form = QHBoxLayout()
        self.target_name = QLineEdit()
        self.target_name.setPlaceholderText(tr("Gemeente, wethouder, corporatie…"))
        self.target_name.setAccessibleName(tr("Naam van het doel"))
        self.stance = _combo(Stance, tr("Houding"))
        self.stance.setCurrentIndex(list(Stance).index(Stance.NEUTRAL))
        self.influence = QSpinBox()
        self.influence.setRange(1, 5)
        self.influence.setValue(3)
        self.influence.setPrefix(tr("invloed "))
        self.influence.setAccessibleName(tr("Invloed (1-5)"))
        add_target = QPushButton(tr("Toevoegen"))
        add_target.clicked.connect(self.add_target)
        self.target_name.returnPressed.connect(self.add_target)
        change_target = QPushButton(tr("Wijzigen"))
        change_target.setToolTip(tr("Geef het gekozen doel de houding en invloed hiernaast"))
        change_target.clicked.connect(self.change_target)
        remove_target = QPushButton(tr("Verwijderen"))
        remove_target.clicked.connect(self.remove_target)
        self.target_box.addWidget(self.target_name)
        for widget in (self.stance, self.influence, add_target, change_target):
            form.addWidget(widget)
        form.addStretch(1)
        form.addWidget(remove_target)
        self.target_box.addLayout(form)
        self.targets.currentItemChanged.connect(self._target_chosen)
        self.plot_hint = QLabel(tr("Voeg doelen toe om het krachtenveld te zien: wie is voor, "
                                   "wie tegen, en hoeveel invloed hebben ze?"))
        self.plot_hint.setWordWrap(True)
        self.target_box.addWidget(self.plot_hint, 1)
        splitter.addWidget(targets)
        splitter.setSizes([380, 560])

    @property
    def services(self):
        return self.context.services

    def set_detail(self, detail: DossierDetail) -> None:
        self.detail = detail
        self.people.clear()
        for person in detail.involvements:
            item = QTreeWidgetItem([person.name, label(person.kind), label(person.role)])
            item.setData(0, ID, person.actor_id)
            item.setData(1, ID, str(person.kind))
            self.people.addTopLevelItem(item)
        if not detail.involvements:
            self.people.addTopLevelItem(QTreeWidgetItem(
                [tr("Nog niemand. Typ hieronder een naam."), "", ""]))
        self.targets.clear()
        for target in detail.targets:
            item = QTreeWidgetItem([target.name, label(target.stance), str(target.influence)])
            item.setData(0, ID, target.id)
            self.targets.addTopLevelItem(item)
        if detail.targets:
            self.show_stakeholders()
        elif self.stakeholders is not None:
            self.stakeholders.set_targets([])
        self.plot_hint.setVisible(not detail.targets)
        if self.stakeholders is not None:
            self.stakeholders.setVisible(bool(detail.targets))

    def show_stakeholders(self):
        if self.stakeholders is None:
            from ui.advocacy.stakeholders import StakeholderView

            self.stakeholders = StakeholderView()
            self.target_box.addWidget(self.stakeholders, 1)
        self.stakeholders.set_targets(list(self.detail.targets) if self.detail else [])
        return self.stakeholders

    def _target_chosen(self, item) -> None:
        """Show the chosen target's stance and influence, ready to change."""
        target = next((t for t in (self.detail.targets if self.detail else ())
                       if item is not None and t.id == item.data(0, ID)), None)
        if target is not None:
            self.stance.setCurrentIndex(list(Stance).index(target.stance))
            self.influence.setValue(target.influence)

    # -- edits -------------------------------------------------------------------------------
    def involve(self, actor_id: int, name: str, role: InvolvementRole | None = None) -> bool:
        role = role or self.role.currentData()
        return self._set(actor_id, role, tr("{name} betrokken als {role}").format(
            name=name, role=label(role).lower()))

    def set_role(self, role: InvolvementRole | None) -> bool:
        item = self.people.currentItem()
        if item is None or item.data(0, ID) is None:
            self.on_error(tr("Kies eerst iemand in de lijst."))
            return False
        text = (tr("Rol van {name}: {role}").format(name=item.text(0), role=label(role).lower())
                if role else tr("{name} niet meer betrokken").format(name=item.text(0)))
        return self._set(item.data(0, ID), role, text)

    def _set(self, actor_id: int, role: InvolvementRole | None, text: str) -> bool:
        if self.detail is None:
            return False
        parts, dossier_id = self.services.dossier_parts, self.detail.id
        state = commands.run(
            self.context, text,
            lambda _prev: ("old", parts.set_involvement(dossier_id, actor_id, role)),
            lambda old: parts.set_involvement(dossier_id, actor_id, old[1]), self.on_error)
        return state is not None

    def add_target(self) -> int | None:
        if self.detail is None:
            return None
        parts, dossier_id = self.services.dossier_parts, self.detail.id
        values = {"name": self.target_name.text(), "stance": self.stance.currentData(),
                  "influence": self.influence.value()}
        made = commands.run(
            self.context, tr("Doel toevoegen"),
            lambda prev: parts.add_target(dossier_id, **values, target_id=prev),
            parts.remove_target, self.on_error)
        if made is not None:
            self.target_name.clear()
            self.on_error("")
        return made

    def _target(self) -> int | None:
        item = self.targets.currentItem()
        if item is None:
            self.on_error(tr("Kies eerst een doel in de lijst."))
            return None
        return item.data(0, ID)

    def change_target(self) -> bool:
        target = self._target()
        if target is None:
            return False
        return commands.update(self.context, tr("Doel wijzigen"),
                               self.services.dossier_parts.update_target, target,
                               {"stance": self.stance.currentData(),
                                "influence": self.influence.value()}, self.on_error)

    def remove_target(self) -> bool:
        target = self._target()
        if target is None:
            return False
        parts = self.services.dossier_parts
        return commands.remove(self.context, tr("Doel verwijderen"),
                               lambda: parts.remove_target(target),
                               lambda values: parts.add_target(**values), self.on_error)
