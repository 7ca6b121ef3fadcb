"""The hidden, machine-readable sheet of a period report: what the team overview reads.

Layout (sheet "_buurtboek", hidden): key/value rows (format, version, period, worker, ...),
then a header row "sleutel" and one row per indicator (key, group, label, total, months...),
then "verhaal" rows (the stories as written in the report). A "controle" row holds a hash
over the indicator rows, so a file edited or damaged by hand is recognised.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from exports.streaming import StreamSheet

SHEET = "_buurtboek"
FORMAT = "buurtboek-verantwoording"
VERSION = 1


@dataclass(frozen=True)
class MachineIndicator:
    key: str
    group: str
    label: str
    total: int | str  # "<5" in an anonymous report
    per_month: tuple[int | str, ...]


@dataclass(frozen=True)
class MachineStory:
    told_on: dt.date
    title: str
    theme: str
    change: str
    body: str


@dataclass(frozen=True)
class MachineReport:
    version: int
    start: dt.date
    end: dt.date
    worker: str
    organisation: str
    privacy: str
    neighbourhoods: str
    made_at: str
    months: tuple[dt.date, ...]
    indicators: tuple[MachineIndicator, ...]
    stories: tuple[MachineStory, ...]


def checksum(indicators: Sequence[MachineIndicator]) -> str:
    digest = hashlib.sha256()
    for row in indicators:
        digest.update(repr((row.key, row.group, row.label, row.total, row.per_month)).encode())
    return digest.hexdigest()


def write_machine_sheet(workbook, report: MachineReport) -> None:
    sheet = StreamSheet(workbook, SHEET, hidden=True)
    for key, value in (("formaat", FORMAT), ("versie", report.version),
                       ("van", report.start.isoformat()), ("tot", report.end.isoformat()),
                       ("werker", report.worker), ("organisatie", report.organisation),
                       ("privacy", report.privacy), ("wijken", report.neighbourhoods),
                       ("gemaakt", report.made_at),
                       ("maanden", ";".join(m.isoformat() for m in report.months)),
                       ("controle", checksum(report.indicators))):
        sheet.append([key, value])
    sheet.append(["sleutel", "groep", "label", "totaal", *(m.isoformat()
                                                           for m in report.months)])
    for row in report.indicators:
        sheet.append([row.key, row.group, row.label, row.total, *row.per_month])
    for story in report.stories:
        sheet.append(["verhaal", story.told_on.isoformat(), story.title, story.theme,
                      story.change, story.body])
