"""What happens with a customer over time: notes, interactions and purchases."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Optional

from sqlalchemy import ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, FromImport, utcnow
from .team import current_author

if TYPE_CHECKING:
    from .contact import Contact

NOTE_PLAIN = "plain"
NOTE_HTML = "html"

# (code, name, counts as contact): a gift or a complaint is logged but does not
# reset the cadence clock, because it is not the salesperson reaching out.
DEFAULT_INTERACTION_KINDS = (
    ("call", "Call", True),
    ("visit", "Visit", True),
    ("message", "Message", True),
    ("email", "Email", True),
    ("meeting", "Meeting", True),
    ("gift", "Gift", False),
    ("complaint", "Complaint", False),
    ("other", "Other", False),
)


class Note(FromImport, Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    format: Mapped[str] = mapped_column(String(8), default=NOTE_PLAIN)
    body: Mapped[str] = mapped_column(Text)
    pinned: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    created_by: Mapped[Optional[str]] = mapped_column(default=current_author)  # who wrote it (a person's name)
    contact: Mapped["Contact"] = relationship(back_populates="notes")


class InteractionKind(Base):
    __tablename__ = "interaction_kinds"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str]
    counts_as_contact: Mapped[bool]


class Interaction(Base):
    __tablename__ = "interactions"
    __table_args__ = (Index("ix_interactions_contact_when", "contact_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(ForeignKey("interaction_kinds.code"))
    occurred_at: Mapped[datetime]
    summary: Mapped[Optional[str]] = mapped_column(Text)
    outcome: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[Optional[str]] = mapped_column(default=current_author)  # who logged it
    contact: Mapped["Contact"] = relationship(back_populates="interactions")
    kind_info: Mapped[InteractionKind] = relationship(lazy="joined")


class Purchase(Base):
    __tablename__ = "purchases"
    # By contact and date: ix_purchases_value (app/models/value.py) starts with both.
    # By date: the purchases of the last days and who made them, for referrers to thank.
    # By warranty end, with what the after-sale call shows: read from the index alone.
    __table_args__ = (Index("ix_purchases_date", "purchased_on", "contact_id"),
                      Index("ix_purchases_warranty", "warranty_until", "contact_id", "product", "model"))

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    product: Mapped[str]  # the name as bought, kept beside the link: reports and exports read it
    model: Mapped[Optional[str]]
    # The catalogue entry; None only for rows written by something that bypasses the services
    # (the reorder forecast then groups them by their folded name).
    product_id: Mapped[Optional[int]] = mapped_column(ForeignKey("products.id"), index=True)
    quantity: Mapped[int] = mapped_column(default=1)
    unit_price: Mapped[Optional[Decimal]] = mapped_column(Numeric(14, 2))
    currency: Mapped[Optional[str]] = mapped_column(String(3))
    purchased_on: Mapped[date]
    warranty_until: Mapped[Optional[date]]
    usage_notes: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[Optional[str]] = mapped_column(default=current_author)  # who recorded the sale
    contact: Mapped["Contact"] = relationship(back_populates="purchases")
