"""The pieces of an imported contact list: which field a Dutch column header means, and how
names, addresses, postcodes, phone numbers and dates written in many ways become the fields
of a person. Pure functions (no database); errors are ValidationError with a Dutch message.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from db.services.errors import ValidationError

IGNORE = ""
# The fields a column can fill, in the order the mapping step offers them.
TARGETS: dict[str, str] = {
    "first_name": "Voornaam", "infix": "Tussenvoegsel", "last_name": "Achternaam",
    "full_name": "Naam (voor- en achternaam)", "email": "E-mailadres",
    "phone": "Telefoonnummer", "address": "Adres (straat en huisnummer)", "street": "Straat",
    "house_number": "Huisnummer", "postcode": "Postcode", "city": "Woonplaats",
    "neighbourhood": "Buurt of wijk", "birth_date": "Geboortedatum",
    "birth_year": "Geboortejaar", "note": "Notitie",
}
IGNORE_LABEL = "— niet importeren —"
NAME_FIELDS = ("first_name", "last_name", "full_name")
MULTI_FIELDS = ("note",)  # may take several columns; the others take one

# Column headers as people write them, normalised (see `header_key`).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("voornaam", "voornamen", "roepnaam", "firstname", "first name",
                   "given name"),
    "infix": ("tussenvoegsel", "tussenvoegsels", "tussenv", "tv", "voorvoegsel", "infix"),
    "last_name": ("achternaam", "familienaam", "geslachtsnaam", "lastname", "last name",
                  "surname"),
    "full_name": ("naam", "volledige naam", "naam bewoner", "bewoner", "contactpersoon",
                  "name", "full name", "deelnemer"),
    "email": ("email", "e mail", "emailadres", "e mailadres", "mail", "mailadres",
              "email address", "e mail adres"),
    "phone": ("telefoon", "telefoonnummer", "tel", "telnr", "tel nr", "telefoonnr", "mobiel",
              "mobiel nummer", "mobielnummer", "gsm", "phone", "06 nummer", "nummer telefoon"),
    "address": ("adres", "straat en huisnummer", "straat huisnummer", "woonadres", "address",
                "straat en nr", "straat nr"),
    "street": ("straat", "straatnaam", "street"),
    "house_number": ("huisnummer", "huisnr", "nr", "nummer", "huis nr", "number",
                     "huisnummer en toevoeging"),
    "postcode": ("postcode", "post code", "pc", "zip", "zipcode", "postal code"),
    "city": ("woonplaats", "plaats", "stad", "gemeente", "city", "plaatsnaam"),
    "neighbourhood": ("wijk", "buurt", "wijk buurt", "buurt wijk", "wijknaam", "buurtnaam",
                      "neighbourhood", "district"),
    "birth_date": ("geboortedatum", "geb datum", "gebdatum", "geboren", "geboren op",
                   "date of birth", "birth date", "birthday", "verjaardag"),
    "birth_year": ("geboortejaar", "jaar van geboorte", "birth year"),
    "note": ("notitie", "notities", "opmerking", "opmerkingen", "toelichting",
             "bijzonderheden", "aantekening", "aantekeningen", "note", "notes", "memo"),
}
_BY_KEY = {key: target for target, keys in SYNONYMS.items() for key in keys}
_SUFFIX = re.compile(r"\s*\((\d+)\)$")
INFIXES = {"van", "de", "der", "den", "het", "'t", "t", "te", "ter", "ten", "op", "in", "aan",
           "bij", "uit", "onder", "over", "voor", "vd", "v", "d", "la", "le", "du", "des", "da",
           "di", "el", "al", "von", "zu", "dos", "das", "del", "'s"}
MONTHS = {"jan": 1, "feb": 2, "mrt": 3, "maa": 3, "mar": 3, "apr": 4, "mei": 5, "may": 5,
          "jun": 6, "jul": 7, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12}
EXCEL_EPOCH = dt.date(1899, 12, 30)
_DMY = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_WORDS = re.compile(r"^(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})$")
_DIGIT = re.compile(r"\d")
_POSTCODE = re.compile(r"^(\d{4})\s*([A-Z]{2})$")
_ADDRESS = re.compile(r"^(.+?),?\s+(\d+\s?[a-zA-Z]?(?:\s?[-/]\s?\w{1,4}|\s(?:bis|hs|[a-zA-Z]))?)$")


def header_key(header: str) -> str:
    """"E-mailadres:" -> "e mailadres"; "Tel.nr." -> "tel nr"; accents removed."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", header or "")
                    if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def guess_field(header: str) -> str:
    key = header_key(_SUFFIX.sub("", header or ""))
    if key in _BY_KEY:
        return _BY_KEY[key]
    compact = key.replace(" ", "")
    for candidate, target in _BY_KEY.items():
        if compact == candidate.replace(" ", ""):
            return target
    return IGNORE


