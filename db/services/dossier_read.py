"""The full read model of one dossier, and its timeline (actions, phases, meetings and
contact moments in date order) as the detail view and the Excel export show it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from db.models import (
    Actor, AgendaItem, Attachment, ContactMoment, Dossier, DossierAction, DossierInvolvement,
    DossierPhaseStep, DossierTarget, Meeting, Neighbourhood, Theme, dossier_contacts,
    dossier_meetings,
)
from db.services.signals import SignalFilter, SignalRow, SignalService, first_line
from db.vocabulary import ActorKind, DossierActionKind, DossierPhase, InvolvementRole, Stance


@dataclass(frozen=True)
class PhaseStepRow:
    id: int
    phase: DossierPhase
    reached_on: dt.date


@dataclass(frozen=True)
class InvolvementRow:
    actor_id: int
    name: str
    kind: ActorKind
    role: InvolvementRole


@dataclass(frozen=True)
class TargetRow:
    id: int
    actor_id: int | None
    name: str
    kind: ActorKind | None  # None: a name typed in, not someone in the network
    stance: Stance
    influence: int


@dataclass(frozen=True)
class ActionRow:
    id: int
    occurred_on: dt.date
    kind: DossierActionKind
    description: str
    result: str


@dataclass(frozen=True)
class MeetingLink:
    id: int
    starts_at: dt.datetime
    title: str
    linked: bool  # True: linked by hand (can be unlinked); False: via an agenda item


@dataclass(frozen=True)
class ContactLink:
    id: int
    occurred_on: dt.date
    setting: str  # Dutch label
    summary: str  # first line of the note; empty when the note is sensitive
    sensitive: bool


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    dossier_id: int
    filename: str
    content_hash: str
    size_bytes: int
    media_type: str
    added_at: dt.datetime


@dataclass(frozen=True)
class TimelineEntry:
    day: dt.date
    what: str  # Dutch: "Brief", "Fase: agenderen", "Bijeenkomst", "Contactmoment"
    text: str
    result: str
    source: str  # action | phase | meeting | contact
    record_id: int


@dataclass(frozen=True)
class DossierDetail:
    id: int
    title: str
    theme: str
    neighbourhood_id: int | None
    neighbourhood: str
    problem: str
    desired: str
    phase: DossierPhase
    outcome: str
    lessons: str
    closed_on: dt.date | None
    created_on: dt.date
    phase_steps: tuple[PhaseStepRow, ...]
    involvements: tuple[InvolvementRow, ...]
    targets: tuple[TargetRow, ...]
    actions: tuple[ActionRow, ...]
    signals: tuple[SignalRow, ...]  # linked to the dossier, and the signals combined in them
    meetings: tuple[MeetingLink, ...]
    contacts: tuple[ContactLink, ...]
    attachments: tuple[AttachmentRow, ...]
    version: int = 1  # pass to update/move_phase(expected_version=...): db.services.versions

    @property
    def households(self) -> int:
        """Households affected: the linked signals (a collective one already sums its own)."""
        return sum(sig.households for sig in self.signals if sig.dossier_id == self.id)

    def reached(self, phase: DossierPhase) -> dt.date | None:
        """The latest date the dossier reached `phase` (None: never)."""
        days = [step.reached_on for step in self.phase_steps if step.phase == phase]
        return max(days) if days else None


def read_detail(s: Session, signals: SignalService, dossier_id: int) -> DossierDetail | None:
    row = s.execute(
        select(Dossier, Theme.name, Neighbourhood.name)
        .outerjoin(Theme, Theme.id == Dossier.theme_id)
        .outerjoin(Neighbourhood, Neighbourhood.id == Dossier.neighbourhood_id)
        .where(Dossier.id == dossier_id)).first()
    if row is None:
        return None
    d, theme, hood = row
    steps = tuple(PhaseStepRow(i, DossierPhase(p), day) for i, p, day in s.execute(
        select(DossierPhaseStep.id, DossierPhaseStep.phase, DossierPhaseStep.reached_on)
        .where(DossierPhaseStep.dossier_id == dossier_id)
        .order_by(DossierPhaseStep.reached_on, DossierPhaseStep.id)))
    order = {role: i for i, role in enumerate(InvolvementRole)}
    involved = sorted((InvolvementRow(a, n, ActorKind(k), InvolvementRole(r))
                       for a, n, k, r in s.execute(
                           select(Actor.id, Actor.name, Actor.kind, DossierInvolvement.role)
                           .join(Actor, Actor.id == DossierInvolvement.actor_id)
                           .where(DossierInvolvement.dossier_id == dossier_id))),
                      key=lambda r: (order[r.role], r.name.lower()))
    targets = tuple(TargetRow(i, a, n or (an or ""), ActorKind(k) if k else None, Stance(st),
                              inf) for i, a, n, an, k, st, inf in s.execute(
        select(DossierTarget.id, DossierTarget.actor_id, DossierTarget.name, Actor.name,
               Actor.kind, DossierTarget.stance, DossierTarget.influence)
        .outerjoin(Actor, Actor.id == DossierTarget.actor_id)
        .where(DossierTarget.dossier_id == dossier_id)
        .order_by(DossierTarget.influence.desc(), DossierTarget.id)))
    actions = tuple(ActionRow(i, day, DossierActionKind(k), desc, res)
                    for i, day, k, desc, res in s.execute(
        select(DossierAction.id, DossierAction.occurred_on, DossierAction.kind,
               DossierAction.description, DossierAction.result)
        .where(DossierAction.dossier_id == dossier_id)
        .order_by(DossierAction.occurred_on, DossierAction.id)))
    by_hand = set(s.scalars(select(dossier_meetings.c.meeting_id).where(
        dossier_meetings.c.dossier_id == dossier_id)))
    via_agenda = select(AgendaItem.meeting_id).where(AgendaItem.dossier_id == dossier_id)
    meeting_ids = union(select(dossier_meetings.c.meeting_id).where(
        dossier_meetings.c.dossier_id == dossier_id), via_agenda).subquery()
    meetings = tuple(MeetingLink(i, at, t, i in by_hand) for i, at, t in s.execute(
        select(Meeting.id, Meeting.starts_at, Meeting.title)
        .where(Meeting.id.in_(select(meeting_ids.c[0]))).order_by(Meeting.starts_at)))
    contacts = tuple(
        ContactLink(i, day, setting.label, "" if sens else first_line(note or "", 100), sens)
        for i, day, setting, note, sens in s.execute(
            select(ContactMoment.id, ContactMoment.occurred_on, ContactMoment.setting,
                   ContactMoment.note, ContactMoment.sensitive)
            .join(dossier_contacts, dossier_contacts.c.contact_moment_id == ContactMoment.id)
            .where(dossier_contacts.c.dossier_id == dossier_id)
            .order_by(ContactMoment.occurred_on, ContactMoment.id)))
    files = tuple(AttachmentRow(a.id, a.dossier_id, a.filename, a.content_hash, a.size_bytes,
                                a.media_type, a.added_at) for a in s.scalars(
        select(Attachment).where(Attachment.dossier_id == dossier_id)
        .order_by(Attachment.added_at, Attachment.id)))
    linked = signals.list(SignalFilter(dossier_id=dossier_id, limit=10_000))
    return DossierDetail(
        d.id, d.title, theme or "", d.neighbourhood_id, hood or "", d.problem or "",
        d.desired or "", DossierPhase(d.phase), d.outcome or "", d.lessons or "", d.closed_on,
        d.created_at.date(), steps, tuple(involved), targets, actions,
        tuple(sorted(linked, key=lambda r: (r.observed_on, r.id))), meetings, contacts, files,
        d.version)


def signals_in_order(detail: DossierDetail) -> list[SignalRow]:
    """The linked signals by date, each followed by the signals combined into it."""
    members: dict[int, list[SignalRow]] = {}
    for sig in detail.signals:
        if sig.combined_into_id is not None:
            members.setdefault(sig.combined_into_id, []).append(sig)
    ordered = []
    for sig in detail.signals:
        if sig.combined_into_id is None:
            ordered += [sig, *members.get(sig.id, [])]
    return ordered


def timeline(detail: DossierDetail) -> list[TimelineEntry]:
    """Everything that happened, oldest first: phases reached, actions, meetings, contacts."""
    entries = [TimelineEntry(step.reached_on, f"Fase: {step.phase.label.lower()}", "", "",
                             "phase", step.id) for step in detail.phase_steps]
    entries += [TimelineEntry(a.occurred_on, a.kind.label, a.description, a.result, "action",
                              a.id) for a in detail.actions]
    entries += [TimelineEntry(m.starts_at.date(), "Bijeenkomst", m.title, "", "meeting", m.id)
                for m in detail.meetings]
    entries += [TimelineEntry(c.occurred_on, "Contactmoment",
                              c.setting + (f": {c.summary}" if c.summary else ""), "",
                              "contact", c.id) for c in detail.contacts]
    rank = {"phase": 0, "action": 1, "meeting": 2, "contact": 3}
    return sorted(entries, key=lambda e: (e.day, rank[e.source], e.record_id))
