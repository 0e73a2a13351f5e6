"""Events the salesperson invites customers to (a lecture, a member day, a launch, a dinner), and
each guest's answer: invited, accepted, declined, attended, no-show, with the day it changed."""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

EVENT_KINDS = ("lecture", "member_day", "launch", "dinner", "other")
GUEST_STATUSES = ("invited", "accepted", "declined", "attended", "no_show")
HOLDS_A_PLACE = ("accepted", "attended")  # what the capacity counts


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    kind: Mapped[str] = mapped_column(String(20), default="other")
    starts_at: Mapped[datetime] = mapped_column(index=True)  # local time, as the invitation says it
    place: Mapped[Optional[str]] = mapped_column(Text)
    capacity: Mapped[Optional[int]]  # None: no limit
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class EventGuest(Base):
    __tablename__ = "event_guests"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True,
                                            index=True)
    status: Mapped[str] = mapped_column(String(10), default="invited")
    status_on: Mapped[date]  # the day the status last changed
    invited_on: Mapped[date]
    # The meeting logged when the guest attended (counts as contact); removed if that is taken back.
    meeting_id: Mapped[Optional[int]] = mapped_column(ForeignKey("interactions.id", ondelete="SET NULL"))
