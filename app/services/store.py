"""Where the store lives, and opening it for a command or the app."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from platformdirs import user_data_path, user_log_path
from sqlalchemy.orm import Session, sessionmaker

from app.models.db import StoreError, open_store

APP_NAME = "Rapport"
ENV_DB = "RAPPORT_DB"

__all__ = ["StoreError", "data_dir", "default_db_path", "demo_db_path", "log_dir", "open_store", "resolve_db_path"]


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / "rapport.db"


def demo_db_path() -> Path:
    """The demo never touches the user's real store."""
    return data_dir() / "demo.db"


def resolve_db_path(explicit: Optional[str] = None, *, demo: bool = False) -> Path:
    """--db PATH, else $RAPPORT_DB, else the user's data folder."""
    if explicit:
        return Path(explicit).expanduser()
    if demo:
        return demo_db_path()
    if os.environ.get(ENV_DB):
        return Path(os.environ[ENV_DB]).expanduser()
    return default_db_path()
