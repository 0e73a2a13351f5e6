"""The product catalogue: what the salesperson sells, and how often a customer buys it again."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Optional

from sqlalchemy import Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class Product(Base):
    """One thing sold: a name and, optionally, a model ("Toner", "TN-2420").

    `match_key` is the name and model folded (case, width, spaces): "toner  tn-2420" and
    "Toner TN-2420" typed on two purchases are one product. It is unique, so a purchase typed
    as free text finds its product, or makes it, in one indexed lookup.
    """

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    model: Mapped[Optional[str]]
    match_key: Mapped[str] = mapped_column(unique=True)
    category: Mapped[Optional[str]]
    list_price: Mapped[Optional[Decimal]] = mapped_column(Numeric(14, 2))
    currency: Mapped[Optional[str]] = mapped_column(String(3))
    warranty_months: Mapped[Optional[int]]
    # How often a customer usually buys it again; None: not a repeat purchase, or not known
    # (the reorder forecast then learns it from the customers' own intervals).
    replacement_days: Mapped[Optional[int]]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
