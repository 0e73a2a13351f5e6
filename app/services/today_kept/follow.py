"""Keeping the stored lists current from every process that opens the store to write (store.open_for_use).

Light on purpose: registering costs nothing, and a commit in a store that keeps no list (no stamp beside
it) imports nothing more; only when there is a kept list to patch is keeper.py (and the call list) loaded.
"""
from __future__ import annotations

import threading
from pathlib import Path

from . import seam, stored

_installed = threading.Lock()
_listening = False


def follow() -> None:
    """Patch the stored lists after each commit this process makes (idempotent)."""
    global _listening
    with _installed:
        if not _listening:
            seam.listen(_committed)
            _listening = True


def _committed(url: str, touched: seam.Touched) -> None:
    if not touched.wrote:
        return  # only the kept lists themselves were written (keeper.py)
    engine = seam.engine_of(url)
    if engine is None or engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return
    path = Path(engine.url.database)
    if stored.read_stamp(path) is None:
        return  # nothing kept
    from .keeper import committed

    committed(engine, path, touched)


def before_close(path: Path) -> bool:
    """Whether the kept lists are current just before the store's connections close."""
    return stored.is_current(path)


def after_close(path: Path, was_current: bool) -> None:
    """Closing folds the write-ahead log into the file: the file changes, not what it holds. Record
    the stamp again if the lists were current just before."""
    stamp = stored.read_stamp(path)
    if was_current and stamp is not None:
        from .keeper import write_stamp

        write_stamp(path, stamp.get("revision", 0))
