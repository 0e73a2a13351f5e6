"""When return visits fall: a list of (days after the purchase, reason) and how many days before
the warranty ends, globally and per product category (a category's schedule replaces the global one).

Kept as one JSON setting, "return_visits": {"default": {...}, "categories": {"Printers": {...}}}.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy.orm import Session, sessionmaker

from app.models import Setting

from .. import settings
from ..errors import QT_TRANSLATE_NOOP, InvalidValue
from ..greetings import language_from_locale
from .texts import DEFAULT_REASONS, language_key

KEY = "return_visits"
MAX_DAYS = 3660  # ten years: a longer offset is a typo
_VISIT = re.compile(r"^\s*(\d{1,5})\s*(?::\s*(.*))?$", re.DOTALL)


@dataclass(frozen=True)
class Visit:
    days: int  # after the purchase
    reason: str


@dataclass(frozen=True)
class Schedule:
    visits: tuple[Visit, ...] = ()
    warranty_days: Optional[int] = None  # before the warranty ends; None: no warranty visit
    category: Optional[str] = None  # None: the global schedule

    def as_json(self) -> dict:
        return {"category": self.category, "visits": [{"days": v.days, "reason": v.reason} for v in self.visits],
                "warranty_days": self.warranty_days}


def default_schedule(language: Optional[str]) -> Schedule:
    reasons = DEFAULT_REASONS[language_key(language)]
    return Schedule(tuple(Visit(days, reason) for days, reason in reasons.items()), 30)


def parse_visit(text: str, language: Optional[str] = None) -> Visit:
    """'3:is it working?'; '3' alone takes the default reason for 3 days, else "how is it going?"."""
    match = _VISIT.match(text or "")
    if not match or not 0 < int(match[1]) <= MAX_DAYS:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "return visit: '{text}' is not DAYS:REASON with 1 to "
                                                         "{limit} days (e.g. 3:is it working?)"),
                           text=text, limit=MAX_DAYS)
    days, reason = int(match[1]), (match[2] or "").strip()
    defaults = DEFAULT_REASONS[language_key(language)]
    return Visit(days, reason or defaults.get(days, defaults[30]))


def check_warranty_days(days: Optional[int]) -> Optional[int]:
    if days is not None and not 0 <= days <= MAX_DAYS:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "warranty visit: {days} is not 0 to {limit} days before "
                                                         "the warranty ends"), days=days, limit=MAX_DAYS)
    return days


def parse_warranty_days(text: str) -> Optional[int]:
    """What `--warranty-days` or the settings field was given: a number of days, or none."""
    value = (text or "").strip()
    if value.lower() in ("", "none"):
        return None
    if not value.isdigit():
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "warranty visit: '{text}' is not a number of days"),
                           text=text)
    return check_warranty_days(int(value))


def _stored(session: Session) -> dict:
    row = session.get(Setting, KEY)
    return json.loads(row.value) if row else {}


def _from_json(value: dict, category: Optional[str]) -> Schedule:
    visits = tuple(Visit(int(v["days"]), str(v.get("reason") or "")) for v in value.get("visits", []))
    return Schedule(tuple(sorted(visits, key=lambda v: v.days)), value.get("warranty_days"), category)


def _fold(category: str) -> str:
    return " ".join(category.split()).casefold()


def user_language(session: Session) -> str:
    return settings.get_in(session, "language") or language_from_locale()


def schedule_for(session: Session, category: Optional[str]) -> Schedule:
    """The schedule of a purchase in `category`: the category's own, else the global one."""
    stored = _stored(session)
    if category:
        for name, value in stored.get("categories", {}).items():
            if _fold(name) == _fold(category):
                return _from_json(value, name)
    if "default" in stored:
        return _from_json(stored["default"], None)
    return default_schedule(user_language(session))


def all_schedules(db: sessionmaker[Session]) -> list[Schedule]:
    """The global schedule first, then each category's, by name."""
    with db() as session:
        stored = _stored(session)
        found = [schedule_for(session, None)]
        found += [_from_json(value, name) for name, value in sorted(stored.get("categories", {}).items(),
                                                                    key=lambda item: _fold(item[0]))]
        return found


def set_schedule(db: sessionmaker[Session], schedule: Optional[Schedule], category: Optional[str] = None) -> None:
    """Save the global schedule (category None) or a category's; None for a category goes back to the
    global one. Applies to purchases recorded from now on: visits already scheduled stay as they are."""
    if schedule is not None:
        check_warranty_days(schedule.warranty_days)
        for visit in schedule.visits:
            if not 0 < visit.days <= MAX_DAYS:
                raise InvalidValue(QT_TRANSLATE_NOOP("services", "return visit: '{text}' is not DAYS:REASON with 1 "
                                                                 "to {limit} days (e.g. 3:is it working?)"),
                                   text=str(visit.days), limit=MAX_DAYS)
    with db.begin() as session:
        stored = _stored(session)
        categories = {name: value for name, value in stored.get("categories", {}).items()
                      if not category or _fold(name) != _fold(category)}
        value = None if schedule is None else {k: v for k, v in schedule.as_json().items() if k != "category"}
        if category and category.strip():
            if value is not None:
                categories[" ".join(category.split())] = value
        elif value is not None:
            stored["default"] = value
        else:
            stored.pop("default", None)  # back to the built-in visits, in the user's language
        stored["categories"] = categories
        session.merge(Setting(key=KEY, value=json.dumps(stored, ensure_ascii=False)))


def parse_visits(text: str, language: Optional[str] = None) -> tuple[Visit, ...]:
    """'3: is it working?; 30: how is it going?' (the settings dialog's cell): visits by their days."""
    parts = [part.strip() for part in (text or "").split(";") if part.strip()]
    return tuple(sorted((parse_visit(part, language) for part in parts), key=lambda v: v.days))


def visits_text(schedule: Schedule) -> str:
    return "; ".join(f"{v.days}: {v.reason}" for v in schedule.visits)


def replace_schedules(db: sessionmaker[Session], schedules: list[Schedule]) -> None:
    """Save the global schedule (the one without a category) and exactly these categories', all checked
    before anything is written; for purchases recorded from now on."""
    for schedule in schedules:
        check_warranty_days(schedule.warranty_days)
    stored = {"default": None, "categories": {}}
    for schedule in schedules:
        value = {k: v for k, v in schedule.as_json().items() if k != "category"}
        if schedule.category and schedule.category.strip():
            stored["categories"][" ".join(schedule.category.split())] = value
        else:
            stored["default"] = value
    if stored["default"] is None:
        del stored["default"]
    with db.begin() as session:
        session.merge(Setting(key=KEY, value=json.dumps(stored, ensure_ascii=False)))
