"""Bewaartermijnen (AVG retention periods): how long each kind of record is kept, the review
list of records past their period, and the worker's choice per record: keep with a reason
(until a date), anonymise (db.services.anonymise) or delete.

Periods are settings in app_meta (`retention_months.<kind>`, 0 = no period), counted from:
- person: the last contact moment they took part in (`actors.last_contact_on`), or the
  day they were added when there never was one;
- contact moment: the day it happened;
- dossier: the day it was closed (open dossiers are never due).

Deleting really removes: rows (a person as by the right to erasure: everything only about
them), the search index (its triggers), and, after `db.services.purge`, the file's bytes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from db.database import Database
from db.events import Change
from db.last_contact import refresh_last_contact
from db.models import (
    Actor, AppMeta, ContactMoment, Dossier, RetentionDecision, contact_participants,
)
from db.services import validation
from db.services.anonymise import ANONYMISED, ANONYMISERS
from db.services.audit import AuditAction, AuditService, _current_worker_id
from db.services.erasure import ErasureService
from db.services.errors import ValidationError
from db.vocabulary import ActorKind, ContactSetting

KINDS = ("person", "contact_moment", "dossier")
DEFAULT_MONTHS = {"person": 24, "contact_moment": 24, "dossier": 60}
LABELS = {"person": ("Bewoners", "na het laatste contact"),
          "contact_moment": ("Contactmomenten", "na de datum van het contact"),
          "dossier": ("Dossiers", "na het afsluiten")}
NOUNS = {"person": ("bewoner", "bewoners"), "contact_moment": ("contactmoment", "contactmomenten"),
         "dossier": ("dossier", "dossiers")}
KEEP = "keep"
META_KEY = "retention_months."


@dataclass(frozen=True)
class RetentionPeriod:
    kind: str
    label: str  # Dutch: "Bewoners"
    counted_from: str  # Dutch: "na het laatste contact"
    months: int  # 0: kept without a period


@dataclass(frozen=True)
class DueRecord:
    kind: str
    record_id: int
    title: str
    reference: dt.date  # the day the period is counted from
    kept_until: dt.date | None  # an earlier "keep" that has run out


def months_before(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 - months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _decided(kind: str, id_column, today: dt.date):
    """SQL: a decision takes this record off the list (anonymised, or kept until later)."""
    d = RetentionDecision
    return exists().where(d.record_kind == kind, d.record_id == id_column,
                          or_(d.decision == ANONYMISED,
                              and_(d.decision == KEEP, d.keep_until >= today)))


def _kept_until(kind: str, id_column):
    d = RetentionDecision
    return (select(d.keep_until).where(
        d.record_kind == kind, d.record_id == id_column, d.decision == KEEP).scalar_subquery())


def _due_query(kind: str, cutoff: dt.date, today: dt.date):
    if kind == "person":
        reference = func.coalesce(Actor.last_contact_on, func.date(Actor.created_at))
        return (select(Actor.id, Actor.name, Actor.last_contact_on, Actor.created_at,
                       _kept_until(kind, Actor.id))
                .where(Actor.kind == ActorKind.PERSON,
                       or_(Actor.last_contact_on < cutoff,
                           and_(Actor.last_contact_on.is_(None),
                                Actor.created_at < dt.datetime.combine(cutoff, dt.time()))),
                       ~_decided(kind, Actor.id, today))
                .order_by(reference, Actor.id))
    if kind == "contact_moment":
        cm = ContactMoment
        return (select(cm.id, cm.setting, cm.occurred_on, cm.anonymous_count,
                       _kept_until(kind, cm.id))
                .where(cm.occurred_on < cutoff, ~_decided(kind, cm.id, today))
                .order_by(cm.occurred_on, cm.id))
    return (select(Dossier.id, Dossier.title, Dossier.closed_on, _kept_until(kind, Dossier.id))
            .where(Dossier.closed_on.is_not(None), Dossier.closed_on < cutoff,
                   ~_decided(kind, Dossier.id, today))
            .order_by(Dossier.closed_on, Dossier.id))


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError(f"Onbekende soort gegevens: {kind}.")


class StoragePeriodService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.audit = AuditService(db)

    # -- periods ---------------------------------------------------------------------------
    def periods(self) -> list[RetentionPeriod]:
        with self.db.session() as s:
            stored = {m.key[len(META_KEY):]: m.value for m in s.scalars(
                select(AppMeta).where(AppMeta.key.like(META_KEY + "%")))}
        result = []
        for kind in KINDS:
            value = stored.get(kind, "")
            months = int(value) if value.isdigit() else DEFAULT_MONTHS[kind]
            result.append(RetentionPeriod(kind, *LABELS[kind], months))
        return result

    def months(self, kind: str) -> int:
        return next(p.months for p in self.periods() if p.kind == kind)

    def set_period(self, kind: str, months: int | str) -> None:
        _check_kind(kind)
        try:
            months = int(months)
        except (TypeError, ValueError):
            raise ValidationError(f"Bewaartermijn '{months}' is geen aantal maanden.",
                                  kind) from None
        if not 0 <= months <= 1200:
            raise ValidationError("Een bewaartermijn ligt tussen 0 (geen termijn) en 1200 "
                                  "maanden.", kind)
        with self.db.session.begin() as s:
            s.merge(AppMeta(key=META_KEY + kind, value=str(months)))
        self.db.bus.publish(Change("settings", "updated"))

    # -- the review list -------------------------------------------------------------------
    def due(self, kind: str, today: dt.date | None = None, limit: int = 500) -> list[DueRecord]:
        """Records of `kind` past their period without a current decision, oldest first."""
        _check_kind(kind)
        today = today or dt.date.today()
        months = self.months(kind)
        if months == 0:
            return []
        query = _due_query(kind, months_before(today, months), today).limit(limit)
        with self.db.session() as s:
            rows = s.execute(query).all()
            if kind == "person":
                return [DueRecord(kind, i, name, last or made.date(), kept)
                        for i, name, last, made, kept in rows]
            if kind == "dossier":
                return [DueRecord(kind, i, title, closed, kept)
                        for i, title, closed, kept in rows]
            names = _participant_names(s, [row[0] for row in rows])
        result = []
        for i, setting, day, anonymous, kept in rows:
            who = names.get(i, [])
            if anonymous:
                who.append(f"{anonymous} zonder naam")
            title = ContactSetting(setting).label + (f" — {', '.join(who)}" if who else "")
            result.append(DueRecord(kind, i, title, day, kept))
        return result

    def count_due(self, kind: str, today: dt.date | None = None) -> int:
        _check_kind(kind)
        today = today or dt.date.today()
        months = self.months(kind)
        if months == 0:
            return 0
        query = _due_query(kind, months_before(today, months), today).order_by(None)
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(query.subquery()))

    # -- decisions -------------------------------------------------------------------------
    def keep(self, kind: str, ids: list[int], reason: str, until: dt.date | str) -> int:
        """Keep these records on purpose, with a reason, until `until` (then reviewed)."""
        _check_kind(kind)
        reason = validation.text(reason, "Reden", field="reason", max_length=500,
                                 required=True)
        until = validation.date(until, "Bewaren tot", field="keep_until")
        if until <= dt.date.today():
            raise ValidationError("Kies een datum in de toekomst om tot te bewaren.",
                                  "keep_until")
        with self.db.session.begin() as s:
            worker = _current_worker_id(s)
            for record_id in ids:
                s.merge(RetentionDecision(record_kind=kind, record_id=record_id, decision=KEEP,
                                          reason=reason, keep_until=until,
                                          decided_on=dt.date.today(), worker_id=worker))
        self.db.bus.publish(Change("retention", "updated", tuple(ids)))
        return len(ids)

    def anonymise(self, kind: str, ids: list[int]) -> int:
        _check_kind(kind)
        with self.db.session.begin() as s:
            worker = _current_worker_id(s)
            done = ANONYMISERS[kind](s, list(ids), worker)
            self._log(s, AuditAction.ANONYMISE, kind, ids, done, "geanonimiseerd")
        self._announce(kind, ids)
        return done

    def delete(self, kind: str, ids: list[int]) -> int:
        """Delete for good (persons: as an erasure). Run `purge_deleted_data` afterwards."""
        _check_kind(kind)
        if kind == "person":
            erasure = ErasureService(self.db)
            for person_id in ids:
                erasure.erase(person_id, action=AuditAction.DELETE,
                              reason="bewaartermijn verstreken")
            return len(ids)
        with self.db.session.begin() as s:
            done = 0
            for start in range(0, len(ids), 500):
                chunk = list(ids[start:start + 500])
                if kind == "contact_moment":
                    cp = contact_participants
                    actors = set(s.scalars(select(cp.c.actor_id)
                                           .where(cp.c.contact_moment_id.in_(chunk))))
                    done += s.execute(delete(ContactMoment)
                                      .where(ContactMoment.id.in_(chunk))).rowcount
                    refresh_last_contact(s, actors)
                else:
                    done += s.execute(delete(Dossier).where(Dossier.id.in_(chunk))).rowcount
                s.execute(delete(RetentionDecision).where(
                    RetentionDecision.record_kind == kind,
                    RetentionDecision.record_id.in_(chunk)))
            self._log(s, AuditAction.DELETE, kind, ids, done, "verwijderd")
        self._announce(kind, ids)
        return done

    def _log(self, s: Session, action: AuditAction, kind: str, ids: list[int], done: int,
             what: str) -> None:
        noun = NOUNS[kind][0 if done == 1 else 1]
        months = self.months(kind)
        detail = f"{done} {noun} {what} (bewaartermijn {months} maanden verstreken)"
        if len(ids) == 1:
            self.audit.record(action, object_kind=kind, object_id=ids[0], detail=detail,
                              rows=done, session=s)
        else:
            self.audit.record(action, object_kind=kind, detail=detail, rows=done, session=s)

    def _announce(self, kind: str, ids: list[int]) -> None:
        self.db.bus.publish(Change(kind, "updated", tuple(ids)))
        self.db.bus.publish(Change("retention", "updated", tuple(ids)))
        self.db.bus.publish(Change("audit", "created"))


def _participant_names(s: Session, ids: list[int]) -> dict[int, list[str]]:
    cp = contact_participants
    names: dict[int, list[str]] = {}
    for moment_id, name in s.execute(
            select(cp.c.contact_moment_id, Actor.name).join(Actor, Actor.id == cp.c.actor_id)
            .where(cp.c.contact_moment_id.in_(ids)).order_by(Actor.name)):
        names.setdefault(moment_id, []).append(name)
    return names
