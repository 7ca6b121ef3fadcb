"""Which version of a record this window's edits name (optimistic concurrency).

A service edit made on an opened record passes the version the view read
(`expected_version`, db.services.versions) and is refused with ConflictError when someone
else changed the record since. This book remembers, per record, the unbroken run of
versions this app wrote itself (`since` < v <= `last`), so that

- a new edit made on a view that has not reloaded yet after our own save (an autosave, two
  quick edits) names our latest version, never a false conflict with ourselves;
- undo and redo name our latest version, and are refused when someone else's change lies
  between the step and now (undoing it would silently overwrite their change).

One book per open database (keyed by its change bus), shared by every view and command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from db.services.errors import ConflictError

if TYPE_CHECKING:
    from db.services import Services

Key = tuple[str, int]
_BOOKS: WeakKeyDictionary[Any, VersionBook] = WeakKeyDictionary()


class VersionBook:
    def __init__(self) -> None:
        self._runs: dict[Key, tuple[int, int]] = {}

    def expected(self, kind: str, record_id: int, loaded: int | None) -> int | None:
        """The version a new edit names, made on what a view shows at version `loaded`."""
        run = self._runs.get((kind, record_id))
        if loaded is not None and run is not None and run[0] <= loaded <= run[1]:
            return run[1]
        return loaded

    def wrote(self, kind: str, record_id: int, before: int | None, after: int | None) -> None:
        """Our edit moved the record from version `before` to `after`."""
        if after is None:
            return
        key = (kind, record_id)
        run = self._runs.get(key)
        if run is not None and before is not None and run[1] == before:
            self._runs[key] = (run[0], after)
        else:
            self._runs[key] = (after - 1 if before is None else before, after)

    def latest(self, kind: str, record_id: int, at: int | None) -> int:
        """The version an undo or redo names, for a step whose last run left the record at
        `at`; ConflictError (nothing written) when a change of someone else came after."""
        run = self._runs.get((kind, record_id))
        if at is None or run is None or not run[0] < at <= run[1]:
            raise ConflictError(kind, record_id)
        return run[1]


def book(services: Services | None) -> VersionBook:
    """The book of the database `services` work on."""
    bus = services.db.bus if services is not None else None
    if bus is None:
        return VersionBook()
    found = _BOOKS.get(bus)
    if found is None:
        found = _BOOKS[bus] = VersionBook()
    return found


class Tracked:
    """One record's edits through one undo step: `first(call)` runs the edit on the version
    the view loaded, `again(call)` an undo or redo on our latest version; `call(expected)`
    does the service call and returns the version it left."""

    def __init__(self, services: Services | None, kind: str, record_id: int,
                 loaded: int | None) -> None:
        self.book = book(services)
        self.kind, self.record_id, self.loaded = kind, record_id, loaded
        self.at: int | None = None

    def first(self, call) -> Any:
        expected = self.book.expected(self.kind, self.record_id, self.loaded)
        return self._run(call, expected)

    def again(self, call) -> Any:
        if self.loaded is None:  # the view knew no version: as before, unchecked
            return call(None)
        return self._run(call, self.book.latest(self.kind, self.record_id, self.at))

    def _run(self, call, expected: int | None) -> Any:
        result = call(expected)
        after = version_of(result)
        self.book.wrote(self.kind, self.record_id, expected, after)
        self.at = after
        return result


def version_of(result: Any) -> int | None:
    """The version a service call left: an int, or the `version` of what it returned."""
    if isinstance(result, int) and not isinstance(result, bool):
        return result
    return getattr(result, "version", None)
