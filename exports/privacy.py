"""Privacy levels of an export: what leaves the laptop, and in what form.

- anoniem (the default): counts only; a count from 1 to 4 is shown as "<5".
- gepseudonimiseerd: rows, with a random pseudonym per resident, new for every export (a
  keyed hash with a random key: the same resident has one pseudonym within the file, and
  nothing links files together); free text (notes, descriptions) only when chosen.
- volledig: names and text, after the user confirmed it.
Sensitive text (a sensitive contact note, an actor's sensitive note, a sensitive story)
never leaves unless chosen explicitly, at any level.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from db.services.report_rows import Who
from db.vocabulary import ActorKind

SMALL_COUNT = 5
SMALL_TEXT = "<5"
RESIDENT = "[bewoner]"


class Privacy(StrEnum):
    ANONYMOUS = "anoniem"
    PSEUDONYMISED = "gepseudonimiseerd"
    FULL = "volledig"

    @property
    def label(self) -> str:
        return {"anoniem": "Anoniem", "gepseudonimiseerd": "Gepseudonimiseerd",
                "volledig": "Volledig (met namen)"}[self.value]

    @property
    def explanation(self) -> str:
        return {
            "anoniem": "Alleen aantallen; aantallen van 1 tot 4 staan als \u201c<5\u201d.",
            "gepseudonimiseerd": "Per rij, met voor elke bewoner een willekeurig pseudoniem "
                                 "dat alleen in dit bestand geldt.",
            "volledig": "Per rij, met namen. Alleen voor eigen gebruik of met toestemming.",
        }[self.value]


@dataclass(frozen=True)
class ExportOptions:
    privacy: Privacy = Privacy.ANONYMOUS
    with_text: bool | None = None  # None: text at volledig, none at gepseudonimiseerd
    with_sensitive: bool = False

    @property
    def rows(self) -> bool:
        """Whether row-level sheets are written at all."""
        return self.privacy is not Privacy.ANONYMOUS

    @property
    def text(self) -> bool:
        if self.privacy is Privacy.ANONYMOUS:
            return False
        return self.privacy is Privacy.FULL if self.with_text is None else self.with_text

    def describe(self) -> str:
        """For the audit log and the cover sheet."""
        parts = [f"privacy={self.privacy.value}", f"tekst={'ja' if self.text else 'nee'}",
                 f"gevoelig={'ja' if self.with_sensitive else 'nee'}"]
        return ", ".join(parts)


def shown(value: int, privacy: Privacy) -> int | str:
    """A count as it may appear at this level."""
    if privacy is Privacy.ANONYMOUS and 0 < value < SMALL_COUNT:
        return SMALL_TEXT
    return value


class Pseudonyms:
    """Residents' names for one export: pseudonyms (random per export) or the names."""

    def __init__(self, privacy: Privacy) -> None:
        self.privacy = privacy
        self._key = secrets.token_bytes(32)

    def code(self, actor_id: int) -> str:
        text = hashlib.blake2b(str(actor_id).encode(), key=self._key,
                               digest_size=5).hexdigest().upper()  # a keyed hash, one C call
        return f"Bewoner {text[:5]}-{text[5:]}"

    def name(self, who: Who | None) -> str:
        if who is None:
            return ""
        if who.kind is ActorKind.PERSON and self.privacy is not Privacy.FULL:
            return self.code(who.id)
        return who.name

    def names(self, people: Iterable[Who]) -> str:
        return ", ".join(self.name(w) for w in people)


def scrub(text: str, names: Iterable[str]) -> str:
    """`text` with the given residents' full names and first names replaced by [bewoner]."""
    words: set[str] = set()
    for name in names:
        name = name.strip()
        if name:
            words.add(name)
            first = name.split()[0]
            if len(first) > 1:
                words.add(first)
    if not words or not text:
        return text
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(
        words, key=len, reverse=True)) + r")\b")
    return pattern.sub(RESIDENT, text)
