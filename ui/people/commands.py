"""Undo commands for relationship notes. Each calls services in redo()/undo(); a redo
after an undo gives records their old ids back, so later commands keep pointing right."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from db.services import Services
from db.services.errors import ValidationError
from db.services.recording import ContactInput, Recorded
from db.services.ties import TieInput
from db.vocabulary import ActorKind, GroupKind, ParticipationLevel
from ui.text import tr
from ui.versions import Tracked

log = logging.getLogger(__name__)


class ServiceCommand(QUndoCommand):
    """An edit through services: `apply()` does it (and may raise ValidationError),
    `revert()` takes it back. Push it with `push()` so a refused edit never lands on the
    stack. An undo or redo the services refuse (the record was deleted, or someone else
    changed it since: ConflictError) is reported through push's `on_error` and the step
    leaves the stack, so it can never overwrite someone else's change."""

    _applied_already = False
    _report: Callable[[Exception], None] | None = None

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._applied_already:  # push() applied it to see whether it was accepted
            self._applied_already = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except ValidationError as error:
            self.setObsolete(True)
            if self._report is not None:
                try:
                    self._report(error)
                except RuntimeError:  # the dialog that made the edit is gone
                    log.warning("Ongedaan maken geweigerd: %s", error.message)


class CreateActorCommand(ServiceCommand):
    """A new person, group or place."""

    def __init__(self, services: Services, kind: ActorKind, fields: dict[str, Any],
                 worker_id: int | None) -> None:
        super().__init__(tr("Nieuw: {name}").format(
            name=fields.get("name") or " ".join(
                fields.get(k, "") for k in ("first_name", "last_name")).strip()))
        self.services, self.kind, self.fields, self.worker_id = services, kind, fields, worker_id
        self.actor_id: int | None = None

    def apply(self) -> None:
        f, s = self.fields, self.services
        if self.kind == ActorKind.PERSON:
            self.actor_id = s.people.create_person(worker_id=self.worker_id,
                                                   actor_id=self.actor_id, **f)
        elif self.kind == ActorKind.GROUP:
            self.actor_id = s.actors.create_group(
                f["name"], GroupKind(f["group_kind"]), neighbourhood_id=f.get("neighbourhood_id"),
                worker_id=self.worker_id, actor_id=self.actor_id)
        else:
            self.actor_id = s.actors.create_place(
                f["name"], f.get("place_type", ""), neighbourhood_id=f.get("neighbourhood_id"),
                worker_id=self.worker_id, actor_id=self.actor_id)

    def revert(self) -> None:
        self.services.actors.delete_new(self.actor_id)


class UpdateActorCommand(ServiceCommand):
    """Change fields of an actor; `old` is what the service replaced."""

    def __init__(self, services: Services, actor_id: int, changes: dict[str, Any],
                 text: str, version: int | None = None) -> None:
        super().__init__(text)
        self.services, self.actor_id, self.changes = services, actor_id, changes
        self.old: dict[str, Any] = {}
        self.track = Tracked(services, "actor", actor_id, version)  # ui.versions

    def apply(self) -> None:
        run = self.track.first if self.track.at is None else self.track.again
        self.old = run(lambda expected: self.services.actors.update(
            self.actor_id, self.changes, expected_version=expected))

    def revert(self) -> None:
        self.track.again(lambda expected: self.services.actors.update(
            self.actor_id, self.old, expected_version=expected))


class SetListsCommand(ServiceCommand):
    """Replace themes, languages or talents."""

    def __init__(self, services: Services, actor_id: int, lists: dict[str, list],
                 text: str) -> None:
        super().__init__(text)
        self.services, self.actor_id, self.lists = services, actor_id, lists
        self.old: dict[str, list] = {}

    def apply(self) -> None:
        self.old = self.services.actors.set_lists(self.actor_id, **self.lists)

    def revert(self) -> None:
        self.services.actors.set_lists(self.actor_id, **self.old)


class ArchiveCommand(ServiceCommand):
    def __init__(self, services: Services, actor_id: int, name: str, archive: bool) -> None:
        super().__init__(tr("Archiveren: {name}").format(name=name) if archive
                         else tr("Terughalen uit archief: {name}").format(name=name))
        self.services, self.actor_id, self.archive = services, actor_id, archive
        self.was = False

    def apply(self) -> None:
        self.was = self.services.actors.set_archived(self.actor_id, self.archive)

    def revert(self) -> None:
        self.services.actors.set_archived(self.actor_id, self.was)


class LevelStepCommand(ServiceCommand):
    def __init__(self, services: Services, person_id: int, level: ParticipationLevel,
                 since) -> None:
        super().__init__(tr("Participatie: {level}").format(level=level.label))
        self.services, self.person_id, self.level, self.since = services, person_id, level, since
        self.step_id: int | None = None

    def apply(self) -> None:
        self.step_id = self.services.actors.add_level_step(self.person_id, self.level,
                                                           self.since, self.step_id)

    def revert(self) -> None:
        self.services.actors.remove_level_step(self.step_id)


class AddTieCommand(ServiceCommand):
    def __init__(self, services: Services, tie: TieInput, worker_id: int | None,
                 text: str) -> None:
        super().__init__(text)
        self.services, self.tie, self.worker_id = services, tie, worker_id
        self.tie_id: int | None = None

    def apply(self) -> None:
        self.tie_id = self.services.ties.add(self.tie, self.worker_id, self.tie_id)

    def revert(self) -> None:
        self.services.ties.delete(self.tie_id)


class EndTieCommand(ServiceCommand):
    def __init__(self, services: Services, tie_id: int, until, text: str) -> None:
        super().__init__(text)
        self.services, self.tie_id, self.until = services, tie_id, until
        self.previous = None

    def apply(self) -> None:
        self.previous = self.services.ties.end(self.tie_id, self.until)

    def revert(self) -> None:
        self.services.ties.end(self.tie_id, self.previous)


class RecordContactCommand(ServiceCommand):
    def __init__(self, services: Services, data: ContactInput, worker_id: int | None) -> None:
        super().__init__(tr("Contactmoment vastleggen"))
        self.services, self.data, self.worker_id = services, data, worker_id
        self.recorded: Recorded | None = None

    def apply(self) -> None:
        self.recorded = self.services.recording.record(self.data, self.worker_id,
                                                       self.recorded)

    def revert(self) -> None:
        self.services.recording.delete(self.recorded)


class EditContactCommand(ServiceCommand):
    def __init__(self, services: Services, contact_moment_id: int, data: ContactInput,
                 version: int | None = None) -> None:
        super().__init__(tr("Contactmoment wijzigen"))
        self.services, self.contact_moment_id, self.data = services, contact_moment_id, data
        self.previous: ContactInput | None = None
        self.track = Tracked(services, "contact_moment", contact_moment_id, version)

    def apply(self) -> None:
        run = self.track.first if self.track.at is None else self.track.again
        self.previous = run(lambda expected: self.services.recording.update(
            self.contact_moment_id, self.data, expected_version=expected))

    def revert(self) -> None:
        self.track.again(lambda expected: self.services.recording.update(
            self.contact_moment_id, self.previous, expected_version=expected))


def push(stack, command: ServiceCommand, on_error: Callable[[Exception], None]) -> bool:
    """Apply a command and put it on the undo stack only when the services accepted it;
    otherwise `on_error` gets the error (its Dutch message) and nothing was written."""
    try:
        command.apply()
    except Exception as error:
        on_error(error)
        return False
    command._applied_already = True
    command._report = on_error
    stack.push(command)
    return True
