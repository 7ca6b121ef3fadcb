"""Other workers' changes on a team server, announced on this app's bus (LISTEN/NOTIFY).

Migration 0006_versions makes PostgreSQL send `pg_notify('buurtboek', json)` after every
statement that changes a table the views show: {"table", "action", "ids", "kinds" (for
actors), "app": the sender's application_name}. Every Database opened on a server gets its
own application_name (`application_name()`, set on each of its connections by
`engine_args`), and a `Listener`: a daemon thread with one psycopg connection of its own
(autocommit, LISTEN buurtboek) that turns each notification of *another* application into
db.events.Change objects on the Database's bus, exactly as if a service of this app had
published them. The UI bridge (ui.bridge) moves them to the GUI thread, where open views
reload. Our own writes are skipped: the services already announced them.

When the server goes away the thread reconnects with a growing pause (0.5 s up to 30 s)
and then announces Change("*"): whatever happened meanwhile was not heard, so every view
reloads. What arrives within POLL_S is merged (`merged`): one Change per kind and action.
`stop()` ends the thread within about POLL_S. Nothing here on SQLite: one laptop, one
writer.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy.engine import URL, Engine, make_url

from db.events import Change, EventBus

log = logging.getLogger(__name__)

CHANNEL = "buurtboek"
POLL_S = 0.3  # notifications arriving within this time are announced together
MERGED_IDS = 1000  # more ids than this in one merged Change: none ("reload them all")
BACKOFF_S = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0)
PREFIX = "buurtboek-"

# Table -> the Change kind its rows are announced as (actors: by the rows' own kinds).
# Tables whose ids are of a parent record announce that parent as "updated".
KINDS = {
    "contact_moments": "contact_moment", "ties": "tie", "meetings": "meeting",
    "meeting_series": "meeting_series", "agenda_items": "agenda_item",
    "attendance": "attendance", "decisions": "decision", "action_points": "action_point",
    "signals": "signal", "dossiers": "dossier", "stories": "story",
    "initiatives": "initiative", "workers": "worker", "neighbourhoods": "neighbourhood",
    "themes": "theme", "actor_positions": "actor_position",
}
PARENTS = {
    "dossier_phase_steps": "dossier", "dossier_involvements": "dossier",
    "dossier_targets": "dossier", "dossier_actions": "dossier",
    "consents": "person", "participation_steps": "person", "memberships": "person",
}


def is_server(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def application_name(url: str | URL) -> str | None:
    """A name of its own for a Database on a server (None for a SQLite file)."""
    return f"{PREFIX}{uuid.uuid4().hex[:16]}" if is_server(url) else None


def engine_args(name: str | None) -> dict[str, Any]:
    """Extra db.engine.make_engine arguments: every connection carries `name`."""
    return {"connect_args": {"application_name": name}} if name else {}


def changes(payload: str, own: str | None) -> list[Change]:
    """The Changes a notification stands for; none for our own or an unknown table."""
    try:
        data = json.loads(payload)
    except ValueError:
        log.warning("Onleesbare melding van de server genegeerd")
        return []
    if not isinstance(data, dict) or (own is not None and data.get("app") == own):
        return []
    table, action = data.get("table"), data.get("action") or "updated"
    ids = tuple(int(i) for i in (data.get("ids") or ()))
    if table == "actors":
        return [Change(str(kind), action, ids) for kind in (data.get("kinds") or ("person",))]
    if table in PARENTS:
        return [Change(PARENTS[table], "updated", ids)]
    if table in KINDS:
        return [Change(KINDS[table], action, ids)]
    return []


def merged(found: Iterable[Change]) -> list[Change]:
    """One Change per (kind, action), ids joined, in the order first seen: a bulk write
    sent row by row (psycopg's executemany) is one reload for each view, not thousands."""
    joined: dict[tuple[str, str], set[int] | None] = {}
    for change in found:
        key = (change.kind, change.action)
        ids = joined.get(key, set())
        if ids is None or not change.ids:
            joined[key] = None  # no ids: everything of that kind
        else:
            ids.update(change.ids)
            joined[key] = ids if len(ids) <= MERGED_IDS else None
    return [Change(kind, action, tuple(sorted(ids)) if ids else ())
            for (kind, action), ids in joined.items()]


def _connect_kwargs(engine: Engine, name: str) -> dict[str, Any]:
    """What psycopg.connect needs to reach the engine's server as the engine does (the
    password held in memory included), under a listener's own application_name."""
    args, kwargs = engine.dialect.create_connect_args(engine.url)
    if args:
        kwargs = {**kwargs, "conninfo": args[0]}
    return {**kwargs, "application_name": f"{name}-luistert"[:63], "autocommit": True}


class Listener:
    """The LISTEN thread of one Database on a server."""

    def __init__(self, engine: Engine, name: str, bus: EventBus) -> None:
        self.name, self.bus = name, bus
        self._kwargs = _connect_kwargs(engine, name)
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"luisteraar {name}",
                                        daemon=True)

    def start(self) -> Listener:
        self._thread.start()
        return self

    def wait_listening(self, timeout: float = 10.0) -> bool:
        """True once LISTEN is in place (for tests and for a caller that needs it)."""
        return self._listening.wait(timeout)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def _publish(self, found: Iterable[Change]) -> None:
        for change in merged(found):
            self.bus.publish(change)

    def _run(self) -> None:
        import psycopg

        failures = 0
        while not self._stop.is_set():
            try:
                with psycopg.connect(**self._kwargs) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._listening.set()
                    if failures:
                        log.info("Weer verbonden met de server; alle vensters laden opnieuw")
                        self.bus.publish(Change("*"))
                    failures = 0
                    while not self._stop.is_set():
                        heard: list[Change] = []
                        for note in conn.notifies(timeout=POLL_S):
                            heard.extend(changes(note.payload, self.name))
                        self._publish(heard)
            except psycopg.Error as error:
                self._listening.clear()
                pause = BACKOFF_S[min(failures, len(BACKOFF_S) - 1)]
                failures += 1
                log.warning("Luisteren naar de server onderbroken (%s); opnieuw over %.1f s",
                            type(error).__name__, pause)
                self._stop.wait(pause)
            except Exception:  # never let a bad notification end the thread silently
                log.exception("Luisteraar faalde; opnieuw")
                failures += 1
                self._stop.wait(BACKOFF_S[-1])
        self._listening.clear()


def start(engine: Engine, name: str | None, bus: EventBus) -> Listener | None:
    """Start listening for a Database on a server (`name` from application_name)."""
    if name is None:
        return None
    return Listener(engine, name, bus).start()
