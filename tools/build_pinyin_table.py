"""Rebuild resources/pinyin/pinyin.sqlite from the installed pypinyin.

    python tools/build_pinyin_table.py

Importing pypinyin builds its tables in memory (a JSON phrase list, a segmenter trained on it):
about a quarter of a second in every process that needs one name's pinyin, which was most of a
small import's work. The table holds what pypinyin answers, made once here, and the app reads
it on demand (app/services/pinyin_table.py). Rows:

- every character of the Han ranges Rapport looks up (names.py's _HAN), with `lazy_pinyin(c)`;
- every phrase of pypinyin's phrase list, with `lazy_pinyin(phrase)`;
- every prefix of a phrase (the segmenter's prefix set), flagged as such.

The table records pypinyin's version; with another version installed the app asks pypinyin
itself (tests/services/test_pinyin_table.py checks the table against the installed pypinyin).
"""
from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "pinyin" / "pinyin.sqlite"
sys.path.insert(0, str(ROOT))
from app.services.pinyin_table import HAN_RANGES, SEPARATOR, installed_version  # noqa: E402


def rows():
    from pypinyin import lazy_pinyin
    from pypinyin.constants import PHRASES_DICT

    table: dict[str, list] = {}  # key: [pinyin or None, is_prefix, is_phrase]
    for phrase in PHRASES_DICT:
        for end in range(1, len(phrase) + 1):
            table.setdefault(phrase[:end], [None, 0, 0])[1] = 1
        table[phrase][2] = 1
    for low, high in HAN_RANGES:
        for code in range(low, high + 1):
            table.setdefault(chr(code), [None, 0, 0])
    for key, row in table.items():
        if row[2] or len(key) == 1:
            row[0] = SEPARATOR.join(lazy_pinyin(key))
    return table


def build(out: Path = OUT) -> None:
    version = installed_version()
    if version is None:
        raise SystemExit("pypinyin is not installed")
    out.parent.mkdir(parents=True, exist_ok=True)
    temp = out.with_suffix(".tmp")
    temp.unlink(missing_ok=True)
    db = sqlite3.connect(temp)
    with db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("CREATE TABLE pinyin (key TEXT PRIMARY KEY, pinyin TEXT, is_prefix INTEGER NOT NULL, "
                   "is_phrase INTEGER NOT NULL) WITHOUT ROWID")
        table = rows()
        db.executemany("INSERT INTO meta VALUES (?, ?)",
                       [("pypinyin", version), ("longest", str(max(len(key) for key in table)))])
        db.executemany("INSERT INTO pinyin VALUES (?, ?, ?, ?)", ((key, *row) for key, row in sorted(table.items())))
    db.close()  # (the with block commits; it does not close)
    db = sqlite3.connect(temp)
    db.execute("VACUUM")
    db.close()
    os.replace(temp, out)
    print(f"{out}: pypinyin {version}, {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    build()
