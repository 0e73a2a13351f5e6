"""Which country the system's locale names: the user's phone region when they have not chosen one.

Apart from phones.py so that a command that only reads (app/services/reading) knows the region
numbers are shown for without importing phonenumbers: a country code is one phonenumbers knows
when its metadata file is there (tests/services/test_phone_forms.py holds this to
phonenumbers.SUPPORTED_REGIONS for every two-letter code).
"""
from __future__ import annotations

import importlib.util
import locale
import os
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional

DEFAULT_REGION = "US"  # only when neither the user nor the locale names a country

# Where a POSIX system names the user's country, most specific first. LC_CTYPE is left out:
# Python itself sets it to C.UTF-8 when the locale is "C" (PEP 538), and C.UTF-8 is no country
# (locale.getlocale() even reports it as en_US, which made every such machine American).
_LOCALE_VARIABLES = ("LC_ALL", "LC_TELEPHONE", "LC_ADDRESS", "LC_MESSAGES", "LANG")


def region_from_locale(environ: Optional[Mapping[str, str]] = None) -> Optional[str]:
    """The country the system's locale names (LANG=zh_CN.UTF-8 → CN), or None when it names none
    (LANG=C, C.UTF-8, POSIX, "en"): then the user is asked, not assumed to be in the United States."""
    environ = os.environ if environ is None else environ
    for variable in _LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:  # the first one set decides, as for the C library
            return _country_of(value)
    if os.name == "nt" or sys.platform == "darwin":  # no LANG for GUI apps there; the C library knows
        try:
            return _country_of(locale.getlocale()[0] or "")
        except ValueError:
            return None
    return None


def _country_of(name: str) -> Optional[str]:
    """"zh_CN.UTF-8" → CN, "es-ES" → ES, "English_United States" → None (not a code)."""
    match = re.match(r"^[A-Za-z]{2,3}[_-](?:[A-Za-z]{4}[_-])?([A-Za-z]{2})(?:$|[.@])", name)
    if match and known_region(match.group(1).upper()):
        return match.group(1).upper()
    return None


@lru_cache(maxsize=None)
def known_region(code: str) -> bool:
    """`code in phonenumbers.SUPPORTED_REGIONS`, answered from its metadata files without importing it."""
    if not (len(code) == 2 and code.isascii() and code.isalpha() and code.isupper()):
        return False
    spec = importlib.util.find_spec("phonenumbers")  # finds the package; does not run it
    folder = Path(spec.origin).parent if spec and spec.origin else None
    return folder is not None and (folder / "data" / f"region_{code}.py").is_file()
