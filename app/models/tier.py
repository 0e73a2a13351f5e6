"""A/B/C/D tiers: value classes, each with a colour and a contact cadence."""
from __future__ import annotations

from typing import Optional

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

# (code, name, colour, call cadence in days, visit cadence in days or None): the defaults a new store
# starts with (migrations 0001 and 0012). Key customers are seen monthly, important ones quarterly;
# the others are called only.
DEFAULT_TIERS = (
    ("A", "A: key customers", "#d64541", 7, 30),
    ("B", "B: important", "#f39c12", 14, 90),
    ("C", "C: regular", "#2e86de", 30, None),
    ("D", "D: occasional", "#7f8c8d", 90, None),
)


class Tier(Base):
    __tablename__ = "tiers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str]
    colour: Mapped[str] = mapped_column(String(9))
    cadence_days: Mapped[int]  # call every so many days
    # Visit every so many days (None: calls only). The plan makes a due entry a visit when this
    # much time has passed since the last visit (app/services/plan_kinds.py).
    visit_cadence_days: Mapped[Optional[int]]
    rank: Mapped[int]  # A=1 first; orders ties on the call list

    def __repr__(self) -> str:
        visits = f", visit every {self.visit_cadence_days}" if self.visit_cadence_days else ""
        return f"Tier({self.code!r}, every {self.cadence_days} days{visits})"
