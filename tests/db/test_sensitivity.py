"""Sensitive text stays out of exports unless chosen, and is revealed one record at a time."""

from __future__ import annotations

from sqlalchemy import select

from db.models import ContactMoment
from db.services.sensitivity import (
    OMITTED, contact_note_columns, exportable_text, note_for_export,
)
from tests import privacy_data


def test_exports_get_a_placeholder_for_sensitive_text(services):
    world = privacy_data.build(services.db)
    assert note_for_export("schulden", True) == OMITTED
    assert note_for_export("schulden", True, include=True) == "schulden"
    assert note_for_export("moestuin", False) == "moestuin"
    assert note_for_export("", True) == ""
    with services.db.session() as s:
        rows = dict(s.execute(select(ContactMoment.id, exportable_text(
            ContactMoment.note, ContactMoment.sensitive))).all())
        chosen = dict(s.execute(select(ContactMoment.id, contact_note_columns(
            include=True)[0])).all())
    assert rows[world["only"]] == OMITTED
    assert rows[world["shared"]] == "Samen naar de buurtavond"
    assert chosen[world["only"]] == "Zwanenbloem vertelt over schulden"
    assert services.sensitivity.reveal("contact_moment", world["only"]) == chosen[world["only"]]
    assert services.sensitivity.reveal("person", world["quirijn"]).endswith("moestuin")
    assert services.sensitivity.reveal("meeting", world["meeting"]) == ""
