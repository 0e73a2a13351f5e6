"""Backups of a store on a PostgreSQL server: `pg_dump` in its custom format, kept and listed as
a file store's are (`<database>-<when>-<why>.dump`, readable by you only) in the backups folder of
your data folder, one folder per server database."""
from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path
from typing import Optional

from sqlalchemy import Engine

from ..backup import BackupError, BackupInfo, list_in
from ..errors import QT_TRANSLATE_NOOP
from ..private_files import create_private, private_folder
from .tools import checked_tool, connection_args, first_error, run


def where(engine: Engine) -> str:
    """host:port/database, for messages and folder names: never the password."""
    url = engine.url
    return f"{url.host or 'localhost'}{':' + str(url.port) if url.port else ''}/{url.database or ''}"


def dump_dir(engine: Engine) -> Path:
    from ..store import data_dir

    return data_dir() / "backups" / re.sub(r"[^A-Za-z0-9._-]+", "-", where(engine)).strip("-")


def list_dumps(engine: Engine) -> list[BackupInfo]:
    return list_in(dump_dir(engine), "*.dump")


def make_dump(engine: Engine, dest: Optional[Path] = None, *, reason: str = "manual",
              now: Optional[datetime] = None) -> Path:
    """pg_dump -Fc of the store's database, written beside as .part, checked readable, then named."""
    tool = checked_tool("pg_dump", engine)
    now = now or datetime.now()
    if dest is None:
        folder = dump_dir(engine)
        try:
            private_folder(folder)
        except OSError as exc:
            raise BackupError(QT_TRANSLATE_NOOP("services", "{folder}: cannot keep backups in this folder ({reason})"),
                              folder=folder, reason=exc.strerror or exc) from None
        dest = folder / f"{engine.url.database}-{now:%Y%m%d-%H%M%S}-{reason}.dump"
    if dest.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("services", "{path}: is a folder; give a file name"), path=dest)
    partial = dest.with_name(dest.name + ".part")
    args, env = connection_args(engine.url)
    try:
        partial.unlink(missing_ok=True)
        create_private(partial)  # pg_dump writes into it and keeps its 0600
        done = run(tool, ["--format=custom", "--no-password", f"--file={partial}", *args], env)
        if done.returncode != 0:
            raise BackupError(QT_TRANSLATE_NOOP("services", "{where}: pg_dump failed ({reason}); nothing was "
                                                            "written"), where=where(engine), reason=first_error(done))
        listed = run(checked_tool("pg_restore", engine), ["--list", str(partial)])
        if listed.returncode != 0:
            raise BackupError(QT_TRANSLATE_NOOP("services", "{path}: the backup failed its check ({verdict}); "
                                                            "the store is unchanged"),
                              path=dest, verdict=first_error(listed))
        os.replace(partial, dest)
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("services", "{path}: could not write the backup ({reason}); "
                                                        "the store is unchanged"), path=dest,
                          reason=exc.strerror or exc) from None
    finally:
        partial.unlink(missing_ok=True)
    return dest
