"""Sensitive text (health, money, conflicts): what lists and exports may show of it.

Contact moment notes (`ContactMoment.sensitive`), stories (`Story.sensitive`) and an
actor's note (`Actor.note_sensitive`) can be marked sensitive. Such text never leaves the
app unless the worker chose to include it:

- lists show a mask (`MASK`) until the worker clicks; `SensitivityService.reveal` gives the
  text for that one record;
- exports call `note_for_export(text, sensitive, include=...)` in Python, or put
  `exportable_text(column, sensitive_column, include=...)` in their SELECT, which leaves
  `OMITTED` in place of the text. Only an explicit choice in the export dialog
  (include=True) writes the text itself. Follow-up text of a sensitive contact moment
  counts as sensitive as well (`FOLLOW_UP_FOLLOWS_NOTE`).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, case, literal, select

from db.database import Database
from db.models import Actor, ContactMoment, Story

#: shown in a list cell in place of sensitive text (the UI adds "klik om te tonen")
MASK = "•••• gevoelig"
#: written to an export in place of sensitive text
OMITTED = "(gevoelig — weggelaten)"
FOLLOW_UP_FOLLOWS_NOTE = True


def note_for_export(text: str | None, sensitive: bool, *, include: bool = False) -> str:
    """The text an export may write: the text itself, or `OMITTED` when sensitive."""
    if sensitive and not include:
        return OMITTED if text else ""
    return text or ""


def exportable_text(column, sensitive_column, *, include: bool = False) -> ColumnElement:
    """SQL for a SELECT: `column`, or `OMITTED` where `sensitive_column` is true."""
    if include:
        return column
    return case((sensitive_column, literal(OMITTED)), else_=column)


def contact_note_columns(*, include: bool = False) -> tuple[ColumnElement, ColumnElement]:
    """(note, follow_up) of ContactMoment as an export may select them."""
    cm = ContactMoment
    follow = (exportable_text(cm.follow_up, cm.sensitive, include=include)
              if FOLLOW_UP_FOLLOWS_NOTE else cm.follow_up)
    return (exportable_text(cm.note, cm.sensitive, include=include).label("note"),
            follow.label("follow_up"))


class SensitivityService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def reveal(self, kind: str, record_id: int) -> str:
        """The full sensitive text of one record, for the worker who clicked to see it."""
        column = {"contact_moment": (ContactMoment.note, ContactMoment.id),
                  "story": (Story.body, Story.id), "person": (Actor.note, Actor.id),
                  "group": (Actor.note, Actor.id), "place": (Actor.note, Actor.id)}.get(kind)
        if column is None:
            return ""
        text, ident = column
        with self.db.session() as s:
            return s.scalar(select(text).where(ident == record_id)) or ""
