"""Backups through SQLite's online backup API (never a file copy), verified after writing.

Automatic when data changed and at most every 30 minutes, and always before a
destructive operation. Kept daily for a week, weekly for a month and monthly
for a year. Backups live beside the store in `backups/<store name>/`.
"""
from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from .errors import QT_TRANSLATE_NOOP, ServiceError
from .private_files import create_private, private_folder

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def is_sqlite(db) -> bool:
    # Imported when asked: the sqlite3 import path (importing/quick.py) backs up without the models.
    from app.models.backend import is_sqlite as found

    return found(db)


AUTO_INTERVAL = timedelta(minutes=30)
# A .part younger than this may be another Rapport's backup in progress (`rapport backup` takes no lock).
INTERRUPTED_AFTER = timedelta(minutes=5)
_NAME = re.compile(r"^(?P<stem>.+)-(?P<when>\d{8}-\d{6})(?:-(?P<reason>[a-z0-9-]+))?\.(?:db|dump)$")


class BackupError(ServiceError):
    pass


class BackupWarning(ServiceError):
    """Not raised: told to the user beside a result that stands (its str is the English text)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int

    def in_future(self, now: Optional[datetime] = None) -> bool:
        """Dated after now: made while the clock was ahead. Such a backup never counts as the newest."""
        return self.made_at > (now or datetime.now())


def store_path(db: sessionmaker[Session]) -> Path:
    return Path(db.kw["bind"].url.database)


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups" / db_path.stem


def quick_check(path: Path) -> str:
    """"ok", or what SQLite found wrong (also for a file that is not a database)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        # SQLite's report quotes names read from the damaged pages, which need not be UTF-8.
        conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    except UnicodeDecodeError:  # SQLite's own message quoted bytes of a damaged page
        return "malformed (SQLite's report is unreadable)"
    return "ok" if rows == [("ok",)] else "; ".join(r[0] for r in rows[:3])


def make_backup(db_path: Path, dest: Optional[Path] = None, *, reason: str = "manual",
                now: Optional[datetime] = None) -> Path:
    """Copy the live store page by page through SQLite, then verify the copy."""
    now = now or datetime.now()
    if dest is None:
        folder = backup_dir(db_path)
        try:
            private_folder(folder)
        except OSError as exc:
            raise BackupError(QT_TRANSLATE_NOOP("services", "{folder}: cannot keep backups in this folder ({reason})"),
                              folder=folder, reason=_reason(exc)) from None
        remove_interrupted(db_path, now)
        dest = folder / f"{db_path.stem}-{now:%Y%m%d-%H%M%S}-{reason}.db"
    if dest.exists() and dest.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("services", "{path}: is a folder; give a file name"), path=dest)
    partial = dest.with_name(dest.name + ".part")
    try:
        partial.unlink(missing_ok=True)
        create_private(partial)
        source = sqlite3.connect(db_path)
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            # A backup is a single self-contained file: no -wal or -shm beside it.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
            source.close()
        verdict = quick_check(partial)
        if verdict != "ok":
            raise BackupError(QT_TRANSLATE_NOOP("services", "{path}: the backup failed its check ({verdict}); "
                                                            "the store is unchanged"), path=dest, verdict=verdict)
        os.replace(partial, dest)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(QT_TRANSLATE_NOOP("services", "{path}: could not write the backup ({reason}); "
                                                        "the store is unchanged"), path=dest, reason=_reason(exc)) from None
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    return dest


def remove_interrupted(db_path: Path, now: Optional[datetime] = None) -> list[Path]:
    """Remove what backups cut off halfway left behind (`*.db.part`, `*.part-journal`): whole copies of
    the store, holding contacts deleted for good since, that no list shows and no rotation removes."""
    folder = backup_dir(db_path)
    cutoff = ((now or datetime.now()) - INTERRUPTED_AFTER).timestamp()
    removed = []
    for pattern in ("*.db.part", "*.part-journal"):
        for path in folder.glob(pattern) if folder.is_dir() else ():
            try:
                if path.is_file() and path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue  # left for the next time; never a reason to fail a backup
    return removed


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Newest first (those dated in the future too: see BackupInfo.in_future)."""
    return list_in(backup_dir(db_path), "*.db")


def list_in(folder: Path, pattern: str) -> list[BackupInfo]:
    """The backups named as Rapport names them in `folder` (a store's, or a server database's), newest first."""
    found = []
    for path in folder.glob(pattern) if folder.exists() else ():
        m = _NAME.match(path.name)
        if m:
            found.append(BackupInfo(path, datetime.strptime(m.group("when"), "%Y%m%d-%H%M%S"),
                                    m.group("reason") or "", path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def prune(db_path: Path, now: Optional[datetime] = None) -> list[Path]:
    """Keep every backup of the last day, then the newest of each day for a week, of each week for a
    month and of each month for a year. Backups the user asked for ("manual") are never removed."""
    now = now or datetime.now()
    kept_keys: set[tuple] = set()
    removed = []
    for i, backup in enumerate(list_backups(db_path)):
        age = now - backup.made_at
        if backup.reason == "manual" or age <= timedelta(days=1):
            continue
        if age <= timedelta(days=7):
            key = ("day", backup.made_at.date())
        elif age <= timedelta(days=31):
            key = ("week", tuple(backup.made_at.isocalendar()[:2]))
        elif age <= timedelta(days=365):
            key = ("month", backup.made_at.year, backup.made_at.month)
        else:
            key = None
        if i == 0 or (key is not None and key not in kept_keys):
            kept_keys.add(key)
            continue
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def auto_backup(db: sessionmaker[Session], now: Optional[datetime] = None) -> Optional[Path]:
    """Back up when the store changed since the last backup and that was over 30 minutes ago.
    A store on a server is backed up by the server's own tools (pg_dump), not from every desk."""
    if not is_sqlite(db):
        return None
    return auto_backup_file(store_path(db), now)


