"""Settings stored in the database (JSON values), with defaults for a fresh store."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from app.models import Setting

from .phones import DEFAULT_REGION, region_from_locale, valid_region
from .errors import QT_TRANSLATE_NOOP, InvalidValue

DEFAULTS: dict[str, Any] = {
    "phone_region": None,  # None: follow the locale
    "working_days": [1, 2, 3, 4, 5],  # ISO weekdays, Monday = 1
    "calls_per_day": 12,
    "birthday_days_ahead": 7,
    "dormant_days": 180,
    "reorder_days_ahead": 7,  # "due to reorder" shows this many days before the expected purchase
    "sync_delete_on_server": "ask",  # a contact trashed here: delete its card on the server? ask, always, never
    "sync_every_minutes": 15,  # the window syncs linked address books this often while open (0: only by hand)
    "language": None,  # None: follow the system; else "en", "zh_CN" or "es" (the window, printouts, greetings)
    "greeting_sender": "",  # how greetings are signed ({sender}): your name as customers know it
}


def get(db: sessionmaker[Session], key: str) -> Any:
    with db() as session:
        return get_in(session, key)


def get_in(session: Session, key: str) -> Any:
    """`get` inside a session a service already holds."""
    row = session.get(Setting, key)
    return json.loads(row.value) if row else DEFAULTS.get(key)


def put(db: sessionmaker[Session], key: str, value: Any) -> None:
    with db.begin() as session:
        session.merge(Setting(key=key, value=json.dumps(value)))


def phone_region(db: sessionmaker[Session], override: str | None = None) -> str:
    """--region, else the user's setting, else the locale."""
    if override:
        if not valid_region(override):
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "region: '{code}' is not a two-letter country code "
                                                             "such as CN, ES or US"), code=override)
        return override.upper()
    with db() as session:
        return display_region(session)


def display_region(session: Session) -> str:
    """The user's setting, else the locale: what numbers are read and shown for (national form there,
    international elsewhere)."""
    return get_in(session, "phone_region") or region_from_locale() or DEFAULT_REGION


def phone_region_unknown(db: sessionmaker[Session]) -> bool:
    """Neither the user nor the system's locale has said which country the numbers are from:
    the window asks on its first start rather than read every number as American."""
    return not get(db, "phone_region") and region_from_locale() is None
