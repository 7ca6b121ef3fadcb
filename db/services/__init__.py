"""Use cases: every read returns frozen dataclasses, every write is one transaction.

`Services` builds each service the first time it is asked for, and imports its module
only then: start-up pays for the services the first page needs, not for all of them
(numpy for the network analysis, the import and privacy machinery, …).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from db.database import Database
from db.services.errors import ValidationError

if TYPE_CHECKING:
    from db.services.action_points import ActionPointService
    from db.services.actors import ActorService
    from db.services.agenda import AgendaService
    from db.services.attendance import AttendanceService
    from db.services.attachments import AttachmentService
    from db.services.audit import AuditService
    from db.services.consent import ConsentService
    from db.services.contacts import ContactService
    from db.services.dossier_parts import DossierPartsService
    from db.services.dossiers import DossierService
    from db.services.duplicates import DuplicateService
    from db.services.erasure import ErasureService
    from db.services.meetings import MeetingService
    from db.services.network import NetworkService
    from db.services.out_of_sight import OutOfSightService
    from db.services.overview import OverviewService
    from db.services.people import PeopleService
    from db.services.person_import import PersonImportService
    from db.services.profile import ProfileService
    from db.services.recording import RecordingService
    from db.services.reports import ReportService
    from db.services.search import SearchService
    from db.services.sensitivity import SensitivityService
    from db.services.signals import SignalService
    from db.services.storage_periods import StoragePeriodService
    from db.services.stories import StoryService
    from db.services.subject_data import SubjectDataService
    from db.services.ties import TieService
    from db.services.timeline import TimelineService

# attribute name → (module, class); every class takes the Database as its only argument
_REGISTRY: dict[str, tuple[str, str]] = {
    "profile": ("db.services.profile", "ProfileService"),
    "overview": ("db.services.overview", "OverviewService"),
    "people": ("db.services.people", "PeopleService"),
    "contacts": ("db.services.contacts", "ContactService"),
    "network": ("db.services.network", "NetworkService"),
    "meetings": ("db.services.meetings", "MeetingService"),
    "agenda": ("db.services.agenda", "AgendaService"),
    "attendance": ("db.services.attendance", "AttendanceService"),
    "action_points": ("db.services.action_points", "ActionPointService"),
    "dossiers": ("db.services.dossiers", "DossierService"),
    "dossier_parts": ("db.services.dossier_parts", "DossierPartsService"),
    "signals": ("db.services.signals", "SignalService"),
    "attachments": ("db.services.attachments", "AttachmentService"),
    "reports": ("db.services.reports", "ReportService"),
    "actors": ("db.services.actors", "ActorService"),
    "ties": ("db.services.ties", "TieService"),
    "recording": ("db.services.recording", "RecordingService"),
    "timeline": ("db.services.timeline", "TimelineService"),
    "duplicates": ("db.services.duplicates", "DuplicateService"),
    "person_import": ("db.services.person_import", "PersonImportService"),
    "out_of_sight": ("db.services.out_of_sight", "OutOfSightService"),
    "search": ("db.services.search", "SearchService"),
    "stories": ("db.services.stories", "StoryService"),
    "audit": ("db.services.audit", "AuditService"),
    "consent": ("db.services.consent", "ConsentService"),
    "storage_periods": ("db.services.storage_periods", "StoragePeriodService"),
    "erasure": ("db.services.erasure", "ErasureService"),
    "subject_data": ("db.services.subject_data", "SubjectDataService"),
    "sensitivity": ("db.services.sensitivity", "SensitivityService"),
}


class Services:
    """Everything the interface and the command line may ask of the data layer."""

    if TYPE_CHECKING:
        profile: ProfileService
        overview: OverviewService
        people: PeopleService
        contacts: ContactService
        network: NetworkService
        meetings: MeetingService
        agenda: AgendaService
        attendance: AttendanceService
        action_points: ActionPointService
        dossiers: DossierService
        dossier_parts: DossierPartsService
        signals: SignalService
        attachments: AttachmentService
        reports: ReportService
        actors: ActorService
        ties: TieService
        recording: RecordingService
        timeline: TimelineService
        duplicates: DuplicateService
        person_import: PersonImportService
        out_of_sight: OutOfSightService
        search: SearchService
        stories: StoryService
        audit: AuditService
        consent: ConsentService
        storage_periods: StoragePeriodService
        erasure: ErasureService
        subject_data: SubjectDataService
        sensitivity: SensitivityService

    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def for_database(cls, db: Database) -> Services:
        return cls(db)

    def __getattr__(self, name: str):
        # only called when `name` is not built yet: build it once, keep it on the instance
        try:
            module, cls = _REGISTRY[name]
        except KeyError:
            raise AttributeError(name) from None
        service = getattr(importlib.import_module(module), cls)(self.db)
        setattr(self, name, service)
        return service


__all__ = ["Services", "ValidationError"]
