"""Where the store lives, and opening it safely for a command or the app.

Opening checks the file first (`quick_check`, when clean_close says there is a reason to):
a damaged store is moved aside,
never deleted, and the user is pointed at the newest good backup. A store that
needs a migration is backed up before it is migrated. New stores and backups
are readable by their owner only. One Rapport writes to a store at a time.

A store on a PostgreSQL server (`--db postgresql+psycopg://user@host/db`) skips all of that: the
server checks, locks and keeps its own files; see app/models/backend.py for the one seam.
"""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Optional

from filelock import FileLock, Timeout
from sqlalchemy.orm import Session, sessionmaker

from app.models.backend import Location, ServerStore, is_file_store, location_of
from app.models.db import StoreError, create_store_engine, current_revision, head_revision, open_store

from . import clean_close
from .backup import list_backups, make_backup, quick_check, remove_interrupted
from .errors import QT_TRANSLATE_NOOP
from .network_folder import NETWORK_FILESYSTEMS, network_filesystem  # noqa: F401
from .private_files import create_private
from .store_paths import (  # noqa: F401
    APP_NAME, ENV_DB, chosen_store, data_dir, default_db_path, demo_db_path, lock_file, log_dir,
)

class StoreDamaged(StoreError):
    """The store failed its check and was moved aside (params: path, verdict, moved, backup)."""

    def __init__(self, template: str, /, *, moved: Path, backup: Optional[Path], **params) -> None:
        super().__init__(template, moved=moved, backup=backup, **params)
        self.moved_to = moved
        self.newest_backup = backup

    @property
    def damage(self) -> StoreError:
        """What happened, without the advice on restoring (for a window that offers the restore itself)."""
        return StoreError(QT_TRANSLATE_NOOP("services", "{path}: the database is damaged ({verdict}). It was moved to "
                                                        "{moved}, not deleted."), **self.params)


class StoreBusy(StoreError):
    pass


def resolve_db_path(explicit: Optional[str] = None, *, demo: bool = False) -> Location:
    """--db PATH|URL, else $RAPPORT_DB, else the user's data folder. A postgresql:// URL names a
    store on a server (a ServerStore), anything else a SQLite file."""
    return location_of(chosen_store(explicit, demo=demo))


def open_for_use(path: Location) -> sessionmaker[Session]:
    """Check, back up if a migration is due, migrate, and open."""
    if not is_file_store(path):
        return _open_server_store(path)
    path = Path(path)
    real_store_file(path)
    if path.is_dir():
        raise StoreError(QT_TRANSLATE_NOOP("services", "{path}: is a folder, not a database file"), path=path)
    if path.exists() and path.stat().st_size > 0:
        if clean_close.needs_check(path):  # after a crash, a change behind Rapport's back, or weekly
            verdict = quick_check(path)
            if verdict != "ok":
                raise _move_aside(path, verdict)
            clean_close.record_check(path)
        remove_interrupted(path)
        _backup_before_migration(path)
    else:
        _create_private(path)
    db = open_store(path)
    from .derived import refresh_everything_if_outdated
    from .today_kept.follow import follow

    follow()  # every commit keeps the list kept in the store current (today_kept/keeper.py)
    refresh_everything_if_outdated(db)
    return db


def _open_server_store(store: ServerStore) -> sessionmaker[Session]:
    """A server's database: no file to check or lock. It is migrated as it opens; a backup before a
    migration is the server's administrator's (pg_dump), as nothing here can copy it aside."""
    db = open_store(store)
    from .derived import refresh_everything_if_outdated

    refresh_everything_if_outdated(db)
    return db


def close_store(db: sessionmaker[Session], path: Location) -> None:
    """Close the store's connections (SQLite folds its write-ahead log back in) and remember the clean
    close, so the next start can skip the integrity check (see clean_close)."""
    from .today_kept import follow

    kept = is_file_store(path) and follow.before_close(Path(path))
    db.kw["bind"].dispose()
    if is_file_store(path):
        clean_close.record_clean_close(Path(path))
        follow.after_close(Path(path), kept)


