"""Undo for meeting edits: each edit runs its service call once, and is then pushed on the
window's QUndoStack as a command whose undo()/redo() call the services again.

`perform` runs the edit first and pushes only when it succeeded, so a refused edit (a Dutch
ValidationError message) is shown and leaves no step on the stack. Deleting and creating
restore the very same rows (services return snapshots), so later commands that hold ids
keep working.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QUndoCommand

from db.services.errors import ValidationError
from ui.context import AppContext
from ui.versions import Tracked

T = TypeVar("T")
ErrorSink = Callable[[str], None]
UndoRedo = tuple[Callable[[], Any], Callable[[], Any]]


class ServiceCommand(QUndoCommand):
    """The first redo() is skipped: `perform` already did the work."""

    def __init__(self, text: str, undo: Callable[[], Any], redo: Callable[[], Any],
                 on_error: ErrorSink) -> None:
        super().__init__(text)
        self._undo, self._redo, self._on_error = undo, redo, on_error
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._call(self._redo)

    def undo(self) -> None:
        self._call(self._undo)

    def _call(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except ValidationError as error:  # e.g. the record was deleted in the meantime
            self.setObsolete(True)
            self._on_error(error.message)


def perform(context: AppContext, text: str, do: Callable[[], T],
            make_undo: Callable[[T], UndoRedo], on_error: ErrorSink) -> T | None:
    """Do the edit now; on success push it as an undoable step and return its result."""
    try:
        result = do()
    except ValidationError as error:
        on_error(error.message)
        return None
    undo, redo = make_undo(result)
    context.undo_stack.push(ServiceCommand(text, undo, redo, on_error))
    return result


# -- the three shapes of edits ---------------------------------------------------------------
def update(context: AppContext, text: str, apply: Callable[..., dict[str, Any]],
           values: dict[str, Any], on_error: ErrorSink, *,
           record: tuple[str, int, int | None] | None = None) -> bool:
    """`apply(**values)` returns the previous values; undo applies those. With `record`
    (kind, id, the version the view loaded) every call names the version it expects
    (`expected_version`, ui.versions): an edit, undo or redo on what someone else changed
    since is refused with the Dutch message, and the step leaves the stack."""
    if record is None:
        def make(previous: dict[str, Any]) -> UndoRedo:
            return (lambda: apply(**previous)), (lambda: apply(**values))
        return perform(context, text, lambda: apply(**values), make, on_error) is not None
    track = Tracked(context.services, *record)

    def call(changes: dict[str, Any]) -> Callable[[int | None], Any]:
        return lambda expected: apply(**changes, expected_version=expected)

    def make_tracked(previous: dict[str, Any]) -> UndoRedo:
        previous = dict(previous)
        return (lambda: track.again(call(previous))), (lambda: track.again(call(values)))
    return perform(context, text, lambda: track.first(call(values)), make_tracked,
                   on_error) is not None


def create(context: AppContext, text: str, do: Callable[[], int],
           remove: Callable[[int], Any], restore: Callable[[Any], Any],
           on_error: ErrorSink) -> int | None:
    """A new record: undo removes it (keeping a snapshot), redo restores the same row."""
    def make(record_id: int) -> UndoRedo:
        state: dict[str, Any] = {}

        def undo() -> None:
            state["snapshot"] = remove(record_id)

        def redo() -> None:
            restore(state.pop("snapshot"))
        return undo, redo
    return perform(context, text, do, make, on_error)


def delete(context: AppContext, text: str, remove: Callable[[], Any],
           restore: Callable[[Any], Any], on_error: ErrorSink) -> bool:
    """A removal: undo restores the snapshot, redo removes again."""
    def make(snapshot: Any) -> UndoRedo:
        state = {"snapshot": snapshot}

        def undo() -> None:
            restore(state["snapshot"])

        def redo() -> None:
            state["snapshot"] = remove()
        return undo, redo
    return perform(context, text, remove, make, on_error) is not None


def current_worker_id(context: AppContext) -> int | None:
    profile = context.services.profile.current() if context.services else None
    return profile.id if profile else None
