"""Small value-level helpers of the vCard reader: unescaping, dates, labels, photos.

All functions take decoded text (see `vcard_decode.ValueDecoder`) and know the
vCard rules that differ between versions: 3.0/4.0 escape `\\, \\; \\\\ \\n`; the 2.1
spec escapes only `\\;` in structured values, but the phones and services that write 2.1
(gammu, Yahoo, Android's `\\;` and `\\n`) escape text too, so 2.1 reads `\\n \\\\ \\; \\, \\:`
as well; any other backslash stays as written.
"""
from __future__ import annotations

import base64
import binascii
import re
from datetime import date
from functools import lru_cache
from typing import Iterable, Optional
from urllib.parse import unquote_to_bytes

# ---------------------------------------------------------------- escaping

_ESCAPE_RE = re.compile(r"\\(.)", re.S)
_SPLIT_RE = re.compile(r"\\.|;", re.S)
_LIST_SPLIT_RE = re.compile(r"\\.|,", re.S)
_TEXT_ESCAPES = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":", '"': '"'}
_V21_ESCAPES = {"n": "\n", "N": "\n", "\\": "\\", ";": ";", ":": ":", ",": ","}


def _unescape_with(table: dict[str, str], value: str) -> str:
    if "\\" not in value:
        return value
    return _ESCAPE_RE.sub(lambda m: table.get(m.group(1), m.group(0)), value)


def unescape_text(value: str, v21: bool) -> str:
    """A text value as a person reads it. 2.1 text is literal (backslashes and all)."""
    return unescape_v21(value) if v21 else unescape_v3(value)


def unescape_v3(value: str) -> str:
    """3.0/4.0 text: `\\n` is a new line, `\\,` `\\;` `\\\\` (and, leniently, `\\:`) the character itself."""
    if "\\" in value:
        value = _ESCAPE_RE.sub(_text_escape, value)
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def unescape_v21(value: str) -> str:
    """2.1 text: `\\n` is a new line, `\\\\ \\; \\, \\:` the character; other backslashes stay."""
    return normalise_breaks(_unescape_with(_V21_ESCAPES, value))


def normalise_breaks(value: str) -> str:
    """Line breaks (from quoted-printable, or CR-only files) as "\\n"; nothing else changed."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def _text_escape(match: re.Match) -> str:
    return _TEXT_ESCAPES.get(match.group(1), match.group(0))


def split_structured(value: str, v21: bool) -> list[str]:
    """N, ADR, ORG: split on unescaped `;` only, then unescape each component."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if "\\" not in value:
        return [part.strip() for part in value.split(";")]
    table = _V21_ESCAPES if v21 else _TEXT_ESCAPES
    if "\\;" not in value and "\\\\" not in value:
        # every `;` separates, and no escape can turn into one: unescape first, then split
        return [part.strip() for part in _unescape_with(table, value).split(";")]
    parts, start = [], 0
    for match in _SPLIT_RE.finditer(value):
        if match.group() == ";":
            parts.append(value[start:match.start()])
            start = match.end()
    parts.append(value[start:])
    return [_unescape_with(table, part).strip() for part in parts]


def split_list(value: str, v21: bool) -> list[str]:
    """CATEGORIES: a comma-separated list (`\\,` is a comma inside one item)."""
    parts, start = [], 0
    for match in _LIST_SPLIT_RE.finditer(value):
        if match.group() == ",":
            parts.append(value[start:match.start()])
            start = match.end()
    parts.append(value[start:])
    table = _V21_ESCAPES if v21 else _TEXT_ESCAPES
    return [p for p in (normalise_breaks(_unescape_with(table, part)).strip() for part in parts) if p]


# ---------------------------------------------------------------- dates

_FULL_DATE_RE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?")
_NO_YEAR_RE = re.compile(r"--(\d{2})-?(\d{2})(?:[T ].*)?")
_DOTTED_DATE_RE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
UNKNOWN_YEARS = frozenset({1604, 0})  # iOS writes 1604 when the year is not known


