"""Importing an existing contact list as persons: check every row, find who is already there,
then write all of it in one transaction, or nothing.

The rows come in as plain cells (text or dates; exports.import_files reads the file), with
a mapping column -> field (`import_values.guess_mapping` proposes one from the headers).
`check` validates each row with the same rules as a person typed in (db.services.validation)
and finds duplicates: the same e-mail address, or the same name and postcode, as a person
already in Buurtboek or an earlier row of the file. `run` writes the checked rows:
refused rows stop the whole import unless the caller chose `valid_only`; duplicates are
skipped and reported. Multi-row INSERTs inside one transaction, the search index
brought up to date in that same transaction (db.services.import_writer); the import is
logged in the audit log in it too. `undo` deletes exactly the persons an import added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from db.database import Database
from db.events import Change
from db.models import Actor, AppMeta, Neighbourhood, Person, utcnow
from db.services.audit import CURRENT_WORKER_KEY, AuditAction, AuditService
from db.services.duplicates import normalise
from db.services.errors import ValidationError
from db.services.import_writer import insert_people
from db.services.import_rows import PersonValues, RowPlan, person_from_row
from db.vocabulary import ActorKind

Progress = Callable[[int, int, str], None]
Cell = str | dt.date


class ImportCancelled(Exception):
    """Cancel was pressed; the transaction was rolled back and nothing was imported."""


@dataclass(frozen=True)
class RefusedRow:
    row: int
    reasons: tuple[str, ...]

    @property
    def text(self) -> str:
        return f"rij {self.row}: " + " ".join(self.reasons)


@dataclass(frozen=True)
class DuplicateRow:
    row: int
    name: str
    reason: str  # "staat al in Buurtboek als Jan Jansen (zelfde e-mailadres)"

    @property
    def text(self) -> str:
        return f"rij {self.row}: {self.name} {self.reason}"


@dataclass(frozen=True)
class ImportCheck:
    source: str
    total: int
    people: tuple[PersonValues, ...]  # valid and new: what an import writes
    refused: tuple[RefusedRow, ...]
    duplicates: tuple[DuplicateRow, ...]
    new_neighbourhoods: tuple[str, ...]

    @property
    def can_import_all(self) -> bool:
        return not self.refused

    def report(self) -> list[str]:
        """The per-row report, Dutch: refused rows with their reasons, then duplicates."""
        lines = [f"Geweigerd — {r.text}" for r in self.refused]
        return lines + [f"Overgeslagen (dubbel) — {d.text}" for d in self.duplicates]


@dataclass(frozen=True)
class ImportResult:
    ids: tuple[int, ...]
    neighbourhood_ids: tuple[int, ...]
    refused: int
    duplicates: int

    @property
    def imported(self) -> int:
        return len(self.ids)


def _name_key(name: str) -> str:
    """duplicates.normalise, without its Unicode work for the plain-ASCII names most are."""
    if name.isascii() and name.replace(" ", "").isalnum():
        return " ".join(name.lower().split())
    return normalise(name)


def _rows(conn, ids: tuple[int, ...], people: Sequence[PersonValues],
          hood_ids: dict[str, int], worker_id: int | None
          ) -> tuple[list[str], list[tuple], list[str], list[tuple]]:
    """The actors and persons rows in storage form (the columns' own conversion applied once
    to the values every row shares)."""
    table = Actor.__table__
    stored = {}
    for column, value in (("kind", ActorKind.PERSON), ("created_at", utcnow()),
                          ("note_sensitive", False)):
        convert = table.c[column].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        stored[column] = convert(value) if convert else value
    kind, now, sensitive = stored["kind"], stored["created_at"], stored["note_sensitive"]
    actor_columns = ["id", "kind", "name", "neighbourhood_id", "note", "note_sensitive",
                     "created_at", "updated_at", "worker_id"]
    actors = [(i, kind, p.name, hood_ids.get(p.neighbourhood.lower()) if p.neighbourhood
               else None, p.note, sensitive, now, now, worker_id)
              for i, p in zip(ids, people, strict=True)]
    person_columns = ["id", "first_name", "infix", "last_name", "phone", "email", "street",
                      "house_number", "postcode", "city", "birth_year"]
    persons = [(i, p.first_name, p.infix, p.last_name, p.phone, p.email, p.street,
                p.house_number, p.postcode, p.city, p.birth_year)
               for i, p in zip(ids, people, strict=True)]
    return actor_columns, actors, person_columns, persons


class PersonImportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- check -------------------------------------------------------------------------------
    def check(self, header: Sequence[str], rows: Sequence[Sequence[Cell]],
              row_numbers: Sequence[int], mapping: Mapping[int, str], *, source: str = "",
              progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> ImportCheck:
        """Validate every row and find duplicates; writes nothing. Raises ValidationError when
        the mapping names no name column."""
        plan = RowPlan.of(header, mapping)
        emails, names, known_hoods = self._existing()
        people, refused, duplicates = [], [], []
        new_hoods: dict[str, str] = {}
        seen_emails: dict[str, int] = {}
        seen_names: dict[tuple[str, str], int] = {}
        today = dt.date.today()
        total = len(rows)
        for position, (cells, number) in enumerate(zip(rows, row_numbers, strict=True)):
            if position % 10_000 == 0:
                if progress is not None:
                    progress(position, total, "Rijen controleren")
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
            person, reasons = person_from_row(cells, number, plan, today)
            if person is None:
                refused.append(RefusedRow(number, tuple(reasons)))
                continue
            mail = person.email.lower()
            code = person.postcode.replace(" ", "")
            key = (_name_key(person.name), code) if code else None
            duplicate = None
            if mail and mail in emails:
                duplicate = f"staat al in Buurtboek als {emails[mail]} (zelfde e-mailadres)"
            elif key and key in names:
                duplicate = f"staat al in Buurtboek als {names[key]} (zelfde naam en postcode)"
            elif mail and mail in seen_emails:
                duplicate = f"staat al in rij {seen_emails[mail]} (zelfde e-mailadres)"
            elif key and key in seen_names:
                duplicate = f"staat al in rij {seen_names[key]} (zelfde naam en postcode)"
            if duplicate:
                duplicates.append(DuplicateRow(number, person.name, duplicate))
                continue
            if mail:
                seen_emails[mail] = number
            if key:
                seen_names[key] = number
            hood = person.neighbourhood
            if hood and hood.lower() not in known_hoods:
                new_hoods.setdefault(hood.lower(), hood)
            people.append(person)
        if progress is not None:
            progress(total, total, "Rijen controleren")
        return ImportCheck(source, total, tuple(people), tuple(refused), tuple(duplicates),
                           tuple(sorted(new_hoods.values())))

    def _existing(self) -> tuple[dict[str, str], dict[tuple[str, str], str], set[str]]:
        """E-mail -> name and (name, postcode) -> name of every person, and the known
        neighbourhoods (lower case)."""
        a, p = Actor.__table__, Person.__table__
        emails: dict[str, str] = {}
        names: dict[tuple[str, str], str] = {}
        with self.db.session() as s:
            for name, email, code in s.execute(
                    select(a.c.name, p.c.email, p.c.postcode).join(p, p.c.id == a.c.id)):
                if email:
                    emails.setdefault(email.strip().lower(), name)
                if code:
                    names.setdefault((_name_key(name), code.replace(" ", "").upper()), name)
            hoods = {n.lower() for n in s.scalars(select(Neighbourhood.name))}
        return emails, names, hoods

    # -- write -------------------------------------------------------------------------------
    def run(self, check: ImportCheck, *, valid_only: bool = False, file_hash: str = "",
            first_id: int | None = None, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> ImportResult:
        """Write the checked persons in one transaction. Refused rows make it refuse the whole
        import (ValidationError) unless `valid_only`. `first_id` gives a redo the ids back."""
        if check.refused and not valid_only:
            raise ValidationError(
                f"{len(check.refused)} van de {check.total} rijen zijn geweigerd; er is niets "
                "geïmporteerd. Verbeter het bestand, of kies 'alleen de geldige rijen'.",
                "rows")
        if not check.people:
            return ImportResult((), (), len(check.refused), len(check.duplicates))
        report = progress or (lambda done, total, label: None)
        with self.db.session.begin() as s:
            conn = s.connection()
            worker = s.get(AppMeta, CURRENT_WORKER_KEY)
            worker_id = int(worker.value) if worker and worker.value.isdigit() else None
            hood_ids, created = self._neighbourhoods(s, check)
            start = (s.scalar(select(func.max(Actor.id))) or 0) + 1
            if first_id is not None and not s.scalar(
                    select(func.count()).select_from(Actor).where(
                        Actor.id.between(first_id, first_id + len(check.people) - 1))):
                start = first_id  # a redo: the same ids, so later commands keep pointing right
            ids = tuple(range(start, start + len(check.people)))
            actor_columns, actors, person_columns, persons = _rows(
                conn, ids, check.people, hood_ids, worker_id)
            insert_people(conn, Actor.__table__, actor_columns, actors, Person.__table__,
                          person_columns, persons, first_id=ids[0], last_id=ids[-1],
                          progress=report, cancelled=cancelled or (lambda: False),
                          error=ImportCancelled)
            AuditService(self.db).record(
                AuditAction.IMPORT, object_kind="person", session=s, rows=len(ids),
                file_hash=file_hash,
                detail=f"{check.source}: {len(ids)} geïmporteerd, {len(check.refused)} "
                       f"geweigerd, {len(check.duplicates)} dubbel overgeslagen")
        if created:
            self.db.bus.publish(Change("neighbourhood", "created", created))
        self.db.bus.publish(Change("person", "created", ids))
        self.db.bus.publish(Change("audit", "created", ()))
        return ImportResult(ids, created, len(check.refused), len(check.duplicates))

    @staticmethod
    def _neighbourhoods(s, check: ImportCheck) -> tuple[dict[str, int], tuple[int, ...]]:
        ids = {name.lower(): i for i, name in s.execute(
            select(Neighbourhood.id, Neighbourhood.name))}
        created = []
        for name in check.new_neighbourhoods:
            if name.lower() not in ids:
                hood = Neighbourhood(name=name)
                s.add(hood)
                s.flush()
                ids[name.lower()] = hood.id
                created.append(hood.id)
        return ids, tuple(created)

    def undo(self, result: ImportResult) -> None:
        """Take an import back: delete exactly the persons it added (and the neighbourhoods it
        made, when nobody else lives there now). Logged in the audit log."""
        if not result.ids:
            return
        with self.db.session.begin() as s:
            for start in range(0, len(result.ids), 20_000):
                chunk = result.ids[start:start + 20_000]
                # persons rows go with their actors (ON DELETE CASCADE), index rows by trigger
                s.execute(delete(Actor.__table__).where(Actor.__table__.c.id.in_(chunk)))
            used = set(s.scalars(select(Actor.neighbourhood_id).where(
                Actor.neighbourhood_id.in_(result.neighbourhood_ids)).distinct()))
            unused = [i for i in result.neighbourhood_ids if i not in used]
            if unused:
                s.execute(delete(Neighbourhood).where(Neighbourhood.id.in_(unused)))
            AuditService(self.db).record(
                AuditAction.DELETE, object_kind="person", session=s, rows=len(result.ids),
                detail=f"Import ongedaan gemaakt: {len(result.ids)} personen verwijderd")
        self.db.bus.publish(Change("person", "deleted", result.ids))
        self.db.bus.publish(Change("audit", "created", ()))
