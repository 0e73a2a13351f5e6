"""Printing for the command line: aligned tables and JSON, CJK-width aware."""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from itertools import chain, islice
from typing import Any, Iterable, Iterator, Sequence


# Blocks whose every character is wide (W or F): CJK ideographs, kana, hangul, fullwidth forms.
# tests/test_cli_output.py checks each against unicodedata.
WIDE_BLOCKS = ((0x1100, 0x115F), (0x2E80, 0x303E), (0x3041, 0x3247), (0x3250, 0x33FF), (0x3400, 0x4DBF),
               (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE30, 0xFE4F),
               (0xFF00, 0xFF60), (0xFFE0, 0xFFE6))
_ASCII = re.compile("[\x00-\x7f]+")
_WIDE = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in WIDE_BLOCKS) + "]")


def width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    if text.isascii():  # most cells: no per-character lookup (a 100k list is millions of characters)
        return len(text)
    rest = _WIDE.sub("", text)  # the wide blocks counted in C; a per-character lookup for the others
    wide = len(text) - len(rest)
    if rest.isascii():
        return len(text) + wide
    # Only the other non-ASCII characters (é, …) looked up: a cell of Spanish text has a few.
    return len(text) + wide + sum(1 for ch in _ASCII.sub("", rest) if unicodedata.east_asian_width(ch) in "WF")


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], out=None) -> None:
    out = out or sys.stdout
    cells = [[("" if v is None else str(v)).replace("\n", " ") for v in row] for row in rows]
    # Once a cell: for the widths, then the padding (an ASCII cell without a call: most of them).
    sizes = [[len(v) if v.isascii() else width(v) for v in row] for row in cells]
    widths = [max([width(h)] + [r[i] for r in sizes]) for i, h in enumerate(headers)]
    lines = ["  ".join(pad(h, w) for h, w in zip(headers, widths)).rstrip()]
    lines += ["  ".join(v + " " * (w - n) for v, n, w in zip(row, size, widths)).rstrip()
              for row, size in zip(cells, sizes)]
    out.write("\n".join(lines) + "\n")  # one write, not a print per row


def dump_json(data: Any, out=None) -> None:
    if isinstance(data, list):
        dump_json_items(data, out)
        return
    (out or sys.stdout).write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


LONG_LIST = 100  # longer lists are written one item a line
_LINES_PER_WRITE = 500


def dump_json_items(items: Iterable[Any], out=None) -> None:
    """A JSON list, streamed: items are encoded and written as they come, never held all at once.
    A long list is one item a line: json's C encoder runs only without `indent`, and the indented
    pure-Python one took 9 s over a 100k-contact list. A short one is indented like any other JSON."""
    out = out or sys.stdout
    items = iter(items)
    head = list(islice(items, LONG_LIST + 1))
    if len(head) <= LONG_LIST:
        out.write(json.dumps(head, ensure_ascii=False, indent=2) + "\n")
        return
    encode = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(item, ensure_ascii=False), set up once
    out.write("[\n  " + encode(head[0]))
    for lines in _batched(chain(head[1:], items), _LINES_PER_WRITE):
        out.write("".join([",\n  " + encode(item) for item in lines]))
    out.write("\n]\n")


def _batched(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while batch := list(islice(items, size)):
        yield batch
