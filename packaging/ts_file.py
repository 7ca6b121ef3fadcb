"""Reading, merging and writing Qt's .ts translation files, and compiling them to .qm
(used by packaging/update_translations.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

TS_FILE = Path(__file__).resolve().parent.parent / "translations" / "buurtboek_en.ts"


class Found(Protocol):
    """What the extraction found: messages keyed by (context, source), with .files."""

    messages: dict


@dataclass
class Entry:
    context: str
    source: str
    translation: str = ""
    kind: str = "unfinished"  # "" (finished), "unfinished" or "obsolete"
    files: tuple[str, ...] = ()


def read_ts(path: Path = TS_FILE) -> dict[tuple[str, str], Entry]:
    if not path.exists():
        return {}
    entries: dict[tuple[str, str], Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            kind = translation.get("type", "") if translation is not None else "unfinished"
            entries[name, source] = Entry(name, source, text, kind)
    return entries


def merge(old: dict[tuple[str, str], Entry], found: Found) -> dict[tuple[str, str], Entry]:
    merged: dict[tuple[str, str], Entry] = {}
    for key, message in found.messages.items():
        before = old.get(key)
        text = before.translation if before else ""
        kind = "" if text and (before is None or before.kind != "unfinished") else "unfinished"
        merged[key] = Entry(message.context, message.source, text, kind,
                            tuple(sorted(message.files)))
    for key, entry in old.items():
        if key not in merged and entry.translation:
            merged[key] = Entry(entry.context, entry.source, entry.translation, "obsolete")
    return merged


def write_ts(entries: dict[tuple[str, str], Entry], path: Path = TS_FILE) -> None:
    root = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="nl_NL")
    for context in sorted({entry.context for entry in entries.values()}):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        chosen = [e for e in entries.values() if e.context == context]
        for entry in sorted(chosen, key=lambda e: (e.kind == "obsolete", e.source.lower())):
            message = ET.SubElement(element, "message")
            for name in entry.files:
                ET.SubElement(message, "location", filename="../" + name)
            ET.SubElement(message, "source").text = entry.source
            translation = ET.SubElement(message, "translation")
            translation.text = entry.translation
            if entry.kind:
                translation.set("type", entry.kind)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def untranslated(entries: dict[tuple[str, str], Entry]) -> list[Entry]:
    return [e for e in entries.values() if e.kind == "unfinished" or
            (e.kind != "obsolete" and not e.translation)]


def compile_qm(ts: Path, qm: Path) -> None:
    """pyside6-lrelease (PySide6-Essentials ships it) next to this Python, or on PATH."""
    candidates = [Path(sys.executable).with_name("pyside6-lrelease"),
                  Path(sys.executable).with_name("pyside6-lrelease.exe")]
    found = next((str(c) for c in candidates if c.exists()), shutil.which("pyside6-lrelease"))
    if found is None:
        raise SystemExit("pyside6-lrelease niet gevonden: installeer PySide6-Essentials.")
    subprocess.run([found, "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)


