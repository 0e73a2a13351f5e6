"""Printing for the command line: aligned tables and JSON, CJK-width aware."""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from itertools import chain, islice, repeat
from typing import Any, Iterable, Iterator, Sequence


# Blocks whose every character is wide (W or F): CJK ideographs, kana, hangul, fullwidth forms.
# tests/test_cli_output.py checks each against unicodedata.
WIDE_BLOCKS = ((0x1100, 0x115F), (0x2E80, 0x303E), (0x3041, 0x3247), (0x3250, 0x33FF), (0x3400, 0x4DBF),
               (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE30, 0xFE4F),
               (0xFF00, 0xFF60), (0xFFE0, 0xFFE6))
# Blocks whose every character is narrow, beyond ASCII: Latin letters with accents (é, ü, ñ) and
# general punctuation (…, —, “”), the non-ASCII characters most cells of Latin text hold. Also checked.
NARROW_BLOCKS = ((0x00, 0x2FF), (0x2000, 0x2064), (0x2066, 0x206F))
_WIDE = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in WIDE_BLOCKS) + "]")
_NARROW = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in NARROW_BLOCKS) + "]+")


def width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    if text.isascii():  # most cells: no per-character lookup (a 100k list is millions of characters)
        return len(text)
    rest = _WIDE.sub("", text)  # the wide blocks counted in C; a per-character lookup for the others
    wide = len(text) - len(rest)
    rest = _NARROW.sub("", rest)  # the known narrow ones dropped in C too: usually nothing is left
    return len(text) + wide + sum(1 for ch in rest if unicodedata.east_asian_width(ch) in "WF")


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], out=None) -> None:
    out = out or sys.stdout
    # Column by column, so that most of the work is str's and map's own loops in C: `rapport today` at
    # 100,000 contacts prints 18,000 rows of 8 cells, and a Python step per cell was half its time.
    columns = [_texts(column) for column in zip(*rows)] or [[] for _ in headers]
    padded = []
    for header, column in zip(headers, columns):
        if "".join(column).isascii():  # one test for the whole column: numbers, dates, Latin names
            sizes = None
            widest = max(map(len, column), default=0)
        else:
            sizes = [len(v) if v.isascii() else width(v) for v in column]
            widest = max(sizes, default=0)
        widest = max(widest, width(header))
        padded.append((pad(header, widest), list(map(str.ljust, column, repeat(widest))) if sizes is None
                       else [v + " " * (widest - n) for v, n in zip(column, sizes)]))
    lines = ["  ".join(header for header, _ in padded).rstrip()]
    lines += map(str.rstrip, map("  ".join, zip(*(cells for _, cells in padded))))
    out.write("\n".join(lines) + "\n")  # one write, not a print per row


def _texts(column: Sequence[Any]) -> list[str]:
    """The column's cells as one-line text; None is empty."""
    texts = list(map(str, column)) if None not in column else ["" if v is None else str(v) for v in column]
    return [v.replace("\n", " ") for v in texts] if "\n" in "".join(texts) else texts


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
