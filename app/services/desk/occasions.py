"""Occasions a greeting is for: the built-in ones and those the user adds (a name, and a day or none).

Keys: "birthday", "spring_festival", "mid_autumn", "dragon_boat", "christmas", "new_year",
"invitation" (an event's, with its own fields), and "custom-<id>" for the user's own.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.models import GreetingOccasion, GreetingTemplate

from ..dates import parse_partial_date
from ..errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound
from .lunar import in_lunar_year

BUILT_IN = ("birthday", "spring_festival", "mid_autumn", "dragon_boat", "christmas", "new_year", "invitation")
# Fields an occasion adds to the common ones (app/services/desk/template_text.py FIELDS).
EXTRA_FIELDS = {"invitation": ("event", "event_date", "place")}
# The occasion's name in each greeting language: what {occasion} says to the customer.
NAMES = {
    "birthday": {"zh": "生日", "es": "cumpleaños", "en": "birthday"},
    "spring_festival": {"zh": "春节", "es": "Año Nuevo chino", "en": "Spring Festival"},
    "mid_autumn": {"zh": "中秋节", "es": "Festival del Medio Otoño", "en": "Mid-Autumn Festival"},
    "dragon_boat": {"zh": "端午节", "es": "Festival del Bote del Dragón", "en": "Dragon Boat Festival"},
    "christmas": {"zh": "圣诞节", "es": "Navidad", "en": "Christmas"},
    "new_year": {"zh": "元旦", "es": "Año Nuevo", "en": "New Year"},
    "invitation": {"zh": "邀请", "es": "invitación", "en": "invitation"},
}
# Today's holiday entries (app/services/greeting_days.py names) and the occasion each is greeted for.
HOLIDAYS = {"Chinese New Year (Spring Festival)": "spring_festival", "Chinese New Year": "spring_festival",
            "The first day of Lunar New Year": "spring_festival", "Mid-Autumn Festival": "mid_autumn",
            "The day following the Chinese Mid-Autumn Festival": "mid_autumn",
            "Dragon Boat Festival": "dragon_boat", "Christmas Day": "christmas", "Epiphany": "christmas",
            "New Year's Day": "new_year"}
# Lunar festivals: (lunar month, day); the others are fixed Gregorian days.
_LUNAR = {"spring_festival": (1, 1), "mid_autumn": (8, 15), "dragon_boat": (5, 5)}
_FIXED = {"christmas": (12, 25), "new_year": (1, 1)}


@dataclass(frozen=True)
class Occasion:
    key: str
    name: str  # in English for a built-in one (the window translates it), as typed for the user's own
    day: Optional[str] = None  # the user's own: "--MM-DD" every year, "YYYY-MM-DD" once, or None

    @property
    def custom(self) -> bool:
        return self.key.startswith("custom-")

    @property
    def fields_added(self) -> tuple[str, ...]:
        return EXTRA_FIELDS.get(self.key, ())

    def name_in(self, language: str) -> str:
        """What {occasion} says in a greeting in `language`."""
        return NAMES[self.key][language] if self.key in NAMES else self.name

    def next_day(self, today: date) -> Optional[date]:
        """The occasion's next day from `today` (today included); None for a birthday, an invitation or no day."""
        if self.key in _LUNAR:
            month, day = _LUNAR[self.key]
            days = [in_lunar_year(year, month, day, False) for year in (today.year - 1, today.year, today.year + 1)]
            return min((d for d in days if d is not None and d >= today), default=None)
        if self.key in _FIXED or (self.day and self.day.startswith("--")):
            month, day = _FIXED.get(self.key) or (int(self.day[2:4]), int(self.day[5:7]))
            return next(d for d in (_safe(today.year, month, day), _safe(today.year + 1, month, day)) if d >= today)
        if self.day:
            return date.fromisoformat(self.day)
        return None


def _safe(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, 28)) if (month, day) == (2, 29) and year % 4 else date(year, month, day)


def built_in(key: str) -> Occasion:
    return Occasion(key, NAMES[key]["en"])


def all_occasions(db: sessionmaker[Session]) -> list[Occasion]:
    """The built-in occasions, then the user's own by name."""
    with db() as session:
        own = session.execute(select(GreetingOccasion.id, GreetingOccasion.name, GreetingOccasion.day)
                              .order_by(GreetingOccasion.name)).all()
    return [built_in(k) for k in BUILT_IN] + [Occasion(f"custom-{i}", name, day) for i, name, day in own]


def find(db: sessionmaker[Session], text: str) -> Occasion:
    """An occasion by key ("mid_autumn", "custom-3"), by a built-in's name in any language ("中秋节",
    "Navidad") or by the name the user gave theirs (case aside)."""
    wanted = (text or "").strip()
    folded = wanted.lower().replace("-", "_").replace(" ", "_")
    for occasion in all_occasions(db):
        names = NAMES.get(occasion.key, {}).values()
        if (wanted == occasion.key or folded == occasion.key or occasion.name.lower() == wanted.lower()
                or wanted.lower() in (n.lower() for n in names)):
            return occasion
    raise InvalidValue(QT_TRANSLATE_NOOP("services", "occasion: '{text}' is not one of {choices}"),
                       text=text, choices=", ".join(o.key if not o.custom else o.name for o in all_occasions(db)))


def add(db: sessionmaker[Session], name: str, day: Optional[str] = None) -> Occasion:
    """A new occasion of the user's: `day` "--MM-DD" (every year), "YYYY-MM-DD" (once) or None."""
    name = (name or "").strip()
    if not name:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "occasion: a name is needed"))
    if len(name) > 80:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "occasion: '{text}' is longer than {limit} characters"),
                           text=name[:40] + "…", limit=80)
    day = parse_partial_date(day, field="date") if day and day.strip() else None
    if name.lower().replace(" ", "_") in BUILT_IN or any(name.lower() == o.name.lower() or name.lower() == n.lower()
                                                         for o in all_occasions(db)
                                                         for n in NAMES.get(o.key, {}).values() or [o.name]):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "occasion: '{text}' already exists"), text=name)
    try:
        with db.begin() as session:
            row = GreetingOccasion(name=name, day=day)
            session.add(row)
            session.flush()
            return Occasion(f"custom-{row.id}", name, day)
    except IntegrityError:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "occasion: '{text}' already exists"), text=name) from None


def remove(db: sessionmaker[Session], key: str) -> None:
    """The user's own occasion and its templates (a built-in one cannot be removed)."""
    row_id = _custom_id(key)
    with db.begin() as session:
        row = session.get(GreetingOccasion, row_id) if row_id is not None else None
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "occasion '{text}': no such occasion of yours"), text=key)
        session.delete(row)
        session.execute(GreetingTemplate.__table__.delete().where(GreetingTemplate.occasion == key))


def _custom_id(key: str) -> Optional[int]:
    tail = key[len("custom-"):] if key.startswith("custom-") else ""
    return int(tail) if tail.isdigit() else None
