"""The data and the team of bench/team_server.py: the server database filled once with
`migrate-to`, split among the simulated workers, their sign-ins, and the final check.

The residents (actors of kind person) and the contact moments of the demo are divided among
the simulated workers once (id modulo the number of workers), so that with row-level
security (migration 0007_team_access) each sees a tenth: their own residents and contact
moments, and the shared groups and places. What a run records (ids above the highest id
of the demo, kept in app_meta) is removed before the next run, so the counts stay those of
the demo.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

BENCH_WORKER = "Bench-medewerker"
BASE_KEY = "bench_team_base"  # app_meta: the highest contact moment id of the demo
MIGRATIONS_KEY = "bench_team_migrations"  # app_meta: digest of the revisions it ran
REDO_FROM = 5  # the revisions from here (0006_versions, 0007_team_access) are checked


def admin_database(url, name: str, *, create: bool = False, drop: bool = False) -> bool:
    """Does database `name` exist on the server of `url` (creating or dropping it)?"""
    import psycopg

    with psycopg.connect(**_params(url.set(database=url.database or "postgres")),
                         autocommit=True) as conn:
        if drop:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return False
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                              (name,)).fetchone() is not None
        if create and not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
        return exists


def _params(url) -> dict:
    params = {"host": url.host, "port": url.port, "user": url.username,
              "dbname": url.database, "password": url.password}
    return {k: v for k, v in params.items() if v}


def fill(url, source: Path) -> float:
    """migrate-to: the local demo to the (empty) server database; returns seconds."""
    from db.engine import sqlite_url
    from db.transfer import migrate_to

    start = time.perf_counter()
    last = [start]

    def progress(done: int, total: int, label: str) -> None:
        if time.perf_counter() - last[0] > 60:
            last[0] = time.perf_counter()
            print(f"  migrate-to: {done * 100 // max(total, 1)}% {label}", flush=True)

    migrate_to(sqlite_url(source), url, progress=progress)
    return time.perf_counter() - start


def _meta(s, value: int | None = None) -> int | None:
    text = _meta_text(s, BASE_KEY, None if value is None else str(value))
    return int(text) if text and text.isdigit() else None


def _meta_text(s, key: str, value: str | None = None) -> str | None:
    from sqlalchemy import select

    from db.models import AppMeta

    row = s.scalar(select(AppMeta).where(AppMeta.key == key))
    if value is not None:
        if row is None:
            s.add(AppMeta(key=key, value=value))
        else:
            row.value = value
        return value
    return row.value if row is not None else None


def migrations_digest() -> str:
    import hashlib

    from db.migrate import MIGRATIONS_DIR

    digest = hashlib.sha256()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("0*.py"))[REDO_FROM:]:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def migrations_changed(database) -> bool:
    """While the team revisions (0006, 0007) are being written, a kept database may hold
    an older text of them under the same revision number: then it is filled again."""
    from sqlalchemy.orm import Session

    with Session(database.engine) as s:
        return _meta_text(s, MIGRATIONS_KEY) != migrations_digest()


def mark_migrations(database, digest: str) -> None:
    """`digest`: of the revisions as they were when the fill began (migrations_digest)."""
    from sqlalchemy.orm import Session

    with Session(database.engine) as s, s.begin():
        _meta_text(s, MIGRATIONS_KEY, digest)


def reset(database) -> tuple[int, int]:
    """Remove what earlier runs recorded; returns (residents, contact moments)."""
    from sqlalchemy import delete, func, select

    from db.models import ContactMoment, Person

    with database.session.begin() as s:
        base = _meta(s)
        if base is None:
            base = _meta(s, s.scalar(select(func.max(ContactMoment.id))) or 0)
        s.execute(delete(ContactMoment).where(ContactMoment.id > base))
    with database.session() as s:
        return (s.scalar(select(func.count()).select_from(Person)),
                s.scalar(select(func.count()).select_from(ContactMoment)))


def team(database, workers: int) -> list[int]:
    """The simulated workers' rows (made once) and, once, the demo divided among them."""
    from sqlalchemy import case, select, text, update

    from db.models import Actor, ContactMoment, Worker
    from db.vocabulary import ActorKind

    names = [f"{BENCH_WORKER} {i}" for i in range(1, workers + 1)]
    with database.session.begin() as s:
        known = {name: wid for name, wid in
                 s.execute(select(Worker.name, Worker.id).where(Worker.name.in_(names)))}
        for name in names:
            if name not in known:
                worker = Worker(name=name, organisation="Benchmark", team="Teamserver")
                s.add(worker)
                s.flush()
                known[name] = worker.id
        ids = [known[name] for name in names]
        split = s.scalar(select(Actor.id).where(Actor.kind == ActorKind.PERSON,
                                                Actor.worker_id.not_in(ids)).limit(1))
        if split is None:
            return ids
        print(f"Bewoners en contactmomenten verdelen over {workers} medewerkers …", flush=True)
        began = time.perf_counter()
        postgres = s.get_bind().dialect.name == "postgresql"
        if postgres:  # the worker column feeds only search_index.owner_id: in bulk below
            for table in ("actors", "contact_moments"):
                s.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
        owner = {i: wid for i, wid in enumerate(ids)}
        s.execute(update(Actor).where(Actor.kind == ActorKind.PERSON)
                  .values(worker_id=case(owner, value=Actor.id % workers)))
        s.execute(update(ContactMoment).values(
            worker_id=case(owner, value=ContactMoment.id % workers)))
        if postgres:
            for table in ("actors", "contact_moments"):
                s.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))
            # what the <table>_search_owner triggers of 0007 would have done row by row:
            # residents, contact moments and signals about residents follow their worker
            s.execute(text("UPDATE search_index SET owner_id = buurtboek_search_owner(key) "
                           "WHERE key >> 56 IN (1, 4, 8)"))
    if postgres:  # ~2 million old row versions: cleaned now, not by autovacuum during run 1
        with database.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            for table in ("actors", "contact_moments", "search_index"):
                conn.execute(text(f"VACUUM (ANALYZE) {table}"))
    print(f"  verdeeld in {time.perf_counter() - began:.0f} s", flush=True)
    return ids


