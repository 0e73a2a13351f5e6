"""The greetings desk's stored texts: templates the user edited, and occasions the user added.

A built-in template is not stored until the user changes it (the defaults live in
resources/greetings/desk.json), so a new default reaches every store that kept it.
"""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class GreetingOccasion(Base):
    """An occasion the user added ("店庆", "Company anniversary"): a name and, if it has one, a day,
    "--MM-DD" for every year or "YYYY-MM-DD" for once."""

    __tablename__ = "greeting_occasions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    day: Mapped[Optional[str]] = mapped_column(String(10))


class GreetingTemplate(Base):
    """One occasion's text in one language ("zh", "es", "en"). `occasion` is a built-in key
    ("birthday", "mid_autumn"…) or "custom-<id>" of a GreetingOccasion."""

    __tablename__ = "greeting_templates"
    __table_args__ = (UniqueConstraint("occasion", "language", name="uq_greeting_templates_occasion_language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occasion: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(2))
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