def auto_backup_file(path: Path, now: Optional[datetime] = None) -> Optional[Path]:
    """`auto_backup` of the SQLite store at `path`."""
    now = now or datetime.now()
    backups = [b for b in list_backups(path) if not b.in_future(now)]
    if backups:
        last = backups[0].made_at
        if now - last < AUTO_INTERVAL or _changed_at(path) <= last:
            return None
    made = make_backup(path, reason="auto", now=now)
    prune(path, now)
    return made


def backup_after_change(db: sessionmaker[Session], now: Optional[datetime] = None) -> Optional[BackupWarning]:
    """The automatic backup after a command changed the store. The change is committed whatever happens
    here, so a failure is a warning (a user told "error" would do it again), never an error."""
    if not is_sqlite(db):
        return None
    return file_backup_after_change(store_path(db), now)


def file_backup_after_change(path: Path, now: Optional[datetime] = None) -> Optional[BackupWarning]:
    """`backup_after_change` of the SQLite store at `path`."""
    try:
        auto_backup_file(path, now)
    except BackupError as exc:
        return BackupWarning(QT_TRANSLATE_NOOP("services", "your change is saved, but it was not backed up: "
                                                           "{problem}"), problem=exc)
    return None


def future_backup_warning(backup: BackupInfo) -> BackupWarning:
    return BackupWarning(QT_TRANSLATE_NOOP("services", "{path}: dated {when}, after now (the computer's clock was "
                                                       "ahead when it was made); it is not taken as the newest "
                                                       "backup"), path=backup.path,
                         when=backup.made_at.strftime("%Y-%m-%d %H:%M"))


def backup_before(db: sessionmaker[Session], operation: str) -> Optional[Path]:
    """Always called before something that cannot be taken back (undo import, empty trash, restore…).
    None on a server store: its backups are pg_dump's (see README, "A team's server")."""
    if not is_sqlite(db):
        return None
    path = store_path(db)
    made = make_backup(path, reason=re.sub(r"[^a-z0-9-]+", "-", operation.lower()).strip("-") or "before")
    prune(path)
    return made


def restore(db: sessionmaker[Session], backup: Path) -> Path:
    """Replace the store's contents with a backup's rows (never its schema: see restore.py); the current
    store is backed up first. Returns that backup."""
    from .restore import restore_store

    if not backup.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("services", "{path}: no such backup file"), path=backup)
    verdict = quick_check(backup)
    if verdict != "ok":
        raise BackupError(QT_TRANSLATE_NOOP("services", "{path}: not a good backup ({verdict}); nothing was changed"),
                          path=backup, verdict=verdict)
    revision = _refuse_newer(backup)
    path = store_path(db)
    try:
        return restore_store(db, backup, revision, path)
    except sqlite3.Error as exc:
        raise BackupError(QT_TRANSLATE_NOOP("services", "{path}: the restore failed ({reason}); your data is "
                                                        "unchanged"), path=path, reason=exc) from None


def _refuse_newer(backup: Path) -> str:
    """The backup's revision, one this version knows."""
    from app.models.db import known_revisions

    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None
    finally:
        conn.close()
    if row is None:
        raise BackupError(QT_TRANSLATE_NOOP("services", "{path}: not a Rapport backup; nothing was changed"),
                          path=backup)
    if row[0] not in known_revisions():
        raise BackupError(QT_TRANSLATE_NOOP("services", "{path}: made by a newer version of Rapport; update "
                                                        "Rapport to restore it"), path=backup)
    return row[0]


def _reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc)


def _changed_at(path: Path) -> datetime:
    """The last write to the store or its write-ahead log."""
    times = [p.stat().st_mtime for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
    return datetime.fromtimestamp(max(times)) if times else datetime.min