def logins(admin_url, worker_ids: list[int]) -> tuple[dict[int, str], list[str], str]:
    """Own database roles for the simulated workers when db/team.py offers them
    (add_worker(admin_url, name, role, password)): a fresh role per worker and run, linked
    to the worker's row (so their residents stay theirs). Otherwise every worker signs in
    as the owner. Returns worker id -> URL (password inside, never printed), the roles
    made (to remove afterwards) and how they sign in."""
    try:
        from db import team as team_module
    except ImportError:
        return {}, [], "als eigenaar (db/team.py bestaat nog niet)"
    add = getattr(team_module, "add_worker", None)
    if add is None:
        return {}, [], "als eigenaar (db/team.py heeft geen add_worker)"
    import secrets

    from sqlalchemy import text

    from db.engine import make_engine

    made: dict[int, str] = {}
    roles: list[str] = []
    suffix = uuid.uuid4().hex[:6]
    engine = make_engine(admin_url)
    try:
        for number, worker_id in enumerate(worker_ids, 1):
            role, password = f"bench_w{number}_{suffix}", secrets.token_urlsafe(18)
            new_id = add(admin_url, f"{BENCH_WORKER} {number} ({role})", role, password)
            roles.append(role)
            with engine.begin() as conn:  # the role signs in as the worker with the data
                conn.execute(text("UPDATE workers SET db_role = NULL WHERE id = :n"),
                             {"n": new_id})
                conn.execute(text("UPDATE workers SET db_role = :r WHERE id = :w"),
                             {"r": role, "w": worker_id})
                conn.execute(text("DELETE FROM workers WHERE id = :n"), {"n": new_id})
            made[worker_id] = admin_url.set(username=role, password=password) \
                .render_as_string(hide_password=False)
    except Exception as error:  # noqa: BLE001 - the team API may still change: say so
        drop(admin_url, roles)
        return {}, [], f"als eigenaar (add_worker faalde: {str(error).splitlines()[0]})"
    finally:
        engine.dispose()
    return made, roles, "elk als eigen databaserol (db.team.add_worker, rijbeveiliging)"


