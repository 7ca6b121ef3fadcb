"""The passphrase for an encrypted data folder outside the window: command-line commands
(`demo`, `check`, `agenda`, `backup`, `restore`, ...) and `--screenshot`.

From the environment variable BUURTBOEK_PASSPHRASE when it is set (scripts; it may also
hold the recovery key), otherwise asked with getpass when a terminal is attached (three
tries). Only the key file is read: a wrong passphrase changes nothing.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

ENV_PASSPHRASE = "BUURTBOEK_PASSPHRASE"
TRIES = 3
EXIT_LOCKED = 4


def _env(environ) -> str | None:
    value = environ.get(ENV_PASSPHRASE)
    return value if value else None


def unlock_folder(folder: Path, *, environ=None, interactive: bool | None = None,
                  ask=getpass.getpass, err=None) -> int | None:
    """Unlock `folder` for this process when it is encrypted; None when it can be used,
    otherwise the exit code (a Dutch message was printed on stderr)."""
    import os

    from db import encryption

    err = err or sys.stderr
    environ = os.environ if environ is None else environ
    if not encryption.is_encrypted(folder) or encryption.remembered(folder) is not None:
        return None
    given = _env(environ)
    if interactive is None:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    attempts = [given] if given is not None else []
    if not attempts and not interactive:
        print(f"buurtboek: de gegevens in {folder} zijn versleuteld. Geef het wachtwoord in "
              f"de omgevingsvariabele {ENV_PASSPHRASE}, of start de opdracht in een terminal "
              "om het te typen.", file=err)
        return EXIT_LOCKED
    for _ in range(1 if attempts else TRIES):
        secret = attempts[0] if attempts else ask("Wachtwoord van Buurtboek (of herstelsleutel): ")
        try:
            encryption.remember(folder, encryption.unlock(folder, secret))
            return None
        except encryption.WrongSecret as error:
            print(f"buurtboek: {error.message}", file=err)
        except encryption.EncryptionError as error:  # a damaged key file: no use retrying
            print(f"buurtboek: {error.message}", file=err)
            return EXIT_LOCKED
    return EXIT_LOCKED
