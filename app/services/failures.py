"""Failures that come from the machine or the shell rather than from Rapport, named plainly.

A full disk, or a file name that is not UTF-8, is something a person can meet and fix: it
gets a one-line message like any bad input, never "unexpected error" with a traceback.
"""
from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Optional, Sequence

from .errors import QT_TRANSLATE_NOOP, InvalidValue, ServiceError

_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class DiskFull(ServiceError):
    pass


def disk_full(error: BaseException, store: Optional[Path]) -> Optional[DiskFull]:
    """The message for `error` when it says the disk (or the store's size limit) is full; else None."""
    cause = getattr(error, "orig", None) or error  # SQLAlchemy wraps the sqlite3 error
    full = (isinstance(cause, sqlite3.Error) and getattr(cause, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL) \
        or (isinstance(cause, OSError) and cause.errno in _DISK_FULL_ERRNOS)
    if not full:
        return None
    return DiskFull(QT_TRANSLATE_NOOP("services", "{path}: the disk is full, so nothing was saved; free some space "
                                                  "and try again"), path=store or "")


def server_gone(error: BaseException, store) -> Optional[Exception]:
    """The message for a PostgreSQL server that stopped answering in the middle of a command (restarted,
    network down): one line naming the host and database, like one that could not be reached at all."""
    from sqlalchemy.exc import InterfaceError, OperationalError

    from app.models.backend import ServerStore
    from app.models.db import server_error

    if isinstance(store, ServerStore) and isinstance(error, (OperationalError, InterfaceError)):
        return server_error(store, error)
    return None


def refuse_undecodable(arguments: Sequence[str]) -> None:
    """Raise InvalidValue for the first argument holding bytes that are not UTF-8 (Python keeps them as
    lone surrogates, which no file, database or terminal can take)."""
    for argument in arguments:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            try:  # the bytes as typed, \xff for each one that is not UTF-8
                shown = argument.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            except UnicodeEncodeError:  # a surrogate no byte became (given in-process, not by a shell)
                shown = argument.encode("utf-8", "backslashreplace").decode("utf-8")
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "'{argument}' is not UTF-8 text; Rapport takes names, "
                                                             "texts and file paths in UTF-8 (rename the file or "
                                                             "folder)"), argument=shown) from None
