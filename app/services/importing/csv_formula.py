"""The guard against spreadsheet formulas in exported CSV cells, and taking it off on import.

A cell a spreadsheet would run as a formula gets a "'" in front; Excel also reads the
full-width ＝ ＋ － ＠ as their ASCII forms, and in the Spanish and German locales it splits
a comma-separated line at ";" too, so "x;=cmd" holds a formula in its second half: there
the "'" goes after the ";". Reading takes exactly one "'" off each guarded place, so any
text, a quote-led one included, comes back as it was written.
"""
from __future__ import annotations

import re

DANGEROUS = "=+-@\t\r\uff1d\uff0b\uff0d\uff20"
_LEAD = re.compile(f"'*[{re.escape(DANGEROUS)}]")
_AFTER_SEMICOLON = re.compile(f";(?='*[{re.escape(DANGEROUS)}])")
_GUARDED_LEAD = re.compile(f"'+[{re.escape(DANGEROUS)}]")
_GUARDED_AFTER_SEMICOLON = re.compile(f";'(?='*[{re.escape(DANGEROUS)}])")


def guard(value: str) -> str:
    """`value` as a cell no spreadsheet runs."""
    if not value:
        return value
    value = _AFTER_SEMICOLON.sub(";'", value)
    return "'" + value if _LEAD.match(value) else value


def unguard(value: str) -> str:
    """What `guard` was given."""
    if value[:1] == "'" and _GUARDED_LEAD.match(value):
        value = value[1:]
    return _GUARDED_AFTER_SEMICOLON.sub(";", value) if ";'" in value else value
