"""The head of a vCard content line: its group, name and parameters (`item1.TEL;TYPE="CELL,VOICE":`).

Split out of vcard_lines.py, which unfolds a card into logical lines; this module reads one such
line's head: 2.1 bare parameters (`TEL;CELL;QUOTED-PRINTABLE:`), DQUOTE-quoted values that may hold
`;`, `:` and `,`, and RFC 6868 caret escapes.
"""
from __future__ import annotations

import re
from typing import Optional

BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_EMPTY: dict[str, list[str]] = {}


def split_line(line: str) -> tuple[str, dict[str, list[str]], str]:
    """(head as written, parameters, value) of a logical line holding a ':'.

    The head ends at the first ':' outside DQUOTE-quoted parameter values.
    """
    colon = line.find(":")
    head = line[:colon]
    if '"' not in head:
        return head, parse_head(head)[2], line[colon + 1:]
    _, _, params, value = tokenize_quoted(line)
    return line[:len(line) - len(value) - 1], params, value


def parse_params(head: str) -> dict[str, list[str]]:
    """The parameters of a property head (`TEL;TYPE=CELL` -> {"TYPE": ["CELL"]})."""
    return tokenize_quoted(head + ":")[2] if '"' in head else parse_head(head)[2]


def parse_head(head: str) -> tuple[Optional[str], str, dict[str, list[str]], bool]:
    """`item1.TEL;TYPE=CELL` -> (group, NAME, params, value needs decoding)."""
    if ";" in head:
        parts = head.split(";")
        name, params = parts[0], _parse_params(parts)
    else:
        name, params = head, _EMPTY
    group = None
    if "." in name:
        group, _, name = name.rpartition(".")
        group = group.lower()
    return group, name.strip().upper(), params, ("ENCODING" in params or "CHARSET" in params)


def _parse_params(parts: list[str]) -> dict[str, list[str]]:
    """Parameters from `head.split(";")` (parts[0] is the property name)."""
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, eq, value = part.partition("=")
        key = key.strip().upper()
        if not key:
            continue
        if not eq:  # 2.1 bare parameter: `TEL;CELL;VOICE:`, `NOTE;QUOTED-PRINTABLE:`
            if key in BARE_ENCODINGS:
                params.setdefault("ENCODING", []).append(key)
            else:
                params.setdefault("TYPE", []).append(part.strip())
            continue
        if "," in value:
            values = [caret_decode(v).strip() if "^" in v else v.strip() for v in value.split(",")]
        else:
            values = [caret_decode(value).strip() if "^" in value else value.strip()]
        if key in params:
            params[key].extend(values)
        else:
            params[key] = values
    return params


def tokenize_quoted(line: str) -> tuple[Optional[str], str, dict[str, list[str]], str]:
    """A line with DQUOTE-quoted parameter values (which may hold `;`, `:` and `,`)."""
    import vobject.base  # only for these rare lines: a phone's export has none, and vobject's import is not free

    try:
        name, param_lists, value, group = vobject.base.parseLine(line)
    except vobject.base.ParseError:
        name, param_lists, value, group = _parse_quoted_line(line)
    params: dict[str, list[str]] = {}
    for original, *values in param_lists:
        key = original.strip().upper()
        if not values:
            if key in BARE_ENCODINGS:
                params.setdefault("ENCODING", []).append(key)
            else:
                params.setdefault("TYPE", []).append(original.strip())
            continue
        params.setdefault(key, []).extend(caret_decode(v) if "^" in v else v for v in values)
    return (group.lower() if group else None), name.strip().upper(), params, value


def _parse_quoted_line(line: str) -> tuple[str, list[list[str]], str, Optional[str]]:
    """Fallback for lines vobject's grammar refuses (odd names, unbalanced quotes)."""
    colon = _find_outside_quotes(line, ":")
    if colon < 0:
        colon = line.find(":")
    head, value = line[:colon], line[colon + 1:]
    parts = _split_outside_quotes(head, ";")
    group, _, name = parts[0].rpartition(".")
    param_lists = []
    for part in parts[1:]:
        key, eq, raw = part.partition("=")
        values = [v.strip().strip('"') for v in _split_outside_quotes(raw, ",")] if eq else []
        param_lists.append([key, *values])
    return name, param_lists, value, group or None


def _find_outside_quotes(text: str, char: str) -> int:
    quoted = False
    for index, c in enumerate(text):
        if c == '"':
            quoted = not quoted
        elif c == char and not quoted:
            return index
    return -1


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    parts, start = [], 0
    while True:
        index = _find_outside_quotes(text[start:], sep)
        if index < 0:
            parts.append(text[start:])
            return parts
        parts.append(text[start:start + index])
        start += index + 1


def caret_decode(value: str) -> str:
    """RFC 6868: ^n newline, ^' double quote, ^^ caret."""
    return re.sub(r"\^([n'^])", lambda m: {"n": "\n", "'": '"', "^": "^"}[m.group(1)], value)
