"""Reorder forecasts kept between runs, in the user's cache folder.

Learning the forecasts reads every purchase: seconds at 100,000 contacts, paid by every new
process (the window's start, each `rapport today`) when they were kept in memory only. The
file is named after the store and holds the fingerprint of what they were learned from
(book.py); a file that does not match it, or cannot be read, is ignored and written anew. It
holds customers' names, so it is the owner's only (0600), like the store.
"""
from __future__ import annotations

import hashlib
import json
import os
from datetime import date
from pathlib import Path
from typing import Any, Optional

from platformdirs import user_cache_path

from .forecast import Forecast

VERSION = 1  # of the file's layout


def cache_file(store_url: str) -> Path:
    digest = hashlib.sha1(store_url.encode("utf-8")).hexdigest()[:16]
    return user_cache_path("Rapport", appauthor=False) / "reorder" / f"{digest}.json"


def stable_digest(value: Any) -> str:
    """A digest that is the same in every process (hash() of strings is not)."""
    return hashlib.sha1(repr(value).encode("utf-8")).hexdigest()


def load(store_url: str, fingerprint: list) -> Optional[list[tuple]]:
    """The kept (contact_id, name, product_id, label, Forecast) rows, or None when none match."""
    try:
        data = json.loads(cache_file(store_url).read_text(encoding="utf-8"))
        if data.get("version") != VERSION or data.get("fingerprint") != fingerprint:
            return None
        return [(int(cid), str(name), None if pid is None else int(pid), str(label),
                 Forecast(date.fromordinal(int(last)), int(n), None if own is None else float(own), float(usual),
                          date.fromordinal(int(expected))))
                for cid, name, pid, label, last, n, own, usual, expected in data["rows"]]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None  # missing, damaged or from another layout: learn again


def save(store_url: str, fingerprint: list, rows: list[tuple]) -> None:
    path = cache_file(store_url)
    body = {"version": VERSION, "fingerprint": fingerprint,
            "rows": [[cid, name, pid, label, f.last_on.toordinal(), f.purchases, f.own_median_days, f.usual_days,
                      f.expected_on.toordinal()] for cid, name, pid, label, f in rows]}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(body, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only means learning again next time
