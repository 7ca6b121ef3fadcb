"""CSV for the import: which encoding (UTF-8 with or without BOM, UTF-16 with BOM as Excel's
"Unicode-tekst", else Windows-1252) and which separator (; , or tab).

Plain functions on bytes and text, no Qt; exports.import_files turns the rows into a table.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator

SEPARATORS = (";", "\t", ",")  # on a tie: Dutch Excel writes ";", then tab, then ","
SEPARATOR_NAMES = {";": "puntkomma", "\t": "tab", ",": "komma"}
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (met BOM)", "utf-16": "UTF-16",
                  "cp1252": "Windows-1252"}
SAMPLE_LINES = 50


class TextDecodeError(ValueError):
    """The bytes are neither UTF-8 nor Windows-1252 text (a binary file, or UTF-16 without
    its byte-order mark)."""


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 is tried strictly first, because Windows-1252 accepts almost
    any byte sequence and would turn UTF-8's "ë" into "Ã«"."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:65536]:
        raise TextDecodeError("NUL bytes")
    try:
        return data.decode("utf-8", errors="strict"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252", errors="strict"), "cp1252"
    except UnicodeDecodeError as error:
        raise TextDecodeError(str(error)) from None


def _field_counts(sample: str, separator: str) -> list[int]:
    reader = csv.reader(io.StringIO(sample), delimiter=separator, quotechar='"')
    try:
        return [len(row) for row in reader if any(cell.strip() for cell in row)]
    except csv.Error:
        return []


def detect_separator(text: str) -> str:
    """The separator that splits the first lines into the same number (> 1) of fields most
    consistently; ";" when nothing splits (a file of one column)."""
    lines = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        if len(lines) >= SAMPLE_LINES:
            break
    sample = "\n".join(lines)
    best, best_score = ";", (0.0, 0)
    for separator in SEPARATORS:
        counts = _field_counts(sample, separator)
        if not counts:
            continue
        width, hits = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        score = (hits / len(counts), width)
        if score > best_score:
            best, best_score = separator, score
    return best


def rows(text: str, separator: str) -> Iterator[list[str]]:
    """The rows of the whole text (quoted fields may hold separators and line breaks)."""
    yield from csv.reader(io.StringIO(text, newline=""), delimiter=separator, quotechar='"')
