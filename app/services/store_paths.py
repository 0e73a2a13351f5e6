"""Where the store lives by default, and which one a command names: plain paths, no database driver.

Kept apart from store.py (which opens stores through SQLAlchemy) so that a command that only
reads (app/services/reading) finds the same file as every other command without loading the ORM.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional, Union

APP_NAME = "Rapport"
ENV_DB = "RAPPORT_DB"


def data_dir() -> Path:
    from platformdirs import user_data_path  # when asked: the window's fast start does without it

    return user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / "rapport.db"


def demo_db_path() -> Path:
    """The demo never touches the user's real store."""
    return data_dir() / "demo.db"


def lock_file(real_store: Path) -> str:
    """The one-writer lock beside a store's real file (store.writer_lock, and the window's fast start)."""
    return str(real_store) + ".lock"


def chosen_store(explicit: Optional[str] = None, *, demo: bool = False) -> Union[str, Path]:
    """--db PATH|URL, else the demo's file, else $RAPPORT_DB, else the user's data folder: the text the
    user gave (a path or a server URL, told apart by app.models.backend.location_of) or a default path."""
    if explicit:
        return explicit
    if demo:
        return demo_db_path()
    if os.environ.get(ENV_DB):
        return os.environ[ENV_DB]
    return default_db_path()
