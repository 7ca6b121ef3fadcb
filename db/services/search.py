"""One search over names, notes, meetings, dossiers, signals and stories (Ctrl+K).

On SQLite the FTS5 index of revision 0002_search answers (accent-insensitive, every typed
word a prefix, all words required), newest first within each kind: the index rowid holds
kind, date and id (see that revision), so each kind is one range read backwards and
stops after `limit_per_kind` rows; a million contact moments are never loaded or sorted.
On PostgreSQL the same revision made a table `search_index` with the same keys and a
tsvector in the configuration `buurtboek_nl` (Dutch, unaccent: "Ozturk" finds "Öztürk");
each typed word is a prefix term (`'word':*`), all required, and each kind one key range
read newest first. A query of only Dutch stop words ("de", "van") and any other database
use the portable LIKE query; accents then count. bench/search.py measures both.

Sensitive notes are found, but their text does not leave the service: the hit says
`sensitive` and carries no snippet (as the contact list does).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, and_, case, func, null, or_, select, text
from sqlalchemy.exc import OperationalError

from db.database import Database
from db.models import (
    Actor, AgendaItem, ContactMoment, Dossier, Group, Meeting, Person, Place, Signal, Story,
    contact_participants,
)
from db.services.search_text import (
    MARK_END, MARK_START, MAX_TEXT, Marked, from_markers, fts_query, fts_term, highlight,
    snippet, terms, tidy,
)
from db.vocabulary import ContactSetting

__all__ = ["GROUPS", "Marked", "SearchGroup", "SearchHit", "SearchResults", "SearchService"]

INDEX = "search_index"
VOCABULARY = "search_index_vocab"  # fts5vocab(search_index, 'row')
LONGEST_PREFIX_INDEX = 6  # prefix = '2 3 4 5 6'
MAX_EXPANSIONS = 32
# Kind codes in the high byte of the index rowid (db/migrations/versions/0002_search.py).
PERSON, GROUP, PLACE, CONTACT, MEETING, AGENDA_ITEM, DOSSIER, SIGNAL, STORY = range(1, 10)
ACTOR_KINDS = {PERSON: "person", GROUP: "group", PLACE: "place"}
ID_MASK = (1 << 32) - 1
# The title is marked by FTS5 (short, and folded exactly as indexed). The snippet is cut in
# Python from the first MAX_TEXT characters: FTS5's snippet() scores every window against
# every match, which took 5 minutes on a 1 MB note repeating one word 170,000 times.
_FTS_SQL = (f"SELECT rowid, highlight({INDEX}, 0, ?, ?), substr(body, 1, ?) "
            f"FROM {INDEX} WHERE {INDEX} MATCH ? AND rowid BETWEEN ? AND ? "
            "ORDER BY rowid DESC LIMIT ?")
# PostgreSQL (db/migrations/versions/0002_search.py): the same keys, a tsvector `document`.
PG_CONFIG = "buurtboek_nl"
# Through buurtboek_search() (0007_team_access): the same query, as the owner, keeping the
# rows whose search_index.owner_id is this worker's or the team's (the policies' rules), so
# the kind's GIN index stays usable under row-level security; planned for the words given.
_PG_SQL = text("SELECT key, title, substr(body, 1, :cut) "
               "FROM buurtboek_search(:query, :low, :high, :limit) ORDER BY key DESC")
_PG_NODES = text(f"SELECT numnode(to_tsquery('{PG_CONFIG}', :query))")
AGENDA_SCAN = 200  # agenda items have no date in their key: the newest 200 matches are sorted
#: The groups in the order shown: (kind, Dutch heading, index codes).
GROUPS: tuple[tuple[str, str, tuple[int, ...]], ...] = (
    ("person", "Mensen", (PERSON,)), ("group", "Groepen", (GROUP,)),
    ("place", "Plekken", (PLACE,)), ("contact_moment", "Contactmomenten", (CONTACT,)),
    ("meeting", "Bijeenkomsten", (MEETING, AGENDA_ITEM)), ("dossier", "Dossiers", (DOSSIER,)),
    ("signal", "Signalen", (SIGNAL,)), ("story", "Verhalen", (STORY,)),
)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # what to open: person, group, place, contact_moment, meeting, dossier, ...
    record_id: int
    title: Marked
    snippet: Marked  # empty for a sensitive record
    date: dt.date | None = None
    sensitive: bool = False


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    label: str  # Dutch heading
    hits: tuple[SearchHit, ...]
    more: bool  # more matches than shown: typing more narrows them


@dataclass(frozen=True)
class SearchResults:
    text: str  # as typed
    terms: tuple[str, ...]  # the words searched for (empty: nothing to search)
    groups: tuple[SearchGroup, ...]  # only groups with hits, in the order of GROUPS

    @property
    def hits(self) -> tuple[SearchHit, ...]:
        return tuple(hit for group in self.groups for hit in group.hits)

    @property
    def too_short(self) -> bool:
        """Something was typed, but no word of two characters yet."""
        return bool(self.text.strip()) and not self.terms


@dataclass(frozen=True)
class _Found:
    id: int
    title: Marked
    snippet: Marked


class SearchService:
    def __init__(self, db: Database, use_index: bool | None = None) -> None:
        """`use_index=False` forces the portable LIKE query (tests, bench/search.py);
        by default the index is used when the database has it."""
        self.db = db
        self._fts: bool | None = use_index

    def search(self, typed: str, limit_per_kind: int = 5) -> SearchResults:
        words = terms(typed or "")
        if not words:
            return SearchResults(typed or "", (), ())
        with self.db.session() as s:
            conn = s.connection()
            found = None
            if self._has_index(conn) and conn.dialect.name == "postgresql":
                found = self._pg_found(conn, words, limit_per_kind + 1)
            elif self._has_index(conn):
                try:
                    found = self._fts_found(conn, words, limit_per_kind + 1)
                except OperationalError as error:
                    # A word FTS5 splits where Python does not (rare scripts) becomes a
                    # phrase, which this index cannot answer: search without the index.
                    if "fts5" not in str(error):
                        raise
            if found is None:
                found = self._like_found(conn, words, limit_per_kind + 1)
            groups = self._groups(conn, found, limit_per_kind, words)
        return SearchResults(typed, words, groups)

    def using_index(self) -> bool:
        """True when the full-text index answers (FTS5 on SQLite, tsvector on PostgreSQL,
        at head), False for the LIKE query."""
        with self.db.session() as s:
            return self._has_index(s.connection())

    def _has_index(self, conn: Connection) -> bool:
        if self._fts is None and conn.dialect.name == "postgresql":
            self._fts = conn.execute(text(f"SELECT to_regclass('{INDEX}') IS NOT NULL")
                                     ).scalar_one()
        if self._fts is None:
            self._fts = conn.dialect.name == "sqlite" and conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                (INDEX,)).first() is not None
        return self._fts

    # -- SQLite: the FTS5 index ---------------------------------------------------------------
    def _fts_rows(self, conn: Connection, words: tuple[str, ...], query: str, code: int,
                  limit: int) -> list[_Found]:
        rows = conn.exec_driver_sql(_FTS_SQL, (MARK_START, MARK_END, MAX_TEXT, query,
                                               code << 56, ((code + 1) << 56) - 1, limit))
        return [_Found(rowid & ID_MASK, tidy(from_markers(title)), snippet(body or "", words))
                for rowid, title, body in rows]

    def _fts_terms(self, conn: Connection, words: tuple[str, ...]) -> list[str] | None:
        """The FTS5 term of each word; None when a word occurs nowhere.

        The prefix indexes cover words of up to six characters. A longer (plain ASCII)
        word is looked up once in the index's vocabulary and searched as the few indexed
        words it begins, so the ~10 queries of one search do not each gather every
        document of every word with that prefix (0.05 ms instead of ~1 ms per query).
        Other words are left to FTS5's own folding, which Python cannot match exactly."""
        result = []
        for word in words:
            expansions: tuple[str, ...] = ()
            if len(word) > LONGEST_PREFIX_INDEX and word.isascii():
                low = word.lower()
                expansions = tuple(conn.exec_driver_sql(
                    f"SELECT term FROM {VOCABULARY} WHERE term >= ? AND term < ? LIMIT ?",
                    (low, low + "\U0010ffff", MAX_EXPANSIONS + 1)).scalars())
                if not expansions:
                    return None
                if len(expansions) > MAX_EXPANSIONS:
                    expansions = ()
            result.append(fts_term(word, expansions))
        return result

    def _fts_found(self, conn: Connection, words: tuple[str, ...],
                   limit: int) -> dict[int, list[_Found]]:
        found: dict[int, list[_Found]] = {code: [] for code in range(PERSON, STORY + 1)}
        terms_sql = self._fts_terms(conn, words)
        if terms_sql is None:
            return found
        query, names = fts_query(terms_sql), fts_query(terms_sql, "title")
        for code in ACTOR_KINDS:
            # Names first (all words in the name), then notes and contact details.
            rows = self._fts_rows(conn, words, names, code, limit)
            if len(rows) < limit:
                seen = {row.id for row in rows}
                rows += [r for r in self._fts_rows(conn, words, query, code, limit + len(rows))
                         if r.id not in seen][:limit - len(rows)]
            found[code] = rows
        for code in (CONTACT, MEETING, DOSSIER, SIGNAL, STORY):
            found[code] = self._fts_rows(conn, words, query, code, limit)
        found[AGENDA_ITEM] = self._fts_rows(conn, words, query, AGENDA_ITEM, AGENDA_SCAN)
        return found

    # -- PostgreSQL: the tsvector index ---------------------------------------------------------
    def _pg_found(self, conn: Connection, words: tuple[str, ...],
                  limit: int) -> dict[int, list[_Found]] | None:
        """As `_fts_found`; None (search with LIKE) when every word is a Dutch stop word."""
        query = " & ".join(f"'{word}':*" for word in words)  # words: letters and digits only
        if not conn.execute(_PG_NODES, {"query": query}).scalar_one():
            return None
        names = " & ".join(f"'{word}':*A" for word in words)  # A: the title (name)

        def rows(tsquery: str, code: int, count: int) -> list[_Found]:
            found = conn.execute(_PG_SQL, {"cut": MAX_TEXT, "query": tsquery, "low": code << 56,
                                           "high": ((code + 1) << 56) - 1, "limit": count})
            return [_Found(key & ID_MASK, highlight(title or "", words),
                           snippet(body or "", words)) for key, title, body in found]

        found: dict[int, list[_Found]] = {}
        for code in ACTOR_KINDS:
            hits = rows(names, code, limit)
            if len(hits) < limit:
                seen = {hit.id for hit in hits}
                hits += [h for h in rows(query, code, limit + len(hits))
                         if h.id not in seen][:limit - len(hits)]
            found[code] = hits
        for code in (CONTACT, MEETING, DOSSIER, SIGNAL, STORY):
            found[code] = rows(query, code, limit)
        found[AGENDA_ITEM] = rows(query, AGENDA_ITEM, AGENDA_SCAN)
        return found

    # -- any database: LIKE '%word%' ----------------------------------------------------------
    def _like_found(self, conn: Connection, words: tuple[str, ...],
                    limit: int) -> dict[int, list[_Found]]:
        """The portable search: the same columns, order and limits with LIKE '%word%'."""
        sqlite = conn.dialect.name == "sqlite"

        def contains(column, word: str):
            # SQLite's LIKE ignores ASCII case already; elsewhere ask for ILIKE.
            pattern = f"%{word}%"
            return column.like(pattern) if sqlite else column.ilike(pattern)

        def every_word(columns) -> object:
            return and_(*(or_(*(contains(c, w) for c in columns)) for w in words))

        def cut(column):
            return func.substr(column, 1, MAX_TEXT)

        found: dict[int, list[_Found]] = {}
        p, g, pl = Person.__table__, Group.__table__, Place.__table__
        searched = (Actor.name, Actor.note, p.c.street, p.c.house_number, p.c.email, p.c.phone,
                    g.c.address, g.c.email, g.c.phone, pl.c.address)
        for code, kind in ACTOR_KINDS.items():
            rows = conn.execute(
                _with_details(select(Actor.id, Actor.name, cut(Actor.note), *_DETAILS))
                .where(Actor.kind == kind, Actor.archived_at.is_(None), every_word(searched))
                .order_by(case((every_word((Actor.name,)), 0), else_=1), Actor.id.desc())
                .limit(limit))
            found[code] = [self._marked(r[0], r[1], r[2:], words) for r in rows]
        sources = (
            (CONTACT, ContactMoment, (), ("note", "follow_up"), "occurred_on", limit),
            (MEETING, Meeting, ("title",), ("notes", "location"), "starts_at", limit),
            (AGENDA_ITEM, AgendaItem, ("title",), ("description", "minutes"), None, AGENDA_SCAN),
            (DOSSIER, Dossier, ("title",), ("problem", "desired", "outcome", "lessons"), None,
             limit),
            (SIGNAL, Signal, ("location",), ("description",), "observed_on", limit),
            (STORY, Story, ("title",), ("body", "change"), "told_on", limit),
        )
        for code, model, title, body, day, count in sources:
            columns = [getattr(model, c) for c in (*title, *body)]
            order = [getattr(model, day).desc()] if day else []
            rows = conn.execute(
                select(model.id, *(cut(c) for c in columns)).where(every_word(columns))
                .order_by(*order, model.id.desc()).limit(count))
            found[code] = [
                self._marked(r[0], r[1] if title else "", r[1 + len(title):], words)
                for r in rows]
        return found

    @staticmethod
    def _marked(record_id: int, title: str, body: Iterable[str | None],
                words: tuple[str, ...]) -> _Found:
        body_text = "\n".join(part or "" for part in body)
        return _Found(record_id, highlight(title or "", words), snippet(body_text, words))

    # -- hits: dates, titles and flags from the records themselves ----------------------------
    def _groups(self, conn: Connection, found: dict[int, list[_Found]], limit: int,
                words: tuple[str, ...]) -> tuple[SearchGroup, ...]:
        groups = []
        for kind, label, codes in GROUPS:
            if codes[0] in ACTOR_KINDS:
                hits = self._actor_hits(conn, kind, found[codes[0]], words)
            elif kind == "contact_moment":
                hits = self._contact_hits(conn, found[CONTACT], words)
            elif kind == "meeting":
                hits = self._meeting_hits(conn, found[MEETING], found[AGENDA_ITEM])
            else:
                hits = self._dated_hits(conn, kind, codes[0], found[codes[0]])
            if hits:
                groups.append(SearchGroup(kind, label, tuple(hits[:limit]), len(hits) > limit))
        return tuple(groups)

    @staticmethod
    def _ids(rows: list[_Found]) -> list[int]:
        return [row.id for row in rows]

    def _actor_hits(self, conn: Connection, kind: str, rows: list[_Found],
                    words: tuple[str, ...]) -> list[SearchHit]:
        secret = list(conn.execute(
            select(Actor.id).where(Actor.id.in_(self._ids(rows)), Actor.note_sensitive)
        ).scalars())
        # A sensitive note stays out of the snippet; the address, e-mail and phone may show.
        shown = {r[0]: snippet("\n".join(r[1:]), words) for r in conn.execute(
            _with_details(select(Actor.id, *_DETAILS)).where(Actor.id.in_(secret)))}
        return [SearchHit(kind, r.id, r.title, shown.get(r.id, r.snippet), None, r.id in shown)
                for r in rows]

    def _contact_hits(self, conn: Connection, rows: list[_Found],
                      words: tuple[str, ...]) -> list[SearchHit]:
        ids = self._ids(rows)
        info = {r[0]: r[1:] for r in conn.execute(
            select(ContactMoment.id, ContactMoment.occurred_on, ContactMoment.setting,
                   ContactMoment.sensitive, ContactMoment.anonymous_count)
            .where(ContactMoment.id.in_(ids)))}
        names: dict[int, list[str]] = defaultdict(list)
        for moment_id, name in conn.execute(
                select(contact_participants.c.contact_moment_id, Actor.name)
                .join(Actor, Actor.id == contact_participants.c.actor_id)
                .where(contact_participants.c.contact_moment_id.in_(ids))
                .order_by(Actor.name)):
            names[moment_id].append(name)
        hits = []
        for row in rows:
            if row.id not in info:
                continue
            day, setting, sensitive, anonymous = info[row.id]
            hits.append(SearchHit(
                "contact_moment", row.id,
                highlight(_contact_title(setting, names[row.id], anonymous), words),
                Marked() if sensitive else row.snippet, day, bool(sensitive)))
        return hits

    def _meeting_hits(self, conn: Connection, meetings: list[_Found],
                      items: list[_Found]) -> list[SearchHit]:
        starts = dict(conn.execute(select(Meeting.id, Meeting.starts_at)
                                .where(Meeting.id.in_(self._ids(meetings)))).all())
        hits = {r.id: SearchHit("meeting", r.id, r.title, r.snippet, _day(starts.get(r.id)))
                for r in meetings if r.id in starts}
        for item_id, meeting_id, title, starts_at in conn.execute(
                select(AgendaItem.id, Meeting.id, Meeting.title, Meeting.starts_at)
                .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .where(AgendaItem.id.in_(self._ids(items)))):
            if meeting_id in hits:
                continue  # the meeting itself matched: one line for it
            row = next(r for r in items if r.id == item_id)
            hits[meeting_id] = SearchHit(
                "meeting", meeting_id, Marked.plain(f"{title} — agendapunt ") + row.title,
                row.snippet, _day(starts_at))
        return sorted(hits.values(), key=lambda h: (h.date or dt.date.min, h.record_id),
                      reverse=True)

    def _dated_hits(self, conn: Connection, kind: str, code: int,
                    rows: list[_Found]) -> list[SearchHit]:
        model = {DOSSIER: Dossier, SIGNAL: Signal, STORY: Story}[code]
        day = {SIGNAL: Signal.observed_on, STORY: Story.told_on}.get(code, null())
        sensitive = Story.sensitive if code == STORY else null()
        info = {r[0]: r[1:] for r in conn.execute(
            select(model.id, day, sensitive).where(model.id.in_(self._ids(rows))))}
        hits = []
        for row in rows:
            if row.id not in info:
                continue
            date, secret = info[row.id]
            title = row.title if row.title.text else Marked.plain(_FALLBACK_TITLES[kind])
            hits.append(SearchHit(kind, row.id, title, Marked() if secret else row.snippet,
                                  date, bool(secret)))
        return hits


_P, _G, _PL = Person.__table__, Group.__table__, Place.__table__
# Address, e-mail and phone of a person, group or place (as in the index's body).
_DETAILS = (
    func.coalesce(func.trim(_P.c.street + " " + _P.c.house_number), _G.c.address,
                  _PL.c.address, ""),
    func.coalesce(_P.c.email, _G.c.email, ""), func.coalesce(_P.c.phone, _G.c.phone, ""))


def _with_details(query):
    return (query.outerjoin(_P, _P.c.id == Actor.id).outerjoin(_G, _G.c.id == Actor.id)
            .outerjoin(_PL, _PL.c.id == Actor.id))


_FALLBACK_TITLES = {"dossier": "Dossier", "signal": "Signaal", "story": "Verhaal"}


def _day(value: dt.datetime | dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def _contact_title(setting: ContactSetting | str, names: list[str], anonymous: int) -> str:
    label = ContactSetting(setting).label
    who = ", ".join(names[:3]) + (f" en {len(names) - 3} anderen" if len(names) > 3 else "")
    if anonymous:
        people = f"{anonymous} bewoner" + ("s" if anonymous != 1 else "")
        who = f"{who} en {people}" if who else people
    return f"{label} — {who}" if who else label
