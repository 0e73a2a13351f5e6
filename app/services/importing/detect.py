"""Which parser reads a file: vCard or CSV.

A vCard file is one whose first non-blank line (after a BOM, in UTF-8 or UTF-16) is `BEGIN:VCARD`,
with or without a group prefix (`TEST.BEGIN:VCARD`); one named `.vcf`/`.vcard`; or one made of
`NAME:value` property lines whose BEGIN:VCARD went missing (the vCard reader recovers its cards
or says why it cannot). Anything else is CSV, judged by its header. A `BEGIN:VCARD` further
down proves nothing: a note holding a pasted card, exported to CSV, has one.
"""
from __future__ import annotations

import re
from pathlib import PurePath

from .vcard_lines import decode_file, is_property_line

VCARD_SUFFIXES = (".vcf", ".vcard")
_HEAD_BYTES = 65_536  # enough for the first lines of any file; never the whole of a large one
_LINES_LOOKED_AT = 20
_BEGIN_RE = re.compile(r"(?:[A-Za-z0-9_-]+\.)?BEGIN[ \t]*:[ \t]*VCARD[ \t]*", re.I)


def looks_like_vcard(data: bytes, name: str = "") -> bool:
    """True when `data` (a file called `name`) is to be read as vCard; False: read it as CSV."""
    text, _, _ = decode_file(data[:_HEAD_BYTES])
    lines = []
    for line in text.lstrip("\ufeff").split("\n"):
        line = line.strip("\x00 \t\r\ufeff")
        if line:
            lines.append(line)
            if len(lines) == _LINES_LOOKED_AT:
                break
    if lines and _BEGIN_RE.fullmatch(lines[0]):
        return True
    if PurePath(name).suffix.lower() in VCARD_SUFFIXES:
        return True
    # A card whose BEGIN:VCARD was lost (evolution's test card 7 starts at VERSION:3.0): its lines
    # must not become contacts named "VERSION:3.0" and "FN:Frank Dawson".
    properties = sum(1 for line in lines if is_property_line(line))
    return bool(lines) and is_property_line(lines[0]) and properties * 2 > len(lines)
