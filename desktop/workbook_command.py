"""The frame every command that writes one workbook from the data folder shares:
`buurtboek agenda`, `dossier`, `inzage`, `export` and `export-list`.

It checks the target before anything is opened (an .xlsx in an existing folder), opens
the folder's database (a foreign or newer file: exit 2), runs the export, turns a Dutch
ValidationError/ValueError or a write error into one line on stderr (exit 1) and always
closes the database. The export functions themselves write to a temporary name and
rename, so a failure leaves no half-written file.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import paths

if TYPE_CHECKING:
    from db.database import Database


def fail(message: str, code: int = 1) -> int:
    print(f"buurtboek: {message}", file=sys.stderr)
    return code


def target_problem(target: Path | str) -> str:
    """Why `target` cannot be written as a workbook, or "" when it can."""
    target = Path(target)
    if target.suffix.lower() != ".xlsx":
        return "het bestand moet op .xlsx eindigen."
    if not target.parent.is_dir():
        return f"map {target.parent} bestaat niet."
    return ""


def with_database(folder: Path, work: Callable[[Database], int],
                  target: Path | str | None = None) -> int:
    """Open the folder's database, run `work(database)` (its return is the exit code) and
    report what went wrong in one Dutch line."""
    from db.database import open_database
    from db.engine import DATABASE_FILENAME
    from db.migrate import SchemaError

    if not (folder / DATABASE_FILENAME).exists():
        print(f"Geen database gevonden in {folder}.", file=sys.stderr)
        return 1
    try:
        database = open_database(paths.database_url(folder))
    except SchemaError as error:
        return fail(str(error), 2)
    try:
        return work(database)
    except ValueError as error:  # ValidationError included: its message is for the user
        return fail(getattr(error, "message", None) or str(error))
    except OSError as error:
        return fail(f"kon {target or error.filename or 'het bestand'} niet schrijven: "
                    f"{error.strerror or error}")
    finally:
        database.close()
