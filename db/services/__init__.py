"""Use cases: every read returns frozen dataclasses, every write is one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from db.database import Database
from db.services.action_points import ActionPointService
from db.services.actors import ActorService
from db.services.agenda import AgendaService
from db.services.attendance import AttendanceService
from db.services.audit import AuditService
from db.services.contacts import ContactService
from db.services.dossiers import DossierService
from db.services.duplicates import DuplicateService
from db.services.errors import ValidationError
from db.services.meetings import MeetingService
from db.services.network import NetworkService
from db.services.out_of_sight import OutOfSightService
from db.services.overview import OverviewService
from db.services.people import PeopleService
from db.services.profile import ProfileService
from db.services.recording import RecordingService
from db.services.reports import ReportService
from db.services.search import SearchService
from db.services.stories import StoryService
from db.services.ties import TieService
from db.services.timeline import TimelineService


@dataclass
class Services:
    """Everything the interface and the command line may ask of the data layer."""

    db: Database
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
    reports: ReportService
    actors: ActorService
    ties: TieService
    recording: RecordingService
    timeline: TimelineService
    duplicates: DuplicateService
    out_of_sight: OutOfSightService
    search: SearchService
    stories: StoryService
    audit: AuditService

    @classmethod
    def for_database(cls, db: Database) -> Services:
        return cls(
            db=db,
            profile=ProfileService(db),
            overview=OverviewService(db),
            people=PeopleService(db),
            contacts=ContactService(db),
            network=NetworkService(db),
            meetings=MeetingService(db),
            agenda=AgendaService(db),
            attendance=AttendanceService(db),
            action_points=ActionPointService(db),
            dossiers=DossierService(db),
            reports=ReportService(db),
            actors=ActorService(db),
            ties=TieService(db),
            recording=RecordingService(db),
            timeline=TimelineService(db),
            duplicates=DuplicateService(db),
            out_of_sight=OutOfSightService(db),
            search=SearchService(db),
            stories=StoryService(db),
            audit=AuditService(db),
        )


__all__ = ["Services", "ValidationError"]
