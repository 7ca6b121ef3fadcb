"""Checks shared by the services; each raises ValidationError with a Dutch message."""

from __future__ import annotations

import datetime as dt
import re

from db.services.errors import ValidationError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def text(value: object, label: str, *, field: str, max_length: int, required: bool = False) -> str:
    """Strip and check a line of text; `label` is the Dutch name of the field."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{label}: verwacht tekst.", field)
    cleaned = value.strip()
    if required and not cleaned:
        raise ValidationError(f"{label} is verplicht.", field)
    if len(cleaned) > max_length:
        raise ValidationError(
            f"{label} is te lang ({len(cleaned)} tekens, hoogstens {max_length}).", field
        )
    if _CONTROL.search(cleaned):
        raise ValidationError(f"{label} bevat onzichtbare stuurtekens.", field)
    return cleaned


def email(value: object, *, field: str = "email") -> str:
    cleaned = text(value, "E-mailadres", field=field, max_length=254)
    if cleaned and not _EMAIL.match(cleaned):
        raise ValidationError(f"E-mailadres '{cleaned}' is geen geldig adres.", field)
    return cleaned


def date(value: object, label: str, *, field: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        for fmt in ("%d-%m-%Y", "%Y-%m-%d"):
            try:
                return dt.datetime.strptime(value.strip(), fmt).date()
            except ValueError:
                continue
    raise ValidationError(f"{label}: '{value}' is geen geldige datum (dd-mm-jjjj).", field)
