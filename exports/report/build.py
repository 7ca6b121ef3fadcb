"""Build the period report: figures from db.services.period_report, rows streamed from
db.services.report_rows, sheets from this package; saved atomically and audit-logged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from db.database import Database
from db.services.audit import AuditAction, AuditService, file_sha256
from db.services.dossiers import DossierService
from db.services.period_report import PeriodFigures, PeriodReportService, ReportScope
from db.services.periods import Period
from db.services.report_network import ReportNetworkService
from db.services.report_rows import ReportRowService
from exports.agenda import ExportCancelled
from exports.privacy import ExportOptions, Privacy, Pseudonyms, shown
from exports.report import details, extras
from exports.report.machine import (
    VERSION, MachineIndicator, MachineReport, MachineStory, write_machine_sheet,
)
from exports.report.summary import (
    SummaryRow, month_label, period_text, write_cover, write_summary,
)
from exports.streaming import discard, new_streaming_workbook
from exports.workbook import save_atomic

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ReportRequest:
    period: Period
    neighbourhood_ids: tuple[int, ...] = ()
    options: ExportOptions = field(default_factory=ExportOptions)
    with_network: bool = True


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # data rows written (contact moments and other detail rows; indicators)
    file_hash: str


def _summary_rows(figures: PeriodFigures, privacy: Privacy) -> list[SummaryRow]:
    return [SummaryRow(r.group, r.label, tuple(shown(v, privacy) for v in
                                              (*r.per_month, r.total)), r.key)
            for r in figures.rows]


def export_period_report(db: Database, request: ReportRequest, path: Path | str,
                         progress: Progress | None = None,
                         cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the period report to `path` (nothing there until it is complete)."""
    progress = progress or (lambda done, total, label: None)
    cancelled = cancelled or (lambda: False)

    def check() -> None:
        if cancelled():
            raise ExportCancelled()

    options, period = request.options, request.period
    progress(0, 100, "Cijfers tellen")
    figures = PeriodReportService(db).figures(ReportScope(period, request.neighbourhood_ids))
    check()
    names = Pseudonyms(options.privacy)
    rows_service = ReportRowService(db)
    workbook = new_streaming_workbook()
    try:
        made_at = dt.datetime.now().replace(microsecond=0)
        worker = figures.worker
        hoods = ", ".join(figures.neighbourhoods) or "alle wijken"
        contents = [("Samenvatting", "indicatoren per maand en in totaal, met grafieken"),
                    ("Participatieladder", "stappen van niveau naar niveau"),
                    ("Netwerk", "relaties, delen, bruggen"),
                    ("Verhalen", "de verhalen die voor de verantwoording zijn gekozen")]
        if options.rows:
            contents += [("Contactmomenten", "elk contactmoment in de periode"),
                         ("Nieuwe relaties, Participatiestappen, Bijeenkomsten, Signalen, "
                          "Dossiers", "de rijen achter de cijfers")]
        notes = [options.privacy.explanation,
                 "Vrije tekst (notities, omschrijvingen): "
                 + ("opgenomen." if options.text else "niet opgenomen."),
                 "Gevoelige notities en verhalen: "
                 + ("opgenomen, op verzoek." if options.with_sensitive else "niet opgenomen.")]
        write_cover(workbook, "Verantwoording opbouwwerk", [
            ("Werker", worker.name if worker else ""),
            ("Organisatie", worker.organisation if worker else ""),
            ("Team", worker.team if worker else ""),
            ("Periode", period_text(period.start, period.end)),
            ("Wijken", hoods),
            ("Privacyniveau", options.privacy.label),
            ("Gemaakt op", made_at)], notes, contents)
        summary_rows = _summary_rows(figures, options.privacy)
        write_summary(
            workbook, title=f"Verantwoording {period_text(period.start, period.end)}",
            subtitle=" · ".join(p for p in (worker.name if worker else "",
                                           worker.organisation if worker else "", hoods) if p),
            note="Bereik telt iedere bewoner één keer per maand (de totaalkolom één keer in de "
                 "hele periode), plus wie anoniem gesproken is.\nDossiers per fase: de stand "
                 "aan het eind van de maand." + (" Aantallen van 1 tot 4 staan als “<5”."
                                                 if options.privacy is Privacy.ANONYMOUS
                                                 else ""),
            columns=[month_label(m) for m in figures.months], rows=summary_rows)
        extras.ladder_moves_sheet(workbook, figures.ladder_moves, options.privacy)
        progress(10, 100, "Netwerk")
        network = ReportNetworkService(db).summary(period.end, request.neighbourhood_ids) \
            if request.with_network else None
        extras.network_sheet(workbook, network, options, names)
        check()
        stories = extras.stories_sheet(
            workbook, rows_service.stories(with_sensitive=options.with_sensitive), options)
        written = len(figures.rows)
        if options.rows:
            total = figures.row("contacts.total").total

            def contact_progress(done: int, all_: int, label: str) -> None:
                progress(15 + int(80 * done / max(all_, 1)), 100, label)

            written += details.contact_sheet(
                workbook, rows_service.contacts(period, request.neighbourhood_ids,
                                                with_sensitive=options.with_sensitive),
                options, names, total=total, check=check, progress=contact_progress)
            hoods_ids = request.neighbourhood_ids
            written += details.ties_sheet(workbook, rows_service.new_ties(period, hoods_ids),
                                          names)
            written += details.ladder_sheet(workbook, rows_service.ladder_steps(
                period, hoods_ids), names)
            written += details.meetings_sheet(workbook, rows_service.meetings(period,
                                                                                hoods_ids))
            written += details.signals_sheet(workbook, rows_service.signals(
                period, hoods_ids), options, names)
            dossiers = [d for d in DossierService(db).list()
                        if not figures.neighbourhoods or d.neighbourhood in figures.neighbourhoods]
            written += details.dossiers_sheet(workbook, dossiers,
                                              rows_service.dossier_outcomes(hoods_ids), options)
        write_machine_sheet(workbook, MachineReport(
            VERSION, period.start, period.end, worker.name if worker else "",
            worker.organisation if worker else "", options.privacy.value, hoods,
            made_at.isoformat(), figures.months,
            tuple(MachineIndicator(r.key, r.group, r.label, r.values[-1], r.values[:-1])
                  for r in summary_rows),
            tuple(MachineStory(s[0], s[1], s[2], s[3], s[4]) for s in stories)))
        check()
        progress(96, 100, "Bestand opslaan")
        target = save_atomic(workbook, path)
    except BaseException:
        discard(workbook)
        raise
    digest = file_sha256(target)
    AuditService(db).record(
        AuditAction.EXPORT, object_kind="report",
        detail=f"Verantwoording {period.start.isoformat()} t/m {period.end.isoformat()}; "
               f"wijken: {hoods}; {options.describe()}",
        rows=written, file_hash=digest)
    progress(100, 100, "Klaar")
    return ExportResult(target, written, digest)
