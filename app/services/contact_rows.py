"""What the contact list is asked for (`ContactFilter`), shows a row of (`ContactRow`) and its first
screenful (`IdsHead`): plain data.

Apart from directory.py, which queries through the ORM, so that the window's first screen and
readers that use sqlite3 alone load no SQLAlchemy (and no phonenumbers until a number is shown).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional


@dataclass(frozen=True)
class ContactFilter:
    search: Optional[str] = None
    group: Optional[str] = None  # group name
    tier: Optional[str] = None  # tier code, or "none"
    trash: bool = False  # the trash instead of the live contacts
    lost: Optional[bool] = None  # True: only lost, False: only active, None: both
    due_by: Optional[date] = None  # only contacts whose next due date is on or before this day
    birthdays_from: Optional[date] = None  # only birthdays from this day …
    birthday_days: int = 7  # … for this many days (the year of birth does not matter)
    never_contacted: bool = False  # only contacts with no call, visit or message logged
    owner: Optional[str] = None  # only this person's customers (team.owners)


@dataclass(frozen=True)
class ContactRow:
    id: int
    display_name: str
    organization: Optional[str]
    tier: Optional[str]
    tier_colour: Optional[str]
    last_contact_at: Optional[datetime]
    next_due: Optional[date]
    city: Optional[str]
    phone: Optional[str]  # E.164 when valid, else as written
    email: Optional[str]
    status: str
    region: str = "US"  # the user's: numbers are shown for it

    @property
    def phone_display(self) -> str:
        """As shown (phones.display). Made when asked: formatting costs ~0.1 ms a number, and the table
        shows it only in a tooltip."""
        from .phones import display  # phonenumbers: only when a tooltip asks

        return display(self.phone, self.region)


@dataclass(frozen=True)
class IdsHead:
    """A list's first contacts, read before the rest (a fast start's first screen), and how many it lists."""
    ids: list[int]
    total: int
