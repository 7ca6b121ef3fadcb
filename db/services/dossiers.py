"""Collective-advocacy dossiers: the board (one row per dossier), the full read model of one
dossier, and the writes on the dossier itself: create, edit fields, move phase (the date
each phase was reached is kept), delete and restore. People, targets, actions and links are
in db.services.dossier_parts; files in db.services.attachments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from db.database import Database
from db.events import Change
from db.models import (
    Attachment, Dossier, DossierAction, DossierInvolvement, DossierPhaseStep, DossierTarget,
    Neighbourhood, Signal, Theme, dossier_contacts, dossier_meetings,
)
from db.services import validation, versions
from db.services.actors import theme_rows
from db.services.dossier_read import DossierDetail, read_detail, timeline
from db.services.errors import ValidationError
from db.services.signals import SignalService
from db.vocabulary import DossierPhase

TEXT_FIELDS = {"problem": ("Probleem", 10_000), "desired": ("Wat bewoners willen", 10_000),
               "outcome": ("Resultaat", 10_000), "lessons": ("Lessen", 10_000)}
EDITABLE = ("title", "theme", "neighbourhood_id", "closed_on", *TEXT_FIELDS)


@dataclass(frozen=True)
class DossierRow:
    id: int
    title: str
    phase: DossierPhase
    phase_since: dt.date | None
    theme: str
    neighbourhood: str
    involved: int
    signals: int
    version: int = 1  # pass to move_phase(expected_version=...): db.services.versions


@dataclass(frozen=True)
class PhaseMove:
    """What `move_phase` changed, so that `revert_phase` can take it back exactly."""

    dossier_id: int
    phase: DossierPhase
    previous: DossierPhase
    step_id: int
    previous_closed_on: dt.date | None
    version: int | None = None  # the dossier's version this move left (db.services.versions)


@dataclass(frozen=True)
class DossierSnapshot:
    """A deleted dossier with everything that hung from it, to put back under its own ids."""

    values: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    signal_ids: tuple[int, ...] = ()


CHILDREN = (("steps", DossierPhaseStep), ("involvements", DossierInvolvement),
            ("targets", DossierTarget), ("actions", DossierAction), ("files", Attachment))


def _columns(obj) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in type(obj).__mapper__.column_attrs}


class DossierService:
    """The board, the detail view, and the writes on a dossier itself: one transaction
    each, then Change("dossier")."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self) -> list[DossierRow]:
        """All dossiers, ordered by phase (earliest first) and then title."""
        involved = (select(func.count()).where(DossierInvolvement.dossier_id == Dossier.id)
                    .scalar_subquery())
        signals = select(func.count()).where(Signal.dossier_id == Dossier.id).scalar_subquery()
        since = (
            select(func.max(DossierPhaseStep.reached_on))
            .where(DossierPhaseStep.dossier_id == Dossier.id,
                   DossierPhaseStep.phase == Dossier.phase)
            .scalar_subquery()
        )
        with self.db.session() as s:
            rows = s.execute(
                select(Dossier.id, Dossier.title, Dossier.phase, since, Theme.name,
                       Neighbourhood.name, involved, signals, Dossier.version)
                .outerjoin(Theme, Theme.id == Dossier.theme_id)
                .outerjoin(Neighbourhood, Neighbourhood.id == Dossier.neighbourhood_id)
            ).all()
        order = {phase: i for i, phase in enumerate(DossierPhase)}
        result = [DossierRow(i, t, DossierPhase(ph), sn, th or "", nb or "", inv, sig, v)
                  for i, t, ph, sn, th, nb, inv, sig, v in rows]
        return sorted(result, key=lambda r: (order[r.phase], r.title.lower()))

    # -- writing ---------------------------------------------------------------------------
    def _publish(self, action: str, dossier_id: int) -> None:
        self.db.bus.publish(Change("dossier", action, (dossier_id,)))

    @staticmethod
    def _dossier(s: Session, dossier_id: int) -> Dossier:
        dossier = s.get(Dossier, dossier_id)
        if dossier is None:
            raise ValidationError("Dit dossier bestaat niet (meer).", "dossier")
        return dossier

    def _clean(self, s: Session, values: dict[str, Any]) -> dict[str, Any]:
        unknown = set(values) - set(EDITABLE)
        if unknown:
            raise ValidationError(f"Onbekend veld: {', '.join(sorted(unknown))}.")
        out: dict[str, Any] = {}
        if "title" in values:
            out["title"] = validation.text(values["title"], "Titel", field="title",
                                           max_length=300, required=True)
        if "theme" in values:
            name = validation.text(values["theme"], "Thema", field="theme", max_length=100)
            out["theme_id"] = theme_rows(s, [name])[0].id if name else None
        if "neighbourhood_id" in values:
            hood = values["neighbourhood_id"]
            if hood is not None and s.get(Neighbourhood, hood) is None:
                raise ValidationError("Die buurt bestaat niet (meer).", "neighbourhood_id")
            out["neighbourhood_id"] = hood
        if "closed_on" in values:
            closed = values["closed_on"]
            out["closed_on"] = None if closed in (None, "") else validation.date(
                closed, "Afgesloten op", field="closed_on")
        for name, (label, limit) in TEXT_FIELDS.items():
            if name in values:
                out[name] = validation.text(values[name], label, field=name, max_length=limit)
        return out

    def create(self, title: str, *, theme: str = "", neighbourhood_id: int | None = None,
               problem: str = "", desired: str = "",
               phase: DossierPhase = DossierPhase.SIGNALLING, started_on: dt.date | None = None,
               worker_id: int | None = None, dossier_id: int | None = None) -> int:
        """A new dossier; its first phase is reached on `started_on` (default today)."""
        phase = DossierPhase(phase)
        with self.db.session.begin() as s:
            values = self._clean(s, {"title": title, "theme": theme, "problem": problem,
                                     "neighbourhood_id": neighbourhood_id, "desired": desired})
            dossier = Dossier(id=dossier_id, phase=phase, worker_id=worker_id, **values)
            s.add(dossier)
            s.flush()
            s.add(DossierPhaseStep(dossier_id=dossier.id, phase=phase,
                                   reached_on=started_on or dt.date.today()))
            new_id = dossier.id
        self._publish("created", new_id)
        return new_id

    def update(self, dossier_id: int, changes: dict[str, Any], *,
               expected_version: int | None = None) -> versions.Edited:
        """Change fields (names in EDITABLE); returns the old values, for undo, with the
        version the edit left. With `expected_version`: ConflictError when someone else
        changed the dossier since it was read."""
        with versions.guarded(self.db.bus, "dossier", dossier_id), \
                self.db.session.begin() as s:
            dossier = self._dossier(s, dossier_id)
            versions.check(dossier.version, expected_version, "dossier", dossier_id)
            values = self._clean(s, changes)
            old: dict[str, Any] = {}
            for name in changes:
                if name == "theme":
                    theme = s.get(Theme, dossier.theme_id) if dossier.theme_id else None
                    old[name] = theme.name if theme else ""
                else:
                    old[name] = getattr(dossier, name)
            for column, value in values.items():
                setattr(dossier, column, value)
            version = versions.after_flush(s, dossier)
        self._publish("updated", dossier_id)
        return versions.edited(old, version)

    def move_phase(self, dossier_id: int, phase: DossierPhase | str,
                   reached_on: dt.date | None = None, *, step_id: int | None = None,
                   expected_version: int | None = None) -> PhaseMove:
        """Put the dossier in `phase`, recording the date it was reached (default today).
        Reaching "evaluatie" closes the dossier on that date; leaving it opens it again.
        With `expected_version`: ConflictError when someone else changed it since."""
        try:
            phase = DossierPhase(phase)
        except ValueError:
            raise ValidationError(f"Onbekende fase: {phase}.", "phase") from None
        day = reached_on or dt.date.today()
        with versions.guarded(self.db.bus, "dossier", dossier_id), \
                self.db.session.begin() as s:
            dossier = self._dossier(s, dossier_id)
            versions.check(dossier.version, expected_version, "dossier", dossier_id)
            previous, closed = DossierPhase(dossier.phase), dossier.closed_on
            if previous == phase:
                raise ValidationError(f"Het dossier is al in de fase {phase.label.lower()}.",
                                      "phase")
            first = s.scalar(select(func.min(DossierPhaseStep.reached_on)).where(
                DossierPhaseStep.dossier_id == dossier_id))
            if first is not None and day < first:
                raise ValidationError("De datum ligt vóór het begin van het dossier "
                                      f"({first:%d-%m-%Y}).", "reached_on")
            step = DossierPhaseStep(id=step_id, dossier_id=dossier_id, phase=phase,
                                    reached_on=day)
            s.add(step)
            dossier.phase = phase
            if phase == DossierPhase.EVALUATION and dossier.closed_on is None:
                dossier.closed_on = day
            elif phase != DossierPhase.EVALUATION and previous == DossierPhase.EVALUATION:
                dossier.closed_on = None
            s.flush()
            move = PhaseMove(dossier_id, phase, previous, step.id, closed, dossier.version)
        self._publish("updated", dossier_id)
        return move

    def revert_phase(self, move: PhaseMove, *, expected_version: int | None = None
                     ) -> int | None:
        """Take a phase move back: its step goes, the previous phase returns. Returns the
        version this left; with `expected_version`: ConflictError when the dossier moved on."""
        with versions.guarded(self.db.bus, "dossier", move.dossier_id), \
                self.db.session.begin() as s:
            dossier = self._dossier(s, move.dossier_id)
            versions.check(dossier.version, expected_version, "dossier", move.dossier_id)
            s.execute(delete(DossierPhaseStep).where(DossierPhaseStep.id == move.step_id))
            dossier.phase = move.previous
            dossier.closed_on = move.previous_closed_on
            version = versions.after_flush(s, dossier)
        self._publish("updated", move.dossier_id)
        return version

    def delete(self, dossier_id: int) -> DossierSnapshot:
        """Remove a dossier and what hangs from it (signals stay, loose again); the stored
        files stay in the data folder so that undo can put the dossier back."""
        with self.db.session.begin() as s:
            dossier = self._dossier(s, dossier_id)
            rows = {name: [_columns(o) for o in s.scalars(select(model).where(
                model.dossier_id == dossier_id))] for name, model in CHILDREN}
            for name, table, column in (("meetings", dossier_meetings, "meeting_id"),
                                        ("contacts", dossier_contacts, "contact_moment_id")):
                rows[name] = [{"dossier_id": dossier_id, column: v} for v in s.scalars(
                    select(table.c[column]).where(table.c.dossier_id == dossier_id))]
            snapshot = DossierSnapshot(_columns(dossier), rows, tuple(s.scalars(
                select(Signal.id).where(Signal.dossier_id == dossier_id))))
            s.execute(update(Signal).where(Signal.dossier_id == dossier_id)
                      .values(dossier_id=None))
            s.delete(dossier)
        self._publish("deleted", dossier_id)
        return snapshot

    def restore(self, snapshot: DossierSnapshot) -> int:
        with self.db.session.begin() as s:
            s.add(Dossier(**snapshot.values))
            s.flush()
            for name, model in CHILDREN:
                for values in snapshot.rows.get(name, []):
                    s.add(model(**values))
            for name, table in (("meetings", dossier_meetings), ("contacts", dossier_contacts)):
                if snapshot.rows.get(name):
                    s.execute(insert(table), snapshot.rows[name])
            if snapshot.signal_ids:
                s.execute(update(Signal).where(Signal.id.in_(snapshot.signal_ids))
                          .values(dossier_id=snapshot.values["id"]))
        self._publish("created", snapshot.values["id"])
        return snapshot.values["id"]

    def detail(self, dossier_id: int) -> DossierDetail | None:
        with self.db.session() as s:
            return read_detail(s, SignalService(self.db), dossier_id)

    def timeline(self, dossier_id: int):
        detail = self.detail(dossier_id)
        if detail is None:
            raise ValidationError("Dit dossier bestaat niet (meer).", "dossier")
        return timeline(detail)