def _create_private(path: Path) -> None:
    try:
        if not path.parent.exists():
            path.parent.mkdir(parents=True)
            if path.parent == data_dir():
                path.parent.chmod(0o700)
        create_private(path, truncate=False)
    except OSError as exc:
        raise StoreError(QT_TRANSLATE_NOOP("services", "{path}: cannot create the database ({reason})"),
                         path=path, reason=exc.strerror) from None


def _backup_before_migration(path: Path) -> None:
    engine = create_store_engine(path)
    try:
        current = current_revision(engine)
    except Exception:  # not our schema at all; open_store says so clearly
        return
    finally:
        engine.dispose()
    if current is not None and current != head_revision():
        make_backup(path, reason="before-migration")


def _move_aside(path: Path, verdict: str) -> StoreDamaged:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    moved = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            os.replace(part, Path(str(moved) + suffix))
    good = next((b.path for b in list_backups(path) if not b.in_future() and quick_check(b.path) == "ok"), None)
    if good is None:
        return StoreDamaged(QT_TRANSLATE_NOOP("services", "{path}: the database is damaged ({verdict}). It was moved "
                                                          "to {moved}, not deleted. No backup was found."),
                            path=path, verdict=verdict, moved=moved, backup=None)
    return StoreDamaged(QT_TRANSLATE_NOOP("services", "{path}: the database is damaged ({verdict}). It was moved to "
                                                      "{moved}, not deleted. The newest good backup is {backup}; "
                                                      "restore it with: rapport --db {path} restore {backup}"),
                        path=path, verdict=verdict, moved=moved, backup=good)


class StoreWarning(StoreError):
    """Not raised: told to the user when the store opens (its str is the English text)."""


def network_share_warning(path: Location) -> Optional[StoreWarning]:
    """SQLite's write-ahead log needs every reader and writer on one host: warn about network folders."""
    if not is_file_store(path):
        return None  # a server is made to be shared
    kind = network_filesystem(Path(path))
    if not kind:
        return None
    return StoreWarning(QT_TRANSLATE_NOOP("services", "{path} is on a network folder ({kind}). Rapport's store must "
                                                      "be used from one computer at a time; keep it on this "
                                                      "computer's own disk and use backups to move it."),
                        path=path, kind=kind)


def real_store_file(path: Path) -> Path:
    """The store's own file, every symlink resolved; a file with a second name (a hard link) is refused.

    SQLite names its -wal and -shm after the path it was given, so two names of one file get two
    write-ahead logs and the store is damaged; and the one-writer lock beside one name does not stop
    a Rapport that came in by the other. Symlinks resolve to the one real path; hard links cannot
    be told apart, so they are refused.
    """
    real = Path(os.path.realpath(path))
    try:
        links = real.stat().st_nlink
    except OSError:
        return real  # not there yet (a new store), or opening it says what is wrong
    if links > 1 and real.is_file():
        raise StoreError(QT_TRANSLATE_NOOP("services", "{path}: this database file has {links} names (hard links); "
                                                       "Rapport opens a store by one name only, or SQLite could "
                                                       "damage it. Remove the other names, or copy the file"),
                         path=path, links=links)
    return real


class NoLock:
    """A server's store has no one-writer lock: several Rapports write to it at once (the server
    keeps them apart; a contact's version refuses a save over a newer one)."""

    def release(self) -> None:
        pass


def writer_lock(path: Location) -> FileLock | NoLock:
    """Take the one-writer lock of a store, or raise StoreBusy naming it. The lock belongs to the real
    file (see real_store_file), so a symlink to a store in use finds it taken. SQLite only."""
    if not is_file_store(path):
        return NoLock()
    lock = FileLock(lock_file(real_store_file(path)), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise StoreBusy(QT_TRANSLATE_NOOP("services", "{path}: another Rapport is using this store; close it first "
                                                      "(only one Rapport may change a store at a time)"),
                        path=path) from None
    return lock


def open_to_read(path: Location) -> Optional[sessionmaker[Session]]:
    """The store for a quick look that must change nothing (shell completion): read-only, no migration,
    no lock; None when there is no store there yet."""
    if not is_file_store(path):
        engine = create_store_engine(path)
        engine = engine.execution_options(postgresql_readonly=True)
        return sessionmaker(engine)
    if not path.is_file():
        return None
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true")
    return sessionmaker(engine)
