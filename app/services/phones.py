"""Phone numbers through phonenumbers: E.164 when valid, the text as written always.

Parsing is the slowest step of an import after vCard parsing, and address books
repeat numbers (switchboards, family lines), so results are cached.
"""
from __future__ import annotations

import locale
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import phonenumbers

DEFAULT_REGION = "US"
_EXT_IN_TEXT = re.compile(r"(?:;ext=|\s*(?:ext\.?|x|#|转|分机)\s*)(\d{1,7})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class NormalisedPhone:
    raw: str
    e164: Optional[str]  # None: could not be normalised, kept as written and flagged
    extension: Optional[str]

    @property
    def valid(self) -> bool:
        return self.e164 is not None

    @property
    def match_key(self) -> Optional[str]:
        """What two records must share to be the same line: E.164 plus extension."""
        if self.e164 is None:
            return None
        return self.e164 + (f";ext={self.extension}" if self.extension else "")


def region_from_locale() -> str:
    """The region of the user's locale (zh_CN → CN), else US."""
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    parts = re.split(r"[_-]", name)
    if len(parts) >= 2 and len(parts[1]) == 2 and parts[1].upper() in phonenumbers.SUPPORTED_REGIONS:
        return parts[1].upper()
    return DEFAULT_REGION


def valid_region(code: str) -> bool:
    return code.upper() in phonenumbers.SUPPORTED_REGIONS


@lru_cache(maxsize=200_000)
def normalise(raw: str, region: str = DEFAULT_REGION, extension: Optional[str] = None) -> NormalisedPhone:
    text = raw.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    written = text
    ext = extension
    if ext is None:
        m = _EXT_IN_TEXT.search(text)
        if m and len(re.sub(r"\D", "", text[: m.start()])) >= 3:
            # "555 0100 ext. 12": the extension is kept apart, the number as written without it
            ext, text = m.group(1), text[: m.start()]
            written = text.strip()
    e164 = None
    try:
        parsed = phonenumbers.parse(text, region)
        if phonenumbers.is_valid_number(parsed):
            e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            ext = ext or parsed.extension or None
    except phonenumbers.NumberParseException:
        pass
    return NormalisedPhone(raw=written, e164=e164, extension=ext or None)


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)
