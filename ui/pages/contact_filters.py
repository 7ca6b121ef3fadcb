"""The filter bar above the contact-moment list: period, setting, neighbourhood, theme,
strategy and worker. It holds the current `ContactFilter` and says when the user changed it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from db.services.contacts import WITHOUT_STRATEGY, ContactFilter
from ui.text import date_text, label, tr

if TYPE_CHECKING:
    from db.services.contacts import FilterOptions

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "—": no bound
PRESETS = (("all", "Alles"), ("week", "Deze week"), ("month", "Deze maand"),
           ("quarter", "Dit kwartaal"), ("year", "Dit jaar"), ("custom", "Eigen periode"))


def period_bounds(preset: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """First and last day (inclusive) of a period preset around `today`."""
    if preset == "week":
        start = today - dt.timedelta(days=today.weekday())
        return start, start + dt.timedelta(days=6)
    if preset == "year":
        return today.replace(month=1, day=1), today.replace(month=12, day=31)
    if preset not in ("month", "quarter"):
        return None, None
    months = 1 if preset == "month" else 3
    start = today.replace(month=today.month if months == 1
                          else 3 * ((today.month - 1) // 3) + 1, day=1)
    year, month = divmod(start.month - 1 + months, 12)
    return start, dt.date(start.year + year, month + 1, 1) - dt.timedelta(days=1)


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class _DateEdit(QDateEdit):
    """Showing "—" (no bound), Qt's date edit kept Tab inside itself: a keyboard trap."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt override
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


def _date_edit(name: str) -> QDateEdit:
    edit = _DateEdit()
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    return edit


def _qdate(value: dt.date | None) -> QDate:
    return NO_DATE if value is None else QDate(value.year, value.month, value.day)


def _pydate(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())


