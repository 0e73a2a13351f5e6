"""Printing for the command line: aligned tables and JSON, CJK-width aware."""
from __future__ import annotations

import json
import sys
import unicodedata
from typing import Any, Iterable, Sequence


def width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], out=None) -> None:
    out = out or sys.stdout
    cells = [[("" if v is None else str(v)).replace("\n", " ") for v in row] for row in rows]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    print("  ".join(pad(h, w) for h, w in zip(headers, widths)).rstrip(), file=out)
    for row in cells:
        print("  ".join(pad(v, w) for v, w in zip(row, widths)).rstrip(), file=out)


def dump_json(data: Any, out=None) -> None:
    out = out or sys.stdout
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
