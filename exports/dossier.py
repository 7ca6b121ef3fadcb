"""A dossier as an Excel workbook for the residents' group or the municipality: sheets
Samenvatting, Tijdlijn, Mensen en doelen and Signalen, written with the safe writer.

Without names (`without_names=True`) every resident is replaced by "bewoner 1", "bewoner 2"
(numbered in order of appearance; their role stays); groups and institutions keep their
names. In free text (problem, actions, signals) the names of the residents of the dossier
(also a first or last name alone) and any resident's full name are replaced too, and the
notes of linked contact moments are left out. The export is recorded in the audit log with
the file's hash. No Qt: the command line (`buurtboek dossier ID [--zonder-namen] -o
FILE.xlsx`) and the window share it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from db.database import Database
from db.models import Actor, contact_participants, dossier_contacts
from db.services.audit import AuditAction, AuditService, file_sha256
from db.services.dossier_read import DossierDetail, signals_in_order, timeline
from db.services.dossiers import DossierService
from db.services.errors import ValidationError
from db.vocabulary import ActorKind
from exports.workbook import (
    add_sheet, fit_row, freeze_below, header_row, new_workbook, print_setup, put, save_atomic,
    set_widths, write_row,
)

Progress = Callable[[int, int, str], None]
ANONYMOUS = "anoniem"


class ExportCancelled(Exception):
    """The user pressed Cancel; nothing was written."""


_WORD = re.compile(r"\w+(?:['’-]\w+)*")


class Names:
    """Who is shown how: residents as "bewoner N" when names are left out."""

    def __init__(self, without_names: bool, residents: dict[int, str],
                 everyone: dict[str, int] | None = None) -> None:
        self.without_names = without_names
        self.numbers: dict[int | str, int] = {}
        self.residents = residents  # actor id -> name, for scrubbing free text
        self.everyone = everyone or {}  # every resident's full name (lower case) -> actor id
        self._pattern: re.Pattern[str] | None = None

    def actor(self, actor_id: int | None, name: str, kind: ActorKind | None) -> str:
        if not self.without_names or kind != ActorKind.PERSON or actor_id is None:
            return name
        number = self.numbers.setdefault(actor_id, len(self.numbers) + 1)
        return f"bewoner {number}"

    def _full_names(self, value: str) -> str:
        """Any resident's full name (two to five words) in `value`, whoever it is."""
        words = list(_WORD.finditer(value))
        out, last, i = [], 0, 0
        while i < len(words):
            for n in range(min(5, len(words) - i), 1, -1):
                start, end = words[i].start(), words[i + n - 1].end()
                actor_id = self.everyone.get(" ".join(value[start:end].split()).lower())
                if actor_id is not None:
                    out += [value[last:start], self.actor(actor_id, "", ActorKind.PERSON)]
                    last, i = end, i + n
                    break
            else:
                i += 1
        return "".join(out) + value[last:]

    def text(self, value: str) -> str:
        """Free text with every known resident's name (and each part of it of three letters
        or more) replaced by their pseudonym."""
        if not self.without_names or not value:
            return value
        if self.everyone:
            value = self._full_names(value)
        if not self.residents:
            return value
        if self._pattern is None:
            parts: dict[str, int] = {}
            for actor_id, name in self.residents.items():
                parts.setdefault(name, actor_id)
                for word in name.split():
                    if len(word) >= 3 and word[0].isupper():
                        parts.setdefault(word, actor_id)
            self._lookup = parts
            ordered = sorted(parts, key=len, reverse=True)  # the full name before its parts
            self._pattern = re.compile(
                r"(?<!\w)(" + "|".join(re.escape(p) for p in ordered) + r")(?!\w)")
        return self._pattern.sub(
            lambda m: self.actor(self._lookup[m.group(1)], m.group(1), ActorKind.PERSON), value)


