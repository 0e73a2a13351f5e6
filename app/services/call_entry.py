"""One entry of today's list (`CallEntry`), a list's first screenful (`ListHead`) and why a list may be
empty (`ListSetup`): plain data.

Kept apart from calllist.py, which computes the list over the ORM, so that whatever only shows
or reads a list (the window's first screen, a stored list read with sqlite3) loads no SQLAlchemy.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional


@dataclass(slots=True)
class CallEntry:
    contact_id: Optional[int]  # None for a holiday: it is about many customers, not one
    display_name: str
    reason: str
    due_date: date
    days_overdue: int
    tier: Optional[str] = None
    tier_colour: Optional[str] = None
    tier_rank: int = 99
    cadence_days: Optional[int] = None
    detail: str = ""  # what to talk about: the follow-up's summary, the product, a greeting…
    phone: Optional[str] = None  # best number to call, as E.164 when valid
    phone_display: Optional[str] = None  # as shown: national form at home, international abroad
    last_contact: Optional[date] = None
    note: Optional[str] = None  # last note, first line
    organization: Optional[str] = None
    city: Optional[str] = None
    address: Optional[str] = None
    follow_up_id: Optional[int] = None
    extra: dict = field(default_factory=dict)
    filled: bool = False  # phone, note and address looked up (fill_contact_details)
    kind: str = "call"  # in the week plan: "call" or "visit" (app/services/plan_kinds.py)

    @property
    def cycles_overdue(self) -> float:
        return self.days_overdue / self.cadence_days if self.cadence_days else 0.0

    @property
    def sort_key(self) -> tuple:
        return (-self.cycles_overdue, self.tier_rank, self.display_name.lower(), self.contact_id)

    def as_json(self) -> dict:
        return {
            "contact_id": self.contact_id, "display_name": self.display_name, "reason": self.reason,
            "tier": self.tier, "due_date": self.due_date.isoformat(), "days_overdue": self.days_overdue,
            "cycles_overdue": round(self.cycles_overdue, 2), "cadence_days": self.cadence_days,
            "phone": self.phone, "detail": self.detail,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
            "note": self.note, "organization": self.organization, "city": self.city,
            **{key: value.isoformat() if isinstance(value, date) else value
               for key, value in self.extra.items() if key in _JSON_EXTRA},
            "kind": self.kind, "address": self.address,
        }


# A reorder entry's what and when; the language a greeting is written in; a lunar birthday's 农历 day;
# the age a birthday turns; a holiday's own name (the list kept in the store is read back from these).
_JSON_EXTRA = ("product", "expected_on", "usual_days", "language", "lunar", "lunar_birthday", "age", "holiday")


@dataclass(frozen=True)
class ListHead:
    """A list's first entries as a window shows them (grouped into its sections), read before the rest:
    what fills a screen, with the counts its title and section headers show."""
    entries: list[CallEntry]  # the first ones as the window shows them (today_model.py), in the list's order
    total: int  # entries in the whole list
    reasons: dict[str, int]  # of them, how many of each reason


@dataclass(frozen=True)
class ListSetup:
    """Why a call list may be empty: no customers yet, or none with a tier or cadence to be due by."""
    customers: int  # live contacts
    with_cadence: int  # of them, those with a tier or a personal cadence
