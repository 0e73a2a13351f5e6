"""Opening a SQLite store read-only with plain sqlite3, or saying None so the caller opens it as usual.

None is not an error: it means "take the ORM path", which knows what to do with the case (a server
to connect to, a store to migrate, check, recompute, create or refuse with a clear message). The
fast path is taken only when that path would have done nothing but read.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any, Optional, Union
from urllib.parse import quote

from app.schema_revision import head_revision_once

from .. import clean_close
from ..derived_version import DERIVED_VERSION
from ..network_folder import network_filesystem
from ..store_paths import chosen_store


MMAP_BYTES = 256 * 1024 * 1024


def open_for_reading(explicit: Optional[str] = None, *, demo: bool = False) -> Optional[sqlite3.Connection]:
    """The store a command names (--db, else $RAPPORT_DB, else the data folder: as store.resolve_db_path),
    open read-only; None for a server's store and for the demo (which may fill itself first)."""
    if demo:
        return None
    chosen = chosen_store(explicit)
    if isinstance(chosen, str):
        if "://" in chosen:  # a server's URL (or what location_of would have to judge)
            return None
        chosen = Path(chosen).expanduser()
    return open_file_for_reading(chosen)


def open_file_for_reading(path: Union[str, os.PathLike[str]]) -> Optional[sqlite3.Connection]:
    """A read-only connection to the SQLite store at `path`, inside one read transaction (every query
    sees the same moment), or None when the ORM path must open it instead:
    - no file there, an empty one, a folder, a file with a second name (store.real_store_file refuses it);
    - a network folder (the ORM path warns); a store to check first (a write-ahead log left, a change
      since the last clean close, a week since the last check: clean_close);
    - not a database, locked, or a schema or derived columns other than this Rapport's newest."""
    path = Path(path)
    real = file_to_read(path)
    if real is None or clean_close.needs_check(path):
        return None
    try:
        conn = sqlite3.connect(f"file:{quote(real.as_posix())}?mode=ro", uri=True, timeout=5,
                               isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        # Pages mapped rather than copied in: a 100k list reads pages all over the file (10% of its time).
        conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        conn.execute("BEGIN")  # one snapshot for the whole answer, as one session would see
        if not _current(conn):
            conn.close()
            return None
    except sqlite3.Error:  # not a database, locked, no such table
        conn.close()
        return None
    return conn


def file_to_read(path: Union[str, os.PathLike[str]]) -> Optional[Path]:
    """The store's real file, when a reader may open it itself: None for no file, an empty one, a folder,
    a file with a second name (store.real_store_file refuses it), or one on a network folder (the ORM
    path warns)."""
    try:
        real = Path(os.path.realpath(path))
        info = real.stat()
    except OSError:
        return None
    if not real.is_file() or info.st_size == 0 or info.st_nlink > 1 or network_filesystem(real):
        return None
    return real


def schema_is_current(conn: sqlite3.Connection) -> bool:
    return _current(conn)


def _current(conn: sqlite3.Connection) -> bool:
    """The schema is the newest migration's and the derived columns are this version's (one SELECT)."""
    row = conn.execute("SELECT (SELECT version_num FROM alembic_version), "
                       "(SELECT value FROM settings WHERE key = 'derived_version')").fetchone()
    return row == (head_revision_once(), str(DERIVED_VERSION))


def setting(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    """A setting's value (settings.py stores JSON), or `default` when it was never set."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else default