def normalise_date(value: str, omit_year: Optional[str] = None) -> Optional[str]:
    """"YYYY-MM-DD" or "--MM-DD", or None when the value is not a calendar date."""
    text = value.strip()
    match = _FULL_DATE_RE.fullmatch(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _NO_YEAR_RE.fullmatch(text)
        if match:
            year, (month, day) = 0, (int(g) for g in match.groups())
        else:
            match = _DOTTED_DATE_RE.fullmatch(text)
            if not match:
                return None
            day, month, year = (int(g) for g in match.groups())
    if year in UNKNOWN_YEARS or (omit_year and omit_year == f"{year:04d}"):
        year = 0
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: --02-29 stays valid
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


# ---------------------------------------------------------------- labels

_KINDS = {"CELL": "mobile", "MOBILE": "mobile", "FAX": "fax", "PAGER": "pager"}
_PLACES = {"HOME": "Home", "WORK": "Work"}
_SIMPLE = {
    "MAIN": "Main", "OTHER": "Other", "CAR": "Car", "ISDN": "ISDN", "VIDEO": "Video", "MODEM": "Modem",
    "BBS": "BBS", "TEXTPHONE": "Textphone", "TEXT": "Text", "IPHONE": "iPhone", "CALLBACK": "Callback",
    "SCHOOL": "School", "ASSISTANT": "Assistant", "RADIO": "Radio", "TELEX": "Telex",
}
_NOT_LABELS = frozenset({
    "PREF", "VOICE", "INTERNET", "X400", "MSG", "POSTAL", "PARCEL", "DOM", "INTL", "X-IRMC-N",
    "UNKNOWN", "TLX",
})
KNOWN_TYPES = frozenset(_KINDS) | frozenset(_PLACES) | frozenset(_SIMPLE) | _NOT_LABELS
_KIND_NAMES = {"mobile": "Mobile", "fax": "Fax", "pager": "Pager"}


def split_types(values: Iterable[str]) -> list[str]:
    """TYPE values; `"work,voice"` (one quoted value) is two types, `"A,B:C"` stays one."""
    types = []
    for value in values:
        if "," in value:
            pieces = [p.strip() for p in value.split(",")]
            if all(p.upper() in KNOWN_TYPES for p in pieces if p):
                types.extend(p for p in pieces if p)
                continue
        if value:
            types.append(value)
    return types


def type_label(types: list[str]) -> Optional[str]:
    """A human label for vCard types: CELL -> "Mobile", FAX+WORK -> "Work fax", X-NEC-SECRET kept."""
    kind = place = simple = custom = None
    for original in types:
        upper = original.upper()
        if upper in _KINDS:
            kind = kind or _KINDS[upper]
        elif upper in _PLACES:
            place = place or _PLACES[upper]
        elif upper in _SIMPLE:
            simple = simple or _SIMPLE[upper]
        elif upper not in _NOT_LABELS and custom is None:
            custom = original
    if kind:
        return f"{place} {kind}" if place else _KIND_NAMES[kind]
    return place or simple or custom


_NO_TYPES = ()


def describe_types(params: dict[str, list[str]]) -> tuple[Optional[str], bool]:
    """(label, preferred) from TYPE and PREF parameters."""
    types = params.get("TYPE")
    pref = params.get("PREF")
    return _describe(tuple(types) if types else _NO_TYPES, tuple(pref) if pref else _NO_TYPES)


@lru_cache(maxsize=1024)  # a file repeats the same few TYPE combinations thousands of times
def _describe(type_values: tuple[str, ...], pref: tuple[str, ...]) -> tuple[Optional[str], bool]:
    types = split_types(type_values)
    preferred = any(t.upper() == "PREF" for t in types) or (bool(pref) and pref[0].strip() in ("1", ""))
    return type_label(types), preferred


def apple_label(value: str) -> str:
    """`_$!<Mobile>!$_` -> `Mobile`; custom labels such as GRAND_CENTRAL stay as they are."""
    value = value.strip()
    if value.startswith("_$!<") and value.endswith(">!$_"):
        return value[4:-4]
    return value


# ---------------------------------------------------------------- photos

_URI_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_TYPE_MIMES = {"JPEG": "image/jpeg", "JPG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif",
               "WEBP": "image/webp", "BMP": "image/bmp", "TIFF": "image/tiff"}


def is_uri(value: str) -> bool:
    return bool(_URI_RE.match(value))


def sniff_image(data: bytes) -> Optional[str]:
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:2] == b"BM":
        return "image/bmp"
    return None


def mime_from_types(types: list[str]) -> Optional[str]:
    for value in types:
        upper = value.upper()
        if upper in _TYPE_MIMES:
            return _TYPE_MIMES[upper]
        if upper.startswith("IMAGE/"):
            return value.lower()
    return None


def decode_base64(text: str) -> bytes:
    """Strict base64 (white space from folding allowed, padding optional); ValueError if not."""
    compact = "".join(text.split())
    if not compact:
        raise ValueError("the photo is empty")
    compact = compact.rstrip("=")
    compact += "=" * (-len(compact) % 4)
    try:
        return base64.b64decode(compact, validate=True)
    except binascii.Error as exc:
        raise ValueError(f"the data is not valid base64 ({exc})") from None


def decode_data_uri(uri: str) -> tuple[bytes, Optional[str]]:
    """`data:image/png;base64,...` (also with a vCard-escaped `\\,`) -> (bytes, mime)."""
    header, comma, payload = uri[5:].replace("\\,", ",").partition(",")
    if not comma:
        raise ValueError("the data: URI has no ',' before its data")
    parts = header.split(";")
    mime = parts[0].strip().lower() or None
    if any(p.strip().lower() == "base64" for p in parts[1:]):
        return decode_base64(payload), mime
    return unquote_to_bytes(payload), mime
