"""What the user typed, made safe for FTS5, and text with the matched words marked.

Words are runs of letters and digits (Unicode categories L*, N* and Co), like SQLite's
`unicode61` tokenizer; everything else (quotes, operators, `*`, `-`, `:`, parentheses,
emoji) separates words and never reaches FTS5 as syntax. Each word becomes a quoted
prefix term (`"zoe"*`), all required. Words of one character are left out: they are
what is still being typed, and a one-letter prefix would read half the index.
Folding for highlighting follows `remove_diacritics`: "Zoë" and "zoe" are the same word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MIN_TERM_LENGTH = 2
MAX_TERMS = 8  # a pasted paragraph is not a search; the first words decide
MAX_INPUT = 300  # characters of input looked at
MAX_TEXT = 20_000  # characters of a record's text highlighted in Python (LIKE path)
SNIPPET_WORDS = 14
# FTS5's highlight()/snippet() mark matches with these; they never occur in typed text
# that means anything (control characters), and `from_markers` drops strays.
MARK_START, MARK_END = "\x02", "\x03"
ELLIPSIS = "…"


@dataclass(frozen=True)
class Marked:
    """A text in parts, each with whether it is a matched word (to highlight)."""

    parts: tuple[tuple[str, bool], ...] = ()

    @property
    def text(self) -> str:
        return "".join(part for part, _ in self.parts)

    @property
    def matches(self) -> tuple[str, ...]:
        return tuple(part for part, matched in self.parts if matched)

    @classmethod
    def plain(cls, text: str) -> Marked:
        return cls(((text, False),)) if text else cls()

    def __add__(self, other: Marked) -> Marked:
        return Marked(self.parts + other.parts)


# A word: letters and digits (`[^\W_]`: what str.isalnum() accepts) and private-use
# characters, as the unicode61 tokenizer's categories L*, N* and Co.
_WORD = re.compile(r"(?:[^\W_]|[\ue000-\uf8ff])+")


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """Case and accents off: "Zoë" -> "zoe", "ÇAĞRI" -> "cagri"."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every word in `text`."""
    return [match.span() for match in _WORD.finditer(text)]


def terms(typed: str) -> tuple[str, ...]:
    """The words to search for: NFC-normalised, two characters or more, no repeats."""
    text = unicodedata.normalize("NFC", typed[:MAX_INPUT])
    seen: dict[str, str] = {}
    for start, end in _spans(text):
        word = text[start:end]
        if len(word) >= MIN_TERM_LENGTH and fold(word) not in seen:
            seen[fold(word)] = word
    return tuple(seen.values())[:MAX_TERMS]


def quoted(word: str) -> str:
    """An FTS5 string: operators, `*`, `:` and quotes inside it are just characters."""
    return '"' + word.replace('"', '""') + '"'


def fts_term(word: str, expansions: tuple[str, ...] = ()) -> str:
    """One typed word: a prefix term, or the indexed words it is a prefix of, if known."""
    if expansions:
        return "(" + " OR ".join(quoted(term) for term in expansions) + ")"
    return quoted(word) + "*"


def fts_query(terms_sql: list[str], column: str | None = None) -> str:
    """An FTS5 MATCH expression requiring every term (see `fts_term`)."""
    query = " AND ".join(terms_sql)
    return f"{{{column}}} : ({query})" if column else query


def from_markers(text: str) -> Marked:
    """Parse FTS5 highlight()/snippet() output (MARK_START word MARK_END) into parts."""
    parts: list[tuple[str, bool]] = []
    matched = False
    buffer = ""
    for ch in text or "":
        if ch in (MARK_START, MARK_END):
            if buffer:
                parts.append((buffer, matched))
            buffer = ""
            matched = ch == MARK_START
        else:
            buffer += ch
    if buffer:
        parts.append((buffer, matched))
    return Marked(tuple(parts))


def tidy(marked: Marked) -> Marked:
    """One line: the record's fields (joined by newlines in the index) separated by " · "."""
    lines: list[list[tuple[str, bool]]] = [[]]
    for part, matched in marked.parts:
        pieces = part.replace("\r", "\n").split("\n")
        for i, piece in enumerate(pieces):
            if i:
                lines.append([])
            if piece:
                lines[-1].append((piece, matched))
    kept = [line for line in lines if "".join(p for p, _ in line).strip()]
    parts: list[tuple[str, bool]] = []
    for i, line in enumerate(kept):
        if i:
            parts.append((" · ", False))
        first, last = 0, len(line) - 1
        for j, (piece, matched) in enumerate(line):
            if j == first:
                piece = piece.lstrip()
            if j == last:
                piece = piece.rstrip()
            if piece:
                parts.append((piece, matched))
    return Marked(tuple(_merge(parts)))


def _merge(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    merged: list[tuple[str, bool]] = []
    for piece, matched in parts:
        if merged and merged[-1][1] == matched:
            merged[-1] = (merged[-1][0] + piece, matched)
        else:
            merged.append((piece, matched))
    return merged


def _matching(text: str, words: tuple[str, ...]) -> tuple[list[tuple[int, int]], list[bool]]:
    folded = [fold(word) for word in words]
    spans = _spans(text)
    return spans, [any(fold(text[s:e]).startswith(f) for f in folded) for s, e in spans]


def highlight(text: str, words: tuple[str, ...]) -> Marked:
    """The whole (short) text, every word that starts with one of `words` marked."""
    text = unicodedata.normalize("NFC", text[:MAX_TEXT])
    spans, hits = _matching(text, words)
    parts, at = [], 0
    for (start, end), hit in zip(spans, hits, strict=True):
        if hit:
            parts += [(text[at:start], False), (text[start:end], True)]
            at = end
    parts.append((text[at:], False))
    return tidy(Marked(tuple(p for p in parts if p[0])))


def snippet(text: str, words: tuple[str, ...], size: int = SNIPPET_WORDS) -> Marked:
    """About `size` words of `text` around the first match (the start if none), marked."""
    text = unicodedata.normalize("NFC", text[:MAX_TEXT])
    spans, hits = _matching(text, words)
    if len(spans) <= size:
        return highlight(text, words)
    first = hits.index(True) if True in hits else 0
    begin = max(0, min(first - size // 4, len(spans) - size))
    end = begin + size
    start_char = spans[begin][0]
    end_char = spans[end][0] if end < len(spans) else len(text)
    piece = highlight(text[start_char:end_char].rstrip(" ,;:\n"), words)
    before = Marked.plain(ELLIPSIS) if begin > 0 else Marked()
    after = Marked.plain(ELLIPSIS) if end < len(spans) else Marked()
    return Marked(tuple(_merge(list((before + piece + after).parts))))
