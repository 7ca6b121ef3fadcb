"""The command-line commands (`demo`, `check`, `agenda`, `import`, `backup`, `restore`): the same
services as the interface."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TextIO

from desktop import paths


class TerminalProgress:
    """A one-line progress bar on stderr: [#####.....]  45%  Contactmomenten."""

    def __init__(self, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self.stream, self.width = stream, width
        self.start = time.monotonic()
        self._last = -1.0
        self.interactive = stream.isatty()

    def __call__(self, done: int, total: int, label: str) -> None:
        fraction = min(1.0, done / total) if total else 1.0
        now = time.monotonic()
        if fraction < 1.0 and now - self._last < (0.1 if self.interactive else 5.0):
            return
        self._last = now
        filled = int(self.width * fraction)
        line = (f"[{'#' * filled}{'.' * (self.width - filled)}] {fraction:4.0%}  "
                f"{label:<28} {now - self.start:5.1f} s")
        self.stream.write(("\r" + line) if self.interactive else line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.interactive:
            self.stream.write("\n")


def server(raw: str, *, ask=None):
    """The team server's URL (a sqlalchemy URL, password in memory only), or an exit code
    after a Dutch message. The password is asked on the terminal when libpq found none in
    PGPASSWORD, PGPASSFILE or ~/.pgpass."""
    import getpass

    from db.postgres import ServerError, connectable_url, server_url

    if ask is None and sys.stdin.isatty():
        ask = getpass.getpass
    try:
        return connectable_url(server_url(raw), ask)
    except ServerError as error:
        print(f"buurtboek: {error}", file=sys.stderr)
        return 2


def migrate_to(folder: Path, raw: str, *, ask=None) -> int:
    """`buurtboek migrate-to URL`: the data folder's database to an empty team server."""
    from db.engine import DATABASE_FILENAME
    from db.migrate import SchemaError
    from db.postgres import shown
    from db.transfer import TransferError
    from db.transfer import migrate_to as copy_to

    url = server(raw, ask=ask)
    if isinstance(url, int):
        return url
    if not (folder / DATABASE_FILENAME).exists():
        print(f"buurtboek: er is geen lokale database in {folder}.", file=sys.stderr)
        return 2
    progress = TerminalProgress(sys.stderr)  # the stream of now, not of the first import
    try:
        summary = copy_to(paths.database_url(folder), url, progress=progress)
    except (TransferError, SchemaError) as error:
        progress.finish()
        print(f"buurtboek: {error}", file=sys.stderr)
        return 1
    progress.finish()
    rows = f"{summary.rows:,}".replace(",", ".")
    print(f"Gekopieerd naar {shown(url)}: {rows} rijen in {len(summary.counts)} tabellen, "
          "de aantallen kloppen. De lokale database is niet veranderd.")
    return 0


def demo(folder: Path, *, people: int, contacts: int | None, seed: int, url=None) -> int:
    from db import demo as demo_data
    from db.database import open_database
    from db.migrate import SchemaError
    from db.services.profile import ProfileService

    try:
        database = open_database(url or paths.database_url(folder))
    except SchemaError as error:
        print(f"buurtboek: {error}", file=sys.stderr)
        return 2
    progress = TerminalProgress()
    try:
        profile = ProfileService(database).current()
        started = time.monotonic()
        summary = demo_data.run(
            database.engine, demo_data.DemoSize(people=people, contacts=contacts, seed=seed),
            progress=progress, worker_id=profile.id if profile else None,
        )
        progress.finish()
        if profile is None and summary.worker_id is not None:
            ProfileService(database).adopt(summary.worker_id)
    except ValueError as error:
        progress.finish()
        print(f"buurtboek: {error}", file=sys.stderr)
        return 1
    finally:
        database.close()
    elapsed = time.monotonic() - started
    def n(value: int) -> str:
        return f"{value:,}".replace(",", ".")

    print(f"Demowijk klaar in {elapsed:.1f} s: {n(summary.people)} bewoners, "
          f"{n(summary.contact_moments)} contactmomenten, {n(summary.ties)} relaties, "
          f"{n(summary.meetings)} bijeenkomsten, {n(summary.dossiers)} dossiers in "
          f"{database.url if url else folder}")
    return 0


def check(folder: Path) -> int:
    """Integrity and schema check without changing anything; non-zero on a problem."""
    from sqlalchemy import text

    from db.engine import DATABASE_FILENAME, probe_engine
    from db.migrate import HEAD, SchemaError, SchemaState, inspect_schema

    file = folder / DATABASE_FILENAME
    if not file.exists():
        print(f"Geen database gevonden in {folder}.", file=sys.stderr)
        return 1
    engine = probe_engine(paths.database_url(folder))  # check changes nothing
    problems = 0
    try:
        try:
            info = inspect_schema(engine)
        except SchemaError as error:
            print(f"Schema: {error}", file=sys.stderr)
            return 2
        with engine.connect() as conn:
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            foreign = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            counts = {}
            if info.state is not SchemaState.EMPTY:
                for table in ("actors", "ties", "contact_moments", "meetings", "dossiers"):
                    counts[table] = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
    finally:
        engine.dispose()
    print(f"Database: {file}")
    state = {SchemaState.CURRENT: "actueel", SchemaState.BEHIND: "verouderd (wordt bij start "
             "bijgewerkt)", SchemaState.EMPTY: "leeg"}[info.state]
    print(f"Schemaversie: {info.revision or '-'} (nieuwste: {HEAD}) — {state}")
    if integrity != ["ok"]:
        problems += 1
        print("Integriteit: FOUT\n  " + "\n  ".join(integrity[:20]), file=sys.stderr)
    else:
        print("Integriteit: ok")
    if foreign:
        problems += 1
        print(f"Verwijzingen: {len(foreign)} verweesde verwijzingen", file=sys.stderr)
    else:
        print("Verwijzingen: ok")
    for table, count in counts.items():
        print(f"  {table}: {count}")
    return 1 if problems else 0


def agenda(folder: Path, meeting_id: int, *, output: str | None = None,
           text: str | None = None) -> int:
    """Agenda and minutes of one meeting to Excel, or as plain text on stdout."""
    from db.services.agenda import AgendaService
    from db.services.errors import ValidationError
    from desktop.workbook_command import fail, target_problem, with_database

    if output is not None and text is None and (problem := target_problem(output)):
        return fail(problem)

    def work(database) -> int:
        if text is not None:
            from exports.agenda import agenda_text, minutes_text

            document = AgendaService(database).document(meeting_id)
            sys.stdout.write((agenda_text if text == "agenda" else minutes_text)(document))
            return 0
        from exports.agenda import export_agenda

        target = output
        if target is None:
            meeting = AgendaService(database).agenda(meeting_id)
            if meeting is None:
                raise ValidationError(f"Bijeenkomst {meeting_id} bestaat niet (meer).")
            target = f"agenda-{meeting.meeting.starts_at:%Y-%m-%d}-{meeting_id}.xlsx"
        written = export_agenda(database, meeting_id, Path(target))
        print(f"Agenda en notulen geschreven naar {written}")
        return 0

    return with_database(folder, work, output)


def dossier(folder: Path, dossier_id: int, *, output: str | None = None,
            without_names: bool = False) -> int:
    """One dossier to Excel (optionally without residents' names); audit-logged."""
    from desktop.workbook_command import fail, target_problem, with_database
    from exports.dossier import export_dossier

    target = Path(output or f"dossier-{dossier_id}.xlsx")
    if problem := target_problem(target):
        return fail(problem)

    def work(database) -> int:
        written = export_dossier(database, dossier_id, target, without_names=without_names)
        print(f"Dossier geschreven naar {written}" + (" (zonder namen)" if without_names else ""))
        return 0

    return with_database(folder, work, target)


def inzage(folder: Path, person_id: int, *, output: str | None = None) -> int:
    """`buurtboek inzage PERSOON_ID -o FILE`: everything about one person to Excel."""
    from desktop.workbook_command import fail, target_problem, with_database
    from exports.access_request import export_access_request

    target = Path(output or f"inzage-{person_id}.xlsx")
    if problem := target_problem(target):
        return fail(problem)

    def work(database) -> int:
        written = export_access_request(database, person_id, target)
        print(f"Inzageverzoek geschreven naar {written} (vastgelegd in het auditlog)")
        return 0

    return with_database(folder, work, target)


def import_contacts(folder: Path, file: str, *, skip_invalid: bool = False,
                    columns: list[str] | None = None) -> int:
    """`buurtboek import BESTAND`: all rows or nothing. Exit 0 when imported, 1 when rows were
    refused and nothing was imported (without --skip-invalid), 2 when the file or the
    database cannot be used. The per-row report goes to the output."""
    from db.database import open_database
    from db.engine import DATABASE_FILENAME
    from db.migrate import SchemaError
    from db.services.audit import file_sha256
    from db.services.errors import ValidationError
    from db.services.import_values import TARGETS, guess_mapping, header_key, target_for
    from db.services.person_import import PersonImportService
    from exports.import_files import ImportFileError, read_table

    def n(value: int) -> str:
        return f"{value:,}".replace(",", ".")

    try:
        table = read_table(file)
    except ImportFileError as error:
        print(f"buurtboek: {error.message}", file=sys.stderr)
        return 2
    mapping = guess_mapping(table.header)
    for choice in columns or []:
        source, _, target = choice.partition("=")
        found = [i for i, h in enumerate(table.header) if header_key(h) == header_key(source)]
        field = target_for(target)
        if not found or field is None:
            print(f"buurtboek: --kolom {choice}: " + (
                f"geen kolom '{source}' (wel: {', '.join(table.header)})" if not found else
                f"onbekend veld '{target}' (wel: {', '.join(TARGETS)})"), file=sys.stderr)
            return 2
        mapping[found[0]] = field
    if not (folder / DATABASE_FILENAME).exists():
        print(f"Geen database gevonden in {folder}.", file=sys.stderr)
        return 2
    try:
        database = open_database(paths.database_url(folder))
    except SchemaError as error:
        print(f"buurtboek: {error}", file=sys.stderr)
        return 2
    try:
        service = PersonImportService(database)
        check = service.check(table.header, table.rows, table.row_numbers, mapping,
                              source=table.file_name)
        print(f"{table.file_name} ({table.description}): {n(check.total)} rijen, "
              f"{n(len(check.people))} nieuw, {n(len(check.refused))} geweigerd, "
              f"{n(len(check.duplicates))} dubbel.")
        for line in check.report():
            print(f"  {line}")
        if check.refused and not skip_invalid:
            print(f"buurtboek: er is niets geïmporteerd: {n(len(check.refused))} rij(en) "
                  "geweigerd. Verbeter het bestand, of gebruik --skip-invalid om alleen de "
                  "geldige rijen te importeren.", file=sys.stderr)
            return 1
        result = service.run(check, valid_only=skip_invalid, file_hash=file_sha256(file))
    except ValidationError as error:
        print(f"buurtboek: {error.message}", file=sys.stderr)
        return 2
    finally:
        database.close()
    print(f"{n(result.imported)} bewoners geïmporteerd.")
    return 0


def backup(folder: Path, *, list_only: bool = False) -> int:
    """`buurtboek backup`: a checked back-up now (rotated like the daily ones), or the list."""
    from db import backups
    from db.engine import DATABASE_FILENAME
    from desktop.settings_file import open_settings, rotation_policy
    from ui.dialogs.backups import size_text

    database = folder / DATABASE_FILENAME
    if not database.exists():
        print(f"Geen database gevonden in {folder}.", file=sys.stderr)
        return 1
    if list_only:
        found = backups.list_backups(database)
        if not found:
            print(f"Nog geen back-ups in {backups.backup_dir(database)}.")
        for item in found:
            print(f"{item.made_at:%d-%m-%Y %H:%M}  {item.label:<17} {size_text(item.size):>9}  "
                  f"{item.path}")
        return 0
    progress = TerminalProgress()
    started = time.monotonic()
    try:
        made = backups.create(database, backups.BackupKind.MANUAL, progress=progress)
    except backups.BackupError as error:
        progress.finish()
        print(f"buurtboek: back-up mislukt: {error.message}", file=sys.stderr)
        return 1
    progress.finish()
    removed = backups.rotate(database, rotation_policy(open_settings(folder)))
    print(f"Back-up gemaakt in {time.monotonic() - started:.1f} s: {made.path} "
          f"({size_text(made.size)})" + (f"; {len(removed)} oude opgeruimd" if removed else ""))
    return 0


def restore(folder: Path, file: str) -> int:
    """`buurtboek restore BESTAND`: check the back-up, put the current database aside in
    the back-up folder, and put the back-up in its place (refused while the app runs)."""
    from db import backups, health
    from db import restore as restoring
    from db.engine import DATABASE_FILENAME
    from desktop.instance import InstanceLock, refusal_message

    database = folder / DATABASE_FILENAME
    candidate = Path(file)
    if not candidate.exists() and (backups.backup_dir(database) / file).exists():
        candidate = backups.backup_dir(database) / file
    where = health.location_problem(folder)
    if where:
        print(f"buurtboek: {where}", file=sys.stderr)
        return 2
    lock = InstanceLock(folder)
    if not lock.acquire():
        print(f"buurtboek: {refusal_message(lock)}", file=sys.stderr)
        return 3
    progress = TerminalProgress()
    try:
        restoring.stage_restore(candidate, database, progress=progress)
        progress.finish()
        aside = restoring.apply_staged_restore(database)
    except backups.BackupError as error:
        progress.finish()
        print(f"buurtboek: niet teruggezet: {error.message} Er is niets veranderd.",
              file=sys.stderr)
        return 1
    finally:
        lock.release()
    print(f"Teruggezet: {candidate} is nu de database in {folder}."
          + (f" De vorige database staat in {aside}." if aside else ""))
    return 0
