"""The playbook: talk tracks, answers to objections, case stories and message templates."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

PLAYBOOK_KINDS = ("talk_track", "objection", "case", "template")


class PlaybookEntry(Base):
    """One entry, tagged by the sales stages, products and tiers it fits (an empty list: any).

    Tags are JSON lists of text: a playbook holds tens or hundreds of entries, matched in Python
    against one customer, so they need no table of their own. `slug` names its Markdown file
    in an exported folder, so importing the folder again updates entries instead of doubling them.
    """

    __tablename__ = "playbook_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(unique=True)
    title: Mapped[str]
    kind: Mapped[str] = mapped_column(String(20))
    format: Mapped[str] = mapped_column(String(8), default="plain")  # as notes: plain or html
    body: Mapped[str] = mapped_column(Text)
    stages: Mapped[str] = mapped_column(Text, default="[]")
    products: Mapped[str] = mapped_column(Text, default="[]")
    tiers: Mapped[str] = mapped_column(Text, default="[]")
    search_text: Mapped[str] = mapped_column(Text, default="")  # lower-cased, accents folded, pinyin added
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
