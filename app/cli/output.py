"""Printing for the command line: aligned tables and JSON, CJK-width aware."""
from __future__ import annotations

import json
import sys
import unicodedata
from typing import Any, Iterable, Sequence


def width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    if text.isascii():  # most cells: no per-character lookup (a 100k list is millions of characters)
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], out=None) -> None:
    out = out or sys.stdout
    cells = [[("" if v is None else str(v)).replace("\n", " ") for v in row] for row in rows]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(pad(h, w) for h, w in zip(headers, widths)).rstrip()]
    lines += ["  ".join(pad(v, w) for v, w in zip(row, widths)).rstrip() for row in cells]
    out.write("\n".join(lines) + "\n")  # one write, not a print per row


def dump_json(data: Any, out=None) -> None:
    out = out or sys.stdout
    if isinstance(data, list) and len(data) > 100:
        # A long list: one item a line. json's C encoder runs only without `indent`, and the
        # indented pure-Python one took 9 s over a 100k-contact list.
        out.write("[\n" + ",\n".join("  " + json.dumps(item, ensure_ascii=False) for item in data) + "\n]\n")
        return
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