def _everyone(db: Database) -> dict[str, int]:
    """Full names of every resident (two words or more), to find them in free text."""
    with db.session() as s:
        return {" ".join(name.split()).lower(): actor_id for actor_id, name in s.execute(
            select(Actor.id, Actor.name).where(Actor.kind == ActorKind.PERSON))
            if len(name.split()) > 1}


def _residents(db: Database, detail: DossierDetail) -> dict[int, str]:
    """Every resident this dossier mentions: involved, sources, targets, contact moments."""
    ids = {i.actor_id for i in detail.involvements if i.kind == ActorKind.PERSON}
    ids |= {s.source_actor_id for s in detail.signals
            if s.source_actor_id and s.source_kind == ActorKind.PERSON}
    ids |= {t.actor_id for t in detail.targets if t.actor_id and t.kind == ActorKind.PERSON}
    with db.session() as s:
        ids |= set(s.scalars(
            select(contact_participants.c.actor_id)
            .join(dossier_contacts, dossier_contacts.c.contact_moment_id
                  == contact_participants.c.contact_moment_id)
            .where(dossier_contacts.c.dossier_id == detail.id)))
        rows = s.execute(select(Actor.id, Actor.name).where(
            Actor.id.in_(ids), Actor.kind == ActorKind.PERSON)).all() if ids else []
    return dict(rows)


def _title(ws, text: str, subtitle: str) -> int:
    put(ws, 1, 1, text, bold=True, size=14)
    put(ws, 2, 1, subtitle, italic=True)
    return 4


def summary_sheet(wb: Workbook, d: DossierDetail, names: Names) -> None:
    ws = add_sheet(wb, "Samenvatting")
    set_widths(ws, (26, 80))
    row = _title(ws, f"Dossier: {names.text(d.title)}",
                 "Zonder namen van bewoners" if names.without_names else "Met namen")
    facts = [("Fase", d.phase.label), ("Thema", d.theme), ("Buurt", d.neighbourhood),
             ("Begonnen", d.phase_steps[0].reached_on if d.phase_steps else d.created_on),
             ("Afgesloten", d.closed_on), ("Getroffen huishoudens", d.households),
             ("Betrokkenen", len(d.involvements)), ("Doelen (wie beslist)", len(d.targets)),
             ("Acties", len(d.actions)), ("Bijlagen", len(d.attachments))]
    for label, value in facts:
        put(ws, row, 1, label, bold=True)
        put(ws, row, 2, value, align="left")
        row += 1
    row += 1
    for label, value in (("Probleem (in woorden van bewoners)", d.problem),
                         ("Wat bewoners willen", d.desired), ("Resultaat", d.outcome),
                         ("Lessen", d.lessons)):
        text = names.text(value)
        put(ws, row, 1, label, bold=True)
        put(ws, row, 2, text, wrap=True)
        fit_row(ws, row, [(text, 80)])
        row += 1
    row += 1
    header_row(ws, row, ("Fase", "Bereikt op"))
    for step in d.phase_steps:
        row += 1
        write_row(ws, row, (step.phase.label, step.reached_on))
    print_setup(ws)


def timeline_sheet(wb: Workbook, d: DossierDetail, names: Names) -> int:
    ws = add_sheet(wb, "Tijdlijn")
    set_widths(ws, (12, 22, 60, 40))
    header_row(ws, 1, ("Datum", "Wat", "Omschrijving", "Resultaat"))
    freeze_below(ws, 1)
    entries = timeline(d)
    settings = {c.id: c.setting for c in d.contacts}
    for row, entry in enumerate(entries, 2):
        if names.without_names and entry.source == "contact":
            text = settings[entry.record_id]  # a note about residents stays out
        else:
            text = names.text(entry.text)
        result = names.text(entry.result)
        write_row(ws, row, (entry.day, entry.what, text, result), wrap=True)
        fit_row(ws, row, [(text, 60), (result, 40)])
    print_setup(ws, landscape=True, title_rows="1:1")
    return len(entries)


