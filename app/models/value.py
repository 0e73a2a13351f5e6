"""Customer value: the log of tier changes the 80/20 view applied, and each contact's sales-stage history."""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .activity import Purchase
from .base import Base, utcnow


class TierChangeBatch(Base):
    """One "apply the suggested tiers" action: undone as a whole."""

    __tablename__ = "tier_change_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    description: Mapped[str] = mapped_column(default="")
    undone_at: Mapped[Optional[datetime]]


class TierChange(Base):
    """A contact's tier before and after a batch. Tier codes, not ids: they read well in the log
    and survive a tier being deleted."""

    __tablename__ = "tier_changes"
    # (batch, contact): undo finds each contact's row of a batch with it, in SQL, for 100,000 contacts.
    __table_args__ = (Index("ix_tier_changes_batch_contact", "batch_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("tier_change_batches.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    old_tier: Mapped[Optional[str]] = mapped_column(String(8))  # None: had no tier
    new_tier: Mapped[Optional[str]] = mapped_column(String(8))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class StageChange(Base):
    """A contact entered a sales stage on a day; the newest row is where they are now."""

    __tablename__ = "stage_changes"
    __table_args__ = (Index("ix_stage_changes_contact_entered", "contact_id", "entered_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    from_stage: Mapped[Optional[str]] = mapped_column(String(20))
    stage: Mapped[str] = mapped_column(String(20))
    entered_on: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Loss(Base):
    """A customer lost on a day for a reason, and the day they were won back (None: still lost).

    Kept after a win-back, so the lost report can tell which reasons customers come back from;
    the contact's own status, lost_on and lost_reason say only where they are now.
    """

    __tablename__ = "losses"
    __table_args__ = (Index("ix_losses_contact", "contact_id", "won_back_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    lost_on: Mapped[Optional[date]]  # None: marked lost without a date, as Contact.lost_on
    reason: Mapped[Optional[str]]
    won_back_on: Mapped[Optional[date]]


# Everything the value reports read from a purchase, in one index: RFM and the 80/20
# view group a million purchases by contact by walking it in order, never touching
# the table (4 s -> 1 s for 1,000,000 purchases). Declared here because it serves
# this package; it lives on the purchases table.
Index("ix_purchases_value", Purchase.contact_id, Purchase.purchased_on, Purchase.quantity, Purchase.unit_price,
      Purchase.currency)