def guess_mapping(header: tuple[str, ...] | list[str]) -> dict[int, str]:
    """Column index -> field for the columns whose header names a field; each field once
    (a note may take several columns). A merged "Adres" header over two columns reads as
    "Adres" and "Adres (2)": the second is the house number."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header_text in enumerate(header):
        target = guess_field(header_text)
        suffix = _SUFFIX.search(header_text or "")
        if suffix and target == "address" and "house_number" not in taken:
            target = "house_number"
        if not target or (target in taken and target not in MULTI_FIELDS):
            continue
        mapping[index] = target
        taken.add(target)
    if "full_name" in taken and taken & {"first_name", "last_name"}:
        # "Naam" next to "Voornaam" is the surname
        for index, target in mapping.items():
            if target == "full_name":
                mapping[index] = "last_name" if "last_name" not in taken else IGNORE
        mapping = {i: t for i, t in mapping.items() if t}
    return mapping


def target_for(text: str) -> str | None:
    """A field named on the command line: its code, its Dutch label or a header synonym;
    "" or "niets" ignores the column. None when nothing fits."""
    key = header_key(text)
    if key in ("", "niets", "negeren", "overslaan"):
        return IGNORE
    for target, label in TARGETS.items():
        if key in (header_key(target), header_key(label)):
            return target
    return guess_field(text) or None


def split_name(full: str) -> tuple[str, str, str]:
    """"Jan de Vries" -> ("Jan", "de", "Vries"); "Vries, Jan de" -> the same;
    "Fatima" -> ("Fatima", "", "")."""
    full = " ".join(full.split())
    if "," in full:
        last, _, rest = full.partition(",")
        words = rest.split()
        infix = []
        while words and words[-1].lower() in INFIXES:
            infix.insert(0, words.pop())
        return " ".join(words), " ".join(infix), last.strip()
    words = full.split()
    if len(words) <= 1:
        return full, "", ""
    first = words[0]
    rest = words[1:]
    infix = []
    while len(rest) > 1 and rest[0].lower() in INFIXES:
        infix.append(rest.pop(0))
    return first, " ".join(infix), " ".join(rest)


def split_address(text: str) -> tuple[str, str]:
    """"Dorpsstraat 12a" -> ("Dorpsstraat", "12a"); "Plein 1944 5" -> ("Plein 1944", "5")."""
    text = " ".join(text.split())
    match = _ADDRESS.match(text)
    if not match:
        return text, ""
    return match.group(1).rstrip(","), match.group(2)


def postcode(text: str) -> str:
    """"1234ab" -> "1234 AB"; a Belgian or partial "1234" stays; anything else is refused."""
    cleaned = " ".join(text.upper().split())
    if not cleaned:
        return ""
    match = _POSTCODE.match(cleaned)
    if match:
        return f"{match.group(1)} {match.group(2)}"
    if cleaned.isdigit() and len(cleaned) == 4:
        return cleaned
    raise ValidationError(f"Postcode '{text}' is geen postcode (zoals 1234 AB).", "postcode")


def phone(text: str) -> str:
    """A number that lost its leading 0 in Excel (612345678) gets it back."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return ""
    if not _DIGIT.search(cleaned):
        raise ValidationError(f"Telefoonnummer '{cleaned}' bevat geen cijfers.", "phone")
    if cleaned.isdigit() and len(cleaned) == 9:
        return "0" + cleaned
    return cleaned


def parse_date(value: object, label: str, field: str, today: dt.date | None = None) -> dt.date:
    """dd-mm-jjjj, d-m-jj, jjjj-mm-dd, "3 mei 1980", an Excel serial (29000) or a date cell."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = " ".join(str(value).split()).lower()
    today = today or dt.date.today()
    try:
        if match := _DMY.match(text):
            day, month, year = (int(g) for g in match.groups())
            if len(match.group(3)) == 2:  # d-m-jj: the most recent century that is not future
                year += 2000 if year <= today.year % 100 else 1900
            return dt.date(year, month, day)
        if match := _YMD.match(text):
            year, month, day = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        if (match := _WORDS.match(text)) and match.group(2) in MONTHS:
            return dt.date(int(match.group(3)), MONTHS[match.group(2)], int(match.group(1)))
        number = text[:-2] if text.endswith(".0") else text
        if number.isdigit() and 1 <= int(number) <= 2_958_465:
            return EXCEL_EPOCH + dt.timedelta(days=int(number))
    except (ValueError, OverflowError):
        pass
    raise ValidationError(f"{label}: '{value}' is geen geldige datum (dd-mm-jjjj).", field)


def birth_year(value: object, today: dt.date | None = None) -> int:
    """From a year ("1980"), a date cell, a text date or a serial."""
    today = today or dt.date.today()
    text = str(value).strip()
    if isinstance(value, str) and text.isdigit() and len(text) == 4:
        year = int(text)
    else:
        year = parse_date(value, "Geboortejaar", "birth_year", today).year
    if not 1900 <= year <= today.year:
        raise ValidationError(f"Geboortejaar {year} kan niet kloppen.", "birth_year")
    return year


def birth_date_year(value: object, today: dt.date | None = None) -> int:
    """A date of birth as its year (a person keeps only the year: data minimisation); a
    bare year in a date column is read as that year."""
    today = today or dt.date.today()
    if isinstance(value, str) and value.isdigit() and len(value) == 4 and 1900 <= int(value):
        return birth_year(value, today)
    born = parse_date(value, "Geboortedatum", "birth_date", today)
    if born > today or born.year < 1900:
        raise ValidationError(f"Geboortedatum {born:%d-%m-%Y} kan niet kloppen.", "birth_date")
    return born.year
