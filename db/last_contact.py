"""Keep `actors.last_contact_on` equal to the newest contact moment each actor took part in.

Derived data, recomputed from the source rows (never incremented), so it is right after
any write: recording, editing or deleting a contact moment, merging two persons.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select, update

from db.models import Actor, ContactMoment, contact_participants


def refresh_last_contact(connection, actor_ids: Iterable[int] | None = None) -> None:
    """Recompute for `actor_ids` (all actors when None) inside the caller's transaction.

    `connection` is a SQLAlchemy Connection or Session.
    """
    newest = (
        select(func.max(ContactMoment.occurred_on))
        .join(contact_participants,
              contact_participants.c.contact_moment_id == ContactMoment.id)
        .where(contact_participants.c.actor_id == Actor.__table__.c.id)
        .scalar_subquery()
    )
    actors = Actor.__table__
    # derived data: keep updated_at as it was (it says when the worker last edited the record)
    statement = update(actors).values(last_contact_on=newest, updated_at=actors.c.updated_at)
    if actor_ids is not None:
        ids = sorted(set(actor_ids))
        if not ids:
            return
        for start in range(0, len(ids), 500):
            connection.execute(statement.where(actors.c.id.in_(ids[start:start + 500])))
        return
    connection.execute(statement)
