"""Today's list kept in the store between processes (issue 18): a new `rapport today` reads it whole
with one SELECT instead of computing it (app/services/today_kept/stored.py reads it without the ORM,
keeper.py writes it). Derived data only: deleting every row loses nothing, the next read computes it.

A list is for one day and the settings it was computed with; its entries carry their sort keys, so
the reader orders them as the computation does, and what the command line prints of each (as_json).
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class TodayList(Base):
    __tablename__ = "today_lists"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    days_ahead: Mapped[int] = mapped_column(Integer)  # the birthday window it was computed with
    language: Mapped[str] = mapped_column(String(10))
    region: Mapped[str] = mapped_column(String(3))  # phone numbers shown for this country
    # The environment's locale variables when the language or region follow the system (None: the
    # settings decide both): a reader in another locale computes its own list.
    locale_key: Mapped[Optional[str]] = mapped_column(String(400))
    revision: Mapped[int] = mapped_column(Integer)  # store_revision.revision it was current at


class TodayEntry(Base):
    __tablename__ = "today_entries"
    __table_args__ = (
        Index("ix_today_entries_list_contact", "list_id", "contact_id"),  # a patch replaces a contact's
        # The list's order: read in it, no sort at read time.
        Index("ix_today_entries_in_order", "list_id", "part", "k_order", "k_rank", "k_name", "k_group",
              "k_contact", "k_follow", "k_detail", "id"),
        # Each reason's entries in the list's order: the window's first screenful, section by section,
        # and the counts of its headers, read from the index (stored.head).
        Index("ix_today_entries_by_reason", "list_id", "reason", "part", "k_order", "k_rank", "k_name", "k_group",
              "k_contact", "k_follow", "k_detail", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)  # insertion order: equal keys keep it, as a stable sort does
    list_id: Mapped[int] = mapped_column(ForeignKey("today_lists.id", ondelete="CASCADE"))
    contact_id: Mapped[Optional[int]] = mapped_column(Integer)  # None: a holiday (about many customers)
    part: Mapped[int] = mapped_column(SmallInteger)  # 0: due by cadence (listed first), 1: dated reasons
    # The sort key (calllist.cadence_key / dated_key) column by column: a cadence entry's
    # -cycles overdue or a dated entry's day (ordinal), tier rank, lower-cased name, kind of
    # reason, contact, follow-up, text.
    k_order: Mapped[float] = mapped_column(Float)
    k_rank: Mapped[int] = mapped_column(Integer)
    k_name: Mapped[str] = mapped_column(Text)
    k_group: Mapped[int] = mapped_column(Integer)
    k_contact: Mapped[int] = mapped_column(Integer)
    k_follow: Mapped[int] = mapped_column(Integer)
    k_detail: Mapped[str] = mapped_column(Text)
    # What the command line's table shows, read without parsing JSON.
    display_name: Mapped[str] = mapped_column(Text)
    tier: Mapped[Optional[str]] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date] = mapped_column(Date)
    days_overdue: Mapped[int] = mapped_column(Integer)
    last_contact: Mapped[Optional[date]] = mapped_column(Date)
    phone_display: Mapped[Optional[str]] = mapped_column(Text)
    data: Mapped[str] = mapped_column(Text)  # the entry's as_json(), as `rapport today --json` writes it
