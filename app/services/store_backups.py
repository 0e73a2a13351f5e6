"""The one seam between a store and how it is backed up: a SQLite file through SQLite's backup API
(backup.py, restore.py), a PostgreSQL database through pg_dump and pg_restore (server_backup/).
The command line and the window ask `backups_for(db)` and never which database it is."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Optional, Protocol

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from . import backup, server_backup


class StoreBackups(Protocol):
    folder: Path
    # True: a restore replaces the store in place (after backing it up). False: it fills a new, empty
    # database only, so the window, which has a store open, cannot offer it.
    restores_in_place: bool

    def make(self, dest: Optional[Path] = None, reason: str = "manual") -> Path: ...

    def list(self) -> list[backup.BackupInfo]: ...

    def restore(self, file: Path) -> Optional[Path]:
        """Put `file` back; returns the backup of what the store held before, if one was made."""

    def question(self, file: Path) -> Optional[str]:
        """What to ask before restoring `file`, or None when nothing needs asking."""


class FileBackups:
    restores_in_place = True

    def __init__(self, db: sessionmaker[Session]) -> None:
        self.db = db
        self.path = backup.store_path(db)
        self.folder = backup.backup_dir(self.path)

    def make(self, dest: Optional[Path] = None, reason: str = "manual") -> Path:
        return backup.make_backup(self.path, dest, reason=reason)

    def list(self) -> list[backup.BackupInfo]:
        return backup.list_backups(self.path)

    def restore(self, file: Path) -> Optional[Path]:
        return backup.restore(self.db, file)

    def question(self, file: Path) -> Optional[str]:
        return None  # the store as it is is backed up first: a wrong restore is undone from the list


class ServerBackups:
    restores_in_place = False

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.folder = server_backup.dump_dir(engine)

    def make(self, dest: Optional[Path] = None, reason: str = "manual") -> Path:
        return server_backup.make_dump(self.engine, dest, reason=reason, now=datetime.now())

    def list(self) -> list[backup.BackupInfo]:
        return server_backup.list_dumps(self.engine)

    def restore(self, file: Path) -> Optional[Path]:
        server_backup.restore_dump(self.engine, file)
        return None

    def question(self, file: Path) -> Optional[str]:
        return f"Restore {file} into the empty database {server_backup.where(self.engine)}?"


def backups_for(db: sessionmaker[Session]) -> StoreBackups:
    engine: Engine = db.kw["bind"]
    if engine.dialect.name == "sqlite":
        return FileBackups(db)
    return ServerBackups(engine)