def people_sheet(wb: Workbook, d: DossierDetail, names: Names) -> None:
    ws = add_sheet(wb, "Mensen en doelen")
    set_widths(ws, (34, 22, 16, 12))
    put(ws, 1, 1, "Betrokken bewoners en groepen", bold=True, size=12)
    header_row(ws, 2, ("Wie", "Soort", "Rol", ""))
    row = 2
    for person in d.involvements:
        row += 1
        write_row(ws, row, (names.actor(person.actor_id, person.name, person.kind),
                            person.kind.label, person.role.label))
    row += 2
    put(ws, row, 1, "Doelen: wie beslist", bold=True, size=12)
    row += 1
    header_row(ws, row, ("Wie", "Soort", "Houding", "Invloed (1-5)"))
    for target in d.targets:
        row += 1
        write_row(ws, row, (names.actor(target.actor_id, target.name, target.kind),
                            target.kind.label if target.kind else "", target.stance.label,
                            target.influence))
    print_setup(ws)


def signals_sheet(wb: Workbook, d: DossierDetail, names: Names) -> int:
    ws = add_sheet(wb, "Signalen")
    set_widths(ws, (12, 60, 22, 14, 24))
    header_row(ws, 1, ("Datum", "Signaal", "Waar", "Huishoudens", "Bron"))
    freeze_below(ws, 1)
    for row, sig in enumerate(signals_in_order(d), 2):
        source = ANONYMOUS if sig.anonymous_source else names.actor(
            sig.source_actor_id, sig.source, sig.source_kind)
        text = names.text(sig.description)
        if sig.combined_into_id is not None:
            text = "  ↳ " + text  # part of the collective signal above it
        where = ", ".join(p for p in (names.text(sig.location), sig.neighbourhood) if p)
        write_row(ws, row, (sig.observed_on, text, where, sig.households, source), wrap=True)
        fit_row(ws, row, [(text, 60)])
    print_setup(ws, landscape=True, title_rows="1:1")
    return len(d.signals)


def build_workbook(db: Database, d: DossierDetail, without_names: bool) -> tuple[Workbook, int]:
    names = (Names(True, _residents(db, d), _everyone(db)) if without_names
             else Names(False, {}))
    for person in d.involvements:  # "bewoner 1" is the first trekker, and so on
        names.actor(person.actor_id, person.name, person.kind)
    wb = new_workbook()
    summary_sheet(wb, d, names)
    rows = timeline_sheet(wb, d, names)
    people_sheet(wb, d, names)
    rows += signals_sheet(wb, d, names)
    return wb, rows + len(d.involvements) + len(d.targets)


def export_dossier(db: Database, dossier_id: int, path: Path | str, *,
                   without_names: bool = False, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the dossier to `path` (.xlsx) and record the export in the audit log; the work
    function for ui.tasks.Task and the command line. ValidationError for an unknown dossier."""
    progress = progress or (lambda done, total, label: None)
    cancelled = cancelled or (lambda: False)
    progress(0, 3, "Dossier lezen")
    detail = DossierService(db).detail(dossier_id)
    if detail is None:
        raise ValidationError(f"Dossier {dossier_id} bestaat niet (meer).", "dossier")
    if cancelled():
        raise ExportCancelled()
    progress(1, 3, "Werkmap opbouwen")
    workbook, rows = build_workbook(db, detail, without_names)
    if cancelled():
        raise ExportCancelled()
    progress(2, 3, "Bestand schrijven")
    written = save_atomic(workbook, path)
    AuditService(db).record(
        AuditAction.EXPORT, object_kind="dossier", object_id=dossier_id, rows=rows,
        detail="Dossier naar Excel" + (" (zonder namen)" if without_names else " (met namen)"),
        file_hash=file_sha256(written))
    progress(3, 3, "Klaar")
    return written
