"""What the call list needs beyond contacts: follow-ups the user scheduled,
snoozed entries, and manual moves in the weekly plan."""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

# Why a contact is on the call list.
REASON_CADENCE = "cadence"
REASON_BIRTHDAY = "birthday"
REASON_ANNIVERSARY = "anniversary"
REASON_FOLLOW_UP = "follow_up"
REASON_WARRANTY = "warranty"
REASON_THANK_REFERRER = "thank_referrer"
REASON_HOLIDAY = "holiday"  # one entry for many customers: "greet your A and B customers"
REASON_REORDER = "reorder"  # a customer's next purchase of a product is due (app/services/reorder)
REASONS = (REASON_CADENCE, REASON_BIRTHDAY, REASON_ANNIVERSARY, REASON_FOLLOW_UP, REASON_WARRANTY,
           REASON_THANK_REFERRER, REASON_HOLIDAY, REASON_REORDER)
ALL_REASONS = "*"  # a snooze that covers every reason


class FollowUp(Base):
    """"Call back Friday": a dated promise, done when a contact-counting interaction is logged."""

    __tablename__ = "follow_ups"
    __table_args__ = (Index("ix_follow_ups_open_due", "done_at", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    due_on: Mapped[date]
    summary: Mapped[Optional[str]] = mapped_column(Text)
    done_at: Mapped[Optional[datetime]]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A return visit after a sale (app/services/return_visits): the purchase it is about and which
    # of the schedule's visits it is ("after:3", "warranty"), so editing the purchase moves it and
    # deleting the purchase removes it while it is still pending. A done one outlives its purchase.
    purchase_id: Mapped[Optional[int]] = mapped_column(ForeignKey("purchases.id", ondelete="SET NULL"), index=True)
    return_visit: Mapped[Optional[str]] = mapped_column(String(20))


class Snooze(Base):
    """An entry (or all of a contact's entries) kept off the list until a date."""

    __tablename__ = "snoozes"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    reason: Mapped[str] = mapped_column(String(20), primary_key=True)  # a REASON or ALL_REASONS
    until: Mapped[date]


class PlanPin(Base):
    """The user moved an entry to another day of a week's plan."""

    __tablename__ = "plan_pins"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    reason: Mapped[str] = mapped_column(String(20), primary_key=True)
    week: Mapped[str] = mapped_column(String(8), primary_key=True)  # "2026-W48"
    day: Mapped[date]
