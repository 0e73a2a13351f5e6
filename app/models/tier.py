"""A/B/C/D tiers: value classes, each with a colour and a contact cadence."""
from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

# (code, name, colour, cadence in days): the defaults a new store starts with.
DEFAULT_TIERS = (
    ("A", "A: key customers", "#d64541", 7),
    ("B", "B: important", "#f39c12", 14),
    ("C", "C: regular", "#2e86de", 30),
    ("D", "D: occasional", "#7f8c8d", 90),
)


class Tier(Base):
    __tablename__ = "tiers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str]
    colour: Mapped[str] = mapped_column(String(9))
    cadence_days: Mapped[int]
    rank: Mapped[int]  # A=1 first; orders ties on the call list

    def __repr__(self) -> str:
        return f"Tier({self.code!r}, every {self.cadence_days} days)"
