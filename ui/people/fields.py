"""Inline-edited fields of a detail page: a change is saved when you leave the field,
through an undoable command; a refused change shows its Dutch message and is undone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from db.vocabulary import LanguageProficiency, TalentCategory


class CommitLineEdit(QLineEdit):
    """Emits `committed(text)` when editing finished and the text differs from the stored."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored = ""
        self.editingFinished.connect(self._finish)

    def set_stored(self, text: str) -> None:
        """Show the stored value, unless the worker is in the middle of changing it."""
        typing = self.hasFocus() and self.text() != self._stored
        self._stored = text or ""
        if not typing:
            self.setText(self._stored)

    def _finish(self) -> None:
        if self.text() != self._stored:
            self.committed.emit(self.text())

    def revert(self) -> None:
        self.setText(self._stored)


class CommitTextEdit(QPlainTextEdit):
    """A note field: saved on leaving it (Tab moves on, Ctrl+Enter also saves)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored = ""
        self.setTabChangesFocus(True)

    def set_stored(self, text: str) -> None:
        typing = self.hasFocus() and self.toPlainText() != self._stored
        self._stored = text or ""
        if not typing:
            self.setPlainText(self._stored)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if self.toPlainText() != self._stored:
            self.committed.emit(self.toPlainText())

    def revert(self) -> None:
        self.setPlainText(self._stored)


PROFICIENCY_WORDS = {member.label.lower(): member for member in LanguageProficiency}
CATEGORY_WORDS = {member.label.split()[0].lower(): member for member in TalentCategory}


def languages_text(languages) -> str:
    return ", ".join(f"{lang} ({level.label.lower()})" if level else lang
                     for lang, level in languages)


def parse_languages(text: str) -> list[tuple[str, LanguageProficiency | None]]:
    """"Nederlands (goed), Arabisch" -> [("Nederlands", GOOD), ("Arabisch", None)]."""
    result = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        level = None
        if part.endswith(")") and "(" in part:
            name, _, rest = part[:-1].rpartition("(")
            level = PROFICIENCY_WORDS.get(rest.strip().lower())
            part = name.strip() if level else part
        result.append((part, level))
    return result


def talents_text(talents) -> str:
    return "; ".join(f"{category.label.split()[0].lower()}: {text}" for category, text in talents)


def parse_talents(text: str) -> list[tuple[TalentCategory, str]]:
    """"handen: fietsen maken; hart: koken" — without a category word, 'handen'."""
    result = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        word, sep, rest = part.partition(":")
        category = CATEGORY_WORDS.get(word.strip().lower()) if sep else None
        result.append((category or TalentCategory.HANDS, rest.strip() if category else part))
    return result


def comma_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


Committer = Callable[[str], None]
