"""One row of an imported contact list -> the fields of a person, or the Dutch reasons it is
refused. The rules are those of a person typed in (db.services.validation: lengths,
invisible control characters, e-mail address), applied to the whole row at once on the
fast path and per field only to say what is wrong (100.000 rows are checked in about a
second; see bench/import_rows.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from db.services import import_values as values
from db.services import validation
from db.services.errors import ValidationError
from db.services.people import display_name
from db.services.validation import _CONTROL  # the one definition of "stuurtekens"

Cell = str | dt.date
# Lengths of the person's columns (db/models/actors.py); a note is kept long.
LIMITS = {"first_name": 100, "infix": 30, "last_name": 150, "email": 254, "phone": 40,
          "street": 200, "house_number": 20, "postcode": 10, "city": 100,
          "neighbourhood": 200, "note": 100_000, "full_name": 280, "address": 230,
          "birth_date": 40, "birth_year": 40}
DATE_FIELDS = ("birth_date", "birth_year")
SPLIT_FIELDS = ("first_name", "infix", "last_name", "street", "house_number")


class PersonValues(NamedTuple):
    """One checked row, ready to store (a NamedTuple: 100.000 of them are made at once)."""

    row: int
    first_name: str
    infix: str
    last_name: str
    email: str = ""
    phone: str = ""
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    city: str = ""
    neighbourhood: str = ""
    birth_year: int | None = None
    note: str = ""
    name: str = ""  # display_name(first_name, infix, last_name), made once

@dataclass(frozen=True)
class RowPlan:
    """The mapping, sorted for the hot loop: text fields of one column (field, column, max
    length), fields of several columns (field, columns) and date fields (field, columns)."""

    single: tuple[tuple[str, int, int], ...]
    several: tuple[tuple[str, tuple[int, ...]], ...]
    dates: tuple[tuple[str, tuple[int, ...]], ...]
    header: tuple[str, ...]

    @classmethod
    def of(cls, header: Sequence[str], mapping: Mapping[int, str]) -> RowPlan:
        columns: dict[str, list[int]] = {}
        for index, target in sorted(mapping.items()):
            if target:
                if target not in values.TARGETS:
                    raise ValidationError(f"Onbekend veld '{target}'.", "mapping")
                if not 0 <= index < len(header):
                    raise ValidationError(f"Kolom {index + 1} bestaat niet.", "mapping")
                columns.setdefault(target, []).append(index)
        if not set(columns) & set(values.NAME_FIELDS):
            raise ValidationError("Kies welke kolom de naam bevat (Voornaam, Achternaam of "
                                  "Naam).", "mapping")
        texts = {t: i for t, i in columns.items() if t not in DATE_FIELDS}
        return cls(
            tuple((t, i[0], LIMITS.get(t, 100)) for t, i in texts.items() if len(i) == 1),
            tuple((t, tuple(i)) for t, i in texts.items() if len(i) > 1),
            tuple((t, tuple(i)) for t, i in columns.items() if t in DATE_FIELDS),
            tuple(header))


def _text(value: Cell) -> str:
    return value.strftime("%d-%m-%Y") if isinstance(value, dt.date) else str(value).strip()


def person_from_row(cells: Sequence[Cell], number: int, plan: RowPlan,
                    today: dt.date) -> tuple[PersonValues | None, list[str]]:
    """(the person, []) or (None, the reasons in Dutch)."""
    found: dict[str, str] = {}
    too_long = False
    for target, index, limit in plan.single:
        cell = cells[index]
        if cell:
            text = cell.strip() if cell.__class__ is str else _text(cell)
            if text:
                found[target] = text
                if len(text) > limit:
                    too_long = True
    for target, indexes in plan.several:
        if target in values.MULTI_FIELDS:
            text = "\n".join(f"{plan.header[i]}: {_text(cells[i]).strip()}" for i in indexes
                             if cells[i] != "")
        else:
            text = next((_text(cells[i]).strip() for i in indexes if cells[i] != ""), "")
        if text:
            found[target] = text
            too_long = too_long or len(text) > LIMITS.get(target, 100)
    dates = {target: cell for target, indexes in plan.dates
             if (cell := next((cells[i] for i in indexes if cells[i] != ""), "")) != ""}
    reasons: list[str] = []
    if too_long or _CONTROL.search("\n".join(found.values())):
        for target, text in found.items():
            try:
                validation.text(text, values.TARGETS[target], field=target,
                                max_length=LIMITS.get(target, 100))
            except ValidationError as error:
                reasons.append(error.message)
    get = found.get
    first, infix, last = get("first_name", ""), get("infix", ""), get("last_name", "")
    if "full_name" in found and not (first or last):
        first, split_infix, last = values.split_name(found["full_name"])
        infix = infix or split_infix
    street, house = get("street", ""), get("house_number", "")
    if "address" in found:
        if house:
            street = street or found["address"]
        else:
            street, house = values.split_address(found["address"])
    if "full_name" in found or "address" in found:  # parts split off: check them too
        for target, text in zip(SPLIT_FIELDS, (first, infix, last, street, house), strict=True):
            if target not in found and len(text) > LIMITS[target]:
                reasons.append(f"{values.TARGETS[target]} is te lang ({len(text)} tekens, "
                               f"hoogstens {LIMITS[target]}).")
    if not (first or last) and not reasons:
        reasons.append("Geen naam: voornaam, achternaam en naam zijn leeg.")
    for target, check in (("email", validation.email), ("phone", values.phone),
                          ("postcode", values.postcode)):
        if target in found:
            try:
                found[target] = check(found[target])
            except ValidationError as error:
                reasons.append(error.message)
    year = None
    if dates:
        for target, convert in (("birth_date", values.birth_date_year),
                                ("birth_year", values.birth_year)):
            if target in dates and year is None:
                try:
                    year = convert(dates[target], today)
                except ValidationError as error:
                    reasons.append(error.message)
    if reasons:
        return None, reasons
    return PersonValues(number, first, infix, last, get("email", ""), get("phone", ""), street,
                        house, get("postcode", ""), get("city", ""), get("neighbourhood", ""),
                        year, get("note", ""), display_name(first, infix, last)), []
