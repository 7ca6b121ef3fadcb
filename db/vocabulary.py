"""The fixed vocabularies of opbouwwerk: codes in English (stored), labels in Dutch (shown).

The labels are the source texts; the interface passes them through Qt's translation
functions, so this module stays free of Qt.
"""

from __future__ import annotations

from enum import StrEnum


class Labelled(StrEnum):
    """A StrEnum whose members carry a Dutch label."""

    @property
    def label(self) -> str:
        # keyed by (class, code): StrEnum members equal their codes, and codes repeat
        # across vocabularies ("meeting", "other", "organiser")
        return _LABELS_BY_CLASS[type(self), self.value]

    @classmethod
    def parse(cls, value: str) -> Labelled:
        """Accept the code or the Dutch label (case-insensitive); raise ValueError otherwise."""
        text = str(value).strip().lower()
        for member in cls:
            if text in (member.value, member.label.lower()):
                return member
        raise ValueError(value)


class ActorKind(Labelled):
    PERSON = "person"
    GROUP = "group"
    PLACE = "place"


class GroupKind(Labelled):
    INFORMAL = "informal"
    FORMAL = "formal"
    INSTITUTION = "institution"


class Strategy(Labelled):
    BONDING = "bonding"
    BRIDGING = "bridging"
    LINKING = "linking"


class ParticipationLevel(Labelled):
    VISITOR = "visitor"
    PARTICIPANT = "participant"
    VOLUNTEER = "volunteer"
    ORGANISER = "organiser"


class ContactSetting(Labelled):
    STAIRWELL = "stairwell"
    HOME_VISIT = "home_visit"
    STREET = "street"
    NEIGHBOURHOOD_WALK = "walk"
    SCHOOL_GATE = "school_gate"
    ACTIVITY = "activity"
    COMMUNITY_CENTRE = "community_centre"
    POPUP = "popup"
    PHONE = "phone"
    ONLINE = "online"
    MEETING = "meeting"
    OTHER = "other"


class LanguageProficiency(Labelled):
    NATIVE = "native"
    GOOD = "good"
    SOME = "some"
    NONE = "none"


class TalentCategory(Labelled):
    HEAD = "head"
    HANDS = "hands"
    HEART = "heart"


class InitiativeStatus(Labelled):
    IDEA = "idea"
    RUNNING = "running"
    FINISHED = "finished"
    STOPPED = "stopped"


class AttendanceStatus(Labelled):
    INVITED = "invited"
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class ActionStatus(Labelled):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class DossierPhase(Labelled):
    SIGNALLING = "signalling"
    EXPLORING = "exploring"
    AGENDA_SETTING = "agenda_setting"
    INFLUENCING = "influencing"
    RESULT = "result"
    EVALUATION = "evaluation"


class InvolvementRole(Labelled):
    ORGANISER = "organiser"
    THINKER = "thinker"
    AFFECTED = "affected"


class Stance(Labelled):
    FOR = "for"
    NEUTRAL = "neutral"
    AGAINST = "against"


class DossierActionKind(Labelled):
    LETTER = "letter"
    PETITION = "petition"
    COUNCIL_SPEECH = "council_speech"
    ALDERMAN_TALK = "alderman_talk"
    MEDIA = "media"
    CITIZENS_ASSEMBLY = "citizens_assembly"
    MEETING = "meeting"
    OTHER = "other"


class ConsentMeans(Labelled):
    VERBAL = "verbal"
    WRITTEN = "written"
    DIGITAL = "digital"


