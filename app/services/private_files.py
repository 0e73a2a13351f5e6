"""Files that hold other people's personal data are readable by their owner only (0600).

The store and its backups, exports (CSV, vCard, JSON), printed plans and the error log
(tracebacks can quote a name or a note) are all created through here, so a shared
machine's other users never read them, whatever the umask.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import IO

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def create_private(path: Path, *, truncate: bool = True) -> None:
    """Create `path` empty (or keep it, `truncate=False`) and make it the owner's only."""
    flags = os.O_CREAT | os.O_WRONLY | (os.O_TRUNC if truncate else 0)
    fd = os.open(path, flags, PRIVATE_FILE)
    try:
        _fchmod(fd)
    finally:
        os.close(fd)


def open_private(path: Path, mode: str = "w", **kwargs) -> IO:
    """`open(path, mode)` for writing ("w" or "a", text or binary), the file being the owner's only."""
    flags = os.O_CREAT | os.O_WRONLY | (os.O_APPEND if mode.startswith("a") else os.O_TRUNC)
    fd = os.open(path, flags, PRIVATE_FILE)
    try:
        _fchmod(fd)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def private_folder(folder: Path) -> None:
    """Make `folder` (and its parents) and keep it to the owner when Rapport made it."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        folder.chmod(PRIVATE_FOLDER)
    except OSError:
        pass


def _fchmod(fd: int) -> None:
    """An existing file keeps its old mode through os.open: set it (POSIX; Windows has no such bits)."""
    if hasattr(os, "fchmod"):
        os.fchmod(fd, PRIVATE_FILE)
