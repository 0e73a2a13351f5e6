"""A store's one-writer lock taken with a bare flock: the window's fast start (issue 18).

store.writer_lock takes the lock with filelock, whose import (secrets, hmac, decimal, its soft-lock
fallback…) costs a tenth of a fast start. On POSIX filelock's lock is fcntl.flock on the same file, so
a bare flock excludes and is excluded by it, in this process and in others. The fast start only opens a
plain file on this computer's disk (reading.open_file_for_reading), where flock works; anywhere else
(Windows, a file system without flock) it takes the lock with filelock, as store.writer_lock does.
"""
from __future__ import annotations

import os
from typing import Any, Optional


class Flock:
    """The lock held through one open descriptor of the lock file; `release` as filelock's."""

    def __init__(self, fd: int) -> None:
        self._fd: Optional[int] = fd

    @property
    def is_locked(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            import fcntl

            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def take(lock_path: str) -> Optional[Any]:
    """The lock at `lock_path` (created if missing), or None when another Rapport holds it."""
    try:
        import fcntl
    except ImportError:  # Windows
        return _with_filelock(lock_path)
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return _with_filelock(lock_path)  # it says what is wrong, as the normal path would
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError:  # no flock here
        os.close(fd)
        return _with_filelock(lock_path)
    return Flock(fd)


def _with_filelock(lock_path: str):
    from filelock import FileLock, Timeout

    lock = FileLock(lock_path, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return None
    return lock
