"""A SQLite store opened to write with plain sqlite3, when nothing about it is unusual (issue 18).

The write-side sibling of app/services/reading: a command that writes a little (a small import,
importing/quick.py) opens the store here without SQLAlchemy or the models, and does what
store.open_for_use, the session's commit and store.close_store do around a write:

- opening: the same one-writer lock, the same pragmas (app/models/backend.py), and only a store that
  needs nothing done first: not checked since a crash or a change behind Rapport's back, a week ago
  (clean_close), or at another schema or derived-columns version than this Rapport's (a migration);
- the commit: `store_revision` bumped in the same transaction (app/models/team.py); the lists of the
  day kept in the store forgotten, as today_kept/keeper.py does after a write that touches contacts
  in bulk;
- closing: the clean-close stamp (clean_close) and the automatic backup (backup.auto_backup).

`open_for_writing` says None whenever store.open_for_use would do more than open: the caller then
takes the usual path, which does it.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Optional

from . import clean_close
from .reading.opening import file_to_read, schema_is_current
from .store_paths import lock_file


class PlainStore:
    """An open store: `conn` (autocommit mode: `begin` and `commit` say where a transaction is)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock) -> None:
        self.path, self.conn, self.lock = path, conn, lock
        self.committed = False

    def begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")  # the write lock now: nothing read before it can change

    def commit(self) -> None:
        """Commit what was written, as a session on this store commits a write."""
        self.conn.execute("UPDATE store_revision SET revision = revision + 1")
        self.conn.execute("COMMIT")
        self.committed = True
        from .today_kept import stored

        try:  # the kept lists are computed again by their next reader (keeper.forget)
            stored.stamp_path(self.path).unlink()
        except FileNotFoundError:
            pass

    def close(self) -> Optional[str]:
        """Roll back what was not committed, close, stamp the clean close and, after a write, make the
        automatic backup. Returns a warning for the user (the backup failed), or None."""
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        finally:
            self.conn.close()
            clean_close.record_clean_close(self.path)
            self.lock.release()
        if not self.committed:
            return None
        from .backup import file_backup_after_change

        warning = file_backup_after_change(self.path)
        return None if warning is None else str(warning)


def open_for_writing(path: Path) -> Optional[PlainStore]:
    """The SQLite store at `path` open to write, or None: open it the usual way (store.open_for_use)."""
    real = file_to_read(path)  # no file, an empty one, a folder, a second name, a network folder: None
    if real is None or clean_close.needs_check(path) or _interrupted_backups(path):
        return None
    from filelock import FileLock, Timeout

    lock = FileLock(lock_file(real), timeout=0)
    try:
        lock.acquire()
    except Timeout:  # another Rapport has it: the usual path says so
        return None
    try:
        conn = sqlite3.connect(real, timeout=5, isolation_level=None)
    except sqlite3.Error:
        lock.release()
        return None
    try:
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL", "busy_timeout=5000"):
            conn.execute(f"PRAGMA {pragma}")  # as app/models/backend.py sets them on every connection
        if schema_is_current(conn):
            return PlainStore(path, conn, lock)
    except sqlite3.Error:  # not a database, locked, no such table
        pass
    conn.close()
    lock.release()
    return None


def _interrupted_backups(path: Path) -> bool:
    """Whether a backup cut off halfway left a copy behind (store.open_for_use removes it)."""
    from .backup import backup_dir

    folder = backup_dir(path)
    return folder.is_dir() and any(any(folder.glob(pattern)) for pattern in ("*.db.part", "*.part-journal"))
