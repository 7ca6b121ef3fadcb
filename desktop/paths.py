"""Where the worker's data lives: never next to the program, so reinstalling never touches it."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "BUURTBOEK_DATA_DIR"
APP_NAME = "Buurtboek"


def data_dir(option: str | os.PathLike | None = None) -> Path:
    """The data folder: `--data-dir`, else $BUURTBOEK_DATA_DIR, else the platform's
    per-user, non-roaming data location (e.g. %LOCALAPPDATA%\\Buurtboek on Windows)."""
    if option:
        path = Path(option)
    elif os.environ.get(ENV_DATA_DIR):
        path = Path(os.environ[ENV_DATA_DIR])
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url(folder: Path) -> str:
    from db.engine import DATABASE_FILENAME, sqlite_url

    return sqlite_url(folder / DATABASE_FILENAME)


def settings_file(folder: Path) -> Path:
    return folder / "instellingen.ini"


def log_file(folder: Path) -> Path:
    (folder / "logboek").mkdir(exist_ok=True)
    return folder / "logboek" / "buurtboek.log"
