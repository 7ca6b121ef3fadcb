"""A small hand-made neighbourhood for the privacy tests (consent, retention, access request,
erasure): a resident with a rare name to find back in the file's bytes, and others around
them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import insert

from db.database import Database
from db.last_contact import refresh_last_contact
from db.models import (
    ActionPoint, Attendance, Consent, ContactMoment, Dossier, DossierInvolvement, Group,
    Meeting, Membership, Neighbourhood, Person, Signal, Story, Tie, Worker, story_actors,
)
from db.services.audit import AuditAction, AuditService
from db.services.profile import CURRENT_WORKER_KEY
from db.vocabulary import (
    ActionStatus, AttendanceStatus, ConsentMeans, ContactSetting, DossierPhase, GroupKind,
    InvolvementRole, Strategy,
)

#: The canary: a name nobody else has, searched for in the database file's bytes.
FIRST, LAST = "Quirijn", "Zwanenbloem"
NAME = f"{FIRST} {LAST}"
TODAY = dt.date.today()
LONG_AGO = TODAY - dt.timedelta(days=4 * 365)


def build(db: Database) -> dict[str, int]:
    from db.models import AppMeta

    with db.session.begin() as s:
        worker = Worker(name="Samira Ouali", organisation="Welzijn Zuid")
        hood = Neighbourhood(name="Oude Westen")
        s.add_all([worker, hood])
        s.flush()
        s.add(AppMeta(key=CURRENT_WORKER_KEY, value=str(worker.id)))
        quirijn = Person(name=NAME, first_name=FIRST, last_name=LAST, phone="0612345678",
                         email="quirijn@example.org", street="Gaffelstraat", house_number="7",
                         neighbourhood=hood, note=f"{FIRST} helpt met de moestuin",
                         worker_id=worker.id)
        anja = Person(name="Anja Bakker", first_name="Anja", last_name="Bakker",
                      neighbourhood=hood, worker_id=worker.id)
        bram = Person(name="Bram Visser", first_name="Bram", last_name="Visser",
                      neighbourhood=hood, worker_id=worker.id)
        club = Group(name="Moestuinclub", group_kind=GroupKind.INFORMAL, neighbourhood=hood)
        s.add_all([quirijn, anja, bram, club])
        s.flush()
        q, a, b = quirijn.id, anja.id, bram.id

        def moment(day, note, *people, anonymous=0, sensitive=False):
            m = ContactMoment(occurred_on=day, setting=ContactSetting.STAIRWELL, note=note,
                              anonymous_count=anonymous, sensitive=sensitive,
                              neighbourhood_id=hood.id, worker_id=worker.id)
            s.add(m)
            s.flush()
            for person in people:
                s.execute(insert(ContactMoment.participants.property.secondary).values(
                    contact_moment_id=m.id, actor_id=person))
            return m.id

        only = moment(TODAY - dt.timedelta(days=10), f"{LAST} vertelt over schulden", q,
                      sensitive=True)
        old_only = moment(LONG_AGO, "Gesprek over de moestuin", q)
        shared = moment(TODAY - dt.timedelta(days=5), "Samen naar de buurtavond", q, a)
        with_crowd = moment(TODAY - dt.timedelta(days=3), "Praatje op het plein", q,
                            anonymous=4)
        mention = moment(TODAY - dt.timedelta(days=2), f"Anja noemde dat {NAME} verhuist", a)
        old_anja = moment(LONG_AGO, "Oud gesprek met Anja", a)
        s.add(ActionPoint(description="Terugbellen over de schuldhulp", status=ActionStatus.OPEN,
                          contact_moment_id=only, owner_worker_id=worker.id))
        s.add(ActionPoint(description="Zaden halen", status=ActionStatus.OPEN,
                          owner_actor_id=q))
        meeting = Meeting(title="Bewonersavond", starts_at=dt.datetime.combine(
            TODAY - dt.timedelta(days=20), dt.time(19, 30)), worker_id=worker.id)
        dossier = Dossier(title="Schimmel in de flat", phase=DossierPhase.SIGNALLING,
                          problem="Veel klachten", closed_on=LONG_AGO, worker_id=worker.id)
        open_dossier = Dossier(title="Speeltuin", phase=DossierPhase.SIGNALLING)
        s.add_all([meeting, dossier, open_dossier])
        s.flush()
        s.add_all([Attendance(meeting_id=meeting.id, actor_id=q, status=AttendanceStatus.PRESENT),
                   Attendance(meeting_id=meeting.id, actor_id=a, status=AttendanceStatus.PRESENT),
                   DossierInvolvement(dossier_id=dossier.id, actor_id=q,
                                      role=InvolvementRole.AFFECTED),
                   Tie(source_id=q, target_id=a, strategy=Strategy.BONDING, since=TODAY),
                   Membership(person_id=q, group_id=club.id, role="trekker"),
                   Consent(person_id=q, purpose="Contactgegevens bewaren", given_on=TODAY,
                           means=ConsentMeans.WRITTEN, info_version="2026-2",
                           worker_id=worker.id),
                   Signal(observed_on=TODAY, description="Lekkage", source_actor_id=q)])
        story = Story(title="Van bezoeker tot trekker", body=f"{FIRST} begon als bezoeker",
                      told_on=TODAY)
        s.add(story)
        s.flush()
        s.execute(insert(story_actors).values(story_id=story.id, actor_id=q))
        refresh_last_contact(s)
        ids = dict(worker=worker.id, hood=hood.id, quirijn=q, anja=a, bram=b, club=club.id,
                   only=only, old_only=old_only, shared=shared, with_crowd=with_crowd,
                   mention=mention, old_anja=old_anja, meeting=meeting.id,
                   dossier=dossier.id, open_dossier=open_dossier.id, story=story.id)
    AuditService(db).record(AuditAction.EXPORT, object_kind="person", object_id=q,
                            detail="adreslijst", rows=1)
    return ids


def file_bytes(db: Database) -> bytes:
    """The database file and its write-ahead log, lower-cased (FTS5 stores words folded)."""
    path = Path(db.engine.url.database)
    data = b""
    for name in (path, path.with_name(path.name + "-wal")):
        if name.exists():
            data += name.read_bytes()
    return data.lower()


def in_file(db: Database, text: str) -> bool:
    return text.lower().encode() in file_bytes(db)
