"""The whole domain model. Importing this package registers every table on `Base.metadata`."""

from db.models.actors import (
    Actor, ActorPosition, AppMeta, Group, Membership, Neighbourhood, ParticipationStep, Person,
    PersonLanguage, Place, Talent, Theme, Worker, actor_themes,
)
from db.models.advocacy import (
    Attachment, Dossier, DossierAction, DossierInvolvement, DossierPhaseStep, DossierTarget,
    Signal, dossier_contacts, dossier_meetings,
)
from db.models.base import Base, utcnow
from db.models.derived import ALL_NEIGHBOURHOODS, ReachMonth, ReachResident
from db.models.meetings import (
    ActionPoint, AgendaItem, Attendance, Decision, Meeting, MeetingSeries, SeriesTemplateItem,
)
from db.models.network import (
    ContactMoment, Initiative, Tie, contact_participants, contact_themes, initiative_people,
)
from db.models.privacy import RetentionDecision
from db.models.records import AuditEntry, Consent, Story, story_actors

__all__ = [
    "ALL_NEIGHBOURHOODS",
    "ActionPoint", "Actor", "ActorPosition", "AgendaItem", "AppMeta", "Attachment", "Attendance",
    "AuditEntry", "Base", "Consent", "ContactMoment", "Decision", "Dossier", "DossierAction",
    "DossierInvolvement", "DossierPhaseStep", "DossierTarget", "Group", "Initiative", "Meeting",
    "MeetingSeries", "Membership", "Neighbourhood", "ParticipationStep", "Person",
    "PersonLanguage", "Place", "ReachMonth", "ReachResident", "RetentionDecision",
    "SeriesTemplateItem", "Signal", "Story", "Talent", "Theme", "Tie",
    "Worker", "actor_themes", "contact_participants", "contact_themes", "dossier_contacts",
    "dossier_meetings", "initiative_people", "story_actors", "utcnow",
]