class ContactFilterBar(QWidget):
    #: the user changed a filter; read `filter`
    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.filter = ContactFilter()
        self.preset = "all"
        self.period = _combo(tr("Periode"))
        for code, text in PRESETS:
            self.period.addItem(tr(text), code)
        self.date_from = _date_edit(tr("Van"))
        self.date_to = _date_edit(tr("Tot en met"))
        self.setting_combo = _combo(tr("Setting"))
        self.hood_combo = _combo(tr("Buurt"))
        self.theme_combo = _combo(tr("Thema"))
        self.strategy_combo = _combo(tr("Strategie"))
        self.worker_combo = _combo(tr("Werker"))
        self.clear_button = QPushButton(tr("&Wis filters"))
        self.clear_button.setToolTip(tr("Alle contactmomenten tonen"))
        self.clear_button.clicked.connect(self.clear)

        def labelled(row: QHBoxLayout, text: str, widget: QWidget) -> None:
            caption = QLabel(text)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)

        first, second = QHBoxLayout(), QHBoxLayout()
        labelled(first, tr("&Periode"), self.period)
        labelled(first, tr("van"), self.date_from)
        labelled(first, tr("t/m"), self.date_to)
        first.addStretch(1)
        first.addWidget(self.clear_button)
        labelled(second, tr("&Setting"), self.setting_combo)
        labelled(second, tr("&Buurt"), self.hood_combo)
        labelled(second, tr("&Thema"), self.theme_combo)
        labelled(second, tr("St&rategie"), self.strategy_combo)
        labelled(second, tr("W&erker"), self.worker_combo)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        self.period.currentIndexChanged.connect(self._on_preset)
        self.date_from.dateChanged.connect(self._on_dates)
        self.date_to.dateChanged.connect(self._on_dates)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self._on_combos)

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.setting_combo, self.hood_combo, self.theme_combo, self.strategy_combo,
                self.worker_combo)

    def set_options(self, options: FilterOptions) -> None:
        """Fill the combo boxes (keeping the current filter) without announcing a change."""
        choices = {
            self.setting_combo: [(tr("Alle settings"), None)]
            + [(label(s), s) for s in options.settings],
            self.hood_combo: [(tr("Alle buurten"), None)]
            + [(n, i) for i, n in options.neighbourhoods],
            self.theme_combo: [(tr("Alle thema's"), None)] + [(n, i) for i, n in options.themes],
            self.strategy_combo: [(tr("Alle strategieën"), None)]
            + [(label(s), s) for s in options.strategies]
            + [(tr("Geen strategie"), WITHOUT_STRATEGY)],
            self.worker_combo: [(tr("Alle werkers"), None)]
            + [(n, i) for i, n in options.workers],
        }
        for combo, items in choices.items():
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.blockSignals(False)
        self._show()

    def set_filter(self, f: ContactFilter, preset: str = "custom") -> None:
        """Show `f` (with the period called `preset`) without announcing a change."""
        self.filter, self.preset = f, preset
        self._show()

    def clear(self) -> None:
        self.set_filter(ContactFilter(), "all")
        self.changed.emit()

    def follow_calendar(self) -> None:
        """"Deze week" and the like move on with the calendar (the app may stay open)."""
        if self.preset not in ("all", "custom"):
            start, end = period_bounds(self.preset, self.today())
            self.set_filter(replace(self.filter, date_from=start, date_to=end), self.preset)

    def focus(self) -> None:
        self.period.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def part_text(self, part: str) -> str:
        """How one part of the filter (see ContactFilter.PARTS) reads: "Thema: Energie"."""
        if part == "period":
            if self.preset not in ("all", "custom"):
                return tr("Periode: {p}").format(p=self.period.currentText().lower())
            return tr("Periode: {a} t/m {b}").format(a=date_text(self.filter.date_from) or "…",
                                                     b=date_text(self.filter.date_to) or "…")
        combo = {"settings": self.setting_combo, "neighbourhood_id": self.hood_combo,
                 "theme_id": self.theme_combo, "strategy": self.strategy_combo,
                 "worker_id": self.worker_combo}[part]
        return f"{combo.accessibleName()}: {combo.currentText()}"

    # -- widgets to filter and back --------------------------------------------------------
    def _show(self) -> None:
        f = self.filter
        values = {self.setting_combo: next(iter(f.settings)) if len(f.settings) == 1 else None,
                  self.hood_combo: f.neighbourhood_id, self.theme_combo: f.theme_id,
                  self.strategy_combo: f.strategy, self.worker_combo: f.worker_id}
        widgets = (self.period, self.date_from, self.date_to, *values)
        for widget in widgets:
            widget.blockSignals(True)
        self.period.setCurrentIndex(max(0, self.period.findData(self.preset)))
        self.date_from.setDate(_qdate(f.date_from))
        self.date_to.setDate(_qdate(f.date_to))
        for combo, value in values.items():
            combo.setCurrentIndex(max(0, combo.findData(value)))
        for widget in widgets:
            widget.blockSignals(False)

    def _on_preset(self) -> None:
        self.preset = self.period.currentData()
        if self.preset == "custom":  # keep the dates: the user edits them next
            return
        start, end = period_bounds(self.preset, self.today())
        self._changed(replace(self.filter, date_from=start, date_to=end))

    def _on_dates(self) -> None:
        self.preset = "custom"
        self._changed(replace(self.filter, date_from=_pydate(self.date_from),
                              date_to=_pydate(self.date_to)))

    def _on_combos(self) -> None:
        setting = self.setting_combo.currentData()
        self._changed(replace(
            self.filter, settings=frozenset({setting}) if setting else frozenset(),
            neighbourhood_id=self.hood_combo.currentData(),
            theme_id=self.theme_combo.currentData(),
            strategy=self.strategy_combo.currentData(),
            worker_id=self.worker_combo.currentData()))

    def _changed(self, f: ContactFilter) -> None:
        self.filter = f
        self._show()
        self.changed.emit()
