"""Every list of the app to Excel, as shown (with the page's filters and order), at a privacy
level: persons, groups, places, contact moments, action points, signals and dossiers.

At *anoniem* a list becomes counts (by neighbourhood and category, by setting and strategy,
by status, theme or phase; 1 to 4 shown as "<5"); *gepseudonimiseerd* gives the rows with a
pseudonym per resident and without free text unless chosen; *volledig* gives them as shown.
Saved atomically, audit-logged (object_kind "list").

For the Dossiers page: `export_list(db, ListRequest(ListKind.DOSSIERS, options), path,
progress, cancelled)`; run it with ui.tasks.Task like the other pages do.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from db.database import Database
from db.services.action_points import ActionPointService
from db.services.audit import AuditAction, AuditService, file_sha256
from db.services.contacts import ContactFilter, ContactService, ContactSort
from db.services.dossiers import DossierService
from db.services.people import PageKey, PeopleService
from db.services.report_rows import ReportRowService, Who
from db.vocabulary import (
    ActionStatus, ActorKind, ContactSetting, DossierPhase, GroupKind, ParticipationLevel,
    Strategy,
)
from exports.agenda import ExportCancelled
from exports.privacy import ExportOptions, Privacy, Pseudonyms, shown
from exports.report import details
from exports.report.build import ExportResult
from exports.report.summary import NOTE, TITLE
from exports.streaming import Col, StreamSheet, discard, new_streaming_workbook
from exports.workbook import INTEGER_FORMAT, save_atomic

Progress = Callable[[int, int, str], None]
CHUNK = 2_000


class ListKind(StrEnum):
    PERSONS = "personen"
    GROUPS = "groepen"
    PLACES = "plekken"
    CONTACTS = "contactmomenten"
    ACTIONS = "actiepunten"
    SIGNALS = "signalen"
    DOSSIERS = "dossiers"

    @property
    def title(self) -> str:
        return {"personen": "Bewoners", "groepen": "Groepen en instellingen",
                "plekken": "Plekken", "contactmomenten": "Contactmomenten",
                "actiepunten": "Open actiepunten", "signalen": "Signalen",
                "dossiers": "Dossiers"}[self.value]


ACTOR_KINDS = {ListKind.PERSONS: ActorKind.PERSON, ListKind.GROUPS: ActorKind.GROUP,
               ListKind.PLACES: ActorKind.PLACE}


@dataclass(frozen=True)
class ListRequest:
    kind: ListKind
    options: ExportOptions = field(default_factory=ExportOptions)
    contact_filter: ContactFilter | None = None  # the Contactmomenten page's filter
    contact_sort: ContactSort | None = None


def export_list(db: Database, request: ListRequest, path: Path | str,
                progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> ExportResult:
    progress = progress or (lambda done, total, label: None)
    cancelled = cancelled or (lambda: False)

    def check() -> None:
        if cancelled():
            raise ExportCancelled()

    kind, options = request.kind, request.options
    names = Pseudonyms(options.privacy)
    workbook = new_streaming_workbook()
    progress(0, 100, f"{kind.title} lezen")
    try:
        if options.privacy is Privacy.ANONYMOUS:
            written = _counts(db, request, workbook)
        elif kind in ACTOR_KINDS:
            written = _actors(db, ACTOR_KINDS[kind], workbook, options, names, check)
        elif kind is ListKind.CONTACTS:
            f = request.contact_filter or ContactFilter()
            total = ContactService(db).count(f)
            rows = ReportRowService(db).contact_list(f, request.contact_sort,
                                                     with_sensitive=options.with_sensitive)
            written = details.contact_sheet(
                workbook, rows, options, names, total=total, check=check,
                progress=lambda d, t, label: progress(int(95 * d / max(t, 1)), 100, label))
        elif kind is ListKind.ACTIONS:
            written = _actions(db, workbook, options, names, check)
        elif kind is ListKind.SIGNALS:
            written = details.signals_sheet(workbook, ReportRowService(db).signals(),
                                            options, names)
        else:
            written = details.dossiers_sheet(workbook, DossierService(db).list(),
                                             ReportRowService(db).dossier_outcomes(), options)
        check()
        progress(96, 100, "Bestand opslaan")
        target = save_atomic(workbook, path)
    except BaseException:
        discard(workbook)
        raise
    digest = file_sha256(target)
    detail = f"Lijst {kind.value}; {options.describe()}"
    if kind is ListKind.CONTACTS and request.contact_filter is not None \
            and not request.contact_filter.is_empty:
        detail += f"; filters: {', '.join(request.contact_filter.active())}"
    AuditService(db).record(AuditAction.EXPORT, object_kind="list", detail=detail,
                            rows=written, file_hash=digest)
    progress(100, 100, "Klaar")
    return ExportResult(target, written, digest)


def _actors(db: Database, kind: ActorKind, workbook, options: ExportOptions,
            names: Pseudonyms, check) -> int:
    people = PeopleService(db)
    person = kind is ActorKind.PERSON
    full = options.privacy is Privacy.FULL
    columns = {ActorKind.PERSON: [Col("Naam", 30), Col("Buurt", 20),
                                  *([Col("Telefoon", 16)] if full else []),
                                  Col("Participatie", 14)],
               ActorKind.GROUP: [Col("Naam", 36), Col("Soort", 20), Col("Buurt", 20)],
               ActorKind.PLACE: [Col("Naam", 36), Col("Soort plek", 20), Col("Buurt", 20)]}
    title = {ActorKind.PERSON: "Bewoners", ActorKind.GROUP: "Groepen",
             ActorKind.PLACE: "Plekken"}[kind]

    def rows() -> Iterator[list]:
        after = None
        while True:
            page = people.page(kind, after, CHUNK)
            if not page:
                return
            for r in page:
                if person:
                    yield [names.name(Who(r.id, kind, r.name)), r.neighbourhood,
                           *([r.detail] if full else []), r.level.label if r.level else ""]
                else:
                    yield [r.name, r.detail, r.neighbourhood]
            after = PageKey(page[-1].name, page[-1].id)

    return details.table_sheet(workbook, title, columns[kind], rows(), check)


def _actions(db: Database, workbook, options: ExportOptions, names: Pseudonyms, check) -> int:
    service = ActionPointService(db)
    columns = [*([Col("Actiepunt", 50)] if options.text else []), Col("Wie", 24),
               Col("Vóór", 11.5), Col("Status", 10), Col("Bron", 30)]

    def rows() -> Iterator[list]:
        after = None
        while True:
            page = service.open_page(after, CHUNK)
            if not page:
                return
            for r in page:
                who = names.name(Who(r.owner_actor_id, ActorKind.PERSON, r.owner)) \
                    if r.owner_actor_id is not None else r.owner or "ikzelf"
                yield [*([r.description] if options.text else []), who, r.due_on,
                       r.status.label, r.source]
            after = page[-1]

    return details.table_sheet(workbook, "Actiepunten", columns, rows(), check)


def _counts(db: Database, request: ListRequest, workbook) -> int:
    """The anonymous form of a list: counts, small ones as "<5"."""
    kind, privacy = request.kind, Privacy.ANONYMOUS
    rows: list[tuple[str, str, int]] = []
    headers = ("Buurt", "Soort")
    if kind in ACTOR_KINDS:
        actor_kind = ACTOR_KINDS[kind]
        label = {ActorKind.PERSON: lambda c: ParticipationLevel(c).label if c else "(geen)",
                 ActorKind.GROUP: lambda c: GroupKind(c).label if c else "",
                 ActorKind.PLACE: lambda c: c or "(geen soort)"}[actor_kind]
        rows = [(hood, label(cat), n) for hood, cat, n in
                ReportRowService(db).actor_counts(actor_kind)]
        headers = ("Buurt", "Participatie" if actor_kind is ActorKind.PERSON else "Soort")
    elif kind is ListKind.CONTACTS:
        service, f = ContactService(db), request.contact_filter or ContactFilter()
        rows = [("Setting", s.label, service.count(dataclasses.replace(
                    f, settings=frozenset({s})))) for s in ContactSetting
                if not f.settings or s in f.settings]
        rows += [("Strategie", s.label, service.count(dataclasses.replace(f, strategy=s)))
                 for s in Strategy]
        headers = ("Naar", "Waarde")
    elif kind is ListKind.ACTIONS:
        total, late = ActionPointService(db).count_open()
        rows = [("Open", ActionStatus.OPEN.label, total), ("Open", "waarvan te laat", late)]
        headers = ("Status", "")
    elif kind is ListKind.SIGNALS:
        found: dict[str, int] = {}
        for signal in ReportRowService(db).signals():
            found[signal[1] or "(geen thema)"] = found.get(signal[1] or "(geen thema)", 0) + 1
        rows = [("Thema", theme, n) for theme, n in sorted(found.items())]
        headers = ("Naar", "Thema")
    else:
        dossiers = DossierService(db).list()
        rows = [("Fase", p.label, sum(1 for d in dossiers if d.phase is p))
                for p in DossierPhase]
        headers = ("Naar", "Fase")
    sheet = StreamSheet(workbook, f"{kind.title} (aantallen)", [
        Col(headers[0], 22), Col(headers[1], 26), Col("Aantal", 12, fmt=INTEGER_FORMAT)])
    sheet.append([f"{kind.title}: aantallen"], TITLE, height=26)
    sheet.append([Privacy.ANONYMOUS.explanation], NOTE)
    sheet.append([])
    sheet.header()
    for a, b, n in sorted(rows, key=lambda r: (r[0].lower(), r[1].lower())):
        sheet.append([a, b, shown(n, privacy)])
    sheet.as_table(f"{kind.title}_aantallen", first_row=4)
    return len(rows)
