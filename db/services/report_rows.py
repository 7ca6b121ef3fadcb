"""Row-level data for the Excel exports, streamed in chunks: contact moments (up to a million),
new ties, participation steps, meetings, action points, signals, dossiers and the stories
selected for the report.

Rows carry ids and kinds of the people in them, so the export can pseudonymise residents
(groups, organisations and places keep their names). Sensitive text is never read unless the
caller asks for it (`with_sensitive`): a sensitive note comes back as "".
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import String, case, func, select, type_coerce

from db.database import Database
from db.models import (
    Actor, Attendance, ContactMoment, Dossier, DossierInvolvement, Group, Meeting, Neighbourhood,
    ParticipationStep, Person, Place, Signal, Story, Theme, Tie, Worker, contact_participants,
    contact_themes, story_actors,
)
from db.services.contacts import ContactFilter, ContactService, ContactSort
from db.services.periods import Period
from db.vocabulary import ActorKind, AttendanceStatus, ContactSetting, Strategy

CHUNK = 2_000
_SETTINGS = {str(x): x for x in ContactSetting}
_STRATEGIES = {str(x): x for x in Strategy}
_KINDS = {str(x): x for x in ActorKind}


def _raw(column):
    """The stored value without SQLAlchemy's result processing (codes and ISO dates)."""
    return type_coerce(column, String())


def _day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def _grouped(rows: Iterable[tuple]) -> Callable[[int], list[tuple]]:
    """For rows ordered like the moments they belong to (first column: the moment's id), a
    function giving the rows of the next moment asked for: a merge join, one pass."""
    rows = iter(rows)
    pending = [next(rows, None)]

    def of(moment_id: int) -> list[tuple]:
        found = []
        row = pending[0]
        while row is not None and row[0] == moment_id:
            found.append(row)
            row = next(rows, None)
        pending[0] = row
        return found

    return of


def _by_name(who: Who) -> str:
    return who.name


@dataclass(frozen=True)
class Who:
    """Someone in a row: residents get a pseudonym in a pseudonymised export."""

    id: int
    kind: ActorKind
    name: str


@dataclass(frozen=True)
class ContactDetail:
    id: int
    occurred_on: dt.date
    setting: ContactSetting
    strategy: Strategy | None
    neighbourhood: str
    themes: str
    participants: tuple[Who, ...]
    anonymous_count: int
    worker: str
    note: str  # "" when sensitive and not asked for
    follow_up: str
    sensitive: bool


@dataclass(frozen=True)
class StoryDetail:
    id: int
    told_on: dt.date
    title: str
    theme: str
    body: str
    change: str
    sensitive: bool
    names: tuple[str, ...]  # residents linked to the story, to keep out of an anonymous copy


