"""The settings file (instellingen.ini): read defensively, so a damaged or hand-edited file
never stops Buurtboek from starting.

QSettings itself never raises, but a value of the wrong type does harm later (a text
where the window geometry should be makes QWidget.restoreGeometry raise at start-up). So:
a file QSettings cannot parse is put aside (`instellingen.ini.beschadigd`) and Buurtboek
starts with defaults; known keys of the wrong type are removed; numbers are clamped.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from desktop import paths

if TYPE_CHECKING:
    from db.backups import RotationPolicy

log = logging.getLogger(__name__)

# key -> the type its value must have (QSettings gives strings for hand-written values)
KNOWN: dict[str, type] = {"window/geometry": QByteArray, "window/page": str}


def open_settings(folder: Path) -> QSettings:
    path = paths.settings_file(folder)
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if settings.status() != QSettings.Status.NoError and path.exists():
        log.warning("Instellingenbestand %s onleesbaar (%s): apart gezet", path,
                    settings.status())
        del settings
        aside = path.with_name(path.name + ".beschadigd")
        try:
            os.replace(path, aside)
        except OSError:
            log.exception("Kon %s niet apart zetten", path)
        settings = QSettings(str(path), QSettings.Format.IniFormat)
    for key, kind in KNOWN.items():
        try:
            value = settings.value(key)
        except Exception:  # a value PySide cannot convert at all
            value = object()
        if value is not None and not isinstance(value, kind):
            log.warning("Instelling %s had een onbruikbare waarde; weggelaten", key)
            settings.remove(key)
    return settings


def rotation_policy(settings: QSettings) -> RotationPolicy:
    """How many back-ups to keep (backups/dagelijks, wekelijks, maandelijks, overige)."""
    from db.backups import policy_from  # after the first paint: keep start-up light

    return policy_from(settings.value)
