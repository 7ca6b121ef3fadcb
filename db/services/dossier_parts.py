"""What hangs from a dossier: people and groups involved with their role, targets (who
decides) with stance and influence, the actions timeline, and links to signals, meetings and
contact moments. One transaction per edit; each announces Change("dossier", ...). Every
removal returns what the matching add needs to put it back under the same id (undo)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from db.database import Database
from db.events import Change
from db.models import (
    Actor, ContactMoment, Dossier, DossierAction, DossierInvolvement, DossierTarget, Meeting,
    Signal, dossier_contacts, dossier_meetings,
)
from db.services import validation
from db.services.errors import ValidationError
from db.vocabulary import ActorKind, DossierActionKind, InvolvementRole, Stance

ACTION_FIELDS = ("occurred_on", "kind", "description", "result")
TARGET_FIELDS = ("name", "actor_id", "stance", "influence")


def _member(enum, value, label: str, field: str):
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(f"{label}: '{value}' is geen geldige keuze.", field) from None


class DossierPartsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _done(self, dossier_id: int, action: str = "updated") -> None:
        self.db.bus.publish(Change("dossier", action, (dossier_id,)))

    @staticmethod
    def _dossier(s: Session, dossier_id: int) -> Dossier:
        dossier = s.get(Dossier, dossier_id)
        if dossier is None:
            raise ValidationError("Dit dossier bestaat niet (meer).", "dossier")
        return dossier

    # -- people and groups involved ----------------------------------------------------------
    def set_involvement(self, dossier_id: int, actor_id: int,
                        role: InvolvementRole | str | None) -> InvolvementRole | None:
        """Involve a resident or group with `role` (None: no longer involved); returns the
        role they had before (None: not involved), for undo."""
        new = None if role is None else _member(InvolvementRole, role, "Rol", "role")
        with self.db.session.begin() as s:
            self._dossier(s, dossier_id)
            actor = s.get(Actor, actor_id)
            if actor is None or actor.kind == ActorKind.PLACE:
                raise ValidationError("Kies een bewoner of groep die bestaat.", "actor")
            row = s.get(DossierInvolvement, (dossier_id, actor_id))
            old = InvolvementRole(row.role) if row is not None else None
            if new is None and row is not None:
                s.delete(row)
            elif new is not None and row is None:
                s.add(DossierInvolvement(dossier_id=dossier_id, actor_id=actor_id, role=new))
            elif new is not None:
                row.role = new
        self._done(dossier_id)
        return old

    # -- targets -----------------------------------------------------------------------------
    def _target_values(self, s: Session, values: dict[str, Any]) -> dict[str, Any]:
        unknown = set(values) - set(TARGET_FIELDS)
        if unknown:
            raise ValidationError(f"Onbekend veld: {', '.join(sorted(unknown))}.")
        out: dict[str, Any] = {}
        if "name" in values:
            out["name"] = validation.text(values["name"], "Naam", field="name", max_length=200)
        if "actor_id" in values:
            if values["actor_id"] is not None and s.get(Actor, values["actor_id"]) is None:
                raise ValidationError("Die groep of persoon bestaat niet (meer).", "actor_id")
            out["actor_id"] = values["actor_id"]
        if "stance" in values:
            out["stance"] = _member(Stance, values["stance"], "Houding", "stance")
        if "influence" in values:
            influence = values["influence"]
            if isinstance(influence, bool) or not isinstance(influence, int) \
                    or not 1 <= influence <= 5:
                raise ValidationError("Invloed: een getal van 1 (weinig) tot 5 (beslist).",
                                      "influence")
            out["influence"] = influence
        return out

    def add_target(self, dossier_id: int, *, name: str = "", actor_id: int | None = None,
                   stance: Stance | str = Stance.NEUTRAL, influence: int = 3,
                   target_id: int | None = None) -> int:
        """Who decides: an institution or group from the network (`actor_id`) or a name."""
        with self.db.session.begin() as s:
            self._dossier(s, dossier_id)
            values = self._target_values(s, {"name": name, "actor_id": actor_id,
                                             "stance": stance, "influence": influence})
            if not values["name"] and values["actor_id"] is None:
                raise ValidationError("Geef aan wie beslist: een naam of een groep uit het "
                                      "netwerk.", "name")
            if not values["name"]:
                values["name"] = s.get(Actor, values["actor_id"]).name
            target = DossierTarget(id=target_id, dossier_id=dossier_id, **values)
            s.add(target)
            s.flush()
            new_id = target.id
        self._done(dossier_id)
        return new_id

    def update_target(self, target_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        """Change name, stance or influence; returns the old values."""
        with self.db.session.begin() as s:
            target = s.get(DossierTarget, target_id)
            if target is None:
                raise ValidationError("Dit doel bestaat niet (meer).", "target")
            values = self._target_values(s, changes)
            old = {name: getattr(target, name) for name in changes}
            for name, value in values.items():
                setattr(target, name, value)
            dossier_id = target.dossier_id
        self._done(dossier_id)
        return old

    def remove_target(self, target_id: int) -> dict[str, Any]:
        """Returns the target's values: `add_target(**values)` puts it back."""
        with self.db.session.begin() as s:
            target = s.get(DossierTarget, target_id)
            if target is None:
                raise ValidationError("Dit doel bestaat niet (meer).", "target")
            values = {"dossier_id": target.dossier_id, "name": target.name,
                      "actor_id": target.actor_id, "stance": Stance(target.stance),
                      "influence": target.influence, "target_id": target.id}
            s.delete(target)
        self._done(values["dossier_id"])
        return values

    # -- actions -----------------------------------------------------------------------------
    def _action_values(self, values: dict[str, Any]) -> dict[str, Any]:
        unknown = set(values) - set(ACTION_FIELDS)
        if unknown:
            raise ValidationError(f"Onbekend veld: {', '.join(sorted(unknown))}.")
        out: dict[str, Any] = {}
        if "occurred_on" in values:
            out["occurred_on"] = validation.date(values["occurred_on"], "Datum",
                                                 field="occurred_on")
        if "kind" in values:
            out["kind"] = _member(DossierActionKind, values["kind"], "Soort actie", "kind")
        if "description" in values:
            out["description"] = validation.text(values["description"], "Wat er gebeurde",
                                                 field="description", max_length=5000,
                                                 required=True)
        if "result" in values:
            out["result"] = validation.text(values["result"], "Resultaat", field="result",
                                            max_length=5000)
        return out

    def add_action(self, dossier_id: int, *, occurred_on: dt.date | str,
                   kind: DossierActionKind | str, description: str, result: str = "",
                   worker_id: int | None = None, action_id: int | None = None) -> int:
        """A step on the timeline: a letter, petition, council speech, talk, media, ..."""
        values = self._action_values({"occurred_on": occurred_on, "kind": kind,
                                      "description": description, "result": result})
        with self.db.session.begin() as s:
            self._dossier(s, dossier_id)
            action = DossierAction(id=action_id, dossier_id=dossier_id, worker_id=worker_id,
                                   **values)
            s.add(action)
            s.flush()
            new_id = action.id
        self._done(dossier_id)
        return new_id

    def update_action(self, action_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        values = self._action_values(changes)
        with self.db.session.begin() as s:
            action = s.get(DossierAction, action_id)
            if action is None:
                raise ValidationError("Deze actie bestaat niet (meer).", "action")
            old = {name: getattr(action, name) for name in changes}
            for name, value in values.items():
                setattr(action, name, value)
            dossier_id = action.dossier_id
        self._done(dossier_id)
        return old

    def remove_action(self, action_id: int) -> dict[str, Any]:
        """Returns the action's values: `add_action(**values)` puts it back."""
        with self.db.session.begin() as s:
            action = s.get(DossierAction, action_id)
            if action is None:
                raise ValidationError("Deze actie bestaat niet (meer).", "action")
            values = {"dossier_id": action.dossier_id, "occurred_on": action.occurred_on,
                      "kind": DossierActionKind(action.kind), "description": action.description,
                      "result": action.result, "worker_id": action.worker_id,
                      "action_id": action.id}
            s.delete(action)
        self._done(values["dossier_id"])
        return values

    # -- links -------------------------------------------------------------------------------
    def link_signal(self, dossier_id: int, signal_id: int, linked: bool = True) -> bool:
        """Link a signal to the dossier (or unlink it); returns whether it was linked."""
        with self.db.session.begin() as s:
            self._dossier(s, dossier_id)
            signal = s.get(Signal, signal_id)
            if signal is None:
                raise ValidationError("Dit signaal bestaat niet (meer).", "signal")
            was = signal.dossier_id == dossier_id
            if linked:
                if signal.dossier_id not in (None, dossier_id):
                    raise ValidationError("Dit signaal hoort al bij een ander dossier.",
                                          "signal")
                if signal.combined_into_id is not None:
                    raise ValidationError("Dit signaal is gecombineerd: koppel het gebundelde "
                                          "signaal.", "signal")
                signal.dossier_id = dossier_id
            elif was:
                signal.dossier_id = None
        self._done(dossier_id)
        self.db.bus.publish(Change("signal", "updated", (signal_id,)))
        return was

    def link_meeting(self, dossier_id: int, meeting_id: int, linked: bool = True) -> bool:
        return self._link(dossier_id, dossier_meetings, "meeting_id", meeting_id, Meeting,
                          "Deze bijeenkomst bestaat niet (meer).", linked)

    def link_contact(self, dossier_id: int, contact_moment_id: int, linked: bool = True
                     ) -> bool:
        return self._link(dossier_id, dossier_contacts, "contact_moment_id", contact_moment_id,
                          ContactMoment, "Dit contactmoment bestaat niet (meer).", linked)

    def _link(self, dossier_id: int, table, column: str, other_id: int, model, missing: str,
              linked: bool) -> bool:
        """Add or remove one row of a link table; returns whether it was there."""
        with self.db.session.begin() as s:
            self._dossier(s, dossier_id)
            if s.get(model, other_id) is None:
                raise ValidationError(missing, column)
            where = (table.c.dossier_id == dossier_id, table.c[column] == other_id)
            was = s.scalar(select(table.c.dossier_id).where(*where)) is not None
            if linked and not was:
                s.execute(insert(table).values(dossier_id=dossier_id, **{column: other_id}))
            elif not linked and was:
                s.execute(delete(table).where(*where))
        self._done(dossier_id)
        return was

    def contact_candidates(self, dossier_id: int, limit: int = 50
                           ) -> list[tuple[int, dt.date, str, str]]:
        """Contact moments with someone involved in the dossier, not yet linked, newest
        first: (id, date, setting label, first line of the note or "" when sensitive)."""
        from db.models import contact_participants

        involved = select(DossierInvolvement.actor_id).where(
            DossierInvolvement.dossier_id == dossier_id)
        linked = select(dossier_contacts.c.contact_moment_id).where(
            dossier_contacts.c.dossier_id == dossier_id)
        moments = select(contact_participants.c.contact_moment_id).where(
            contact_participants.c.actor_id.in_(involved))
        query = (select(ContactMoment.id, ContactMoment.occurred_on, ContactMoment.setting,
                        ContactMoment.note, ContactMoment.sensitive)
                 .where(ContactMoment.id.in_(moments), ContactMoment.id.not_in(linked))
                 .order_by(ContactMoment.occurred_on.desc(), ContactMoment.id.desc())
                 .limit(limit))
        with self.db.session() as s:
            return [(i, day, setting.label,
                     "" if sensitive else (note or "").strip().split("\n")[0][:80])
                    for i, day, setting, note, sensitive in s.execute(query)]