class ReportRowService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- contact moments ----------------------------------------------------------------------
    def contacts(self, period: Period, neighbourhood_ids: Sequence[int] = (), *,
                 with_sensitive: bool = False, chunk: int = CHUNK) -> Iterator[ContactDetail]:
        """Contact moments of the period, oldest first, streamed (constant memory).

        Three queries in one read transaction, each ordered by (date, id) straight from the
        date index, merged here: the moments, their people and their themes. Looking the
        people and themes up per chunk of ids instead cost twice as long at 100,000 rows
        (compiling and running an IN list of 2,000 ids three times per chunk)."""
        cm = ContactMoment
        where = [cm.occurred_on >= period.start, cm.occurred_on < period.stop]
        if neighbourhood_ids:
            where.append(cm.neighbourhood_id.in_(neighbourhood_ids))
        order = (cm.occurred_on, cm.id)
        note = cm.note if with_sensitive else case((cm.sensitive, ""), else_=cm.note)
        follow = cm.follow_up if with_sensitive else case((cm.sensitive, ""), else_=cm.follow_up)
        actors, cp, ct = Actor.__table__, contact_participants, contact_themes
        moments = (select(cm.id, _raw(cm.occurred_on), _raw(cm.setting), _raw(cm.strategy),
                          Neighbourhood.name, cm.anonymous_count, Worker.name, note, follow,
                          cm.sensitive)
                   .outerjoin(Neighbourhood, Neighbourhood.id == cm.neighbourhood_id)
                   .outerjoin(Worker, Worker.id == cm.worker_id)
                   .where(*where).order_by(*order))
        people = (select(cp.c.contact_moment_id, actors.c.id, _raw(actors.c.kind), actors.c.name)
                  .select_from(cm).join(cp, cp.c.contact_moment_id == cm.id)
                  .join(actors, actors.c.id == cp.c.actor_id).where(*where).order_by(*order))
        themes = (select(ct.c.contact_moment_id, Theme.name).select_from(cm)
                  .join(ct, ct.c.contact_moment_id == cm.id)
                  .join(Theme, Theme.id == ct.c.theme_id).where(*where).order_by(*order))
        with self.db.session() as s:
            conn = s.connection().execution_options(stream_results=True, yield_per=chunk)
            people_of = _grouped(conn.execute(people))
            themes_of = _grouped(conn.execute(themes))
            for i, day, setting, sg, hood, anon, worker, text, fu, sensitive in \
                    conn.execute(moments):
                who = sorted((Who(a, _KINDS[k], n) for _, a, k, n in people_of(i)),
                             key=_by_name)
                yield ContactDetail(i, _day(day), _SETTINGS[setting],
                                    _STRATEGIES[sg] if sg else None, hood or "",
                                    ", ".join(sorted(t[1] for t in themes_of(i))),
                                    tuple(who), anon or 0, worker or "", text or "",
                                    fu or "", bool(sensitive))

    def contact_list(self, filter: ContactFilter | None = None, sort: ContactSort | None = None,
                     *, with_sensitive: bool = False,
                     chunk: int = CHUNK) -> Iterator[ContactDetail]:
        """The contact list as the Contactmomenten page shows it (its filter and order)."""
        service = ContactService(self.db)
        after = None
        while True:
            page = service.page(filter, sort, after, chunk)
            if not page:
                return
            with self.db.session() as s:
                yield from self._details(s, [r.id for r in page], with_sensitive)
            after = page[-1]

    def _details(self, s, ids: list[int], with_sensitive: bool) -> list[ContactDetail]:
        """Contact moments by id with their people and themes: three IN queries per chunk on
        the connection, codes and dates converted here (SQLAlchemy's per-value processing of
        enums and SQLite dates was a third of the time at 100,000 rows)."""
        cm = ContactMoment
        note = cm.note if with_sensitive else case((cm.sensitive, ""), else_=cm.note)
        follow = cm.follow_up if with_sensitive else case((cm.sensitive, ""), else_=cm.follow_up)
        conn = s.connection()
        rows = conn.execute(
            select(cm.id, _raw(cm.occurred_on), _raw(cm.setting), _raw(cm.strategy),
                   Neighbourhood.name, cm.anonymous_count, Worker.name, note, follow,
                   cm.sensitive)
            .outerjoin(Neighbourhood, Neighbourhood.id == cm.neighbourhood_id)
            .outerjoin(Worker, Worker.id == cm.worker_id)
            .where(cm.id.in_(ids))).all()
        people: dict[int, list[Who]] = defaultdict(list)
        actors = Actor.__table__
        for cm_id, actor_id, kind, name in conn.execute(
                select(contact_participants.c.contact_moment_id, actors.c.id,
                       _raw(actors.c.kind), actors.c.name)
                .join(actors, actors.c.id == contact_participants.c.actor_id)
                .where(contact_participants.c.contact_moment_id.in_(ids))
                .order_by(actors.c.name)):
            people[cm_id].append(Who(actor_id, _KINDS[kind], name))
        themes: dict[int, list[str]] = defaultdict(list)
        for cm_id, name in conn.execute(
                select(contact_themes.c.contact_moment_id, Theme.name)
                .join(Theme, Theme.id == contact_themes.c.theme_id)
                .where(contact_themes.c.contact_moment_id.in_(ids)).order_by(Theme.name)):
            themes[cm_id].append(name)
        by_id = {
            i: ContactDetail(i, _day(day), _SETTINGS[setting],
                             _STRATEGIES[sg] if sg else None, hood or "",
                             ", ".join(themes[i]), tuple(people[i]), anon or 0, worker or "",
                             text or "", fu or "", bool(sensitive))
            for i, day, setting, sg, hood, anon, worker, text, fu, sensitive in rows}
        return [by_id[i] for i in ids if i in by_id]

    def actor_counts(self, kind: ActorKind) -> list[tuple[str, str, int]]:
        """(neighbourhood, category, count) of the actors of `kind` on the list (not
        archived): category is the participation level, kind of group or type of place."""
        sub, column = {ActorKind.PERSON: (Person, Person.participation_level),
                       ActorKind.GROUP: (Group, Group.group_kind),
                       ActorKind.PLACE: (Place, Place.place_type)}[kind]
        query = (select(Neighbourhood.name, column, func.count())
                 .select_from(Actor).join(sub.__table__, sub.__table__.c.id == Actor.id)
                 .outerjoin(Neighbourhood, Neighbourhood.id == Actor.neighbourhood_id)
                 .where(Actor.kind == kind.value, Actor.archived_at.is_(None))
                 .group_by(Neighbourhood.name, column))
        with self.db.session() as s:
            return [(hood or "(geen buurt)", str(category or ""), int(n))
                    for hood, category, n in s.execute(query)]

    # -- smaller lists ------------------------------------------------------------------------
    def new_ties(self, period: Period,
                 neighbourhood_ids: Sequence[int] = ()) -> Iterator[tuple]:
        """(since, source Who, target Who, strategy, strength) of ties begun in the period,
        streamed (a year of a large neighbourhood holds hundreds of thousands)."""
        src, dst = Actor.__table__.alias("src"), Actor.__table__.alias("dst")
        query = (select(_raw(Tie.since), src.c.id, _raw(src.c.kind), src.c.name, dst.c.id,
                        _raw(dst.c.kind), dst.c.name, _raw(Tie.strategy), Tie.strength)
                 .join(src, src.c.id == Tie.source_id).join(dst, dst.c.id == Tie.target_id)
                 .where(Tie.since >= period.start, Tie.since < period.stop)
                 .order_by(Tie.since, Tie.id))
        if neighbourhood_ids:
            query = query.where(src.c.neighbourhood_id.in_(neighbourhood_ids))
        # on the connection, codes and dates converted here: the ORM's per-row loading was
        # ten times the query's own time
        with self.db.session() as s:
            rows = s.connection().execution_options(stream_results=True, yield_per=CHUNK)
            for since, a, ak, an, b, bk, bn, st, strength in rows.execute(query):
                yield (_day(since), Who(a, _KINDS[ak], an), Who(b, _KINDS[bk], bn),
                       _STRATEGIES[st], strength)

    def ladder_steps(self, period: Period,
                     neighbourhood_ids: Sequence[int] = ()) -> Iterator[tuple]:
        """(since, Who, level) of steps on the participation ladder in the period, streamed."""
        query = (select(_raw(ParticipationStep.since), Actor.id, Actor.name,
                        ParticipationStep.level)
                 .join(Actor, Actor.id == ParticipationStep.person_id)
                 .where(ParticipationStep.since >= period.start,
                        ParticipationStep.since < period.stop)
                 .order_by(ParticipationStep.since, ParticipationStep.id))
        if neighbourhood_ids:
            query = query.where(Actor.neighbourhood_id.in_(neighbourhood_ids))
        with self.db.session() as s:
            rows = s.connection().execution_options(stream_results=True, yield_per=CHUNK)
            for since, i, name, level in rows.execute(query):
                yield _day(since), Who(i, ActorKind.PERSON, name), level

    def meetings(self, period: Period, neighbourhood_ids: Sequence[int] = ()) -> list[tuple]:
        """(starts_at, title, neighbourhood, present, excused, absent) per meeting."""
        def count(status: AttendanceStatus):
            return func.count(Attendance.actor_id).filter(Attendance.status == status.value)

        query = (select(Meeting.starts_at, Meeting.title, Neighbourhood.name,
                        count(AttendanceStatus.PRESENT), count(AttendanceStatus.EXCUSED),
                        count(AttendanceStatus.ABSENT))
                 .outerjoin(Attendance, Attendance.meeting_id == Meeting.id)
                 .outerjoin(Neighbourhood, Neighbourhood.id == Meeting.neighbourhood_id)
                 .where(Meeting.starts_at >= dt.datetime.combine(period.start, dt.time()),
                        Meeting.starts_at < dt.datetime.combine(period.stop, dt.time()))
                 .group_by(Meeting.id).order_by(Meeting.starts_at))
        if neighbourhood_ids:
            query = query.where(Meeting.neighbourhood_id.in_(neighbourhood_ids))
        with self.db.session() as s:
            return [tuple(r[:2]) + (r[2] or "",) + tuple(r[3:]) for r in s.execute(query)]

    def signals(self, period: Period | None = None,
                neighbourhood_ids: Sequence[int] = ()) -> list[tuple]:
        """(observed_on, theme, neighbourhood, households, location, description, source Who
        or None, anonymous source), newest first."""
        query = (select(Signal.observed_on, Theme.name, Neighbourhood.name, Signal.households,
                        Signal.location, Signal.description, Actor.id, Actor.kind, Actor.name,
                        Signal.anonymous_source)
                 .outerjoin(Theme, Theme.id == Signal.theme_id)
                 .outerjoin(Neighbourhood, Neighbourhood.id == Signal.neighbourhood_id)
                 .outerjoin(Actor, Actor.id == Signal.source_actor_id)
                 .order_by(Signal.observed_on.desc(), Signal.id.desc()))
        if period is not None:
            query = query.where(Signal.observed_on >= period.start,
                                Signal.observed_on < period.stop)
        if neighbourhood_ids:
            query = query.where(Signal.neighbourhood_id.in_(neighbourhood_ids))
        with self.db.session() as s:
            return [(day, theme or "", hood or "", households, location or "", text or "",
                     Who(a, ActorKind(k), n) if a is not None else None, bool(anonymous))
                    for day, theme, hood, households, location, text, a, k, n, anonymous
                    in s.execute(query)]

    def dossier_outcomes(self, neighbourhood_ids: Sequence[int] = ()) -> dict[int, str]:
        """Outcome text per dossier id (for the dossier sheet)."""
        query = select(Dossier.id, Dossier.outcome).where(Dossier.outcome != "")
        if neighbourhood_ids:
            query = query.where(Dossier.neighbourhood_id.in_(neighbourhood_ids))
        with self.db.session() as s:
            return dict(s.execute(query).all())

    def dossier_people(self) -> dict[int, int]:
        with self.db.session() as s:
            return dict(s.execute(select(DossierInvolvement.dossier_id, func.count())
                                  .group_by(DossierInvolvement.dossier_id)).all())

    def stories(self, *, with_sensitive: bool = False) -> list[StoryDetail]:
        """The stories selected for the report, oldest first."""
        query = (select(Story.id, Story.told_on, Story.title, Theme.name, Story.body,
                        Story.change, Story.sensitive, Story.contact_moment_id)
                 .outerjoin(Theme, Theme.id == Story.theme_id)
                 .where(Story.selected_for_report.is_(True))
                 .order_by(Story.told_on, Story.id))
        if not with_sensitive:
            query = query.where(Story.sensitive.is_(False))
        with self.db.session() as s:
            rows = s.execute(query).all()
            names: dict[int, set[str]] = defaultdict(set)
            ids = [r[0] for r in rows]
            # The kind is checked here, not in SQL: with `kind = 'person'` in the query
            # SQLite walks every resident by the (kind, name) index (1 s at 100,000).
            person = ActorKind.PERSON.value
            for sid, kind, name in s.execute(
                    select(story_actors.c.story_id, _raw(Actor.kind), Actor.name)
                    .join(Actor, Actor.id == story_actors.c.actor_id)
                    .where(story_actors.c.story_id.in_(ids))):
                if kind == person:
                    names[sid].add(name)
            moments = {r[7]: r[0] for r in rows if r[7] is not None}
            for cm_id, kind, name in s.execute(
                    select(contact_participants.c.contact_moment_id, _raw(Actor.kind),
                           Actor.name)
                    .join(Actor, Actor.id == contact_participants.c.actor_id)
                    .where(contact_participants.c.contact_moment_id.in_(list(moments)))):
                if kind == person:
                    names[moments[cm_id]].add(name)
        return [StoryDetail(i, day, title, theme or "", body or "", change or "",
                            bool(sensitive), tuple(sorted(names[i])))
                for i, day, title, theme, body, change, sensitive, _ in rows]