LABELS: list[tuple[Labelled, str]] = [
    (ActorKind.PERSON, "Bewoner"),
    (ActorKind.GROUP, "Groep"),
    (ActorKind.PLACE, "Plek"),
    (GroupKind.INFORMAL, "Informeel netwerk"),
    (GroupKind.FORMAL, "Organisatie"),
    (GroupKind.INSTITUTION, "Instelling"),
    (Strategy.BONDING, "Verbinden"),
    (Strategy.BRIDGING, "Overbruggen"),
    (Strategy.LINKING, "Koppelen"),
    (ParticipationLevel.VISITOR, "Bezoeker"),
    (ParticipationLevel.PARTICIPANT, "Deelnemer"),
    (ParticipationLevel.VOLUNTEER, "Vrijwilliger"),
    (ParticipationLevel.ORGANISER, "Trekker"),
    (ContactSetting.STAIRWELL, "Portiekgesprek"),
    (ContactSetting.HOME_VISIT, "Huisbezoek"),
    (ContactSetting.STREET, "Straatgesprek"),
    (ContactSetting.NEIGHBOURHOOD_WALK, "Buurtwandeling"),
    (ContactSetting.SCHOOL_GATE, "Schoolplein"),
    (ContactSetting.ACTIVITY, "Activiteit"),
    (ContactSetting.COMMUNITY_CENTRE, "Buurthuis"),
    (ContactSetting.POPUP, "Pop-up terras"),
    (ContactSetting.PHONE, "Telefonisch"),
    (ContactSetting.ONLINE, "Online"),
    (ContactSetting.MEETING, "Bijeenkomst"),
    (ContactSetting.OTHER, "Anders"),
    (LanguageProficiency.NATIVE, "Moedertaal"),
    (LanguageProficiency.GOOD, "Goed"),
    (LanguageProficiency.SOME, "Een beetje"),
    (LanguageProficiency.NONE, "Niet"),
    (TalentCategory.HEAD, "Hoofd (kennis)"),
    (TalentCategory.HANDS, "Handen (vaardigheden)"),
    (TalentCategory.HEART, "Hart (passie)"),
    (InitiativeStatus.IDEA, "Idee"),
    (InitiativeStatus.RUNNING, "Loopt"),
    (InitiativeStatus.FINISHED, "Afgerond"),
    (InitiativeStatus.STOPPED, "Gestopt"),
    (AttendanceStatus.INVITED, "Uitgenodigd"),
    (AttendanceStatus.PRESENT, "Aanwezig"),
    (AttendanceStatus.ABSENT, "Afwezig"),
    (AttendanceStatus.EXCUSED, "Afgemeld"),
    (ActionStatus.OPEN, "Open"),
    (ActionStatus.IN_PROGRESS, "Bezig"),
    (ActionStatus.DONE, "Gedaan"),
    (ActionStatus.CANCELLED, "Vervallen"),
    (DossierPhase.SIGNALLING, "Signaleren"),
    (DossierPhase.EXPLORING, "Verkennen"),
    (DossierPhase.AGENDA_SETTING, "Agenderen"),
    (DossierPhase.INFLUENCING, "Beïnvloeden"),
    (DossierPhase.RESULT, "Resultaat"),
    (DossierPhase.EVALUATION, "Evaluatie"),
    (InvolvementRole.ORGANISER, "Trekker"),
    (InvolvementRole.THINKER, "Meedenker"),
    (InvolvementRole.AFFECTED, "Getroffen"),
    (Stance.FOR, "Voor"),
    (Stance.NEUTRAL, "Neutraal"),
    (Stance.AGAINST, "Tegen"),
    (DossierActionKind.LETTER, "Brief"),
    (DossierActionKind.PETITION, "Petitie"),
    (DossierActionKind.COUNCIL_SPEECH, "Inspreken in de raad"),
    (DossierActionKind.ALDERMAN_TALK, "Gesprek met wethouder"),
    (DossierActionKind.MEDIA, "Media"),
    (DossierActionKind.CITIZENS_ASSEMBLY, "Burgerberaad"),
    (DossierActionKind.MEETING, "Overleg"),
    (DossierActionKind.OTHER, "Anders"),
    (ConsentMeans.VERBAL, "Mondeling"),
    (ConsentMeans.WRITTEN, "Schriftelijk"),
    (ConsentMeans.DIGITAL, "Digitaal"),
]


_LABELS_BY_CLASS: dict[tuple[type, str], str] = {
    (type(member), member.value): text for member, text in LABELS}


def default_strategy(
    kind_a: ActorKind, group_kind_a: GroupKind | None,
    kind_b: ActorKind, group_kind_b: GroupKind | None,
) -> Strategy:
    """Putnam's three strategies, derived from the two ends of a tie.

    Resident–resident is bonding; a tie that reaches an institution is linking;
    everything else (residents with networks or places, networks with each other) bridges.
    """
    if GroupKind.INSTITUTION in (group_kind_a, group_kind_b):
        return Strategy.LINKING
    if kind_a == ActorKind.PERSON and kind_b == ActorKind.PERSON:
        return Strategy.BONDING
    return Strategy.BRIDGING
