"""When the store needs its integrity check at start-up, and remembering a clean close.

`PRAGMA quick_check` reads every page: at 100,000 contacts it is a large share of opening
the store, so it is not run on every start. A store is checked when there is a reason:
- its write-ahead log is still there (Rapport or the computer stopped without closing it),
- the file changed since Rapport last closed it cleanly (another program, a copy, a disk fault),
- or the last check is over a week old.
A clean close writes a small stamp beside the store (`rapport.db.clean`: size, modification
time and when it was last checked) that makes the next start skip the check.
"""
from __future__ import annotations

import json
import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Optional

RECHECK_AFTER = timedelta(days=7)


def stamp_path(db_path: Path) -> Path:
    return Path(str(db_path) + ".clean")


def needs_check(db_path: Path, now: Optional[datetime] = None) -> bool:
    """True unless the store is exactly as Rapport left it at a clean close, checked within a week."""
    now = now or datetime.now()
    wal = Path(str(db_path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return True
    stamp = _read(db_path)
    if stamp is None:
        return True
    try:
        info = db_path.stat()
        checked = datetime.fromisoformat(stamp["checked"])
    except (OSError, KeyError, TypeError, ValueError):
        return True
    if (info.st_size, info.st_mtime_ns) != (stamp.get("size"), stamp.get("mtime_ns")):
        return True
    return not (now - RECHECK_AFTER <= checked <= now)  # a check "in the future" is no check


def record_check(db_path: Path, now: Optional[datetime] = None) -> None:
    """The store passed its check just now: remember it until the file changes."""
    _write(db_path, (now or datetime.now()).isoformat(timespec="seconds"))


def record_clean_close(db_path: Path) -> None:
    """Called after the store's connections are closed: the file as it is now needs no check next time.

    The date of the last real check is kept, so that a store opened every day is still checked weekly.
    """
    wal = Path(str(db_path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # still open somewhere (the window, while a command ran): not closed yet
    stamp = _read(db_path)
    checked = stamp.get("checked") if stamp else None
    if isinstance(checked, str):
        _write(db_path, checked)
    # never checked by this Rapport: the next start checks it and stamps it


def forget(db_path: Path) -> None:
    """The file is being replaced (restore, moved aside): its next open checks it."""
    try:
        stamp_path(db_path).unlink()
    except OSError:
        pass


def _read(db_path: Path) -> Optional[dict]:
    try:
        data = json.loads(stamp_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write(db_path: Path, checked: str) -> None:
    try:
        info = db_path.stat()
        tmp = Path(str(stamp_path(db_path)) + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"size": info.st_size, "mtime_ns": info.st_mtime_ns, "checked": checked}, out)
        os.replace(tmp, stamp_path(db_path))
    except OSError:
        pass  # no stamp only means one more check at the next start
