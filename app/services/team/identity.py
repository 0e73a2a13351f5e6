"""Who is using Rapport on this computer: the name written beside every call, note and purchase they
record and every contact they change.

It belongs to the person, not to the store (a team shares one store), so it is kept in the user's
own config folder, not in the store's settings. Unset, it is the system's user name.
"""
from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import Optional

from app.authorship import use_author  # not app.models: a command that only reads loads no ORM

from ..errors import QT_TRANSLATE_NOOP, InvalidValue
from ..private_files import open_private

MAX_LENGTH = 80
_cached: Optional[str] = None


def _file() -> Path:
    from platformdirs import user_config_path  # when asked: importing the services does without it

    return user_config_path("Rapport", appauthor=False) / "me.json"


def system_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container): a name still has to be written
        return "?"


def chosen_name() -> Optional[str]:
    """The name set in Settings, or None."""
    try:
        name = json.loads(_file().read_text(encoding="utf-8")).get("name")
    except (OSError, ValueError, AttributeError):
        return None
    return name.strip() if isinstance(name, str) and name.strip() else None


def my_name() -> str:
    """The name set in Settings, else the system user."""
    global _cached
    if _cached is None:
        _cached = chosen_name() or system_user()
    return _cached


def set_my_name(name: Optional[str]) -> str:
    """Keep `name` (None or blank: the system user again); returns the name now in use."""
    global _cached
    name = " ".join((name or "").split())
    if len(name) > MAX_LENGTH:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "your name: at most {count} characters"), count=MAX_LENGTH)
    path = _file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open_private(path, "w", encoding="utf-8") as out:
        json.dump({"name": name or None}, out)
    _cached = None
    return my_name()


def forget_cached() -> None:
    """Read the name again at the next write (a test, or another process that changed the file)."""
    global _cached
    _cached = None


use_author(my_name)
