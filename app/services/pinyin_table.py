"""Pinyin of Han text as pypinyin's `lazy_pinyin` gives it, read from a table instead of pypinyin.

Importing pypinyin builds its tables in memory (a JSON phrase list and a segmenter trained on
it): about a quarter of a second of every process that needs one name's pinyin, more than the
rest of a 2,000-card import's reading. resources/pinyin/pinyin.sqlite (made from pypinyin by
tools/build_pinyin_table.py) holds pypinyin's answer for every character and phrase, and the
phrase prefixes its segmenter walks; a text is cut into words the way pypinyin cuts it
(forward maximum matching, phrases only: pypinyin/seg/mmseg.py) and each word's pinyin read
from the table. The table is opened read-only and read a key at a time as the segmenter asks for
it; the rows read are kept (a bounded number) for the next names, which repeat characters and surnames.

When the table cannot answer (missing, unreadable, made from another pypinyin version than the
one installed), `lazy_pinyin` returns None and the caller asks pypinyin itself.
"""
from __future__ import annotations

import re
import sqlite3
import threading
from importlib.util import find_spec
from pathlib import Path
from typing import Callable, Iterator, Optional

TABLE = Path(__file__).resolve().parents[2] / "resources" / "pinyin" / "pinyin.sqlite"
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # names.py's _HAN: every char is a row
SEPARATOR = " "  # between syllables in a row (a syllable has no space)
_VERSION = re.compile(r"""^__version__\s*=\s*['"]([^'"]+)['"]""", re.MULTILINE)

_lock = threading.Lock()  # the window's import runs on a worker thread while the GUI thread sorts
_db: Optional[sqlite3.Connection] = None
_longest = 0
_opened = False


def installed_version() -> Optional[str]:
    """pypinyin's version, read from its package without importing it (the import is what this avoids)."""
    try:
        spec = find_spec("pypinyin")
        if spec is None or spec.origin is None:
            return None
        match = _VERSION.search(Path(spec.origin).read_text(encoding="utf-8"))
    except (OSError, ValueError, ImportError):
        return None
    return match.group(1) if match else None


def _open() -> Optional[sqlite3.Connection]:
    global _db, _longest, _opened
    if not _opened:
        _opened = True
        _rows.clear()  # rows of a table opened before
        try:
            db = sqlite3.connect(f"{TABLE.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            meta = dict(db.execute("SELECT key, value FROM meta"))
            if meta.get("pypinyin") != installed_version():
                db.close()
            else:
                _db, _longest = db, int(meta["longest"])
        except (sqlite3.Error, KeyError, ValueError):
            _db = None
    return _db


def lazy_pinyin(text: str) -> Optional[list[str]]:
    """`pypinyin.lazy_pinyin(text)` for a text of Han characters only (HAN_RANGES), or None when
    the table cannot answer."""
    with _lock:
        db = _open()
        if db is None:
            return None
        try:
            words = list(_cut(text, _row))
            rows = [_row(word) for word in words]
        except sqlite3.Error:
            return None
    syllables: list[str] = []
    for row in rows:
        if row is None or row[0] is None:
            return None  # a character outside the table's ranges: not this table's to answer
        syllables.extend(row[0].split(SEPARATOR))
    return syllables


def _row(key: str) -> Optional[tuple]:
    """(pinyin, is_prefix, is_phrase) of a key, None when the table has no such row; kept for the
    next name (a name's characters and its surname's phrases come back name after name). Only the
    keys the segmenter asks for are read: a longer one only while the shorter is a phrase's prefix."""
    try:
        return _rows[key]
    except KeyError:
        pass
    if len(key) > _longest:
        return None
    if len(_rows) >= _ROWS_KEPT:
        _rows.clear()  # bounded: a book's names are not all kept
    found = _db.execute("SELECT pinyin, is_prefix, is_phrase FROM pinyin WHERE key = ?", (key,)).fetchone()
    row = _rows[key] = None if found is None else tuple(found)
    return row


_rows: dict[str, Optional[tuple]] = {}
_ROWS_KEPT = 50_000


def _cut(text: str, row_of: Callable[[str], Optional[tuple]]) -> Iterator[str]:
    """pypinyin's segmenter (mmseg.Seg.cut with no_non_phrases=True), its prefix set and phrase
    list read through `row_of`: the longest phrase at each point, else one character."""
    remain = text
    while remain:
        last_valid_word, last_valid_index = "", 0
        for index in range(len(remain)):
            word = remain[:index + 1]
            row = row_of(word)
            if row is not None and row[1]:  # a prefix of some phrase: keep going
                if row[2]:
                    last_valid_word, last_valid_index = word, index + 1
            else:
                if last_valid_word:
                    yield last_valid_word
                    remain = remain[last_valid_index:]
                else:
                    yield remain[0]
                    remain = remain[1:]
                break
        else:  # the whole rest is a prefix
            if last_valid_word:
                yield last_valid_word
                remain = remain[last_valid_index:]
            else:  # and holds no phrase: pypinyin gives it character by character
                yield from remain
                break
