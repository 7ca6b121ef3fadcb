"""Signalen: record what "doesn't add up", combine several into one collective signal, and
turn a signal into a dossier. Every write is one transaction and announces Change("signal")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, aliased

from db.database import Database
from db.events import Change
from db.models import (
    Actor, Dossier, DossierInvolvement, DossierPhaseStep, Neighbourhood, Signal, Theme,
)
from db.services import validation, versions
from db.services.actors import theme_rows
from db.services.errors import ValidationError
from db.vocabulary import ActorKind, DossierPhase, InvolvementRole

MAX_HOUSEHOLDS = 1_000_000
LIST_LIMIT = 2000
EDITABLE = ("observed_on", "description", "location", "neighbourhood_id", "source_actor_id",
            "anonymous_source", "theme", "households")


@dataclass(frozen=True)
class SignalRow:
    id: int
    observed_on: dt.date
    description: str
    location: str
    neighbourhood_id: int | None
    neighbourhood: str
    theme: str
    households: int
    source_actor_id: int | None
    source: str  # the name, "anoniem" or ""
    source_kind: ActorKind | None
    anonymous_source: bool
    combined_into_id: int | None
    dossier_id: int | None
    dossier: str
    members: int  # > 0: a collective signal made of this many signals
    version: int = 1  # pass to update(expected_version=...): see db.services.versions


@dataclass(frozen=True)
class SignalFilter:
    start: dt.date | None = None
    end: dt.date | None = None  # inclusive
    theme: str | None = None
    neighbourhood_id: int | None = None
    loose_only: bool = False  # not combined into another and not (yet) in a dossier
    dossier_id: int | None = None
    limit: int = LIST_LIMIT


@dataclass(frozen=True)
class SignalSnapshot:
    """Everything needed to put a deleted signal back with the same id."""

    values: dict[str, Any] = field(default_factory=dict)
    member_ids: tuple[int, ...] = ()


def first_line(text: str, width: int = 120) -> str:
    line = text.strip().splitlines()[0].strip() if text.strip() else ""
    return line if len(line) <= width else line[: width - 1] + "…"


class SignalService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading -------------------------------------------------------------------------------
    def _query(self):
        members = aliased(Signal)
        count = (select(func.count()).where(members.combined_into_id == Signal.id)
                 .correlate(Signal).scalar_subquery())
        return (select(Signal, Neighbourhood.name, Theme.name, Actor.name, Actor.kind,
                       Dossier.title, count)
                .outerjoin(Neighbourhood, Neighbourhood.id == Signal.neighbourhood_id)
                .outerjoin(Theme, Theme.id == Signal.theme_id)
                .outerjoin(Actor, Actor.id == Signal.source_actor_id)
                .outerjoin(Dossier, Dossier.id == Signal.dossier_id))

    @staticmethod
    def _row(r) -> SignalRow:
        sig, hood, theme, source, kind, dossier, members = r
        name = "anoniem" if sig.anonymous_source and not source else (source or "")
        return SignalRow(sig.id, sig.observed_on, sig.description, sig.location,
                         sig.neighbourhood_id, hood or "", theme or "", sig.households,
                         sig.source_actor_id, name, ActorKind(kind) if kind else None,
                         sig.anonymous_source, sig.combined_into_id, sig.dossier_id,
                         dossier or "", members, sig.version)

    def list(self, filters: SignalFilter | None = None) -> list[SignalRow]:
        """Signals, newest first, at most `filters.limit`."""
        f = filters or SignalFilter()
        query = self._query()
        if f.start is not None:
            query = query.where(Signal.observed_on >= f.start)
        if f.end is not None:
            query = query.where(Signal.observed_on <= f.end)
        if f.theme:
            query = query.where(func.lower(Theme.name) == f.theme.lower())
        if f.neighbourhood_id is not None:
            query = query.where(Signal.neighbourhood_id == f.neighbourhood_id)
        if f.loose_only:
            query = query.where(Signal.combined_into_id.is_(None), Signal.dossier_id.is_(None))
        if f.dossier_id is not None:
            inner = select(Signal.id).where(Signal.dossier_id == f.dossier_id)
            query = query.where(or_(Signal.dossier_id == f.dossier_id,
                                    Signal.combined_into_id.in_(inner)))
        query = query.order_by(Signal.observed_on.desc(), Signal.id.desc()).limit(f.limit)
        with self.db.session() as s:
            return [self._row(r) for r in s.execute(query)]

    def get(self, signal_id: int) -> SignalRow | None:
        with self.db.session() as s:
            r = s.execute(self._query().where(Signal.id == signal_id)).first()
            return self._row(r) if r else None

    def members(self, signal_id: int) -> list[SignalRow]:
        """The signals combined into a collective signal, oldest first."""
        with self.db.session() as s:
            return [self._row(r) for r in s.execute(self._query().where(
                Signal.combined_into_id == signal_id).order_by(Signal.observed_on, Signal.id))]

    def themes(self) -> list[str]:
        with self.db.session() as s:
            return list(s.scalars(select(Theme.name).order_by(Theme.name)))

    # -- writing -------------------------------------------------------------------------------
    def _clean(self, s: Session, values: dict[str, Any]) -> dict[str, Any]:
        """Validate the editable fields present in `values`; returns column values."""
        unknown = set(values) - set(EDITABLE)
        if unknown:
            raise ValidationError(f"Onbekend veld: {', '.join(sorted(unknown))}.")
        out: dict[str, Any] = {}
        if "observed_on" in values:
            day = validation.date(values["observed_on"], "Datum", field="observed_on")
            if day > dt.date.today() + dt.timedelta(days=1):
                raise ValidationError("De datum van een signaal ligt niet in de toekomst.",
                                      "observed_on")
            out["observed_on"] = day
        if "description" in values:
            out["description"] = validation.text(values["description"], "Wat je opmerkte",
                                                 field="description", max_length=5000,
                                                 required=True)
        if "location" in values:
            out["location"] = validation.text(values["location"], "Waar", field="location",
                                              max_length=300)
        if "neighbourhood_id" in values:
            hood = values["neighbourhood_id"]
            if hood is not None and s.get(Neighbourhood, hood) is None:
                raise ValidationError("Die buurt bestaat niet (meer).", "neighbourhood_id")
            out["neighbourhood_id"] = hood
        if "source_actor_id" in values:
            source = values["source_actor_id"]
            if source is not None:
                actor = s.get(Actor, source)
                if actor is None or actor.kind == ActorKind.PLACE:
                    raise ValidationError("De bron moet een bewoner of groep zijn die bestaat.",
                                          "source_actor_id")
            out["source_actor_id"] = source
        if "anonymous_source" in values:
            out["anonymous_source"] = bool(values["anonymous_source"])
        if "theme" in values:
            name = validation.text(values["theme"], "Thema", field="theme", max_length=100)
            out["theme_id"] = theme_rows(s, [name])[0].id if name else None
        if "households" in values:
            households = values["households"]
            if isinstance(households, bool) or not isinstance(households, int) \
                    or not 0 <= households <= MAX_HOUSEHOLDS:
                raise ValidationError("Aantal huishoudens: een heel getal van 0 of meer.",
                                      "households")
            out["households"] = households
        return out

    def record(self, *, observed_on: dt.date | str, description: str, location: str = "",
               neighbourhood_id: int | None = None, source_actor_id: int | None = None,
               anonymous_source: bool = False, theme: str = "", households: int = 0,
               worker_id: int | None = None, signal_id: int | None = None) -> int:
        """A new signal; `signal_id` gives an undone signal its old id back."""
        with self.db.session.begin() as s:
            values = self._clean(s, {
                "observed_on": observed_on, "description": description, "location": location,
                "neighbourhood_id": neighbourhood_id, "source_actor_id": source_actor_id,
                "anonymous_source": anonymous_source, "theme": theme,
                "households": households})
            signal = Signal(id=signal_id, worker_id=worker_id, **values)
            s.add(signal)
            s.flush()
            new_id = signal.id
        self.db.bus.publish(Change("signal", "created", (new_id,)))
        return new_id

    def update(self, signal_id: int, changes: dict[str, Any], *,
               expected_version: int | None = None) -> versions.Edited:
        """Change fields (names in EDITABLE); returns the old values, for undo, with the
        version the edit left. With `expected_version`: ConflictError when someone else
        changed the signal since it was read."""
        with versions.guarded(self.db.bus, "signal", signal_id), \
                self.db.session.begin() as s:
            signal = self._signal(s, signal_id)
            versions.check(signal.version, expected_version, "signal", signal_id)
            values = self._clean(s, changes)
            old: dict[str, Any] = {}
            for name in changes:
                if name == "theme":
                    theme = s.get(Theme, signal.theme_id) if signal.theme_id else None
                    old["theme"] = theme.name if theme else ""
                else:
                    old[name] = getattr(signal, name)
            for column, value in values.items():
                setattr(signal, column, value)
            version = versions.after_flush(s, signal)
        self.db.bus.publish(Change("signal", "updated", (signal_id,)))
        return versions.edited(old, version)

    def delete(self, signal_id: int) -> SignalSnapshot:
        """Remove a signal; the signals combined into it become loose again. Returns what
        `restore` needs to put it back."""
        with self.db.session.begin() as s:
            signal = self._signal(s, signal_id)
            snapshot = SignalSnapshot(
                {c.key: getattr(signal, c.key) for c in Signal.__mapper__.column_attrs},
                tuple(s.scalars(select(Signal.id).where(Signal.combined_into_id == signal_id))))
            s.execute(update(Signal).where(Signal.combined_into_id == signal_id)
                      .values(combined_into_id=None))
            s.delete(signal)
        self.db.bus.publish(Change("signal", "deleted", (signal_id,)))
        return snapshot

    def restore(self, snapshot: SignalSnapshot) -> int:
        with self.db.session.begin() as s:
            values = dict(snapshot.values)
            if values.get("dossier_id") and s.get(Dossier, values["dossier_id"]) is None:
                values["dossier_id"] = None
            s.add(Signal(**values))
            s.flush()
            if snapshot.member_ids:
                s.execute(update(Signal).where(Signal.id.in_(snapshot.member_ids))
                          .values(combined_into_id=values["id"]))
        self.db.bus.publish(Change("signal", "created", (values["id"],)))
        return values["id"]

    def combine(self, signal_ids: list[int], description: str = "", *,
                worker_id: int | None = None, signal_id: int | None = None) -> int:
        """One collective signal for several signals: its households are their sum, its date
        the newest of theirs, its theme and neighbourhood theirs when they share one."""
        ids = list(dict.fromkeys(signal_ids))
        if len(ids) < 2:
            raise ValidationError("Kies minstens twee signalen om te combineren.", "signals")
        with self.db.session.begin() as s:
            signals = [self._signal(s, i) for i in ids]
            for sig in signals:
                if sig.combined_into_id is not None:
                    raise ValidationError(
                        f"'{first_line(sig.description, 60)}' is al gecombineerd met andere "
                        "signalen.", "signals")
                if sig.dossier_id is not None:
                    raise ValidationError(
                        f"'{first_line(sig.description, 60)}' hoort al bij een dossier.",
                        "signals")
            text = description.strip() or "Gebundeld: " + first_line(
                signals[0].description, 200)
            themes = {sig.theme_id for sig in signals if sig.theme_id}
            hoods = {sig.neighbourhood_id for sig in signals if sig.neighbourhood_id}
            collective = Signal(
                id=signal_id, observed_on=max(sig.observed_on for sig in signals),
                description=validation.text(text, "Omschrijving", field="description",
                                            max_length=5000, required=True),
                location=signals[0].location if len({x.location for x in signals}) == 1 else "",
                neighbourhood_id=hoods.pop() if len(hoods) == 1 else None,
                theme_id=themes.pop() if len(themes) == 1 else None,
                households=sum(sig.households for sig in signals), worker_id=worker_id)
            s.add(collective)
            s.flush()
            for sig in signals:
                sig.combined_into_id = collective.id
            new_id = collective.id
        self.db.bus.publish(Change("signal", "created", (new_id, *ids)))
        return new_id

    def split(self, collective_id: int) -> SignalSnapshot:
        """Undo a combination: the signals become loose again and the collective one goes."""
        return self.delete(collective_id)

    def to_dossier(self, signal_id: int, title: str = "", *, worker_id: int | None = None,
                   dossier_id: int | None = None) -> int:
        """A new dossier in phase "signaleren" from a signal: title, theme, neighbourhood and
        problem from the signal; the phase is reached on the signal's (earliest) date; a
        named source becomes involved as "getroffen". Returns the dossier's id."""
        with self.db.session.begin() as s:
            signal = self._signal(s, signal_id)
            if signal.dossier_id is not None:
                raise ValidationError("Dit signaal hoort al bij een dossier.", "signal")
            if signal.combined_into_id is not None:
                raise ValidationError("Dit signaal is gecombineerd: maak het dossier van het "
                                      "gebundelde signaal.", "signal")
            name = validation.text(title or first_line(signal.description, 300), "Titel",
                                   field="title", max_length=300, required=True)
            earliest = s.scalar(select(func.min(Signal.observed_on)).where(
                Signal.combined_into_id == signal_id))
            reached = min(d for d in (signal.observed_on, earliest) if d is not None)
            dossier = Dossier(id=dossier_id, title=name, theme_id=signal.theme_id,
                              neighbourhood_id=signal.neighbourhood_id,
                              problem=signal.description, phase=DossierPhase.SIGNALLING,
                              worker_id=worker_id)
            s.add(dossier)
            s.flush()
            s.add(DossierPhaseStep(dossier_id=dossier.id, phase=DossierPhase.SIGNALLING,
                                   reached_on=reached))
            if signal.source_actor_id is not None and not signal.anonymous_source:
                s.add(DossierInvolvement(dossier_id=dossier.id, actor_id=signal.source_actor_id,
                                         role=InvolvementRole.AFFECTED))
            signal.dossier_id = dossier.id
            new_id = dossier.id
        self.db.bus.publish(Change("dossier", "created", (new_id,)))
        self.db.bus.publish(Change("signal", "updated", (signal_id,)))
        return new_id

    @staticmethod
    def _signal(s: Session, signal_id: int) -> Signal:
        signal = s.get(Signal, signal_id)
        if signal is None:
            raise ValidationError("Dit signaal bestaat niet (meer).", "signal")
        return signal


__all__ = ["SignalFilter", "SignalRow", "SignalService", "SignalSnapshot"]
