"""Every text a user reads passes through Qt's translation functions (Dutch is the source)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from db.vocabulary import Labelled


def tr(text: str, context: str = "Buurtboek") -> str:
    return QCoreApplication.translate(context, text)


def label(member: Labelled | None) -> str:
    """The Dutch label of a vocabulary code, translated."""
    return QCoreApplication.translate("Vocabulary", member.label) if member else ""


def date_text(value: dt.date | dt.datetime | None) -> str:
    """Dates as dd-mm-jjjj in the interface (ISO stays in storage)."""
    if value is None:
        return ""
    return value.strftime("%d-%m-%Y")


def datetime_text(value: dt.datetime | None) -> str:
    return "" if value is None else value.strftime("%d-%m-%Y %H:%M")


def number(value: int) -> str:
    """Dutch thousands separator: 12.345."""
    return f"{value:,}".replace(",", ".")
