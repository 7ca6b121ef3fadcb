"""Column types shared by the models."""

from __future__ import annotations

from enum import Enum as PyEnum

from sqlalchemy import Enum


def enum_type(enum_cls: type[PyEnum]) -> Enum:
    """Store an enum as its short English code in a VARCHAR (no native enum, no CHECK).

    Plain VARCHARs keep migrations simple on SQLite and PostgreSQL alike; services
    validate the values, and reading gives back the enum member.
    """
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
