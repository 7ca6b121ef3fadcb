"""The worker's profile: who uses this database (every record they make carries their id)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from db.database import Database
from db.events import Change
from db.models import Actor, AppMeta, Worker
from db.services import validation
from db.team import session_worker_id

CURRENT_WORKER_KEY = "current_worker_id"


@dataclass(frozen=True)
class WorkerProfile:
    id: int
    name: str
    organisation: str
    team: str
    role: str


def _profile(worker: Worker) -> WorkerProfile:
    return WorkerProfile(worker.id, worker.name, worker.organisation, worker.team, worker.role)


class ProfileService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def current(self) -> WorkerProfile | None:
        """The worker this database belongs to, or None before the first-run welcome."""
        with self.db.session() as s:
            signed_in = session_worker_id(s)  # a team server: the worker who signed in
            value = s.get(AppMeta, CURRENT_WORKER_KEY)
            if signed_in is None and (value is None or not value.value.isdigit()):
                return None
            worker = s.get(Worker, signed_in if signed_in is not None else int(value.value))
            return _profile(worker) if worker else None

    def save(self, name: str, organisation: str = "", team: str = "",
             role: str = "opbouwwerker") -> WorkerProfile:
        """Create or update the current worker's profile."""
        name = validation.text(name, "Naam", field="name", max_length=200, required=True)
        organisation = validation.text(
            organisation, "Organisatie", field="organisation", max_length=200
        )
        team = validation.text(team, "Team", field="team", max_length=200)
        role = validation.text(role, "Functie", field="role", max_length=100) or "opbouwwerker"
        with self.db.session.begin() as s:
            meta = s.get(AppMeta, CURRENT_WORKER_KEY)
            worker = s.get(Worker, int(meta.value)) if meta and meta.value.isdigit() else None
            signed_in = session_worker_id(s)
            if signed_in is not None:  # a team server: only the own row (db.team)
                worker = s.get(Worker, signed_in)
            action = "updated"
            if worker is None:
                worker = Worker(name=name)
                s.add(worker)
                s.flush()
                s.merge(AppMeta(key=CURRENT_WORKER_KEY, value=str(worker.id)))
                action = "created"
            worker.name, worker.organisation, worker.team, worker.role = (
                name, organisation, team, role)
            s.flush()
            profile = _profile(worker)
        self.db.bus.publish(Change("worker", action, (profile.id,)))
        return profile

    def adopt(self, worker_id: int) -> None:
        """Make an existing worker (e.g. the demo's) the current one."""
        with self.db.session.begin() as s:
            if s.get(Worker, worker_id) is None:
                raise ValueError(f"Onbekende medewerker {worker_id}")
            s.merge(AppMeta(key=CURRENT_WORKER_KEY, value=str(worker_id)))
        self.db.bus.publish(Change("worker", "updated", (worker_id,)))

    def has_data(self) -> bool:
        with self.db.session() as s:
            return s.scalar(select(Actor.id).limit(1)) is not None