def drop(admin_url, roles: list[str]) -> None:
    """Remove the run's roles (db.team.remove_member: unlinks the worker row, keeps data)."""
    if not roles:
        return
    from db import team as team_module

    for role in roles:
        try:
            team_module.remove_member(admin_url, role)
        except Exception as error:  # noqa: BLE001 - shown; the next role still goes
            print(f"Rol {role} niet verwijderd: {error}", flush=True)


def plans(database, url, worker_ids: list[int], seconds: float, pause: float,
          signed_in: dict[int, str]):
    """One bench.team_workers.Plan per worker: their residents, what they would type
    (names, streets, themes, a name letter by letter), the shared groups."""
    from sqlalchemy import select

    from bench.team_workers import Plan
    from db.models import Actor, Person, Theme
    from db.vocabulary import ActorKind

    result = []
    with database.session() as s:
        themes = list(s.scalars(select(Theme.name).order_by(Theme.id).limit(12)))
        shared = list(s.scalars(select(Actor.id).where(Actor.kind == ActorKind.GROUP)
                                .order_by(Actor.id).limit(5)))
        for number, worker_id in enumerate(worker_ids, 1):
            rows = s.execute(
                select(Person.id, Person.first_name, Person.last_name, Person.street)
                .where(Person.worker_id == worker_id).order_by(Person.id.desc())
                .limit(60)).all()
            terms: list[tuple[str, str]] = []
            for _, first, last, street in rows[:12]:
                if first:
                    terms.append(("voornaam", first))
                if last:
                    terms.append(("voor- en achternaam", f"{first} {last}".strip()))
                    word = last.split()[-1]
                    terms += [("typen", word[:k]) for k in range(2, min(len(word), 6) + 1)]
                if street:
                    terms.append(("straat", street))
            terms += [("thema", theme.split()[0].lower()) for theme in themes[:6]]
            result.append(Plan(
                number=number, url=signed_in.get(worker_id) or
                url.render_as_string(hide_password=False),
                worker_id=worker_id, residents=[r[0] for r in rows], shared=shared,
                terms=terms, themes=themes, seconds=seconds, seed=1000 + number,
                pause=pause))
    return result


def verify(database, reports, worker_ids: list[int]) -> tuple[int, int, int]:
    """(recordings missing or with other participants, edits not as written, rows above
    the demo's highest id minus the recordings that returned)."""
    from sqlalchemy import func, select

    from db.models import ContactMoment, contact_participants

    recorded = {cid: set(people) for r in reports for cid, people in r.recorded}
    edits = {cid: note for r in reports for cid, note in r.edits.items()}
    found: dict[int, set[int]] = {}
    notes: dict[int, str] = {}
    with database.session() as s:
        base = _meta(s) or 0
        ids = list(recorded)
        for start in range(0, len(ids), 5000):
            chunk = ids[start:start + 5000]
            for cid, actor in s.execute(
                    select(contact_participants.c.contact_moment_id,
                           contact_participants.c.actor_id)
                    .where(contact_participants.c.contact_moment_id.in_(chunk))):
                found.setdefault(cid, set()).add(actor)
        edited = list(edits)
        for start in range(0, len(edited), 5000):
            notes.update({cid: note for cid, note in s.execute(
                select(ContactMoment.id, ContactMoment.note)
                .where(ContactMoment.id.in_(edited[start:start + 5000])))})
        rows = s.scalar(select(func.count()).select_from(ContactMoment)
                        .where(ContactMoment.id > base))
    lost = sum(found.get(cid) != people for cid, people in recorded.items())
    wrong = sum(notes.get(cid) != note for cid, note in edits.items())
    return lost, wrong, rows - len(recorded)
