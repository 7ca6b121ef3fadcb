"""Undo for signals and dossiers: every edit is one ServiceCommand (ui.people.commands) whose
redo()/undo() call the services. `do(previous)` gets what the last run returned (None the
first time), so a redo after an undo gives records their old ids back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from db.services.errors import ValidationError
from ui.context import AppContext
from ui.people.commands import ServiceCommand, push
from ui.versions import Tracked

ErrorSink = Callable[[str], None]


class Edit(ServiceCommand):
    def __init__(self, text: str, do: Callable[[Any], Any], undo: Callable[[Any], Any],
                 on_error: ErrorSink) -> None:
        super().__init__(text)
        self._do, self._undo, self._on_error = do, undo, on_error
        self.state: Any = None

    def apply(self) -> None:
        self.state = self._do(self.state)

    def revert(self) -> None:
        self._undo(self.state)

    def redo(self) -> None:
        try:
            super().redo()
        except ValidationError as error:  # e.g. the record was deleted in the meantime
            self.setObsolete(True)
            self._on_error(error.message)

    def undo(self) -> None:
        try:
            super().undo()
        except ValidationError as error:
            self.setObsolete(True)
            self._on_error(error.message)


def message(error: Exception) -> str:
    return getattr(error, "message", None) or str(error)


def run(context: AppContext, text: str, do: Callable[[Any], Any], undo: Callable[[Any], Any],
        on_error: ErrorSink) -> Any:
    """Do the edit now; when the services accept it, put it on the undo stack and return
    what `do` returned (None when refused: `on_error` got the Dutch message)."""
    command = Edit(text, do, undo, on_error)
    if push(context.undo_stack, command, lambda error: on_error(message(error))):
        return command.state
    return None


def worker_id(context: AppContext) -> int | None:
    profile = context.services.profile.current() if context.services else None
    return profile.id if profile else None


# -- the edits the advocacy views make -------------------------------------------------------
def update(context: AppContext, text: str, apply: Callable[..., dict], record_id: int,
           values: dict[str, Any], on_error: ErrorSink, *, kind: str | None = None,
           version: int | None = None) -> bool:
    """A change of fields: `apply(id, values)` returns the old values, undo applies those.
    With `kind` and the `version` the view loaded, every call names the version it expects
    (ui.versions): a change someone else made since is never overwritten."""
    if kind is None:
        return run(context, text, lambda _prev: apply(record_id, values),
                   lambda old: apply(record_id, old), on_error) is not None
    track = Tracked(context.services, kind, record_id, version)

    def do(_prev: Any) -> Any:
        step = track.first if track.at is None else track.again
        return step(lambda expected: apply(record_id, values, expected_version=expected))

    def undo(old: Any) -> None:
        track.again(lambda expected: apply(record_id, dict(old), expected_version=expected))
    return run(context, text, do, undo, on_error) is not None


def move_phase(context: AppContext, dossier_id: int, phase, title: str,
               on_error: ErrorSink, reached_on: dt.date | None = None,
               version: int | None = None) -> bool:
    """Move a dossier to `phase`, reached today (or `reached_on`); undo takes it back.
    `version`: the dossier's version the view loaded (ui.versions)."""
    from ui.text import label, tr

    dossiers, day = context.services.dossiers, reached_on or dt.date.today()
    track = Tracked(context.services, "dossier", dossier_id, version)

    def do(prev: Any) -> Any:
        step = track.first if track.at is None else track.again
        return step(lambda expected: dossiers.move_phase(
            dossier_id, phase, day, step_id=prev.step_id if prev else None,
            expected_version=expected))

    def undo(move: Any) -> None:
        track.again(lambda expected: dossiers.revert_phase(move, expected_version=expected))
    return run(context, tr("'{t}' naar fase {p}").format(t=title, p=label(phase).lower()),
               do, undo, on_error) is not None


def remove(context: AppContext, text: str, remove_fn: Callable[[], Any],
           restore_fn: Callable[[Any], Any], on_error: ErrorSink) -> bool:
    """A removal: the service returns a snapshot, undo restores it."""
    return run(context, text, lambda _prev: remove_fn(), restore_fn, on_error) is not None
