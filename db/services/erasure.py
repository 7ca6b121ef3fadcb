"""Vergeetrecht (right to erasure): remove a person and everything that is only about them.

- contact moments with nobody else (no other participant, nobody counted anonymously) go,
  with the action points made from them; contact moments with others stay, without them;
- meetings stay (the attendance row goes), dossiers stay (the involvement goes);
- stories only about them go; stories with others stay, without the link;
- ties, memberships, consents, ladder steps, languages, talents go (database cascades);
- action points they own are given to the worker, so no agreement is lost silently;
- signals they reported, agenda items and dossier targets naming them lose the link.

Notes elsewhere that mention the name are listed (`plan().mentions`) for the worker to
edit: a name in free text cannot be removed safely by a program.

The audit log gets counts and the person's number, never the name or what was erased.
Afterwards `db.services.purge.purge_deleted_data` makes the data gone from the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from db.database import Database
from db.events import Change
from db.models import (
    ActionPoint, Attendance, Consent, ContactMoment, DossierInvolvement, Membership, Person,
    RetentionDecision, Signal, Story, Tie, contact_participants, story_actors,
)
from db.services.audit import AuditAction, AuditService, _current_worker_id
from db.services.errors import ValidationError
from db.services.search import SearchService
from db.services.search_text import fold, terms

MENTION_LIMIT = 50  # per kind of record
NAME_TITLES = ("contact_moment", "person", "group", "place")


@dataclass(frozen=True)
class Mention:
    """A record elsewhere whose text may name the person: the worker edits it by hand."""

    kind: str  # contact_moment, meeting, dossier, signal, story, person, group, place
    record_id: int
    title: str
    date: dt.date | None = None
    snippet: str = ""  # empty for a sensitive record


@dataclass(frozen=True)
class ErasurePlan:
    person_id: int
    name: str
    contact_moments_only: int  # removed
    contact_moments_shared: int  # kept, without this person
    meetings: int
    dossiers: int
    ties: int
    memberships: int
    consents: int
    stories_only: int  # removed
    stories_shared: int
    owned_action_points: int  # given to the worker
    signals: int
    mentions: tuple[Mention, ...]
    more_mentions: bool

    @property
    def contact_moments(self) -> int:
        return self.contact_moments_only + self.contact_moments_shared


def _moments(s: Session, person_id: int) -> tuple[list[int], list[int]]:
    """(contact moments only with the person, contact moments shared with others)."""
    cp, other = contact_participants, contact_participants.alias("other")
    others = (select(func.count()).select_from(other)
              .where(other.c.contact_moment_id == cp.c.contact_moment_id,
                     other.c.actor_id != person_id).scalar_subquery())
    only, shared = [], []
    for moment_id, n_others, anonymous in s.execute(
            select(cp.c.contact_moment_id, others, ContactMoment.anonymous_count)
            .join(ContactMoment, ContactMoment.id == cp.c.contact_moment_id)
            .where(cp.c.actor_id == person_id)):
        (shared if n_others or anonymous else only).append(moment_id)
    return only, shared


def _stories(s: Session, person_id: int, moments_only: list[int]) -> tuple[list[int], int]:
    """(stories only about the person, number of stories shared with others)."""
    sa, other = story_actors, story_actors.alias("other")
    others = (select(func.count()).select_from(other)
              .where(other.c.story_id == sa.c.story_id, other.c.actor_id != person_id)
              .scalar_subquery())
    only, shared = [], 0
    for story_id, n_others in s.execute(
            select(sa.c.story_id, others).where(sa.c.actor_id == person_id)):
        if n_others:
            shared += 1
        else:
            only.append(story_id)
    for start in range(0, len(moments_only), 500):  # stories told from a removed moment
        chunk = moments_only[start:start + 500]
        for story_id in s.scalars(select(Story.id).where(Story.contact_moment_id.in_(chunk))):
            if story_id not in only and not s.scalar(
                    select(func.count()).select_from(sa).where(sa.c.story_id == story_id)):
                only.append(story_id)
    return only, shared


def find_mentions(db: Database, first_name: str, last_name: str, name: str, *,
                  skip: set[tuple[str, int]] = frozenset(), limit: int = MENTION_LIMIT,
                  ) -> tuple[tuple[Mention, ...], bool]:
    """Records whose text names the person by first or last name (a whole word, accents
    and case aside), found through the search index; `skip`: (kind, id) to leave out.
    Sensitive records are listed without checking the word (their text is not read)."""
    queries = [q for q in (first_name, last_name) if q.strip()] or [name]
    wanted = {fold(word) for query in queries for word in terms(query)}
    search = SearchService(db)
    found: dict[tuple[str, int], Mention] = {}
    more = False
    for query in queries:
        results = search.search(query, limit_per_kind=limit)
        more = more or any(group.more for group in results.groups)
        for hit in results.hits:
            key = (hit.kind, hit.record_id)
            if key in skip or key in found:
                continue
            # the title of a contact moment or actor is names (participants, the actor
            # itself): only its text counts; other titles are typed text
            title = () if hit.kind in NAME_TITLES else hit.title.matches
            matched = {fold(word) for word in (*title, *hit.snippet.matches)}
            if hit.sensitive or matched & wanted:
                found[key] = Mention(hit.kind, hit.record_id, hit.title.text, hit.date,
                                     hit.snippet.text)
    ordered = sorted(found.values(), key=lambda m: (m.date or dt.date.min), reverse=True)
    return tuple(ordered), more


def _count(s: Session, model, *conditions) -> int:
    return s.scalar(select(func.count()).select_from(model).where(*conditions)) or 0


class ErasureService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.audit = AuditService(db)

    def plan(self, person_id: int) -> ErasurePlan:
        """What an erasure would remove and keep, and the notes to edit by hand."""
        with self.db.session() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise ValidationError("Deze bewoner bestaat niet (meer).")
            only, shared = _moments(s, person_id)
            stories_only, stories_shared = _stories(s, person_id, only)
            plan = dict(
                person_id=person_id, name=person.name,
                contact_moments_only=len(only), contact_moments_shared=len(shared),
                meetings=_count(s, Attendance, Attendance.actor_id == person_id),
                dossiers=_count(s, DossierInvolvement, DossierInvolvement.actor_id == person_id),
                ties=_count(s, Tie, (Tie.source_id == person_id) | (Tie.target_id == person_id)),
                memberships=_count(s, Membership, Membership.person_id == person_id),
                consents=_count(s, Consent, Consent.person_id == person_id),
                stories_only=len(stories_only), stories_shared=stories_shared,
                owned_action_points=_count(s, ActionPoint,
                                           ActionPoint.owner_actor_id == person_id),
                signals=_count(s, Signal, Signal.source_actor_id == person_id))
            names = (person.first_name, person.last_name, person.name)
        gone = {("person", person_id), *(("contact_moment", i) for i in only),
                *(("story", i) for i in stories_only)}
        mentions, more = find_mentions(self.db, *names, skip=gone)
        return ErasurePlan(**plan, mentions=mentions, more_mentions=more)

    def erase(self, person_id: int, *, worker_id: int | None = None,
              action: AuditAction = AuditAction.ERASURE, reason: str = "") -> ErasurePlan:
        """Erase the person in one transaction; returns what was counted before. Not
        undoable. Call `purge_deleted_data` afterwards to clear the file as well.
        `action`/`reason`: how the audit log names it (a deletion for the retention
        periods is logged as such)."""
        plan = self.plan(person_id)
        with self.db.session.begin() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise ValidationError("Deze bewoner bestaat niet (meer).")
            worker = worker_id if worker_id is not None else _current_worker_id(s)
            only, _shared = _moments(s, person_id)
            stories_only, _ = _stories(s, person_id, only)
            for start in range(0, len(only), 500):
                chunk = only[start:start + 500]
                s.execute(delete(ActionPoint).where(ActionPoint.contact_moment_id.in_(chunk)))
                s.execute(delete(ContactMoment).where(ContactMoment.id.in_(chunk)))
                s.execute(delete(RetentionDecision).where(
                    RetentionDecision.record_kind == "contact_moment",
                    RetentionDecision.record_id.in_(chunk)))
            s.execute(delete(RetentionDecision).where(RetentionDecision.record_kind == "person",
                                                      RetentionDecision.record_id == person_id))
            for start in range(0, len(stories_only), 500):
                s.execute(delete(Story).where(Story.id.in_(stories_only[start:start + 500])))
            s.execute(update(ActionPoint).where(ActionPoint.owner_actor_id == person_id)
                      .values(owner_actor_id=None, owner_worker_id=worker))
            s.delete(person)
            s.flush()
            detail = erasure_detail(plan) + (f" ({reason})" if reason else "")
            self.audit.record(action, object_kind="person", object_id=person_id,
                              detail=detail, rows=_rows(plan), session=s)
        for kind in ("person", "contact_moment", "story", "action_point", "tie", "meeting",
                     "dossier", "audit"):
            self.db.bus.publish(Change(kind, "deleted" if kind == "person" else "updated",
                                       (person_id,) if kind == "person" else ()))
        return plan


def erasure_detail(plan: ErasurePlan) -> str:
    """The audit text: numbers only, never a name or erased content."""
    return (f"persoon #{plan.person_id} gewist, {plan.contact_moments} contactmomenten "
            f"({plan.contact_moments_only} alleen met deze persoon verwijderd, "
            f"{plan.contact_moments_shared} zonder deze persoon bewaard), "
            f"{plan.meetings} bijeenkomsten, {plan.dossiers} dossiers, {plan.ties} relaties, "
            f"{plan.memberships} lidmaatschappen, {plan.consents} toestemmingen, "
            f"{plan.stories_only} verhalen verwijderd, {plan.owned_action_points} actiepunten "
            f"overgedragen, {len(plan.mentions)} notities met de naam om na te lopen")


def _rows(plan: ErasurePlan) -> int:
    return (1 + plan.contact_moments + plan.meetings + plan.dossiers + plan.ties
            + plan.memberships + plan.consents + plan.stories_only + plan.stories_shared)
